import type { MetadataBlock } from "./metadata-block.ts";
import { firstNonEmpty, nonEmptyFrom, type Line } from "./segment.ts";

/**
 * An article as a news aggregator shows it, copied from its page: Google News's name and menu on top, the story's
 * topic (`Full Coverage` / `Iran nuclear talks`), then the article under the outlet's name, its headline, and the
 * outlet's name again with the article's age (`Rudaw · 3 hours ago`), its text, and below it the aggregator's other
 * outlets' headlines (`More coverage`) and its own foot. The outlet is the source and the headline the title; the
 * aggregator's name, menu and topic are its page's, not the article's, and are left out, each recorded.
 */
export function readAggregatorPage(lines: Line[]): MetadataBlock | undefined {
  const start = firstNonEmpty(lines);
  if (start === undefined || !AGGREGATOR_NAME.test(lines[start]!.text)) return undefined;
  const shown = shownArticle(lines, start);
  if (shown === undefined) return undefined;
  const { outlet, headline, aged } = shown;
  const text = lines.slice(aged + 1);
  const foot = text.findIndex((line) => AGGREGATOR_BLOCK.test(line.text));
  const chrome = (from: number, to: number) => lines.slice(from, to).filter((line) => line.text !== "").map((line) => ({ line }));
  return {
    writer: "aggregator",
    metadata: { source: lines[outlet]!.text, title: lines[headline]!.text },
    lines: [
      ...chrome(start, outlet),
      { line: lines[outlet]!, field: "source" },
      { line: lines[headline]!, field: "title" },
      { line: lines[aged]!, reason: AGE_REASON },
      ...(foot === -1 ? [] : text.slice(foot).filter((line) => line.text !== "").map((line) => ({ line, reason: FOOT_REASON }))),
    ],
    rest: [...lines.slice(0, start), ...(foot === -1 ? text : text.slice(0, foot))],
  };
}

/** The aggregator's name on its page's first line. */
const AGGREGATOR_NAME = /^Google News$/;
/** The blocks an aggregator puts below the article: other outlets' headlines on the same story, the link to them all. */
const AGGREGATOR_BLOCK = /^(?:More coverage|View Full Coverage|Full Coverage|Top stories|More headlines|Related coverage)$/i;
/** `Rudaw · 3 hours ago`: group 1 the outlet's name. */
const OUTLET_AND_AGE = /^(.{2,60}?) · (?:\d{1,2} (?:minutes?|mins?|hours?|days?) ago|yesterday|\p{L}{3,9} \d{1,2}(?:, \d{4})?)$/iu;
/** How far down the page, below the menu and the topic, the article's outlet and headline are looked for. */
const MOST_LINES_ABOVE = 40;
const AGE_REASON = "the news aggregator's line of the outlet and the article's age, not article text";
const FOOT_REASON = "the news aggregator's blocks below the article (other outlets' headlines, its foot), not article text";

/**
 * The article the page shows: its outlet's name, its headline below it, and the outlet's name again with the
 * article's age below that; the indexes of the three lines.
 */
function shownArticle(lines: Line[], start: number): { outlet: number; headline: number; aged: number } | undefined {
  const nonEmpty = nonEmptyFrom(lines, start, MOST_LINES_ABOVE);
  for (const [k, aged] of nonEmpty.entries()) {
    const outletAged = OUTLET_AND_AGE.exec(lines[aged]!.text)?.[1];
    const [outlet, headline] = [nonEmpty[k - 2], nonEmpty[k - 1]];
    if (outletAged !== undefined && outlet !== undefined && lines[outlet]!.text === outletAged) return { outlet, headline: headline!, aged };
  }
  return undefined;
}
