import { readDateLine } from "./dates.ts";
import type { MetadataBlock } from "./metadata-block.ts";
import { nonEmptyFrom, type Line } from "./segment.ts";

/**
 * A photo agency's page of one news photo (Getty Images', AFP's, Reuters' picture desks): the site's menus and search
 * box, the photo's title, its caption ending on the credit (`(Photo by Delil Souleiman/AFP via Getty Images)`), then
 * the photo's facts in the agency's catalogue, a label before each (`Editorial #:`, `Collection:`, `Date created:`,
 * `License type:`), the offer to license it (prices, `Add to cart`), similar images, keywords and the site's footer.
 * The caption is the text, and the photo's description where the page prints one below a label (`DESCRIPTION`); the
 * title is the headline, the photographer the author, the agency that took it the source, the day it was taken the
 * date. The rest is the agency's page, each line recorded. Only a caption with a photographer's credit, right below a
 * title and above the catalogue's facts, makes the page one: an article that ends on a photo's caption is no photo's.
 */
export function readPhotoItem(lines: Line[], start: number): MetadataBlock | undefined {
  const captionAt = lines.findIndex((line, i) => i > start && i - start <= MOST_LINES_TO_CAPTION && CREDIT.test(line.text));
  if (captionAt === -1) return undefined;
  const titleAt = nonEmptyFrom(lines, start).filter((i) => i < captionAt).at(-1);
  const title = titleAt === undefined ? undefined : lines[titleAt]!;
  if (title === undefined || !PHOTO_TITLE.test(title.text)) return undefined;
  const below = nonEmptyFrom(lines, captionAt + 1, MOST_LINES_TO_FACTS);
  if (below.filter((i) => CATALOGUE_FACT.test(lines[i]!.text)).length < FEWEST_FACTS) return undefined;
  const [, photographer, agency] = CREDIT.exec(lines[captionAt]!.text)!;
  const block: MetadataBlock["lines"] = [];
  const kept = new Set<Line>([lines[captionAt]!]);
  let published: ReturnType<typeof readDateLine>;
  for (const i of nonEmptyFrom(lines, start).filter((i) => i < titleAt!)) block.push({ line: lines[i]!, reason: SITE_ABOVE });
  block.push({ line: title, field: "title" });
  const labelAt = lines.findIndex((line, i) => i > captionAt && DESCRIPTION_LABEL.test(line.text));
  const description = labelAt === -1 ? [] : sentencesBelow(lines, labelAt + 1);
  description.forEach((line) => kept.add(line));
  for (const i of nonEmptyFrom(lines, captionAt + 1)) {
    const line = lines[i]!;
    if (kept.has(line)) continue;
    const created = DATE_CREATED.exec(line.text)?.[1];
    const date = published === undefined && created !== undefined ? readDateLine(created) : undefined;
    if (date) {
      published = date;
      block.push({ line, field: "published" });
    } else if (isPhotographersRole(line.text, photographer!)) block.push({ line, field: "author" });
    else if (i === labelAt) block.push({ line, reason: DESCRIPTION_REASON });
    else if (labelAt !== -1 && i > labelAt) block.push({ line, reason: FOOTER });
    else block.push({ line, reason: CATALOGUE });
  }
  const out = new Set(block.map(({ line }) => line));
  // `KOBANI, SYRIA - DECEMBER 01: Syrian Kurdish women …`: the caption's day after its place, which the date gives.
  const caption = lines[captionAt]!;
  const day = CAPTION_DAY.exec(caption.text);
  // The credit after it is the photographer's and the agency's names, read as author and source: the caption is the
  // page's text, no photo's caption inside an article.
  const credit = CREDIT.exec(caption.text)!;
  const text = caption.text.slice(0, credit.index).trim().replace(CAPTION_DAY, "$1");
  block.push({ line: { ...caption, text: credit[0] }, field: "author" });
  if (day) block.push({ line: { ...caption, text: day[2]! }, reason: CAPTION_DAY_REASON });
  const dated = { ...caption, text };
  return {
    writer: "photo",
    metadata: { title: title.text, author: photographer!.trim(), source: agency!.trim(), ...(published && { published }) },
    lines: block,
    rest: lines.map((line) => (out.has(line) ? { ...line, text: "" } : line === caption ? dated : line)),
  };
}

/** How far down the page the caption may come, in lines: below the agency's menus, search box and the photo's title. */
const MOST_LINES_TO_CAPTION = 30;
/** How far below the caption the catalogue's facts are looked for, in lines with text. */
const MOST_LINES_TO_FACTS = 12;
/** Fewer facts of the catalogue than this below a caption make no photo's page. */
const FEWEST_FACTS = 2;
/**
 * A caption's closing credit, the photographer and the agency: `(Photo by Delil Souleiman/AFP via Getty Images)`,
 * `(Photo by John Moore/Getty Images)`. Group 1 the photographer, group 2 the agency, with the one that sells the
 * photo for it where the credit names one (`AFP via Getty Images`).
 */
const CREDIT = /\((?:Photo|Photograph|Picture|Image)s? by ([^/()]{2,60}?) ?\/ ?([^/()]{2,40}?(?: via [^()]{2,40})?)\)$/u;
/**
 * The photographer's name again below the caption, with their tie to the agency, as Getty Images prints it: `Delil
 * Souleiman / Contributor`, `John Moore / Staff`. Group 1 the name.
 */
const PHOTOGRAPHERS_ROLE = /^(\p{Lu}[^/]{1,60}?) ?\/ ?(?:contributor|staff|stringer|freelancer?)$/iu;

/** Whether a line is the credit's photographer with their role (PHOTOGRAPHERS_ROLE), not another's. */
function isPhotographersRole(text: string, photographer: string): boolean {
  return PHOTOGRAPHERS_ROLE.exec(text)?.[1]?.toLowerCase() === photographer.trim().toLowerCase();
}

/** A photo's title: a line of a few words that ends no sentence (`Syrian Kurds Mark Anniversary Of Kobani Defence`). */
const PHOTO_TITLE = /^\p{Lu}[^.!?]{5,150}$/u;
/** A fact of a photo agency's catalogue, by its label. */
const CATALOGUE_FACT =
  /^(?:editorial #|image (?:id|#|number)|collection|date (?:created|taken)|license type|licence type|upload date|release info|object name|max(?:imum)? file size|credit|source|photographer|restrictions):/i;
const DATE_CREATED = /^date (?:created|taken):\s*(.+)$/i;
/** `KOBANI, SYRIA - DECEMBER 01: `: group 1 the caption's place and its dash, group 2 the day, month and day. */
const CAPTION_DAY =
  /^(\p{Lu}[\p{Lu}\s,.'’-]{1,60}? [-–—] )((?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}):\s+/u;
/** The label above the photo's description, as the agency prints it. */
const DESCRIPTION_LABEL = /^description:?$/i;

/** The lines of sentences from `from` on, up to the first that is none (a line of the footer's links). */
function sentencesBelow(lines: Line[], from: number): Line[] {
  const found: Line[] = [];
  for (const i of nonEmptyFrom(lines, from)) {
    if (!/[.!?]["”’)]?$/u.test(lines[i]!.text)) break;
    found.push(lines[i]!);
  }
  return found;
}

const SITE_ABOVE = "the photo agency's menus and search, above the photo's title (site chrome)";
const CATALOGUE =
  "the photo agency's page below the caption: the photo's credit and facts in its catalogue, the offer to license it, similar images and keywords";
const DESCRIPTION_REASON = "the label of the photo's description";
const CAPTION_DAY_REASON = "the photo's day in its caption's dateline (the date gives it)";
const FOOTER = "the photo agency's site footer, below the photo's description";
