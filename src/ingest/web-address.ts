import { PartialIsoDate, type RemovedLine } from "../article.ts";
import type { PublicationDate } from "./dates.ts";
import type { Line } from "./segment.ts";

/** An `http` or `https` address, alone: a page's address as a reader copies it from the browser's address bar. */
export const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/** Whether `text` is an address a browser would open as a page: `http` or `https`, with a host. */
export function isWebAddress(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

/**
 * Whether `text` is alone the address of one of a site's pages, an article's: not its home page's
 * (`https://www.reuters.com/`), which a footer links to.
 */
export function isArticleAddress(text: string): boolean {
  return WEB_ADDRESS.test(text) && isWebAddress(text) && new URL(text).pathname !== "/";
}

/**
 * The site an address is on, by its host without `www.` (`tehrantimes.com`, `nytimes.com`): the outlet, where nothing
 * else names it.
 */
export function siteOfAddress(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

export interface AddressBelow {
  url: string;
  /** what to record of the line: the reason is the caller's, which knows whether the url was kept */
  line: Line;
  /** the lines above it: the text */
  rest: Line[];
}

/**
 * The page's address below its text, where a reader who pasted the article noted where it came from: the last line,
 * alone (`https://www.reuters.com/world/…`) or after a label that says what it is (`Source: https://…`, `Originally
 * published at https://…`). The address of a site's home page (`https://www.reuters.com/`) is no article's: a
 * footer's, left as site chrome. `Read more: https://…` links to another article, so it is not read either.
 */
export function readAddressBelow(lines: Line[]): AddressBelow | undefined {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.text === "") last--;
  if (last < 0) return undefined;
  const line = lines[last]!;
  const url = line.text.replace(ADDRESS_LABEL, "");
  if (!isArticleAddress(url)) return undefined;
  return { url, line, rest: lines.slice(0, last) };
}

const ADDRESS_LABEL = /^(?:source|link|url|original(?:ly published)?(?: (?:at|on|in))?|retrieved from)\s*:?\s+/i;

/** The record of the line below the text that gave the page's address. */
export function addressBelowRemoved(below: AddressBelow, kept: boolean): RemovedLine {
  const reason = kept
    ? "the page's web address, noted below its text (kept as url)"
    : "the page's web address, noted below its text, not kept: the text gives the url above it";
  return { line: below.line.no, text: below.line.text, reason };
}

/**
 * The day, or month, an article's address gives, as many sites write it into their addresses: `/2022/10/13/`,
 * `/2022/10/3/`, `/2022/oct/13/`, `-2022-10-13/`, `/20221013-…`, `/2022/10/`. Only in the path, only a real day of a
 * year from 1900 to 2099, and never an id of eight digits that is not one: BBC's `/news/world-middle-east-63242398`
 * gives none.
 */
export function dateInAddress(url: string): PublicationDate | undefined {
  const path = new URL(url).pathname;
  for (const pattern of ADDRESS_DATES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const { year, month, day } = match.groups!;
    const monthNumber = MONTHS.indexOf(month!.toLowerCase().slice(0, 3)) + 1 || Number(month);
    const parts = [year, monthNumber, ...(day === undefined ? [] : [day])];
    const iso = parts.map((part) => String(part).padStart(2, "0")).join("-");
    // Digits in a date's shape that are no real day are no date at all, not a month.
    return PartialIsoDate.safeParse(iso).success ? { date: iso } : undefined;
  }
  return undefined;
}

const YEAR = "(?<year>(?:19|20)\\d\\d)";
const MONTH_NAME = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
/** Most specific first: a day in the path wins over the month of `/2022/10/13/`'s first two parts. */
const ADDRESS_DATES = [
  new RegExp(`[/_-]${YEAR}[/_-](?<month>\\d\\d?|${MONTH_NAME})[/_-](?<day>\\d\\d?)(?=[/_.-]|$)`, "i"),
  new RegExp(`/${YEAR}(?<month>\\d\\d)(?<day>\\d\\d)(?=[/_.-]|$)`),
  new RegExp(`/${YEAR}/(?<month>\\d\\d?|${MONTH_NAME})/`, "i"),
];
const MONTHS = MONTH_NAME.split("|");

