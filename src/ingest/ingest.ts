import { createHash } from "node:crypto";
import { parse } from "yaml";
import { describeProblems, timeIssues, type ArticleInput, type RemovedLine } from "../article.ts";
import { readAggregatorPage } from "./aggregator-page.ts";
import { notingLookups, type Aliases } from "./aliases.ts";
import { readBody, type BodyPart } from "./body.ts";
import { stripBoilerplate } from "./boilerplate.ts";
import { inWritersOrder, slashedDateOrder } from "./dates.ts";
import { decode } from "./decode.ts";
import { extractEntities, withOutletAsOrganization, withoutSectionAsOrganization } from "./entities/extract-entities.ts";
import { feedItemBlock, readFeedItem } from "./feed-item.ts";
import { readForumPost } from "./forum-post.ts";
import { readForwardedEmail } from "./forwarded-email.ts";
import { OUTLET_ABOVE_HEADLINE, PAGE_ADDRESS, readHeader, SECTION_LABEL, takeWritersNameAgain } from "./header.ts";
import { headlineFromLead } from "./headline.ts";
import { languageOf } from "./language.ts";
import { readLists } from "./lists.ts";
import { readMarkdownMarks } from "./markdown-marks.ts";
import { toMarkdown } from "./markdown.ts";
import { readMetadataBlock, withMetadata } from "./metadata-block.ts";
import { normalizeLines } from "./normalize.ts";
import { applyOverrides, parseOverrides, type ParsedOverrides } from "./overrides.ts";
import { ASKER_LINE, EDITORS_NOTE } from "./patterns.ts";
import { reflow } from "./reflow.ts";
import { segment, toLines, wordCount } from "./segment.ts";
import {
  abbreviates,
  isOwnAddress,
  issuerOfRelease,
  labelOnTop,
  nameOfAddress,
  outletInFull,
  PUBLISHER_BADGE,
  publicationOfCompany,
  publisherAboveFollow,
  sameLetters,
  SITE_NAME_ON_TOP,
  selfReferencedSource,
  siteNameAboveControls,
  siteNameOnTop,
  takeLeadAttribution,
  takeStandfirstAgain,
  withoutWireCredits,
  writersOutlet,
} from "./source.ts";
import { summaryOf, withoutGluedNoteMarks } from "./summary.ts";
import { readTables } from "./tables.ts";
import { readTextBrowserCopy } from "./text-browser-copy.ts";
import { topicsOf } from "./topics.ts";
import { addressBelowRemoved, dateInAddress, readAddressBelow } from "./web-address.ts";
import { firstLine } from "./yaml-message.ts";

export interface RawArticle {
  /** the raw file's name, as the archivist gave it */
  file: string;
  bytes: Uint8Array;
  /** the archivist's `<name>.meta.yaml` beside it, if any */
  sidecar?: { file: string; text: string };
}

export interface IngestedArticle {
  frontMatter: ArticleInput;
  /** the article body, Markdown */
  body: string;
}

export type IngestResult =
  | {
      ok: true;
      article: IngestedArticle;
      /** the names the article looked up in the alias file (aliasKey), sorted: the file's part in what it became */
      aliasLookups: string[];
    }
  | { ok: false; file: string; reason: string };

/**
 * One raw scraped article to what an editor would have published:
 * decode → normalise → a text browser's link numbers → a scraper's metadata block, the page's address below the text
 * → Markdown marks → strip boilerplate → segment → read the header → take the source off the lead → tables → lists →
 * reflow → read the body → metadata and entities → Markdown.
 */
export function ingestArticle(raw: RawArticle, aliases: Aliases): IngestResult {
  const decoded = decode(raw.bytes);
  if (!decoded.ok) return { ok: false, file: raw.file, reason: decoded.reason };
  const sidecar = readSidecar(raw.sidecar);
  if (!sidecar.ok) return { ok: false, file: raw.sidecar!.file, reason: sidecar.problems.join("; ") };

  const normalized = toLines(normalizeLines(decoded.text));
  // A page a text browser printed (`lynx -dump`) is read without its links' numbers and list of addresses, whatever
  // it wraps.
  const browsed = readTextBrowserCopy(normalized);
  const lines = browsed?.lines ?? normalized;
  // A feed's item is read from the text as written: normalising reads its escaped markup as text.
  const feedItem = readFeedItem(decoded.text);
  if (feedItem?.ok === false) return { ok: false, file: raw.file, reason: feedItem.reason };
  // An article passed on inside something else (an email forwarded, an aggregator's page, a forum's post) is read
  // from within it.
  const block = feedItem
    ? feedItemBlock(feedItem.item, lines)
    : (readForwardedEmail(lines) ?? readAggregatorPage(lines) ?? readForumPost(lines) ?? readMetadataBlock(lines));
  const below = readAddressBelow(block?.rest ?? lines);
  const marked = readMarkdownMarks(below?.rest ?? block?.rest ?? lines);
  const boilerplate = stripBoilerplate(marked.lines);
  const header = readHeader(segment(boilerplate.kept), boilerplate.writers);
  const again = takeStandfirstAgain(header.body, header.standfirst);
  const lead = takeLeadAttribution(again.blocks);
  const printed = {
    title: header.title,
    author: header.author ?? lead.writers ?? boilerplate.reporters ?? boilerplate.writers,
    published: header.published ?? lead.published ?? boilerplate.datedBelow,
    source: boilerplate.credits[0] ?? lead.source,
    summary: header.standfirst,
    section: header.section,
  };
  const { fields, removed: metadataLines } = withMetadata(printed, block);
  // The address a scraper's metadata gives, or one pasted below the text, or the copy's own below the headline.
  const url = fields.url ?? below?.url ?? header.url;
  // Many sites write the day into an article's address (`/2022/10/13/`): the date where the text gives none.
  const addressDate = fields.published || url === undefined ? undefined : dateInAddress(url);
  const read = fields.published ?? addressDate;
  const { author } = fields;
  const signed = takeWritersNameAgain(lead.blocks, author);
  const parts = withoutGluedNoteMarks(readBody(reflow(readLists(readTables(signed.blocks), marked.markdown))));
  // A list's items are the article's text as its paragraphs are, after them: a list of key points may open an
  // article, but its lead is the first paragraph, and an article of a list alone is still one.
  const paragraphs = [
    ...parts.flatMap((part) => (part.kind === "paragraph" ? [part.text] : [])),
    ...parts.flatMap((part) => (part.kind === "list" ? part.items : [])),
  ];
  // The lead is the first paragraph with a word in it: a line of "…" or "***" gives no headline and no summary, nor
  // does a counter left above the text (`-- 12`), an editors' note, a transcript's line naming its host (its guest's
  // says what the talk is) or a list's label (`Key points:`) while a paragraph has letters.
  const isLead = (paragraph: string) =>
    /\p{L}/u.test(paragraph) && !EDITORS_NOTE.test(paragraph) && !ASKER_LINE.test(paragraph) && !/:$/.test(paragraph);
  const firstParagraph = paragraphs.find(isLead) ?? paragraphs.find((paragraph) => wordCount(paragraph) > 0);
  if (firstParagraph === undefined) {
    const reason = paragraphs.length === 0 ? "every line reads as a header, site chrome or comments" : "it has no words, only punctuation";
    return { ok: false, file: raw.file, reason: `no article text found: ${reason}` };
  }

  const provenance: Record<string, "generated" | "address"> = {};
  const title = fields.title ?? headlineFromLead(firstParagraph);
  if (fields.title === undefined) provenance.title = "generated";
  if (addressDate) provenance.date = "address";
  // The standfirst is printed text of the article's too: the people and places it names are the article's.
  const text = [title, ...(header.standfirst ? [header.standfirst] : []), ...parts.map(partText)].join("\n\n");
  const language = languageOf(paragraphs.join("\n"));
  // Date lines are read before the text tells the article's language, which says which order `02/12/2026` means
  // where no other date on the page shows it.
  const published = read && inWritersOrder(read, language, slashedDateOrder(decoded.text));
  const noted = notingLookups(aliases);
  const found = extractEntities(text, noted.aliases, language);
  // A wire story's dateline names the places it was filed from, though the text it was taken off may not again; so
  // does the outlet line below a byline (`BBC News, Basra`), or the byline itself (`Sinan Mahmoud, Baghdad`).
  const datelined = [...lead.places, ...(header.outlet?.place ? [header.outlet.place] : []), ...(header.filedFrom ?? [])]
    .map((place) => noted.aliases.canonical("places", place))
    .filter((place) => !noted.aliases.ignores(place));
  const entities = { ...found, places: [...new Set([...datelined, ...found.places])] };
  // A writer's own newsletter or blog (`© 2026 Joel Wing` below a post by Joel Wing): the copyright is the writer's,
  // not a publication's, and the publication is the name the page prints on top (`Musings on Iraq`).
  const writersOwn = author !== undefined && boilerplate.copyright?.toLowerCase() === author.toLowerCase();
  const copyright = writersOwn ? undefined : boilerplate.copyright;
  const siteName = writersOwn
    ? labelOnTop(header.removed)
    : (siteNameOnTop(header.removed, copyright, url, boilerplate.removed, marked.lines) ??
      siteNameAboveControls(marked.lines, header.removed));
  // The name the page prints on top over its copyright's holder, which may be its company (`Haaretz` over `Haaretz
  // Daily Newspaper Ltd.`, `DAILY SABAH` over `Turkuvaz Haberleşme ve Yayıncılık`); the holder's way of writing the
  // same name over the logo's (`The National`, `ARAB NEWS` above `Arab News`).
  const sameName = siteName !== undefined && copyright !== undefined && sameLetters(siteName.text, copyright);
  // `Times of Israel Staff`, `TOI Staff` under `The Times of Israel`: the outlet as the masthead or copyright prints it.
  const credited =
    fields.source ?? header.agency ?? (header.outlet && outletInFull(header.outlet.name, [siteName?.text, copyright]));
  // `The Conversation UK`, as a note of the site's funders names it, under `The Conversation` on top of the page: the
  // name on top and a word after it, the edition's; the publication is the one on top.
  const named = siteName !== undefined && isEditionOf(credited, siteName.text) ? siteName.text : credited;
  // `By JT` on The Jordan Times' page: the outlet's initials, which the name on top of the page spells out.
  const top = siteName ?? (writersOwn ? undefined : labelOnTop(header.removed));
  const spelledOut = named !== undefined && top !== undefined && abbreviates(named, top.text) ? top : undefined;
  const site = spelledOut ?? siteName;
  // `Reuters` / `Follow` above the headline on a portal that carries the story: the story's outlet, not the portal's.
  const publisher = publisherAboveFollow(marked.lines, header.removed, author);
  const credit = named && withoutWireCredits(named);
  // `Źródło: rp.pl` below an article under `Rzeczpospolita` on top: the site's own address, the masthead its name.
  const ownAddress = credit !== undefined && site !== undefined && isOwnAddress(credit, site.text, [...header.removed, ...boilerplate.removed], url);
  const printedSource =
    spelledOut?.text ??
    (ownAddress ? site.text : credit) ??
    publisher?.text ??
    (sameName ? copyright : siteName?.text) ??
    copyright ??
    publicationOfCompany(boilerplate.removed) ??
    writersOutlet(boilerplate.removed, author) ??
    issuerOfRelease(header.removed, text) ??
    nameOfAddress(url, text) ??
    selfReferencedSource(text, [...entities.people, ...entities.places]) ??
    block?.site;
  // Pages print one outlet's name in more than one way (`BBC`, `BBC News`); the alias file makes them one source.
  const source = printedSource && noted.aliases.canonical("sources", printedSource);
  // `Shafaq News` above a channel's post and again before its lead (`Shafaq News/ The …`): the outlet's name, no section.
  // So is the name the header credits (`新华网` above the menu, `来源：新华网` below the headline) where an agency's
  // dateline gives the source (`新华社…电`).
  const namesTheSite = (name: string | undefined) =>
    name !== undefined && [printedSource, site?.text, header.outlet?.name].some((each) => each?.toLowerCase() === name.toLowerCase());
  const section = namesTheSite(fields.section) ? undefined : (fields.section ?? lead.kind);
  const siteNameReason = site && (site.text === printedSource ? `${SITE_NAME_ON_TOP} (kept as source)` : SITE_NAME_ON_TOP);
  const headerLines = header.removed.map((line) => {
    // The name may be the line's first words alone (siteNameOnTop): the line is recorded as written.
    if (line.line === site?.line && line.reason === site.reason) return { ...line, reason: siteNameReason! };
    if (line.reason === PAGE_ADDRESS && line.text === url) return { ...line, reason: `${PAGE_ADDRESS} (kept as url)` };
    if (line.line === publisher?.line) {
      return { ...line, reason: publisher.text === printedSource ? `${PUBLISHER_BADGE} (kept as source)` : PUBLISHER_BADGE };
    }
    // The label as printed, in capitals or not (the section is set in the case the archive lists sections in).
    const namesSection = line.text.toLowerCase() === header.section?.toLowerCase();
    const sectionNamesSource = section !== header.section && namesSection && line.reason === SECTION_LABEL;
    return sectionNamesSource ? { ...line, reason: OUTLET_ABOVE_HEADLINE } : line;
  });
  const removed: RemovedLine[] = [
    ...(browsed?.removed ?? []),
    ...metadataLines,
    ...(below ? [addressBelowRemoved(below, url === below.url)] : []),
    ...marked.removed,
    ...headerLines,
    ...boilerplate.removed,
    ...again.removed,
    ...lead.removed,
    ...signed.removed,
  ].sort(
    (a, b) => a.line - b.line,
  );

  const frontMatter: ArticleInput = {
    title,
    ...(section && { section }),
    ...(published && { date: published.date }),
    ...(published?.time && { time: published.time }),
    ...(published?.utcOffset && { utcOffset: published.utcOffset }),
    ...(author && { author }),
    ...(source && { source }),
    ...(url && { url }),
    summary: fields.summary ?? summaryOf(firstParagraph),
    topics: topicsOf(title, text, language),
    ...withOutletAsOrganization(withoutSectionAsOrganization(entities, section), [printedSource, source], author),
    language,
    original: {
      file: raw.file,
      sha256: createHash("sha256").update(raw.bytes).digest("hex"),
      ...(decoded.encoding !== "utf-8" && { encoding: decoded.encoding }),
    },
    provenance,
    removed,
  };
  // The text gives a time with its day and an offset with its time; a sidecar may give one without the other.
  const corrected = applyOverrides(frontMatter, sidecar.overrides);
  const timeProblems = describeProblems(timeIssues(corrected));
  if (timeProblems.length > 0) return { ok: false, file: raw.sidecar?.file ?? raw.file, reason: timeProblems.join("; ") };
  return {
    ok: true,
    article: { frontMatter: corrected, body: toMarkdown(parts) },
    aliasLookups: [...noted.lookups].sort(),
  };
}

/**
 * ingestArticle, with a failure of ingest's own on one article (a bug, which its tests call ingestArticle to see)
 * reported as that article's error, so that one article cannot stop the rest of a run from going through.
 */
export function ingestOrReport(raw: RawArticle, aliases: Aliases): IngestResult {
  try {
    return ingestArticle(raw, aliases);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    return { ok: false, file: raw.file, reason: `news-archive failed on it, a bug to report with this file: ${message}` };
  }
}

function readSidecar(sidecar: RawArticle["sidecar"]): ParsedOverrides {
  if (!sidecar) return { ok: true, overrides: {} };
  let data: unknown;
  try {
    data = parse(sidecar.text);
  } catch (error) {
    return { ok: false, problems: [`not valid YAML: ${firstLine(error)}`] };
  }
  return parseOverrides(data);
}

function partText(part: BodyPart): string {
  switch (part.kind) {
    case "figure":
      return part.caption;
    case "list":
      return part.items.join("\n");
    case "table":
      return part.rows.map((row) => row.join(", ")).join("\n");
    case "break":
      return "";
    // An embedded post's text, not its credit: `Iraq Live (@IraqLive)` is an account, not a person.
    default:
      return part.text;
  }
}

/** `The Conversation UK` of `The Conversation`: a site's name and one word after it, its edition's (`UK`, `Africa`). */
function isEditionOf(name: string | undefined, site: string): boolean {
  return name !== undefined && name.startsWith(`${site} `) && /^\p{Lu}[\p{L}]{0,11}$/u.test(name.slice(site.length + 1));
}
