import { decodeHTML } from "entities";
import { readDateLine, type PublicationDate } from "./dates.ts";
import type { Metadata, MetadataBlock } from "./metadata-block.ts";
import { normalizeLines } from "./normalize.ts";
import { ORGANIZATION_HEADS, OUTLET_NAME, WIRE_AGENCY } from "./patterns.ts";
import { toLines, type Line } from "./segment.ts";
import { isWebAddress, siteOfAddress } from "./web-address.ts";

/**
 * A feed's item pasted above the article's text, as a reader copying from a feed reader or a scraper working from a
 * site's feed saves it: RSS's `<item>…</item>` (2.0's, or 1.0's with Dublin Core's `dc:` fields) or Atom's
 * `<entry>…</entry>`, with or without the `<?xml …?>` line above it. The item says what the page's header would:
 * its title, link, date, writer, category and description. A whole feed is many articles, not one, and is refused;
 * so is an item that is not well-formed XML, which cannot be read for sure.
 */
export interface FeedItem {
  /** what the item says of the article: an outlet's name in the author's place is the source, not a writer */
  metadata: Metadata;
  /** the site of the item's link (`tehrantimes.com`): the outlet, where nothing else names it */
  site?: string;
  /** the item's own text, one paragraph a line: its full content where it has one, else its description */
  text: string[];
  /** the line the element holding that text opens on */
  textLine?: number;
  /** each line of the item (1-based, from its first to its last), with the field its element gave, if any */
  lines: Map<number, keyof FeedFields | undefined>;
  /** the first line after the item, with the text that follows `</item>` on the item's last line, if any */
  after: { no: number; text: string };
}

/** The fields an item's elements give: the header's, and the full text of an item that has one. */
type FeedFields = Metadata & { text?: string };
type FeedKind = "RSS" | "Atom";
export type FeedReading = { ok: true; item: FeedItem } | { ok: false; reason: string };

/** An element as the reader parses it: its name as written (`dc:creator`), attributes, text and elements inside. */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
  /** offsets of its `<` and of the character after its closing `>` */
  start: number;
  end: number;
}

/** A declaration, comments and white space before a document's first element. */
const PROLOGUE = /^\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<!--[^]*?-->\s*)*/;
/** The first element's name, with any namespace prefix: group 1 the prefix, group 2 the local name. */
const FIRST_ELEMENT = /<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)(?=[\s/>])/y;
const FEEDS: Record<string, FeedKind> = { rss: "RSS", rdf: "RSS", feed: "Atom" };
const ITEMS: Record<string, FeedKind> = { item: "RSS", entry: "Atom" };

/** Whether `text` opens with a feed or a feed's item, after an `<?xml …?>` line: what feed-item.ts reads or refuses. */
export function opensWithFeed(text: string): boolean {
  const local = firstElement(text)?.local;
  return local !== undefined && (local in FEEDS || local in ITEMS);
}

function firstElement(text: string): { local: string; start: number } | undefined {
  FIRST_ELEMENT.lastIndex = PROLOGUE.exec(text)![0].length;
  const found = FIRST_ELEMENT.exec(text);
  return found ? { local: found[2]!.toLowerCase(), start: found.index } : undefined;
}

/**
 * The feed item `text` opens with, read; a problem when it is a whole feed or an item that is not well-formed; none
 * when it opens with anything else.
 */
export function readFeedItem(text: string): FeedReading | undefined {
  const first = firstElement(text);
  if (first === undefined) return undefined;
  const feed = FEEDS[first.local];
  if (feed !== undefined) {
    const items = text.match(feed === "Atom" ? /<(?:[\w.-]+:)?entry[\s>]/g : /<(?:[\w.-]+:)?item[\s>]/g)?.length ?? 0;
    const [one, many] = feed === "Atom" ? ["entry", "entries"] : ["item", "items"];
    return { ok: false, reason: `an ${feed} feed of ${items} ${items === 1 ? one : many}, not one article; save each article's text in a file of its own` };
  }
  const kind = ITEMS[first.local];
  if (kind === undefined) return undefined;
  let element: XmlElement;
  try {
    element = parseElement(text, first.start, 0);
  } catch (error) {
    if (!(error instanceof NotWellFormed)) throw error;
    const name = text.slice(first.start + 1).match(/^[^\s/>]+/)![0];
    return { ok: false, reason: `it opens with an ${kind} <${name}> that is not well-formed XML (${error.message}); fix it or save the article's text alone` };
  }
  return { ok: true, item: itemOf(element, text) };
}

/** The fields an item's elements give, and which line each came from. */
function itemOf(item: XmlElement, text: string): FeedItem {
  const lineAt = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n|\u2028|\u2029/).length;
  const elements = item.children.filter((child): child is XmlElement => typeof child !== "string");
  const named = (...names: string[]) => elements.filter((element) => names.includes(localName(element.name)));
  /** the field each element that gave one gave */
  const gave = new Map<XmlElement, keyof FeedFields>();
  const take = <T>(field: keyof FeedFields, element: XmlElement | undefined, value: T | undefined): T | undefined => {
    if (element !== undefined && value !== undefined) gave.set(element, field);
    return value;
  };

  const titled = named("title")[0];
  const title = take("title", titled, titled && oneLine(paragraphsOf(titled)));
  const linked = [...named("link").filter((link) => ["alternate", undefined].includes(link.attributes.rel)), ...named("guid")];
  const link = linked.find((element) => addressOf(element) !== undefined);
  const url = take("url", link, link && addressOf(link));
  const site = url === undefined ? undefined : siteOfAddress(url);
  const dated = named("pubDate", "published", "date", "issued", "updated", "modified");
  const date = dated.find((element) => dateOf(plainText(element)) !== undefined);
  const published = take("published", date, date && dateOf(plainText(date)));

  const writers = named("author", "creator").flatMap((element) => {
    const name = writerOf(element);
    return name === undefined ? [] : [{ element, name }];
  });
  const outlet = writers.find(({ name }) => namesAnOutlet(name, site));
  const people = writers.filter((writer) => !namesAnOutlet(writer.name, site));
  // RSS 2.0's `<source url="…">`: the title of the feed the item came from, its outlet's name.
  const channel = named("source").find((element) => plainText(element) !== "");
  const sourced = outlet?.element ?? channel;
  const source = take("source", sourced, outlet?.name ?? (channel && plainText(channel)));
  const author = people.length === 0 ? undefined : people.map(({ name }) => name).join(" and ");
  for (const { element } of people) gave.set(element, "author");
  // A feed's categories are often its tags, several to an item: the first is the section it was filed in.
  const filed = named("category").find((element) => categoryOf(element) !== undefined);
  const section = take("section", filed, filed && categoryOf(filed));

  const described = named("description", "summary")[0];
  const description = described ? paragraphsOf(described) : [];
  const content = named("encoded", "content").find((element) => paragraphsOf(element).length > 0);
  // A description of one paragraph is the item's summary; one of several is the article itself, as some feeds give it.
  const one = description.length === 1 && !/(…|\.\.\.|\[…\])$/.test(description[0]!) ? description[0] : undefined;
  const summary = take("summary", described, one);
  const own = content ? paragraphsOf(content) : description;
  if (content) gave.set(content, "text");
  const ownElement = content ?? described;

  const lines = new Map<number, keyof FeedFields | undefined>();
  for (let no = lineAt(text.search(/\S/)); no <= lineAt(item.end); no++) lines.set(no, undefined);
  for (const [element, field] of gave) {
    for (let no = lineAt(element.start); no <= lineAt(element.end); no++) lines.set(no, lines.get(no) ?? field);
  }
  const lastLineEnd = text.slice(item.end).search(/\r\n|\r|\n|\u2028|\u2029|$/);
  const after = { no: lineAt(item.end), text: text.slice(item.end, item.end + lastLineEnd).trim() };
  const metadata: Metadata = {
    ...(title && { title }),
    ...(url && { url }),
    ...(published && { published }),
    ...(author && { author }),
    ...(source && { source }),
    ...(section && { section }),
    ...(summary && { summary }),
  };
  return {
    metadata,
    ...(site && { site }),
    text: own,
    ...(ownElement && { textLine: lineAt(ownElement.start) }),
    lines,
    after,
  };
}

/**
 * The item as a header block above the article's text: its fields, its lines to record as left out, and the text
 * below it, or, where none follows, the item's own text (its content, else its description) as the article's.
 */
export function feedItemBlock(item: FeedItem, lines: Line[]): MetadataBlock {
  const last = Math.max(...item.lines.keys());
  const tail = item.after.text === "" ? [] : toLines(normalizeLines(item.after.text)).map((line) => ({ ...line, no: item.after.no }));
  const below = [...tail, ...lines.slice(last)];
  const nothingBelow = below.every((line) => line.text === "");
  const ownText = toLines(normalizeLines(item.text.join("\n\n")));
  const rest = nothingBelow ? ownText.map((line) => ({ ...line, no: item.textLine ?? last })) : below;
  const TEXT_READ = "the feed item, its text read as the article's: no text follows the item";
  return {
    writer: "feed",
    metadata: item.metadata,
    lines: [...item.lines]
      .map(([no, field]) => ({ line: lines[no - 1]!, field }))
      .filter(({ line }) => line !== undefined && line.text !== "")
      .map(({ line, field }) => {
        if (nothingBelow && line.no === item.textLine) return { line, reason: TEXT_READ };
        return field === "text" ? { line, reason: "the feed item's full text, not read: the article's text follows the item" } : { line, ...(field && { field }) };
      }),
    rest,
    ...(item.site && { site: item.site }),
  };
}

/** An outlet's name in a writer's place: its shape (`Tehran Times`, `Reuters`), or the name of the link's site (`Rudaw`, rudaw.net). */
function namesAnOutlet(name: string, site: string | undefined): boolean {
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  return OUTLET_NAME.test(name) || WIRE_AGENCY.test(name) || ORGANIZATION_HEADS.test(name) || (site !== undefined && letters(name) === letters(site.split(".")[0]!));
}

/**
 * A writer's name: Atom's `<author><name>`, Dublin Core's `dc:creator`, or RSS 2.0's `<author>`, an email address
 * with the name after it (`jane@example.com (Jane Doe)`); an address alone names no one.
 */
function writerOf(element: XmlElement): string | undefined {
  const name = element.children.find((child): child is XmlElement => typeof child !== "string" && localName(child.name) === "name");
  const text = plainText(name ?? element);
  const written = /^\S+@\S+\s*\((.+)\)$/.exec(text)?.[1] ?? text;
  const cleaned = written.replace(/^by\s+/i, "").trim();
  return cleaned === "" || /^\S+@\S+$/.test(cleaned) ? undefined : cleaned;
}

/** Atom's category names itself in an attribute (`term`, `label`), RSS's in its text. */
function categoryOf(element: XmlElement): string | undefined {
  const name = element.attributes.label ?? element.attributes.term ?? plainText(element);
  return name.trim() === "" ? undefined : name.trim();
}

/** Atom's link in its `href`, RSS's in its text, a guid only when it is the page's address. */
function addressOf(element: XmlElement): string | undefined {
  if (localName(element.name) === "guid" && element.attributes.isPermaLink === "false") return undefined;
  const address = (element.attributes.href ?? plainText(element)).trim();
  return isWebAddress(address) ? address : undefined;
}

/** RFC 822's date, as RSS 2.0 writes it (`Wed, 02 Dec 2026 08:41:17 +0330`), with its zone; else a date line's. */
function dateOf(text: string): PublicationDate | undefined {
  const rfc = RFC_822_DATE.exec(text);
  if (!rfc) return readDateLine(text);
  const [, day, month, year, hour, minute, zone] = rfc;
  const monthNo = MONTHS.indexOf(month!.toLowerCase()) + 1;
  const fullYear = year!.length === 2 ? `20${year}` : year!;
  const date = `${fullYear}-${String(monthNo).padStart(2, "0")}-${day!.padStart(2, "0")}`;
  const utcOffset = offsetOf(zone!);
  return { date, time: `${hour!.padStart(2, "0")}:${minute}`, ...(utcOffset && { utcOffset }) };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** `Wed, 02 Dec 2026 08:41:17 +0330`: groups the day, month, year, hour, minute and zone. */
const RFC_822_DATE =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d\d)(?::\d\d)?\s+([+-]\d{4}|[A-Z]{1,3})$/i;
/** RFC 822's named zones: universal time, and North America's. */
const NAMED_ZONES: Record<string, string> = {
  UT: "+00:00",
  UTC: "+00:00",
  GMT: "+00:00",
  Z: "+00:00",
  EST: "-05:00",
  EDT: "-04:00",
  CST: "-06:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
};

/** `+0330` as `+03:30`; `-0000`, which RFC 2822 writes for a time whose zone is not known, as none. */
function offsetOf(zone: string): string | undefined {
  if (zone === "-0000") return undefined;
  if (/^[+-]\d{4}$/.test(zone)) return Number(zone.slice(1, 3)) > 14 ? undefined : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return NAMED_ZONES[zone.toUpperCase()];
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);
const oneLine = (paragraphs: string[]) => (paragraphs.length === 0 ? undefined : paragraphs.join(" "));

/** An element's text as written, its character references read. */
function plainText(element: XmlElement): string {
  return element.children.map((child) => (typeof child === "string" ? child : plainText(child))).join("").replace(/\s+/g, " ").trim();
}

/**
 * An element's text as paragraphs, one a line: what it holds is HTML (in CDATA, escaped, or Atom's XHTML), whose
 * tags go (an `<img>` the feed put beside its description), its paragraphs, breaks and list items setting lines apart,
 * as a blank line does; a line break alone is a space, as in HTML (a description hard-wrapped by whoever copied it).
 */
function paragraphsOf(element: XmlElement): string[] {
  const html = markupOf(element);
  return decodeHTML(
    html
      .replace(/<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi, "")
      .replace(/<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|section|article|pre|hr)\b[^>]*>/gi, "\n\n")
      .replace(/<[^>]*>/g, ""),
  )
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "");
}

/** The HTML an element holds: its text (from CDATA or read from escapes) and its elements (Atom's XHTML) as tags. */
function markupOf(element: XmlElement): string {
  return element.children
    .map((child) => (typeof child === "string" ? child : `<${localName(child.name)}>${markupOf(child)}</${localName(child.name)}>`))
    .join("");
}

class NotWellFormed extends Error {}

/** An element's start tag: group 1 its name, group 2 its attributes, group 3 the `/` of an empty element. */
const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Deeper than this, an item is no feed's. */
const MOST_DEPTH = 50;

/**
 * The element whose start tag is at `start`, read strictly: every element closed by its own end tag, text between
 * them, CDATA sections, comments. Character references are read as HTML's, a superset of XML's five that feeds use
 * (`&nbsp;`). Throws NotWellFormed, saying where, at anything else.
 */
function parseElement(text: string, start: number, depth: number): XmlElement {
  const where = (offset: number) => `line ${text.slice(0, offset).split(/\r\n|\r|\n|\u2028|\u2029/).length}`;
  START_TAG.lastIndex = start;
  const tag = START_TAG.exec(text);
  if (!tag) throw new NotWellFormed(`a start tag that does not parse on ${where(start)}`);
  if (depth > MOST_DEPTH) throw new NotWellFormed(`elements nested deeper than ${MOST_DEPTH} on ${where(start)}`);
  const [, name, attributeText, empty] = tag;
  const attributes = Object.fromEntries([...attributeText!.matchAll(ATTRIBUTE)].map((each) => [each[1]!, decodeHTML(each[2] ?? each[3]!)]));
  const element: XmlElement = { name: name!, attributes, children: [], start, end: START_TAG.lastIndex };
  if (empty) return element;
  let at = START_TAG.lastIndex;
  for (;;) {
    const next = text.indexOf("<", at);
    if (next === -1) throw new NotWellFormed(`no </${name}> closes the <${name}> on ${where(start)}`);
    if (next > at) element.children.push(decodeHTML(text.slice(at, next)));
    if (text.startsWith("<![CDATA[", next)) {
      const close = text.indexOf("]]>", next);
      if (close === -1) throw new NotWellFormed(`the CDATA section on ${where(next)} is not closed`);
      element.children.push(text.slice(next + 9, close));
      at = close + 3;
    } else if (text.startsWith("<!--", next)) {
      const close = text.indexOf("-->", next);
      if (close === -1) throw new NotWellFormed(`the comment on ${where(next)} is not closed`);
      at = close + 3;
    } else if (text.startsWith("</", next)) {
      const closing = /^<\/([^\s>]+)\s*>/.exec(text.slice(next, next + 200));
      if (!closing || closing[1] !== name) throw new NotWellFormed(`<${name}> on ${where(start)} is closed by ${closing?.[0] ?? "a broken end tag"} on ${where(next)}`);
      element.end = next + closing[0].length;
      return element;
    } else {
      const child = parseElement(text, next, depth + 1);
      element.children.push(child);
      at = child.end;
    }
  }
}
