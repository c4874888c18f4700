import { parse } from "yaml";
import type { RemovedLine } from "../article.ts";
import { readDraft } from "./draft.ts";
import { readPhotoItem } from "./photo-item.ts";
import { morePrecise, readDateLine, type PublicationDate } from "./dates.ts";
import { FOLLOWER_COUNT, ORGANIZATION_HEADS, OUTLET_NAME, WIRE_AGENCY } from "./patterns.ts";
import { firstNonEmpty, nonEmptyFrom, type Line } from "./segment.ts";
import { sameLetters } from "./source.ts";
import { isWebAddress, WEB_ADDRESS } from "./web-address.ts";

/** What a scraper's metadata block says of the article, in the fields ingest reads from a page's header. */
export interface Metadata {
  title?: string;
  author?: string;
  published?: PublicationDate;
  source?: string;
  url?: string;
  /** the page's description (`og:description`): most sites write their standfirst there */
  summary?: string;
  /** the section a feed's item was filed in (its category) */
  section?: string;
}

export interface MetadataBlock {
  /**
   * whose block it is: a scraper's (or web clipper's), the header of an email the text was saved from or of a social
   * post copied with its text, a chat's time and sender before a message passed on, or the page's web address alone,
   * which a reader copying the page put above its text, a story's draft's editing notes (draft.ts), a photo agency's
   * page around a photo's caption (photo-item.ts), or a feed's item pasted above it (feed-item.ts), a news
   * aggregator's page around the article (aggregator-page.ts) or a forum's post sharing it (forum-post.ts)
   */
  writer: "scraper" | "email" | "post" | "chat" | "address" | "archive" | "feed" | "aggregator" | "forum" | "draft" | "photo";
  metadata: Metadata;
  /** every line of the block, with the field it gave, if any, or why it was left out when no field says */
  lines: { line: Line; field?: keyof Metadata; reason?: string }[];
  /** the lines after the block: the text */
  rest: Line[];
  /** the site of the block's address (`tehrantimes.com`), the outlet where nothing else names one */
  site?: string;
}

/**
 * The keys scrapers and web clippers write for each field, lower case, `-` and spaces read as `_`. Not the section:
 * their `categories` and `tags` are the site's tags, several to a page.
 */
const KEYS: Record<Exclude<keyof Metadata, "section">, string[]> = {
  title: ["title", "headline"],
  author: ["author", "authors", "byline", "creator"],
  published: ["date", "published", "published_time", "publish_date", "date_published", "pubdate", "published_at"],
  source: ["sitename", "site_name", "publisher", "publication", "source"],
  url: ["url", "url_source", "source_url", "canonical", "canonical_url", "link"],
  summary: ["description", "summary", "excerpt", "og_description"],
};
const FIELD_OF_KEY = new Map(Object.entries(KEYS).flatMap(([field, keys]) => keys.map((key) => [key, field as keyof Metadata])));
/** A block longer than this is not a scraper's metadata but a text that happens to open with a rule. */
const MOST_BLOCK_LINES = 60;
const FENCE = /^---$/;
const CLOSING_FENCE = /^(---|\.\.\.)$/;

/**
 * Some scrapers open the text with the page's metadata: trafilatura (with its metadata) and web clippers as YAML
 * between two `---` lines, the way a Markdown file opens with its front matter; Jina's reader as `Title: …`,
 * `URL Source: …`, `Published Time: …` lines above a `Markdown Content:` line. The block is read only when it is
 * one of those, naming at least one field ingest knows; otherwise its lines are read as text. So is the header of
 * an email the text was saved from (a newsletter): `From:`, `Sent:`, `To:`, `Subject:` lines (emailHeader); of a
 * social post copied with the post (postHeader); a chat's time and sender before a message passed on
 * (chatMessage); the Wayback Machine's toolbar above a page it archived (waybackToolbar); a draft's editing
 * notes around its text (draft.ts); and a photo agency's page around a photo's caption (photo-item.ts).
 */
export function readMetadataBlock(lines: Line[]): MetadataBlock | undefined {
  const start = firstNonEmpty(lines);
  if (start === undefined) return undefined;
  return (
    fencedBlock(lines, start) ??
    labelledBlock(lines, start) ??
    emailMessage(lines, start) ??
    postHeader(lines, start) ??
    chatMessage(lines, start) ??
    waybackToolbar(lines, start) ??
    readDraft(lines, start) ??
    readPhotoItem(lines, start) ??
    addressLine(lines, start)
  );
}

/**
 * The header of a social post copied with its text: the account's name above its handle (`Shafaq News English` /
 * `@ShafaqNewsEng`, as X prints it), above the time it was posted and a dot (`Rudaw English` / `2h ·`, as Facebook
 * prints it) or above its count of subscribers (`12.4K subscribers`, as a Telegram channel's page does). An outlet's
 * account (its name's shape, OUTLET_NAME, or a news agency's) or an organisation's (`Ministry of Foreign Affairs -
 * Republic of Iraq`) is the source, anyone else's the author; a time that gives the day (`@ShafaqNewsEng · Oct 13,
 * 2022`) is the date. Facebook leaves the year out of a post's time this year (`December 2 at 7:15 PM ·`): the post's
 * header still, with no date read.
 */
function postHeader(lines: Line[], start: number): MetadataBlock | undefined {
  const account = lines[start]!;
  const below = firstNonEmpty(lines, start + 1);
  if (below === undefined || !ACCOUNT_NAME.test(account.text) || nameWords(account.text) > MOST_ACCOUNT_NAME_WORDS) return undefined;
  const second = lines[below]!;
  const handle = HANDLE_LINE.exec(second.text);
  const posted = handle ? undefined : POSTED_LINE.exec(second.text)?.[1];
  const time = handle?.[1] ?? posted;
  const published = time === undefined ? undefined : readDateLine(time);
  // A channel's name above its count of subscribers (`Rudaw English` / `12.4K subscribers`), as Telegram prints it.
  const channel = FOLLOWER_COUNT.test(second.text);
  if (!handle && !published && !(posted && (RELATIVE_TIME.test(posted) || THIS_YEARS_TIME.test(posted))) && !channel) return undefined;
  const name = account.text.replace(VERIFIED_MARK, "");
  const field = OUTLET_NAME.test(name) || WIRE_AGENCY.test(name) || ORGANIZATION_HEADS.test(name) ? "source" : "author";
  return {
    writer: "post",
    metadata: { [field]: name, ...(published && { published }) },
    lines: [{ line: account, field }, { line: second, ...(published && { field: "published" as const }) }],
    rest: [...lines.slice(0, start), ...lines.slice(below + 1)],
  };
}

/**
 * A message passed on in a chat and exported with its time and sender (`[13/10/2022, 18:05] Ali Hassan: *Iraqi
 * parliament elects …*`, as WhatsApp writes it): the time is when it was sent, the date where the text gives none,
 * as an email's; the sender passed it on and wrote none of it. The message's text goes on from there.
 */
function chatMessage(lines: Line[], start: number): MetadataBlock | undefined {
  const line = lines[start]!;
  const message = CHAT_MESSAGE.exec(line.text);
  const published = message && readDateLine(message[1]!);
  if (!message || !published) return undefined;
  const prefix = { ...line, text: line.text.slice(0, line.text.length - message[2]!.length).trim() };
  return {
    writer: "chat",
    metadata: { published },
    lines: [{ line: prefix, field: "published" }],
    rest: [...lines.slice(0, start), { ...line, text: message[2]! }, ...lines.slice(start + 1)],
  };
}

/** `[13/10/2022, 18:05] Ali Hassan: …`: group 1 the time, group 2 the message's text. */
const CHAT_MESSAGE = /^\[(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?)\] [^:]{1,40}: (\S.*)$/u;

/** A name of a few words that ends no sentence, with a verified account's mark or none. */
const ACCOUNT_NAME = /^[\p{Lu}\p{N}][^.!?:;,|]*?(?: ?[✓✔☑]\u{FE0F}?)?$/u;
const VERIFIED_MARK = / ?[✓✔☑]\u{FE0F}?$/u;
const MOST_ACCOUNT_NAME_WORDS = 6;
/** A name's words that count for its length: capitalised, not the small ones between (`of`, `the`). */
const nameWords = (name: string) => name.split(" ").filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
/** `December 2 at 7:15 PM`: a post's time this year, its month and day, as Facebook prints it without the year. */
const THIS_YEARS_TIME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2} at \d{1,2}:\d{2}\s?[AP]M$/u;
/** `@ShafaqNewsEng`, or with the time after it (`@ShafaqNewsEng · Oct 13, 2022`): group 1 the time. */
const HANDLE_LINE = /^@\w{1,30}(?: · (.{1,40}))?$/u;
/** `2h ·`, `October 13, 2022 at 6:05 PM ·`: group 1 the time. */
const POSTED_LINE = /^(.{1,40}?) ?·(?: ?🌐)?$/u;
/** A post's age as a feed prints it, short, without `ago` (`2h`, `5 mins`, `just now`); not dates.ts's `3 hours ago`. */
const RELATIVE_TIME = /^(?:\d{1,2} ?(?:s|m|h|d|w|mins?|hrs?|hours?|days?)|just now|yesterday at .+)$/iu;

/**
 * The Wayback Machine's toolbar above a page it archived, as a copy keeps it: `The Wayback Machine -
 * https://web.archive.org/web/20261130142211/https://www.iom.int/news/…` on the first line, then its calendar, the
 * number of captures and their dates (`28 Nov 2026 - 02 Dec 2026`, when the archive copied the page, not when it was
 * published), and the panel about the capture, down to its last label (`TIMESTAMPS`). The archived page's own address
 * is the `url`; the page below is read as any other.
 */
function waybackToolbar(lines: Line[], start: number): MetadataBlock | undefined {
  const line = lines[start]!;
  const archived = WAYBACK_ADDRESS.exec(line.text)?.[1];
  if (archived === undefined) return undefined;
  const below = lines.slice(start + 1, start + 1 + MOST_TOOLBAR_LINES);
  const end = below.findIndex((each) => TOOLBAR_LAST_LABEL.test(each.text));
  const toolbar = [line, ...below.slice(0, end + 1)];
  const { url } = readField("url", archived);
  return {
    writer: "archive",
    metadata: url === undefined ? {} : { url },
    lines: toolbar
      .filter((each) => each.text !== "")
      .map((each) => ({ line: each, ...(each === line && url !== undefined && { field: "url" as const }) })),
    rest: [...lines.slice(0, start), ...lines.slice(start + toolbar.length)],
  };
}

/** The toolbar's first line; group 1 the archived page's address. */
const WAYBACK_ADDRESS = /^(?:the )?wayback machine\s*[-–—:]?\s*https?:\/\/web\.archive\.org\/web\/\d{4,14}\w{0,3}\/(https?:\/\/\S+)$/i;
/** The last label of the toolbar's panel about the capture. */
const TOOLBAR_LAST_LABEL = /^timestamps$/i;
const MOST_TOOLBAR_LINES = 30;

/** `https://www.thenationalnews.com/mena/iraq/…` alone on the text's first line: the page's address, its `url`. */
function addressLine(lines: Line[], start: number): MetadataBlock | undefined {
  const line = lines[start]!;
  const { url } = WEB_ADDRESS.test(line.text) ? readField("url", line.text) : {};
  if (url === undefined) return undefined;
  return { writer: "address", metadata: { url }, lines: [{ line, field: "url" }], rest: [...lines.slice(0, start), ...lines.slice(start + 1)] };
}

function fencedBlock(lines: Line[], start: number): MetadataBlock | undefined {
  if (!FENCE.test(lines[start]!.text)) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.indent === 0 && CLOSING_FENCE.test(line.text));
  if (end === -1 || end - start > MOST_BLOCK_LINES) return undefined;
  const inside = lines.slice(start + 1, end);
  const data = parseMap(inside.map((line) => `${" ".repeat(line.indent)}${line.text}`).join("\n"));
  const rest = [...lines.slice(0, start), ...lines.slice(end + 1)];
  return data && blockOf("scraper", Object.entries(data), inside, [lines[start]!, lines[end]!], rest);
}

/** `Markdown Content:`, the line Jina's reader writes between the page's metadata and its text. */
const CONTENT_LABEL = /^markdown content:$/i;
/** `URL Source: https://…`: group 1 the label, group 2 the value. */
const LABELLED = /^(\p{Lu}[\p{L} ]{0,30}):\s*(.*)$/u;

function labelledBlock(lines: Line[], start: number): MetadataBlock | undefined {
  const end = lines.findIndex((line, i) => i >= start && (CONTENT_LABEL.test(line.text) || !(line.text === "" || LABELLED.test(line.text))));
  if (end === -1 || end === start || end - start > MOST_BLOCK_LINES || !CONTENT_LABEL.test(lines[end]!.text)) return undefined;
  const inside = lines.slice(start, end);
  const entries = inside.flatMap((line) => {
    const labelled = LABELLED.exec(line.text);
    return labelled ? [[labelled[1]!, labelled[2]!] as [string, unknown]] : [];
  });
  return blockOf("scraper", entries, inside, [lines[end]!], [...lines.slice(0, start), ...lines.slice(end + 1)]);
}

/** An email read from its header down: the header's block, its text without its links' addresses. */
function emailMessage(lines: Line[], start: number): MetadataBlock | undefined {
  const header = emailHeader(lines, start);
  return header && emailText(header);
}

/**
 * The text of an email whose header `block` read: without its links' addresses (withoutLinkAddresses), and without
 * the banner a newsletter prints on top of its text where it repeats the header (newsletterBanner).
 */
export function emailText(block: MetadataBlock): MetadataBlock {
  return newsletterBanner(withoutLinkAddresses(block));
}

/**
 * A newsletter's banner on top of its text, in the first lines: the sender's name (`AL-MONITOR` from `Al-Monitor
 * <newsletters@…>`), its masthead, and the newsletter's name as its subject opens with it (`GULF BRIEFING` above a
 * `Subject: Gulf Briefing: Saudi Arabia courts Baghdad …`). Neither is the headline: the subject after the name is,
 * each issue's own; the newsletter's name is its section, as the subject writes it.
 */
function newsletterBanner(block: MetadataBlock): MetadataBlock {
  const { source, title } = block.metadata;
  const named = title === undefined ? undefined : NEWSLETTER_NAME.exec(title);
  const name = named?.[1];
  const banner: MetadataBlock["lines"] = [];
  let section: string | undefined;
  for (const i of nonEmptyFrom(block.rest, 0, MOST_BANNER_LINES)) {
    const line = block.rest[i]!;
    if (!/[\p{L}\p{N}]/u.test(line.text)) continue;
    if (source !== undefined && sameLetters(line.text, source)) banner.push({ line, reason: SENDERS_MASTHEAD });
    else if (name !== undefined && sameLetters(line.text, name)) {
      banner.push({ line, reason: NEWSLETTERS_NAME });
      section = name;
    }
  }
  if (banner.length === 0) return block;
  const out = new Set(banner.map(({ line }) => line));
  return {
    ...block,
    // The headline is the subject after the newsletter's name, which the section keeps.
    metadata: { ...block.metadata, ...(section && { section, title: title!.slice(named![0].length - 1) }) },
    lines: [...block.lines, ...banner],
    rest: block.rest.map((line) => (out.has(line) ? { ...line, text: "" } : line)),
  };
}

/** How many lines of an email's text its banner may take, at most. */
const MOST_BANNER_LINES = 4;
/** `Gulf Briefing: Saudi Arabia courts …`: group 1 the newsletter's name, before the headline's first letter. */
const NEWSLETTER_NAME = /^(\p{Lu}[^:|]{1,40}?)\s*[:|]\s+\S/u;
const SENDERS_MASTHEAD = "the email's sender, printed on top of its text as a masthead (the header gives the source)";
const NEWSLETTERS_NAME = "the newsletter's name on top of its text, as the email's subject opens with it (kept as section)";

/** An email's header line: group 1 its name, group 2 its value. */
export const EMAIL_HEADER_LINE = /^(from|sent|date|to|cc|bcc|reply-to|subject):\s*(.*)$/i;
/** The fields an email's header gives: its subject the headline, its sender's name the source. */
const EMAIL_FIELDS: Record<string, keyof Metadata> = { subject: "title", sent: "published", date: "published", from: "source" };

/**
 * The header of an email the text was saved from, a run of EMAIL_HEADER_LINEs from the text's first line with a
 * `From:` and a `Subject:` among them. The sender's name, without its address (`Iraq Business News
 * <newsletter@…>`), is the source; an address alone names none.
 */
export function emailHeader(lines: Line[], start: number): MetadataBlock | undefined {
  // `---------- Forwarded message ---------` above the header of an email passed on.
  const forwarded = FORWARDED_MARK.test(lines[start]!.text) ? [lines[start]!] : [];
  const first = forwarded.length === 0 ? start : firstNonEmpty(lines, start + 1);
  if (first === undefined) return undefined;
  let end = first;
  while (end < lines.length && EMAIL_HEADER_LINE.test(lines[end]!.text)) end++;
  const inside = lines.slice(first, end);
  const entries = inside.map((line): [string, unknown] => {
    const [, key, value] = EMAIL_HEADER_LINE.exec(line.text)!;
    const name = key!.toLowerCase();
    // `Kurdistan24 Newsletter <newsletter@…>`: the outlet that sends it, without the word for what it sends.
    if (name === "from") return [key!, value!.replace(/<[^>]*>|\S+@\S+/g, "").replace(/^["'\s]+|["'\s]+$/g, "").replace(NEWSLETTER_AFTER_NAME, "")];
    // `Fwd: Iraqi Parliament Elects New President`: the subject the sender wrote, without the mark of its passing on.
    return [key!, name === "subject" ? value!.replace(FORWARDED_SUBJECT, "").replace(RELEASE_LABEL, "") : value!];
  });
  const keys = new Set(entries.map(([key]) => key.toLowerCase()));
  if (!keys.has("from") || !keys.has("subject")) return undefined;
  return blockOf("email", entries, inside, forwarded, [...lines.slice(0, start), ...lines.slice(end)]);
}

/**
 * An email's text as its plain-text part gives it, a link's address in angle brackets after the link's words (`View
 * in browser <https://click.…>`, `Unsubscribe <…> | Manage preferences <…>`, a paragraph's `… have lapsed. <…>`), as
 * mail programs write an HTML message's links: the words are the text, the address is not (most are the sender's
 * tracking links). The addresses come off the lines, as off a Markdown text's links (markdown-marks.ts); a line of an
 * address alone (a newsletter's tracking pixel) is left out, recorded.
 */
function withoutLinkAddresses(block: MetadataBlock): MetadataBlock {
  const alone: MetadataBlock["lines"] = [];
  const rest = block.rest.map((line) => {
    if (!ANGLED_ADDRESS_IN.test(line.text)) return line;
    const text = line.text.replace(ANGLED_ADDRESSES, "").trim();
    if (text !== "") return { ...line, text };
    alone.push({ line, reason: LINK_ADDRESS_ALONE });
    return { ...line, text: "" };
  });
  return { ...block, lines: [...block.lines, ...alone], rest };
}

/** `<https://…>`, with the spaces before it. */
const ANGLED_ADDRESSES = /\s*<https?:\/\/[^>\s]+>/g;
const ANGLED_ADDRESS_IN = /<https?:\/\/[^>\s]+>/;
const LINK_ADDRESS_ALONE = "a link's address alone in the email's text (its sender's tracking link), not article text";

const NEWSLETTER_AFTER_NAME = /(?<=\S) (?:[Nn]ewsletters?|NEWSLETTERS?)$/;
const FORWARDED_SUBJECT = /^(?:(?:Fwd?|FW|TR|WG|RV)\s*:\s*)+/i;
/** `PRESS RELEASE: Mine clearance completes …`: what the email is, not its headline. */
const RELEASE_LABEL = /^(?:press|news|media) release\s*[:–—-]\s*/i;
/** The line mail programs put above the header of an email passed on, in their languages. */
export const FORWARDED_MARK =
  /^(?:-{2,} ?(?:forwarded message|original message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato) ?-{2,}|begin forwarded message:)$/i;

/** The block of `entries`, read from the lines `inside`, between or above `marks` (its fences, its label). */
function blockOf(
  writer: MetadataBlock["writer"],
  entries: [string, unknown][],
  inside: Line[],
  marks: Line[],
  rest: Line[],
): MetadataBlock | undefined {
  const metadata: Metadata = {};
  /** the field each key was read as, for the keys that gave one */
  const used = new Map<string, keyof Metadata>();
  for (const [key, value] of entries) {
    const named = writer === "email" ? EMAIL_FIELDS[key.toLowerCase()] : FIELD_OF_KEY.get(normalKey(key));
    const read = named === undefined ? {} : readField(named, value);
    const field = (Object.keys(read) as (keyof Metadata)[])[0];
    if (field === undefined || metadata[field] !== undefined) continue;
    Object.assign(metadata, read);
    used.set(key, field);
  }
  if (used.size === 0) return undefined;
  return { writer, metadata, lines: [...marks.map((line) => ({ line })), ...fieldLines(inside, used)], rest };
}

const normalKey = (key: string) => key.toLowerCase().replace(/[\s-]+/g, "_");

function parseMap(text: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = parse(text);
    return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A field's value, read as the header reads the page's: a date must read as one, an address must be a web one. */
function readField(field: keyof Metadata, value: unknown): Metadata {
  const text = textOf(value);
  if (text === undefined) return {};
  switch (field) {
    case "published": {
      const published = readDateLine(text);
      return published ? { published } : {};
    }
    case "url":
      return isWebAddress(text) ? { url: text } : {};
    case "source":
      // Obsidian's web clipper writes the page's address under `source`: the address, not the publication's name.
      return isWebAddress(text) ? { url: text } : { source: text };
    case "author":
      return { author: text.replace(/^by\s+/i, "") };
    case "summary":
      // A description the site cut short ("…") is no summary: the lead's opening sentence says more.
      return /(…|\.\.\.)$/.test(text) ? {} : { summary: text };
    default:
      return { [field]: text };
  }
}

/** A text, a number or a list of texts (`authors: [A, B]`, read `A and B`), with its spacing tidied. */
function textOf(value: unknown): string | undefined {
  const parts = Array.isArray(value) ? value : [value];
  const text = parts
    .filter((part) => typeof part === "string" || typeof part === "number")
    .map((part) => String(part).replace(/\s+/g, " ").trim())
    .filter((part) => part !== "")
    .join(" and ");
  return text === "" ? undefined : text;
}

/** A line's key, `title:` or `"title":`. */
const KEY = /^["']?([^:"']+)["']?:/;

/** The lines of a key read as a field: its own, and those of a list's items below it. */
function fieldLines(inside: Line[], used: Map<string, keyof Metadata>): MetadataBlock["lines"] {
  let field: keyof Metadata | undefined;
  return inside
    .filter((line) => line.text !== "")
    .map((line) => {
      if (line.indent === 0 && !line.text.startsWith("-")) field = used.get(KEY.exec(line.text)?.[1]?.trim() ?? "");
      return { line, ...(field && { field }) };
    });
}

/**
 * The fields as the page's text gives them, and the block's where the text gives none (or, for the date, a less
 * precise one): the headline as printed wins over the scraper's title, which often carries the site's name, and a
 * standfirst as printed over its description; an email's date only where the text gives none. Every line of the
 * block is recorded with what it became.
 */
export function withMetadata(printed: Metadata, block: MetadataBlock | undefined): { fields: Metadata; removed: RemovedLine[] } {
  if (!block) return { fields: printed, removed: [] };
  const { metadata } = block;
  const fields: Metadata = {
    title: printed.title === undefined ? metadata.title : spelledAs(printed.title, metadata.title),
    author: printed.author ?? metadata.author,
    // An email or a chat's message was sent when it was, which may be days after the article it carries was dated.
    published: !metadata.published
      ? printed.published
      : block.writer === "email" || block.writer === "chat"
        ? (printed.published ?? metadata.published)
        : morePrecise(printed.published, metadata.published),
    source: printed.source ?? metadata.source,
    url: printed.url ?? metadata.url,
    summary: printed.summary ?? metadata.summary,
    section: printed.section ?? metadata.section,
  };
  const whose = WHOSE[block.writer];
  const removed = block.lines.map(({ line, field, reason: given }) => {
    const reason = given
      ? given
      : !field
      ? `${whose}, not article text`
      : fields[field] === metadata[field]
        ? `${whose} (kept as ${FIELD_NAMES[field]})`
        : `${whose}, not kept: the text gives the ${FIELD_NAMES[field]}`;
    return { line: line.no, text: line.text, reason };
  });
  return { fields, removed };
}

/**
 * A headline in capitals (`MORNING BRIEF`, a newsletter's name as its banner prints it) as the metadata's title writes
 * the same words (`Morning Brief: KRG cabinet approves …`, an email's subject): in the case the page gives them.
 */
function spelledAs(title: string, other: string | undefined): string {
  if (other === undefined || title !== title.toUpperCase() || !/\p{Lu}{2}/u.test(title)) return title;
  const at = other.toUpperCase().indexOf(title);
  const written = at === -1 ? undefined : other.slice(at, at + title.length);
  const wholeWords = written !== undefined && !/\p{L}/u.test(other.charAt(at - 1)) && !/\p{L}/u.test(other.charAt(at + title.length));
  return wholeWords && written !== written.toUpperCase() ? written : title;
}

const WHOSE: Record<MetadataBlock["writer"], string> = {
  scraper: "the scraper's metadata",
  email: "the email's header",
  post: "the social post's header",
  chat: "the chat message's time and sender",
  address: "the page's web address, copied above its text",
  archive: "the Wayback Machine's toolbar above the page it archived",
  feed: "the feed item",
  aggregator: "the news aggregator's page around the article",
  forum: "the forum post that shared the article",
  draft: "the draft's notes for the desk",
  photo: "the photo agency's page",
};

/** How the record names each field: as the article's front matter does. */
const FIELD_NAMES: Record<keyof Metadata, string> = {
  title: "title",
  author: "author",
  published: "date",
  source: "source",
  url: "url",
  summary: "summary",
  section: "section",
};
