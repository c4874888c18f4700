import type { RemovedLine } from "../article.ts";
import { PLACE_WORDS as KNOWN_ARABIC_PLACES } from "./arabic-names.ts";
import { creditName } from "./boilerplate.ts";
import { isCaption } from "./captions.ts";
import { isCityName } from "./city-names.ts";
import { countryNamed } from "./countries.ts";
import { readDateLine, type PublicationDate } from "./dates.ts";
import { escapeRegExp } from "./entities/name-words.ts";
import { isKnownPlace, mayBePlaceName } from "./lexicon.ts";
import { unshouted } from "./normalize.ts";
import {
  ARABIC_DATELINE_LINE,
  ARABIC_WIRE_DATELINE,
  ARTICLE_KIND_BEFORE_LEAD,
  CHINESE_WIRE_DATELINE,
  COPYRIGHT_SIGN,
  DATELINE_ATTRIBUTION,
  DATELINE_COLON,
  DATELINE_LINE,
  DATELINE_REGION,
  DATELINE_WITHOUT_AGENCY,
  EDITORS_NOTE,
  LIST_BOX_LABEL,
  namesAgency,
  OUTLET_AND_DASH_LINE,
  OUTLET_DASH_PREFIX,
  OUTLET_NAME,
  ORGANIZATION_HEADS,
  PLACE_AND_AGENCY_LINE,
  PLACE_BEFORE_FULL_STOP,
  SITE_CONTROL_LABEL,
  SOURCE_PREFIX,
  TITLE_CASE_DATELINE,
  TITLE_CASE_WIRE_DATELINE,
  WIRE_AGENCY,
  WIRE_DATELINE,
  WIRE_DATELINE_AGENCY_AFTER,
  WIRE_DATELINE_AGENCY_IN_SLASHES,
  WIRE_DATELINE_AGENCY_AFTER_DATE,
  WIRE_DATELINE_BRACKETED,
  WRITERS_ROLES,
} from "./patterns.ts";
import { wordCount, type Block, type Line } from "./segment.ts";
import { siteOfAddress } from "./web-address.ts";

export interface LeadAttribution {
  /** the publication or agency named before the lead */
  source?: string;
  /** the places a wire story's dateline names: where it was filed from, and its country or region when given */
  places: string[];
  /** the date a dateline gives with its place (`GENEVA, 14 March 2022 –`), as a press release prints it */
  published?: PublicationDate;
  /** the reporters a Chinese dateline names (`新华社巴格达10月21日电（记者 王健 李杨）`), as Chinese lists them: `王健、李杨` */
  writers?: string;
  /** the article's kind, a label in capitals run into the lead (`DÉCRYPTAGE - …`) */
  kind?: string;
  /** the blocks, with that name taken off the lead */
  blocks: Block[];
  removed: RemovedLine[];
}

/**
 * Takes a publication's name off the front of the lead, where sites put it: `Shafaq News / The Prime Minister …`,
 * `شفق نيوز/ …`, `(Reuters) - …`, or a wire story's dateline, `BAGHDAD (Reuters) - …`, `Basra (Iraq) (AFP) – …`,
 * `MOSCOW, December 2. /TASS/. …`, `ERBIL, Kurdistan Region - …`, `Erbil, Kurdistan Region – …`, `GENEVA, 14 March
 * 2022 – …`, `Erbil, 28 November 2026 – …` (its date kept, for an article whose header gives none), or one printed
 * over lines (`Baghdad, Iraq` / `CNN` / `—`, or `ANKARA` or `Baghdad-INA` above the lead), whose places are kept too.
 * The lead may have a photo's caption, an editors' note or the outlet's name above it (which goes, as the dateline
 * names it). What is taken is recorded, so the lead as printed can be restored.
 */
export function takeLeadAttribution(blocks: Block[]): LeadAttribution {
  const none = { blocks, removed: [], places: [] };
  const split = takeSplitDateline(blocks);
  if (split) return split;
  const box = listBoxOnTop(blocks);
  const opening = openingLines(blocks, box + MOST_LINES_ABOVE_LEAD + 1).slice(box);
  const leadIndex = opening.findIndex(({ line }) => !isAboveLead(line));
  const at = opening[leadIndex];
  if (!at) return none;
  const { line } = at;
  const above = opening.slice(0, leadIndex).map((each) => each.line);
  const datelineAbove = above.find(
    (each) => DATELINE_LINE.test(each.text) || PLACE_AND_AGENCY_LINE.test(each.text) || isArabicDatelineLine(each.text),
  );
  // `Baghdad-INA`, `أربيل (كوردستان24)-`: the place, then the agency or outlet, on the line above the lead.
  const placeAndAgency = datelineAbove && (PLACE_AND_AGENCY_LINE.exec(datelineAbove.text) ?? ARABIC_DATELINE_LINE.exec(datelineAbove.text));
  const agencyAbove = placeAndAgency?.[2];
  const placeAbove = placeAndAgency ? placeAndAgency[1]! : datelineAbove && unshouted(datelineAbove.text);
  const attribution =
    readAttribution(line.text) ?? (datelineAbove && { length: 0, places: [], reason: "", ...(agencyAbove && { source: agencyAbove }) });
  if (!attribution) return none;
  const outletAgain = above.filter((each) => each.text === attribution.source);
  const tags = attribution.length > 0 ? tagsAbove(above.filter((each) => each !== datelineAbove && !outletAgain.includes(each))) : [];
  const removed: RemovedLine[] = [];
  for (const each of outletAgain) removed.push({ line: each.no, text: each.text, reason: OUTLET_AGAIN });
  for (const each of tags) removed.push({ line: each.no, text: each.text, reason: TAGS_ABOVE_LEAD });
  if (datelineAbove) removed.push({ line: datelineAbove.no, text: datelineAbove.text, reason: agencyAbove ? WIRE_REASON : PLACE_DATELINE });
  if (attribution.length > 0) {
    removed.push({ line: line.no, text: line.text.slice(0, attribution.length).trim(), reason: attribution.reason });
  }
  const taken = new Set([...outletAgain, ...tags, ...(datelineAbove ? [datelineAbove] : [])]);
  const lead = { ...line, text: line.text.slice(attribution.length), ...(attribution.length > 0 && { written: line.written ?? line.text }) };
  const items = attribution.reason === WIRE_REASON ? roundupItems(blocks, line, attribution.source) : new Map<Line, Line>();
  for (const [each, item] of items) removed.push({ line: each.no, text: each.text.slice(0, each.text.length - item.text.length).trim(), reason: ITEM_DATELINE });
  removed.sort((a, b) => a.line - b.line);
  const rest = blocks
    .map((block) => block.flatMap((each) => (each === line ? [lead] : taken.has(each) ? [] : [items.get(each) ?? each])))
    .filter((block) => block.length > 0);
  const itemPlaces = [...items.keys()].flatMap((each) => readAttribution(each.text)!.places);
  const places = [...new Set([...(placeAbove ? [placeAbove] : []), ...attribution.places, ...itemPlaces])];
  const { source, published, writers, kind } = attribution;
  return { ...(source && { source }), ...(published && { published }), ...(writers && { writers }), ...(kind && { kind }), places, blocks: rest, removed };
}

/**
 * A wire roundup's later items, each opening on a dateline of its own with the same agency's name as the lead's
 * (`KUWAIT, Nov 18 (Reuters) - Kuwait's Emir …`): each such line, and the line without its dateline, which the text
 * reads on without, as it does the lead; the places are kept.
 */
function roundupItems(blocks: Block[], lead: Line, agency: string | undefined): Map<Line, Line> {
  const items = new Map<Line, Line>();
  for (const each of blocks.flat()) {
    if (each.no <= lead.no) continue;
    const dateline = readAttribution(each.text);
    if (dateline?.reason !== WIRE_REASON || dateline.source !== agency || dateline.places.length === 0) continue;
    items.set(each, { ...each, text: each.text.slice(dateline.length), written: each.written ?? each.text });
  }
  return items;
}
const ITEM_DATELINE = "dateline of a roundup's item: where it was filed (kept as places)";

/**
 * The standfirst printed again as the article's first paragraph, below the byline and the photo (Le Figaro prints its
 * chapô over the byline and again above the text): a copy, left out; the standfirst is kept as the summary.
 */
export function takeStandfirstAgain(blocks: Block[], standfirst: string | undefined): { blocks: Block[]; removed: RemovedLine[] } {
  const first = openingLines(blocks, MOST_LINES_ABOVE_LEAD + 1).find(({ line }) => !isCaptionLine(line))?.line;
  if (standfirst === undefined || first === undefined || !sameText(first.text, standfirst)) return { blocks, removed: [] };
  const rest = blocks.map((block) => block.filter((line) => line !== first)).filter((block) => block.length > 0);
  return { blocks: rest, removed: [{ line: first.no, text: first.written ?? first.text, reason: "the standfirst printed again, above the article's text" }] };
}

/** Two printings of one paragraph, whatever their spacing, or a label of the article's kind run into one (`DÉCRYPTAGE -`). */
const sameText = (a: string, b: string) => {
  const plain = (text: string) => text.replace(ARTICLE_KIND_BEFORE_LEAD, "").replace(/\s+/g, " ").trim();
  return plain(a) === plain(b);
};

/**
 * How many lines a box of key points takes up on top of the article (`Summary` above Reuters' short lines, each a
 * point, no full stop), with the photo's captions above it (Reuters prints the photo first), which stands above the
 * lead as a caption may: the lead is below it.
 */
function listBoxOnTop(blocks: Block[]): number {
  const opening = openingLines(blocks, MOST_LINES_ABOVE_LEAD + MOST_LIST_BOX_ITEMS + 2).map(({ line }) => line);
  const captions = opening.findIndex((line) => !isCaptionLine(line));
  const lines = opening.slice(Math.max(captions, 0));
  if (captions > MOST_LINES_ABOVE_LEAD || !lines[0] || !LIST_BOX_LABEL.test(lines[0].text)) return 0;
  const items = lines.slice(1).findIndex((line) => /[.!?]["”’]?$/.test(line.text) || wordCount(line.text) > MOST_LIST_BOX_ITEM_WORDS);
  return items > 0 ? captions + items + 1 : 0;
}

const MOST_LIST_BOX_ITEMS = 6;
const MOST_LIST_BOX_ITEM_WORDS = 15;

/** How many lines may stand above the lead: a photo's caption, the outlet's name. */
const MOST_LINES_ABOVE_LEAD = 3;
const MOST_LABEL_WORDS = 3;

const TAGS_ABOVE_LEAD = "the page's tags, above the lead (links to its topics' pages)";

/**
 * Labels of a few words, two or more one under the other, right above a lead that opens on its dateline (the ICRC's
 * `Iraq` / `Missing persons` below the headline): the page's tags, links to its topics' pages, as other pages print
 * them below the article. No caption is one; a subhead has its part's text below it, not the lead.
 */
function tagsAbove(above: Line[]): Line[] {
  const labels = above.filter((line) => !isCaptionLine(line) && !EDITORS_NOTE.test(line.text) && !/[,;:]$/.test(line.text));
  return labels.length >= 2 && labels.length === above.length ? labels : [];
}

/**
 * An Arabic dateline alone on its line (ARABIC_DATELINE_LINE): a place and its outlet, or a town or region the Arabic
 * reader knows by name alone (`أربيل`); not a country's name alone (`العراق`), which sites print as a section's label.
 */
function isArabicDatelineLine(text: string): boolean {
  const [, place, outlet] = ARABIC_DATELINE_LINE.exec(text) ?? [];
  return place !== undefined && (outlet !== undefined || KNOWN_ARABIC_PLACES.has(place));
}

/** A photo's caption, the text's mark or its shape's. */
const isCaptionLine = (line: Line) => line.kind === "caption" || line.kind === "credit" || isCaption(line.text);

/**
 * A photo's caption, an editors' note, a label of a few words (the outlet's name), or a dateline of a place and an
 * agency (`بغداد - واع`, which has no capitals to be a label by), or an Arabic one (`أربيل (كوردستان24)-`, `أربيل`):
 * a line the lead may have above.
 */
function isAboveLead(line: Line): boolean {
  if (isCaptionLine(line) || EDITORS_NOTE.test(line.text) || PLACE_AND_AGENCY_LINE.test(line.text) || isArabicDatelineLine(line.text)) {
    return true;
  }
  return wordCount(line.text) <= MOST_LABEL_WORDS && /^\p{Lu}/u.test(line.text) && !/[.!?]$/.test(line.text);
}

interface Attribution {
  /** the characters of the lead it takes */
  length: number;
  source?: string;
  places: string[];
  published?: PublicationDate;
  writers?: string;
  kind?: string;
  reason: string;
}

const ATTRIBUTIONS = [
  CHINESE_WIRE_DATELINE,
  SOURCE_PREFIX,
  OUTLET_DASH_PREFIX,
  DATELINE_ATTRIBUTION,
  WIRE_DATELINE,
  WIRE_DATELINE_BRACKETED,
  TITLE_CASE_WIRE_DATELINE,
  ARABIC_WIRE_DATELINE,
  WIRE_DATELINE_AGENCY_AFTER,
  WIRE_DATELINE_AGENCY_IN_SLASHES,
  WIRE_DATELINE_AGENCY_AFTER_DATE,
  DATELINE_WITHOUT_AGENCY,
  TITLE_CASE_DATELINE,
  PLACE_BEFORE_FULL_STOP,
  DATELINE_COLON,
];
const PLACE_DATELINE = "dateline: where the story was filed (kept as places)";
const OUTLET_AGAIN = "the outlet's name, printed again above the lead";
const WIRE_REASON = "dateline: where the story was filed, and the agency (kept as places and source)";
const OUTLET_DATELINE = "dateline: where the story was filed, and the outlet (kept as places and source)";
const OUTLET_BEFORE_LEAD = "publication named before the lead (kept as source)";

/** Whether `text` opens on a wire story's dateline, the place it was filed from (`BAGHDAD, 4 May 2026 – …`): a lead. */
export function opensOnDateline(text: string): boolean {
  return datelinePlaces(text).length > 0;
}

/** The places the dateline that opens `text` names: `ERBIL, Iraq, Nov 18 (Reuters) -` names Erbil and Iraq. */
export function datelinePlaces(text: string): string[] {
  return readAttribution(text)?.places ?? [];
}

/** What opens the lead `text` to name where it comes from: a publication's name, a dateline. */
function readAttribution(text: string): Attribution | undefined {
  // `DÉCRYPTAGE - Après des mois …`: the article's kind, no text of the lead's; a dateline may follow it.
  const kind = ARTICLE_KIND_BEFORE_LEAD.exec(text);
  if (kind) {
    const dateline = readAttribution(text.slice(kind[0].length));
    if (dateline) return { ...dateline, length: kind[0].length + dateline.length, kind: kind[1]! };
    return { length: kind[0].length, places: [], kind: kind[1]!, reason: "the article's kind, a label run into the lead (kept as section where none is)" };
  }
  for (const pattern of ATTRIBUTIONS) {
    const match = pattern.exec(text);
    if (!match || match[0].length >= text.length) continue;
    const length = match[0].length;
    if (pattern === SOURCE_PREFIX || pattern === DATELINE_ATTRIBUTION) {
      // SOURCE_PREFIX's name in Latin letters, or in Arabic (`شفق نيوز/ …`).
      const source = (match[1] ?? match[2])!.trim();
      // Human Rights Watch's `(Beirut) – Iraqi federal … authorities`: a place in the brackets, where the story was
      // filed from, no agency.
      if (pattern === DATELINE_ATTRIBUTION && match[2] === undefined && isKnownPlace(source)) {
        return { length, places: [source], reason: PLACE_DATELINE };
      }
      // ANSA's `(ANSA) - TEHERAN, 06 DIC - …`: the agency, then the dateline, its place kept as a wire dateline's is.
      const dateline = readAttribution(text.slice(length));
      if (dateline && dateline.source === undefined && dateline.places.length > 0) {
        return { ...dateline, length: length + dateline.length, source, reason: WIRE_REASON };
      }
      return outletBeforeLead(text, length, source);
    }
    if (pattern === OUTLET_DASH_PREFIX) {
      if (!OUTLET_NAME.test(match[1]!)) continue;
      return outletBeforeLead(text, length, match[1]!);
    }
    if (pattern === CHINESE_WIRE_DATELINE) {
      const writers = match[3]?.split(/[\s、]+/).join("、");
      return { length, source: match[1]!, places: [match[2]!], ...(writers && { writers }), reason: writers ? CHINESE_WIRE_REASON : WIRE_REASON };
    }
    if (pattern === PLACE_BEFORE_FULL_STOP) {
      if (!mayBePlaceName(match[1]!)) continue;
      return { length, places: [match[1]!], reason: PLACE_DATELINE };
    }
    if (pattern === DATELINE_COLON) {
      // `EXCLUSIVE:`, `FACTBOX:` open a lead so too: only a place compromise knows as one.
      const place = unshouted(match[1]!);
      if (!isKnownPlace(place)) continue;
      return { length, places: [place], reason: PLACE_DATELINE };
    }
    const { region, published } = regionAndDate(match[2]);
    // `BAGHDAD/ANKARA`: a story filed from two places.
    const places = [...match[1]!.split("/").map(unshouted), ...region];
    const dated = published && { published };
    if (pattern === TITLE_CASE_DATELINE) {
      if (region.length === 0 && !(dated && mayBePlaceName(match[1]!))) continue;
      return { length, places, ...dated, reason: dated ? DATED_DATELINE : PLACE_DATELINE };
    }
    if (pattern === DATELINE_WITHOUT_AGENCY) {
      const dayAndMonth = match[2] !== undefined && DAY_AND_MONTH.test(match[2]);
      if (region.length === 0 && !dated && !dayAndMonth && match[1]!.replace(/[^\p{L}]/gu, "").length < FEWEST_DATELINE_PLACE_LETTERS) continue;
      return { length, places, ...dated, reason: dated ? DATED_DATELINE : PLACE_DATELINE };
    }
    // la Repubblica's `MAARAT AL-NUMAN (Siria) –`: the country the place is in, in brackets where an agency's name
    // would be, as Italian datelines print it; no agency.
    const country = pattern === WIRE_DATELINE ? countryNamed(match[3]!.trim()) : undefined;
    if (country !== undefined) return { length, places: [...places, country], ...dated, reason: dated ? DATED_DATELINE : PLACE_DATELINE };
    // Armenpress' `ARMENPRESS.`: the agency's name set in capitals, as the dateline's place is.
    const agency = pattern === WIRE_DATELINE_AGENCY_AFTER_DATE ? unshouted(match[3]!) : match[3]!.trim();
    return { length, source: agency, places, ...dated, reason: WIRE_REASON };
  }
  return undefined;
}

/**
 * The outlet named before the lead, in its first `length` characters (`Shafaq News / `, `Shafaq News– `), and the place
 * its dateline names after it, where it names one.
 */
function outletBeforeLead(text: string, length: number, source: string): Attribution {
  const place = placeBeforeLead(text.slice(length));
  if (place === undefined) return { length, source, places: [], reason: OUTLET_BEFORE_LEAD };
  return { length: length + place.length + 1, source, places: [place], reason: OUTLET_DATELINE };
}

const DATED_DATELINE = "dateline: where and when the story was filed (kept as places and date)";
const CHINESE_WIRE_REASON = "dateline: where the story was filed, the agency and its reporters (kept as places, source and author)";

/**
 * The place an outlet's dateline names after its dash or slash, run into the lead with no mark between them (`Baghdad`
 * of `Shafaq News– Baghdad Iraq's Independent …`): the most words, up to three, compromise or the gazetteer knows as a
 * place's, a capital after them where the lead opens. A place the lead opens on goes on in small letters (`Iraq
 * recorded …`), or opens an organisation's name (`Baghdad Operations Command announced …`): its capitalised words run
 * on to the head.
 */
function placeBeforeLead(text: string): string | undefined {
  const words = text.split(" ");
  for (let count = MOST_PLACE_WORDS; count > 0; count--) {
    const place = words.slice(0, count).join(" ");
    if (words.length > count && /^["“‘]?\p{Lu}/u.test(words[count]!) && (isKnownPlace(place) || isCityName(place))) {
      const name = NAME_RUN.exec(text.slice(place.length))![0];
      return ORGANIZATION_HEADS.test(name) ? undefined : place;
    }
  }
  return undefined;
}
const MOST_PLACE_WORDS = 3;
/** The capitalised words a name runs on with, to a possessive's (`Iraq's`) or a "The", which open the lead. */
const NAME_RUN = /^(?: (?!The )\p{Lu}[\p{L}\d&.-]*(?![\p{L}'’]))*/u;

/**
 * What follows a dateline's place after a comma: its country or region (`Iraq`, `New Mexico`), a date with its year
 * (`14 March 2022`, `Jan. 5, 2021`), or both (`Iraq, March 3, 2021`). A date without its year (`Jan. 5`) is none.
 */
function regionAndDate(after: string | undefined): { region: string[]; published?: PublicationDate } {
  if (after === undefined) return { region: [] };
  if (DATELINE_REGION.test(after)) return { region: [after] };
  const [, first, rest] = /^([^,]+),\s*(.+)$/.exec(after) ?? [];
  if (first !== undefined && DATELINE_REGION.test(first)) {
    const published = readDateLine(rest!);
    if (published) return { region: [first], published };
    // `ERBIL, Iraq, Nov 18 (Reuters)`: the region, and a day without its year, which dates nothing.
    if (DAY_AND_MONTH.test(rest!)) return { region: [first] };
  }
  const published = readDateLine(after);
  return published ? { region: [], published } : { region: [] };
}

/**
 * A place in capitals alone before a dash (`BAGHDAD —`) is a dateline; an acronym (`NATO —`, `ISIS —`) opens a
 * sentence so too, and is shorter.
 */
const FEWEST_DATELINE_PLACE_LETTERS = 5;

/** A dateline's day and month without the year (ANSA's `ROMA, 5 DIC -`, `ROME, DEC 5 -`): a place of any length before it. */
const DAY_AND_MONTH = /^(?:\d{1,2} \p{L}{3,10}\.?|\p{L}{3,10}\.? \d{1,2})$/u;

/** The first `count` lines of `blocks`, with where each is. */
function openingLines(blocks: Block[], count: number): { line: Line; b: number; l: number }[] {
  const lines: { line: Line; b: number; l: number }[] = [];
  for (let b = 0; b < blocks.length && lines.length < count; b++) {
    for (let l = 0; l < blocks[b]!.length && lines.length < count; l++) lines.push({ line: blocks[b]![l]!, b, l });
  }
  return lines;
}

/** The outlet on a line of its own in a dateline printed over lines: `CNN`, `CNN Business`, `BBC News`. */
const OUTLET_LINE = /^\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*){0,2}$/u;
const DASH_LINE = /^[—–-]{1,2}$/;

/**
 * A dateline some sites print in parts that a copy of the page sets on lines of their own above the lead: the place
 * (`Baghdad, Iraq`, or none), the outlet (`CNN`), then a line of only a dash, or the outlet and the dash on one line
 * (`CNN —`). A line that ends on a dash with nothing after it is no sentence's part, so it and the line above it, at
 * the top of the article, are the dateline's.
 */
function takeSplitDateline(blocks: Block[]): LeadAttribution | undefined {
  const opening = openingLines(blocks, 4);
  const dashAlone = opening.findIndex(({ line }) => DASH_LINE.test(line.text));
  const withOutlet = opening.findIndex(({ line }) => OUTLET_AND_DASH_LINE.test(line.text));
  const joined = dashAlone === -1 && withOutlet !== -1;
  const dash = joined ? withOutlet : dashAlone;
  if (dash < (joined ? 0 : 1) || dash > (joined ? 1 : 2) || dash === opening.length - 1) return undefined;
  const outletAt = joined ? dash : dash - 1;
  const [place, outlet] = [opening[outletAt - 1]?.line, opening[outletAt]!.line];
  const outletName = joined ? OUTLET_AND_DASH_LINE.exec(outlet.text)![1]! : outlet.text;
  if (!OUTLET_LINE.test(outletName)) return undefined;
  const where = place && /^([^,]+)(?:, (.+))?$/.exec(place.text);
  if (place && !(where && DATELINE_REGION.test(where[1]!) && (where[2] === undefined || DATELINE_REGION.test(where[2])))) {
    return undefined;
  }
  const lead = opening[dash + 1]!;
  const taken = opening.slice(0, dash + 1).map(({ line }) => line);
  const removed = taken.map((line) => ({
    line: line.no,
    text: line.written ?? line.text,
    reason: OUTLET_DATELINE,
  }));
  const rest = [blocks[lead.b]!.slice(lead.l), ...blocks.slice(lead.b + 1)];
  const places = where ? [where[1]!, ...(where[2] === undefined ? [] : [where[2]])] : [];
  return { source: outletName, places, blocks: rest, removed };
}

const TOLD = /\btold (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)\b/gu;
const FEWEST_SELF_REFERENCES = 2;

/**
 * A publication that interviews people for its own story writes "officials told Diyaruna" again and again; the
 * name that follows "told" in several places is the publication itself, unless it is someone in the story.
 */
export function selfReferencedSource(text: string, notSources: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(TOLD)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  const [best] = [...counts]
    .filter(([name, count]) => count >= FEWEST_SELF_REFERENCES && !notSources.some((other) => other.includes(name)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best?.[0];
}

/** The reason the header records a label it read above the headline with, printed again below it. */
export const LABEL_AGAIN = "a label read above the headline, printed again below it";
export const SITE_NAME_ON_TOP = "the site's name, on the page's first line above its menu";

/** How many of the page's last lines are its footer, where a page prints its name again. */
const FOOTER_LINES = 3;
/**
 * How many lines above its copyright line are a page's footer too (Daily Sabah's `DAILY SABAH` above `ABOUT US`,
 * `CONTACT`, `TERMS OF USE` and `© Turkuvaz Haberleşme ve Yayıncılık 2026`).
 */
const FOOTER_LINES_ABOVE_COPYRIGHT = 5;
/** A footer's copyright line, by its mark at its start (`©`, `Copyright`). */
const COPYRIGHT_LINE = new RegExp(`^(?:${COPYRIGHT_SIGN})`);

/**
 * The site's name a copied page prints on its first line, above its menu and headline (`Arab News`, `Al-Monitor`,
 * `The National`), which the header reads as a menu's item or a label: the site's when the page names the same
 * publisher again, as the holder of its copyright, in its web address's host (`arabnews.com`) or on a line of its
 * own in the footer (of `chrome`, the lines left out around the article), letters alike whatever the case, spaces,
 * hyphens or a leading "The"; or within the name of the company whose copyright the footer prints; or again in the
 * page's `lines` below it, as a name is printed (printedAgainAsName).
 */
export function siteNameOnTop(
  removed: RemovedLine[],
  copyright: string | undefined,
  url: string | undefined,
  chrome: RemovedLine[],
  lines: Line[],
): RemovedLine | undefined {
  const linkedHome = logoLinkedHome(removed);
  if (linkedHome) return linkedHome;
  const label = doubledLogo(removed) ?? labelOnTop(removed);
  if (label === undefined) return undefined;
  const top = { ...label, text: logoTextOnce(label.text) ?? label.text };
  const spelled = nameOfAddressOnTop(top, removed);
  if (spelled) return spelled;
  // `Neue Zürcher Zeitung` above `NZZ`, as NZZ's masthead prints its name and its initials one under the other.
  const initials = lines.find(({ no, text }) => no > top.line && text !== "");
  if (initials !== undefined && SITE_NAME_SHAPE.test(top.text) && abbreviates(initials.text, top.text)) return top;
  const host = url !== undefined && URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, "").split(".")[0] : undefined;
  // The site's name printed again on a line of its own in the page's footer, its last lines or those above its
  // copyright line (`Corriere della Sera` above it), left out as chrome; not a tag of the article's after it (the
  // Guardian's `Iraq`).
  const last = Math.max(...chrome.map(({ line }) => line));
  const copyrightLine = Math.max(...chrome.filter(({ text }) => COPYRIGHT_LINE.test(text)).map(({ line }) => line));
  const inFooter = (line: number) => line > last - FOOTER_LINES || (line < copyrightLine && line >= copyrightLine - FOOTER_LINES_ABOVE_COPYRIGHT);
  const footer = chrome.filter(({ line }) => line > top.line && inFooter(line)).map(({ text }) => text);
  const named = [copyright, host, ...footer].filter((name) => name !== undefined).map(letters);
  // `وكالة الأنباء العراقية` (the Iraqi News Agency) on top, its copyright `… محفوظة لوكالة الأنباء العراقية`, whose
  // holder is read without the kind of outlet it is: the name on top, in full.
  const kindOfOutlet = OUTLET_KIND.exec(top.text);
  if (kindOfOutlet && copyright !== undefined && letters(top.text.slice(kindOfOutlet[0].length)) === letters(copyright)) return top;
  if (letters(top.text) !== "" && named.includes(letters(top.text))) {
    const written = [copyright, ...footer].find((name) => name !== undefined && letters(name) === letters(top.text) && name !== name.toUpperCase());
    return logoAsWritten(top, written);
  }
  // The name on top printed again on a line of its own below the headline, where a byline names the outlet (VOA's
  // `دەنگی ئەمریکا`, Radio Farda's `رادیو فردا`, above the date line or below it): the site's, whoever holds the copyright.
  if (signsBelowHeadline(top, removed)) return top;
  // A page with no copyright's holder to name it (`© 2026 ANF – Ajansa Nûçeyan a Firatê` names ANF in full).
  const below = lines.filter(({ no }) => no > top.line);
  if (copyright === undefined && printedAgainAsName(top.text, below)) return logoAsWritten(top, undefined);
  // A logo in capitals the text names in small letters (`THE HINDU` on top, `… told The Hindu that …`), with no
  // copyright's holder to name it (`THG PUBLISHING PVT LTD`, its company's, is not taken): the name as the text writes
  // it.
  const writtenBelow = copyright === undefined ? shoutedNameWritten(top.text, below) : undefined;
  if (writtenBelow !== undefined) return logoAsWritten(top, writtenBelow);
  // The company holding the footer's copyright, named for the site (`PÚBLICO` above `© 2026 PÚBLICO Comunicação Social
  // SA`), when the copyright names no publication; one that does (`© 2026 ANF – Ajansa Nûçeyan a Firatê`) is the source.
  const copyrightLines = chrome.filter(({ line, text }) => line > top.line && inFooter(line) && COPYRIGHT_ANYWHERE.test(text));
  const company = copyright === undefined ? companyNaming(top.text, copyrightLines) : undefined;
  if (company !== undefined) return logoAsWritten(top, company);
  // A logo that prints the site's name with its tagline after it (IOM's `IOM UN Migration` on iom.int, `Al Jazeera
  // English` on aljazeera.com): the words that spell the host's name, as the page writes them.
  const words = top.text.split(" ");
  const logo = words.slice(0, -1).map((_, i) => words.slice(0, i + 1).join(" ")).find((name) => letters(name) === host);
  if (logo !== undefined && SITE_NAME_SHAPE.test(top.text)) return { ...top, text: logo };
  return copyright === undefined ? mastheadNamedAgain(removed, chrome, lines) : undefined;
}

/**
 * The site's name on top of a page with no copyright's holder to name it, which the header read above its sections'
 * labels, named again below it as a publisher is named: in full anywhere (a podcast's `Welcome to Middle East
 * Matters.`, `Citable reference: World Health Organization (7 December 2026).`), or among the lines left out around
 * the article by the name alone, without the words in small letters a logo prints after it (`Middle East Eye édition
 * française`, an edition's; `The Times logo`, its picture's label), or by the shorter name it opens on (`… a fellow at
 * The Washington Institute.` in the box about the writers below `The Washington Institute for Near East Policy`; the
 * footer's `Council of Representatives`). Of a masthead that prints the name in two languages, one line under the
 * other (`مجلس النواب العراقي` / `Council of Representatives of Iraq`), the line named again. The name is the top's, in
 * full but for those words in small letters.
 */
function mastheadNamedAgain(removed: RemovedLine[], chrome: RemovedLine[], lines: Line[]): RemovedLine | undefined {
  const masthead = mastheadLines(removed);
  const last = masthead.at(-1)?.line;
  if (last === undefined) return undefined;
  const below = (texts: { no: number; text: string }[]) => texts.filter(({ no }) => no > last).map(({ text }) => text);
  const anywhere = below(lines);
  const leftOut = below([...removed, ...chrome].map(({ line, text }) => ({ no: line, text })));
  for (const top of masthead) {
    if (namedIn(top.text, anywhere)) return top;
    const name = top.text.replace(WORDS_AFTER_A_NAME, "");
    const words = name.split(" ");
    const shorter = words.map((_, i) => words.slice(0, words.length - i).join(" "));
    if (MASTHEAD_NAME.test(name) && shorter.some((each) => namedIn(each, leftOut))) return { ...top, text: name };
  }
  return undefined;
}

/** The lines on top of the page the header read as the site's name above its sections' labels, one under the other. */
function mastheadLines(removed: RemovedLine[]): RemovedLine[] {
  const [top] = removed;
  if (top === undefined || !MASTHEAD_REASON.test(top.reason)) return [];
  const others = removed.findIndex(({ reason }) => reason !== top.reason);
  return removed.slice(0, others === -1 ? removed.length : others);
}
const MASTHEAD_REASON = /^the site's name(?: or motto)?, above the section's labels?$/;

/**
 * Whether one of `texts` names `name`, a name of two words or more that is no place's, as a name is written: whole,
 * no capitalised word run on before it (but "The") or after it, which would make it part of a longer name.
 */
function namedIn(name: string, texts: string[]): boolean {
  if (!MASTHEAD_NAME.test(name) || !name.includes(" ") || isKnownPlace(name)) return false;
  const named = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!(?<!\S)(?!The )\p{Lu}[\p{L}\p{N}'’-]* )${escapeRegExp(name)}(?![\p{L}\p{N}])(?! \p{Lu})`, "u");
  return texts.some((text) => named.test(text));
}

/**
 * An institution's or publication's name as a masthead prints it: capitalised words, the small words that join the
 * words of a longer name between them (`The Washington Institute for Near East Policy`, `Council of Representatives of
 * Iraq`).
 */
const MASTHEAD_NAME = /^(?:The )?\p{Lu}[\p{L}\d&'’.-]*(?: (?:(?:of|for|and|on|de|du|des|di|del|della|von|van) )?\p{Lu}[\p{L}\d&'’.-]*){0,7}$/u;
/** The words in small letters a logo prints after the site's name: an edition's (`édition française`), its picture's label (`logo`). */
const WORDS_AFTER_A_NAME = /(?: \p{Ll}[\p{L}'’-]*)+$/u;

/**
 * Whether the name on top is printed again below it, as a name is written where no menu's label is: in capitals
 * within a line in mixed case (`Es corresponsal de EL PAÍS en el Golfo.`, a note on the writer; `NOS` of the footer's
 * `NOS Nieuws`), in Latin letters within a line of Hebrew or Arabic ones (`ynet` on top, `… אמר ל-ynet כי …` in Ynet's
 * text), or in quotes (`… لـ"اندبندنت عربية"`, as a site names itself in its text or disclaimer).
 */
function printedAgainAsName(name: string, lines: Line[]): boolean {
  const inCapitals = name === name.toUpperCase() && /\p{Lu}{3}/u.test(name.replace(/ /g, ""));
  const inLatin = LATIN_NAME.test(name);
  const quoted = [`"${name}"`, `“${name}”`, `«${name}»`];
  return lines.some(({ text }) => {
    if (text === name || !text.includes(name)) return false;
    if (quoted.some((each) => text.includes(each))) return true;
    const at = text.indexOf(name);
    const wholeWords = !/[\p{L}\p{N}]/u.test(text.charAt(at - 1) + text.charAt(at + name.length));
    const amongOtherLetters = inLatin && RIGHT_TO_LEFT_LETTER.test(text);
    return wholeWords && (amongOtherLetters || (inCapitals && text !== text.toUpperCase()));
  });
}

/**
 * The name a logo prints in capitals, as one of `lines` writes it in mixed case where a name is written (namedIn):
 * `The Hindu` of `THE HINDU`, in `Several of them told The Hindu that …`.
 */
function shoutedNameWritten(name: string, lines: Line[]): string | undefined {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return undefined;
  for (const { text } of lines) {
    // A letter whose capital is two (`ß`, `SS`) would put the name elsewhere in the text than in its capitals.
    const upper = text.toUpperCase();
    const at = upper.length === text.length ? upper.indexOf(name) : -1;
    const written = at < 0 ? undefined : text.slice(at, at + name.length);
    if (written !== undefined && written !== name && namedIn(written, [text])) return written;
  }
  return undefined;
}

/** A name in Latin letters, of a few words at most. */
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}\d.&'’-]*(?: [\p{Script=Latin}\d.&'’-]+){0,3}$/u;
const RIGHT_TO_LEFT_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;

/** Whether the header read `top`'s name again below the headline, alone on its line, as a label it had read above. */
function signsBelowHeadline(top: RemovedLine, removed: RemovedLine[]): boolean {
  const headline = removed.find(({ reason }) => reason.startsWith("headline"));
  return headline !== undefined && removed.some(({ line, text, reason }) => line > headline.line && text === top.text && reason === LABEL_AGAIN);
}

/**
 * A logo's text run together with its link's, each the site's name (the Guardian's `The Guardian - Back to homeThe
 * Guardian`): the name, once. A line that opens and closes on the same name of a few words, the last run into the
 * word before it, as no sentence or menu writes one.
 */
function logoTextOnce(text: string): string | undefined {
  const words = text.split(" ");
  for (let count = Math.min(words.length - 1, 4); count > 0; count--) {
    const name = words.slice(0, count).join(" ");
    const between = text.slice(name.length, -name.length);
    const runTogether = text.length > 2 * name.length && text.endsWith(name) && /\p{L}$/u.test(between);
    if (runTogether && SITE_NAME_SHAPE.test(name)) return name;
  }
  return undefined;
}

/** A doubled logo (logoTextOnce) among the lines the header left out above the headline, below its skip links. */
function doubledLogo(removed: RemovedLine[]): RemovedLine | undefined {
  const headline = removed.find(({ reason }) => reason.startsWith("headline"));
  if (headline === undefined) return undefined;
  const aboveHeadline = removed.filter(({ line, text }) => line < headline.line && text.length < MOST_LOGO_CHARACTERS);
  return aboveHeadline.find(({ text }) => logoTextOnce(text) !== undefined);
}
const MOST_LOGO_CHARACTERS = 80;

/**
 * The site's logo as a copy prints its link, its text then the link's label (the Guardian's `The Guardian - Back to
 * home`), among the lines left out above the headline: the name is the site's own, as the link home says, with no
 * footer to name it again.
 */
function logoLinkedHome(removed: RemovedLine[]): RemovedLine | undefined {
  const headline = removed.find(({ reason }) => reason.startsWith("headline"));
  if (headline === undefined) return undefined;
  for (const line of removed) {
    if (line.line >= headline.line) return undefined;
    const name = line.text.length < MOST_LOGO_CHARACTERS ? LOGO_LINKED_HOME.exec(line.text)?.[1] : undefined;
    if (name !== undefined && SITE_NAME_SHAPE.test(name)) return { ...line, text: name };
  }
  return undefined;
}

/** A logo's text, a dash, and its link's label home: `The Guardian - Back to home`, `… – Go to the homepage`; group 1 the name. */
const LOGO_LINKED_HOME = /^(.+?) [-–—|] (?:(?:back|go|return) to (?:the )?home(?: ?page)?|home ?page)$/i;

/**
 * The outlet's name as the page's masthead or copyright line prints it in full, where the byline wrote it short:
 * without its leading "The" (`Times of Israel Staff` under `The Times of Israel`) or by its initials (`TOI Staff`,
 * `MEE staff` under `Middle East Eye`), or the header read it off the site's address (`www.thenationalnews.com` under
 * `© 2026 The National`). `printed` are the names the page prints, the first that is the outlet's taken.
 */
export function outletInFull(outlet: string, printed: (string | undefined)[]): string {
  return printed.find((name) => name !== undefined && (shortens(outlet, name) || addressSpells(outlet, name))) ?? outlet;
}

/**
 * Whether a site's address opens on a name's letters, "The" and all (`thenationalnews.com`, `The National`;
 * `gulfnews.com`, `Gulf News`).
 */
function addressSpells(address: string, name: string): boolean {
  if (/\s/.test(address) || !address.includes(".")) return false;
  const spelled = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  return spelled.length >= FEWEST_ADDRESS_LETTERS && address.toLowerCase().replace(/^www\./, "").startsWith(spelled);
}
/** A name of fewer letters may be an address's chance opening. */
const FEWEST_ADDRESS_LETTERS = 4;

/** Whether `short` is `full` without its leading "The" or its initials (abbreviates: `TOI`, `The Times of Israel`). */
function shortens(short: string, full: string): boolean {
  const words = full.split(" ");
  const named = /^the$/i.test(words[0]!) ? words.slice(1) : words;
  return (named.length < words.length && short === named.join(" ")) || abbreviates(short, full);
}

/**
 * The site's name as the footer's copyright line writes it within its company's name, which is not taken for the
 * publication's (COPYRIGHT_HOLDER): `PÚBLICO` in `© 2026 PÚBLICO Comunicação Social SA`, `Frankfurter Allgemeine`
 * in `© Frankfurter Allgemeine Zeitung GmbH 2026`, `Коммерсантъ` in `© АО «Коммерсантъ», 2026`; whole words, in any
 * case.
 */
function companyNaming(name: string, copyrightLines: RemovedLine[]): string | undefined {
  if (!SITE_NAME_SHAPE.test(name)) return undefined;
  // `The Guardian` above `© 2026 Guardian News & Media Limited`: the company's name goes without the "The"; the
  // name is the one on top.
  const bare = name.replace(/^The /, "");
  for (const spelled of new Set([name, bare])) {
    for (const { text } of copyrightLines) {
      const at = text.toLowerCase().indexOf(spelled.toLowerCase());
      const [before, after] = [text.charAt(at - 1), text.charAt(at + spelled.length)];
      if (at < 0 || /[\p{L}\p{N}]/u.test(before + after)) continue;
      return spelled === name ? text.slice(at, at + name.length) : name;
    }
  }
  return undefined;
}

/**
 * The publication a company is named after, by the copyright line of the page's footer (`© 2026 The New York Times
 * Company`, `© The Economist Group 2026`): the name with its "The", the company's word after it left off. A company's
 * name without the "The" (`Bonneville International Corporation`) may name no publication, and is not read so.
 */
export function publicationOfCompany(chrome: RemovedLine[]): string | undefined {
  for (const { text } of chrome) {
    if (!COPYRIGHT_LINE.test(text)) continue;
    const named = PUBLICATIONS_COMPANY.exec(text)?.[1];
    if (named !== undefined) return named;
  }
  return undefined;
}
const PUBLICATIONS_COMPANY = new RegExp(
  String.raw`^(?:${COPYRIGHT_SIGN})\s*(?:\d{4}\s+)?(The(?: \p{Lu}[\p{L}'’-]*){1,4}) (?:Company|Group)(?:,?\s+\d{4})?\.?$`,
  "u",
);

/** COPYRIGHT_LINE's mark anywhere on its line (`Alle Rechte vorbehalten. © Frankfurter Allgemeine Zeitung GmbH 2026`). */
const COPYRIGHT_ANYWHERE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${COPYRIGHT_SIGN})`, "u");

/** The kind of outlet an Arabic one's name opens on, which its copyright line's holder goes without (COPYRIGHT_HOLDER). */
const OUTLET_KIND = /^(?:وكالة|قناة|صحيفة|موقع|شبكة) (?=\p{Script=Arabic})/u;

/** A name's letters and digits in small letters, without a leading "The": `Gulf News` and `gulfnews` alike. */
const letters = (name: string) => name.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]/gu, "");

/** Whether two names are one name written two ways (`ARAB NEWS`, `Arab News`; `Al-Monitor`, `Al Monitor`). */
export function sameLetters(a: string, b: string): boolean {
  return letters(a) === letters(b);
}

/**
 * `gulfnews.com` on the page's first line (the logo's address), then `Menu`, then `Gulf News`: the name the address
 * spells, printed among the lines above the headline, is the site's name as the page writes it.
 */
function nameOfAddressOnTop(top: RemovedLine, removed: RemovedLine[]): RemovedLine | undefined {
  const address = /^(?:www\.)?([\p{L}\d-]+)\.[\p{L}.]{2,}$/u.exec(top.text)?.[1];
  if (address === undefined) return undefined;
  const headline = removed.find(({ reason }) => reason.startsWith("headline"))!;
  return removed.find(({ line, text }) => line > top.line && line < headline.line && text !== top.text && letters(text) === letters(address));
}

/**
 * The line a copied page prints first, above its headline, when the header took it for a label (a section's, a
 * menu's, the site's name): not a date line or a byline.
 */
export function labelOnTop(removed: RemovedLine[]): RemovedLine | undefined {
  const [top] = removed;
  const headline = removed.find(({ reason }) => reason.startsWith("headline"));
  if (top === undefined || headline === undefined || top.line >= headline.line) return undefined;
  // `euronews.`: a logo's word in small letters with its full stop, which is no part of the name.
  return /date|byline/.test(top.reason) ? undefined : { ...top, text: top.text.replace(/(?<=^\p{Ll}+)\.$/u, "") };
}

/**
 * The site's name on the page's first line right above one of its controls (`The Economist` above `Menu`,
 * `tagesschau` above `Startseite`), as a masthead prints its logo before its buttons: a name of a few capitalised
 * words, which the header read as a menu's item or the site's; a logo in small letters the header read as the site's
 * by its shape; a name of a few words in a script without capitals (`الشرق الأوسط`, which is a region's name too,
 * and is the site's only there); or a language service's logo (`BBC News, فارسی`). A logo the header read by its
 * shape may have its controls after the menu's labels. One the header read as the article's section is left so.
 * `lines` are the page's, as written.
 */
export function siteNameAboveControls(lines: Line[], removed: RemovedLine[]): RemovedLine | undefined {
  const top = labelOnTop(removed);
  const [first, next] = lines.filter((line) => line.text !== "");
  if (top === undefined || top.reason.startsWith("section label")) return undefined;
  if (first?.no !== top.line || next === undefined) return undefined;
  const controls = [SITE_CONTROL_LABEL, CONTROLS_IN_OTHER_LANGUAGES, OFFICIAL_SITE_BANNER];
  const isControl = (line: Line) => controls.some((control) => control.test(line.text));
  // A logo the header read by its shape (de Volkskrant's `de Volkskrant` in small letters), the site's log-in or
  // subscribe buttons after its menu's labels, above the headline (`Inloggen`, `Abonneer`): the masthead's as well.
  const headline = removed.find(({ reason }) => reason.startsWith("headline"));
  const controlsInMenu =
    top.reason === LOGO_BY_ITS_SHAPE && headline !== undefined && lines.some((line) => line.no > top.line && line.no < headline.line && isControl(line));
  if (!isControl(next) && !controlsInMenu) return undefined;
  // The service's language after a comma, as its logo's text reads: the name as the logo prints it, without the comma.
  const service = LANGUAGE_SERVICE_LOGO.exec(top.text);
  if (service) return { ...top, text: `${service[1]} ${service[2]}` };
  // `tvn24.pl` above `Strona główna`: the site's address as its logo prints it.
  const logo = top.reason === LOGO_BY_ITS_SHAPE || top.reason === ADDRESS_ON_TOP || CASELESS_NAME.test(top.text);
  if (!SITE_NAME_SHAPE.test(top.text)) return logo ? top : undefined;
  // The name as the page's text writes it, in mixed case (`… ha detto al Corriere della Sera`).
  const spelled = lines.map((line) => line.text.toLowerCase().indexOf(top.text.toLowerCase()));
  const written = lines
    .map((line, i) => line.text.slice(spelled[i]!, spelled[i]! + top.text.length))
    .find((name, i) => spelled[i]! >= 0 && name !== name.toUpperCase());
  return logoAsWritten(top, written);
}

/**
 * The badge of the outlet whose story a portal carries (Microsoft Start's `Reuters` above `Follow`, above the
 * headline): a name of a publication's shape right above a button to follow it, above the headline, which the header
 * read as a menu's item. The portal's own name on top is not the story's source. A name with a follow button below the
 * headline (Medium's), or one the byline names, is the writer's. `lines` are the page's, as written.
 */
export function publisherAboveFollow(lines: Line[], removed: RemovedLine[], author: string | undefined): RemovedLine | undefined {
  const headline = removed.find(({ reason }) => reason.startsWith("headline"));
  if (headline === undefined) return undefined;
  const above = lines.filter((line) => line.text !== "" && line.no < headline.line);
  const button = above.findIndex((line, i) => i > 0 && FOLLOW_BUTTON.test(line.text));
  const badge = button === -1 ? undefined : removed.find(({ line }) => line === above[button - 1]!.no);
  if (badge === undefined || !SITE_NAME_SHAPE.test(badge.text) || author?.includes(badge.text)) return undefined;
  return badge;
}

export const PUBLISHER_BADGE = "the badge of the outlet whose story the portal carries";
const FOLLOW_BUTTON = /^\+? ?(?:follow|suivre|folgen|seguir|segui|volgen)$/i;

/**
 * `CORRIERE DELLA SERA`, a logo in capitals: the name as the page writes it in its text (`Corriere della Sera`), else,
 * a name of several words, in title case; one word in capitals may be the name itself (`BBC`), and stays.
 */
function logoAsWritten(top: RemovedLine, written: string | undefined): RemovedLine {
  const shouted = top.text === top.text.toUpperCase() && top.text.includes(" ") && /\p{Lu}{2}/u.test(top.text);
  return shouted ? { ...top, text: written ?? unshouted(top.text) } : top;
}

/**
 * A publication's name: a few words, each capitalised (`The Economist`, `Financial Times`, `Al-Monitor`), `of`
 * between two (`U.S. Department of State`).
 */
const SITE_NAME_SHAPE = /^(?:The )?\p{Lu}[\p{L}\d&'’.-]*(?: (?:of )?\p{Lu}[\p{L}\d&'’.-]*){0,3}$/u;

/**
 * The controls below a site's logo in the languages read here, Persian and Polish: the log-in and subscribe buttons
 * (Rzeczpospolita's `Zaloguj się`), the menu's link home (tagesschau's `Startseite`, Asharq Al-Awsat's `الرئيسية`)
 * and the link that skips to the article (BBC Persian's `پرش به محتوا`). Alone on a line elsewhere on a page, these
 * words are not always a control's.
 */
const CONTROLS_IN_OTHER_LANGUAGES =
  /^(?:se connecter|connexion|s['’]abonner|anmelden|abonnieren|iniciar sesión|suscríbete|accedi|abbonati|entrar|assine|inloggen|abonneren|войти|подписаться|تسجيل الدخول|اشترك|zaloguj(?: się)?|subskrybuj|accueil|startseite|inicio|portada|início|página inicial|voorpagina|главная|الرئيسية|الصفحة الرئيسية|خانه|صفحه اصلی|strona główna|aller au contenu|zum inhalt springen|saltar al contenido|vai al contenuto|ir para o conteúdo|naar (?:de )?inhoud|перейти к содержанию|انتقل إلى المحتوى|تخطى إلى المحتوى|پرش به محتوا|مواد پر جائیں|przejdź do treści)$/iu;

/** The reason the header gives the site's address on the page's first line (`tvn24.pl`, `english.news.cn`). */
export const ADDRESS_ON_TOP = "the site's web address, on the page's first line above its menu";

/** The reason the header gives a logo it reads as the site's name by its shape above the menu (`tagesschau`, `PÚBLICO`). */
const LOGO_BY_ITS_SHAPE = "the site's name, above the section's labels";

/**
 * A name of one to four words in a script that has no capitals to tell a name by (Arabic's, Persian's): `الشرق
 * الأوسط`. The zero-width non-joiner is a Persian word's own.
 */
const CASELESS_NAME = /^\p{Lo}[\p{Lo}\p{M}\u200c]*(?: \p{Lo}[\p{Lo}\p{M}\u200c]*){0,3}$/u;

/**
 * A language service's logo as its text reads: the outlet's name in Latin letters, a comma or none, and the service's
 * language in its own script (`BBC News, فارسی`, `BBC News, عربي`, `BBC News, Русская служба`, `BBC News اردو`); group
 * 1 the name, group 2 the language. A place and its country (`Washington, DC`) are in one script.
 */
const LANGUAGE_SERVICE_LOGO = new RegExp(
  `^(${SITE_NAME_SHAPE.source.slice(1, -1)}),? ((?:(?!\\p{Script=Latin})[\\p{L}\\p{M}\\u200c])+(?: (?:(?!\\p{Script=Latin})[\\p{L}\\p{M}\\u200c])+){0,2})$`,
  "u",
);

/**
 * The banner a government's sites print on top, below their name (`U.S. Central Command` / `An official website of
 * the United States government` / `Here's how you know`), as a site's controls stand below its logo.
 */
const OFFICIAL_SITE_BANNER = /^an official website of the\b/i;

/**
 * Whether `initials` abbreviate `name`, as an outlet signs with its initials (`By JT` on The Jordan Times' page,
 * `بغداد - واع` on that of وكالة الأنباء العراقية): its words' first letters, without a leading "The" or the Arabic
 * article (`ال`), with its small words (`of`) or without. A news agency's initials (`INA` below `Iraqi News Agency`)
 * are the name it is known by, and no other name's.
 */
export function abbreviates(initials: string, name: string): boolean {
  if (!INITIALS.test(initials) || namesAgency(initials)) return false;
  const words = name.split(/\s+/).filter((word, i) => !(i === 0 && /^the$/i.test(word)));
  const lettersOf = (each: string[]) => each.map(firstLetter).join("");
  return [lettersOf(words), lettersOf(words.filter((word) => !/^\p{Ll}/u.test(word)))].includes(lettersOf([...initials.replace(/ /g, "")]));
}

/** Initials: two to six capitals, or two to five Arabic letters (`واع`), or AFP's `أ ف ب`, a letter and a space each. */
const INITIALS = /^(?:\p{Lu}{2,6}|\p{Script=Arabic}{2,5}|\p{Script=Arabic}(?: \p{Script=Arabic}){1,4})$/u;

/** A word's first letter as initials write it: without the Arabic article, its alef without a hamza (`الأنباء`, `ا`). */
const firstLetter = (word: string) => (word.replace(/^ال(?=\p{L}{2})/u, "")[0] ?? "").toUpperCase().replace(/[أإآ]/u, "ا");

/**
 * Whether a credit that gives only a web address (`Źródło: rp.pl`) gives the site's own, which its masthead names
 * (`Rzeczpospolita`): the host of the page's address, one that spells the masthead's name (`gulfnews.com`, `Gulf
 * News`), or one the page's own lines left out around the article print again, as its paywall asks the reader to
 * subscribe to it (`Subskrybuj rp.pl i czytaj bez ograniczeń`); its credit lines are not. Another site's address,
 * credited for the text, is that site's credit.
 */
export function isOwnAddress(credit: string, masthead: string, leftOut: RemovedLine[], url: string | undefined): boolean {
  const address = SITE_ADDRESS.exec(credit)?.[1];
  if (address === undefined) return false;
  if (url !== undefined && URL.canParse(url) && siteOfAddress(url).toLowerCase() === address.toLowerCase()) return true;
  if (addressSpells(address, masthead)) return true;
  const printed = new RegExp(String.raw`(?<![\p{L}\p{N}.-])(?:www\.)?${escapeRegExp(address)}(?![\p{L}\p{N}-]|\.\p{L})`, "iu");
  return leftOut.some(({ text }) => creditName(text) === undefined && printed.test(text));
}

/** A site's address as a credit gives it, `www.` or none before it: group 1 the address without it. */
const SITE_ADDRESS = /^(?:www\.)?((?:[\p{L}\d-]+\.)+\p{L}{2,})$/u;

/**
 * `Al Mayadeen English + Agencies`, `Al Jazeera and news agencies`, `Rudaw / agencies`, `Kurdistan24 with AFP`: the
 * outlet, and the wires whose copy it ran, which are no part of its name; so too a wire named first (tvn24's `PAP,
 * tvn24.pl`).
 */
export function withoutWireCredits(name: string): string {
  const credited = WIRES_CREDITED.exec(name) ?? WIRES_CREDITED_FIRST.exec(name);
  return credited && !namesAgency(credited[1]!) ? credited[1]! : name;
}

const WIRES_CREDITED = new RegExp(
  `^(.*?\\S)\\s*(?:[+/&,]|\\s(?:and|with|avec|et)\\s)\\s*(?:(?:news )?agencies|agences|وكالات|(?:${WIRE_AGENCY.source.slice(4, -2)})(?:(?:,|\\sand) (?:${WIRE_AGENCY.source.slice(4, -2)}))*)$`,
  "iu",
);

/** tvn24's `PAP, tvn24.pl`: the wire whose copy the outlet ran, then the outlet; group 1 the outlet. */
const WIRES_CREDITED_FIRST = new RegExp(`^(?:${WIRE_AGENCY.source.slice(4, -2)}),\\s*(\\S.*)$`, "u");

/**
 * The outlet whose address the page gives (`https://iranwire.com/en/features/…`), named as the text writes it
 * (`IranWire`): a name whose letters spell the host's name (`france24.com`'s `France 24`, `al-monitor.com`'s
 * `Al-Monitor`), in capitals or capitalised. The host's name is the label before its domain's (`bbc` of
 * `www.bbc.co.uk`), not a subdomain's (`english.alarabiya.net`'s `english`).
 */
export function nameOfAddress(url: string | undefined, text: string): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const labels = new URL(url).hostname.split(".").slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL_DOMAIN.test(labels.at(-1)!)) labels.pop();
  const host = letters(labels.at(-1) ?? "");
  if (host.length < FEWEST_HOST_LETTERS || /^\d+$/.test(host)) return undefined;
  // Each letter in turn (letters and digits, none a pattern's mark), a space, hyphen or full stop between any two:
  // `France 24`, `Al-Monitor`, `Al Jazeera`.
  const spelled = new RegExp(`(?<![\\p{L}\\d])${[...host].join("[ .-]?")}(?![\\p{L}\\d])`, "giu");
  return [...text.matchAll(spelled)].map(([name]) => name).find((name) => /^\p{Lu}/u.test(name));
}

/** The reason the header gives a release's number above its title (`ECHR 318 (2026)`). */
export const RELEASE_NUMBER_REASON = "the release's number in its issuer's series, above its title";

/**
 * The body that issued a numbered release, by the initials its number opens on (`ECHR 318 (2026)` above the title of
 * a release that says only `Press release issued by the Registrar of the Court`): the name in its text those initials
 * abbreviate (`European Court of Human Rights`), as a release names its issuer in full.
 */
export function issuerOfRelease(removed: RemovedLine[], text: string): string | undefined {
  const number = removed.find(({ reason }) => reason === RELEASE_NUMBER_REASON);
  const initials = number && /^\p{Lu}{2,8}(?= )/u.exec(number.text)?.[0];
  if (initials === undefined) return undefined;
  return text.match(NAME_IN_TEXT)?.find((name) => abbreviates(initials, name));
}

/** MASTHEAD_NAME's names within a text, each whole. */
const NAME_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}])${MASTHEAD_NAME.source.slice(1, -1)}(?![\\p{L}\\p{N}])`, "gu");

/** The label a country's domain has before its own (`co` of `bbc.co.uk`, `com` of `aawsat.com.sa`). */
const SECOND_LEVEL_DOMAIN = /^(?:co|com|org|net|gov|ac|edu)$/;
const FEWEST_HOST_LETTERS = 3;

/**
 * The outlet a note on the writer, left out below the article, names as theirs: `Kian Rostami is IranWire's energy
 * correspondent.`, `Jane Arraf is The Times’s Baghdad bureau chief`: the outlet the article was written for.
 */
export function writersOutlet(removed: RemovedLine[], author: string | undefined): string | undefined {
  if (author === undefined) return undefined;
  for (const { text } of removed) {
    if (!text.startsWith(`${author} `)) continue;
    const outlet = WRITERS_OUTLET.exec(text.slice(author.length + 1))?.[1];
    if (outlet !== undefined) return outlet;
  }
  return undefined;
}

/** What a note on the writer says after their name: `is IranWire's energy correspondent`; group 1 the outlet. */
const WRITERS_OUTLET = new RegExp(
  String.raw`^(?:is|was) ((?:The )?\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,3})['’]s? (?:[\p{L}-]+ ){0,3}?(?:${WRITERS_ROLES})\b`,
  "u",
);
