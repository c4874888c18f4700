import type { MetadataBlock } from "./metadata-block.ts";
import { firstNonEmpty, nonEmptyFrom, type Line } from "./segment.ts";

/**
 * An article shared in a forum's post and copied with it, as a Reddit thread prints it: the community's name
 * (`r/iraq`), who posted it and when (`Posted by u/baghdadi_engineer`, `5h`), the post's title, which is the article's
 * headline with a note to readers after it (`(article text below)`), and its flair (`News`), above the article's text
 * the poster pasted. The headline is the title; the rest is the forum's, left out and recorded. The comments below
 * are boilerplate.ts's to leave out.
 */
export function readForumPost(lines: Line[]): MetadataBlock | undefined {
  const start = firstNonEmpty(lines);
  if (start === undefined || !COMMUNITY.test(lines[start]!.text)) return undefined;
  const next = nonEmptyFrom(lines, start + 1, MOST_HEADER_LINES);
  const posted = next.findIndex((i) => POSTER.test(lines[i]!.text));
  if (posted === -1) return undefined;
  let at = posted + 1;
  if (next[at] !== undefined && POST_AGE.test(lines[next[at]!]!.text)) at++;
  const titled = next[at];
  if (titled === undefined) return undefined;
  const title = lines[titled]!.text.replace(NOTE_TO_READERS, "");
  // The flair: a word or two between the title and the text, no sentence.
  const flair = next[at + 1] !== undefined && FLAIR.test(lines[next[at + 1]!]!.text) ? next[at + 1] : undefined;
  const end = (flair ?? titled) + 1;
  const header = lines.slice(start, end).filter((line) => line.text !== "");
  return {
    writer: "forum",
    metadata: { title },
    lines: header.map((line) => (line === lines[titled] ? { line, field: "title" as const } : line === lines[flair ?? -1] ? { line, reason: FLAIR_REASON } : { line })),
    rest: [...lines.slice(0, start), ...lines.slice(end)],
  };
}

/** `r/iraq`, with the post's age after it or none (`r/iraq • 5h`). */
const COMMUNITY = /^r\/\w{2,21}(?: [•·] \S+)?$/;
/** `Posted by u/baghdadi_engineer`, `u/baghdadi_engineer`, with its age after it or none. */
const POSTER = /^(?:Posted by )?u\/[\w-]{3,20}(?: [•·]? ?\d{1,2}\s?[smhdwy])?$/;
/** `5h`, `3 hr. ago`: how long ago the post was written. */
const POST_AGE = /^(?:\d{1,2}\s?(?:[smhdwy]|mo|yr|min|hr)\.?(?: ago)?|\d{1,2} (?:minutes?|hours?|days?|months?|years?) ago)$/;
/** `(article text below)`, `[full text in comments]`: the poster's note to readers after the headline. */
const NOTE_TO_READERS = /\s*[([][^)\]]*\b(?:below|in (?:the )?comments?|inside)[)\]]$/i;
const FLAIR = /^[\p{Lu}\p{N}][\p{L}\p{N}&/ -]{0,24}$/u;
const FLAIR_REASON = "the forum post's flair, the community's label for it, not article text";
/** How many lines the community's name, the poster and the post's age and title run to, at most. */
const MOST_HEADER_LINES = 6;
