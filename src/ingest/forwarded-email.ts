import { emailHeader, EMAIL_HEADER_LINE, FORWARDED_MARK, emailText, type MetadataBlock } from "./metadata-block.ts";
import { firstNonEmpty, nonEmptyFrom, type Line } from "./segment.ts";

/**
 * An email passed on, once or more, as an archivist forwards a press release or a newsletter to the desk: the header
 * of the email that passed it on (Outlook's `From:`, `Sent:`, `To:`, `Subject: FW: …`), the note its sender wrote
 * above it (`Hi all, forwarding the release below`), then the message passed on below a mark (Gmail's `----------
 * Forwarded message ---------`, Apple Mail's `Begin forwarded message:`, Outlook's rule of underscores or `-----Original
 * Message-----`) with its own header. The article is the innermost message: its header says who sent it, when and
 * under what subject; the forwarders' headers and notes are left out, each recorded as what it is. A text with one
 * header only is metadata-block.ts's emailHeader's to read.
 */
export function readForwardedEmail(lines: Line[]): MetadataBlock | undefined {
  const start = firstNonEmpty(lines);
  if (start === undefined) return undefined;
  const first = lines[start]!.text;
  // A cheap test first: the text opens with a header's line or a forwarding mark, or a note sits above a mark.
  const outer = EMAIL_HEADER_LINE.test(first) || FORWARDED_MARK.test(first) ? emailHeader(lines, start) : undefined;
  const wrapper: MetadataBlock["lines"] = [];
  let inner = outer;
  let after = outer ? endOf(outer) : start;
  for (;;) {
    // Only a mark says a message is passed on where no header is above it: a text may open on a `From:` line.
    const next = nextMessage(lines, after, inner !== undefined);
    if (next === undefined) break;
    if (inner) wrapper.push(...inner.lines.map(({ line }) => ({ line, reason: FORWARDER_HEADER })));
    wrapper.push(...next.note.map((line) => ({ line, reason: FORWARDER_NOTE })), ...next.rule.map((line) => ({ line, reason: FORWARDER_HEADER })));
    inner = next.header;
    after = endOf(next.header);
  }
  if (inner === undefined || inner === outer) return undefined;
  const sender = inner.metadata.source;
  // A press office's name (`Media Office`) says which desk sent the release, not whose it is: the text says that.
  const office = sender !== undefined && PRESS_OFFICE.test(sender);
  const metadata = { ...inner.metadata };
  if (office) {
    delete metadata.source;
    const issuer = issuerOf(lines.slice(after));
    if (issuer) metadata.source = issuer;
  }
  return emailText({
    writer: "email",
    metadata,
    lines: [
      ...wrapper,
      ...inner.lines.map((each) => (office && each.field === "source" ? { line: each.line, reason: PRESS_OFFICE_SENDER } : each)),
    ],
    rest: lines.slice(after),
  });
}

const FORWARDER_HEADER = "the header of the email that passed the article on, not article text";
const FORWARDER_NOTE = "the note of whoever passed the article on, above it, not article text";
const PRESS_OFFICE_SENDER = "the email's header, not kept as source: a press office sent it, not naming whose it is";
/** How many lines a forwarder's note above the message passed on runs to, at most. */
const MOST_NOTE_LINES = 8;
/** Outlook's rule above the header of a message passed on. */
const RULE = /^_{10,}$/;
/** A sender's name that names a press office or a desk, not an organisation (`Media Office`, `Press Team`). */
const PRESS_OFFICE =
  /^(?:the )?(?:media|press|news|communications?|public (?:affairs|relations|information))(?: (?:and|&) (?:media|press|communications?))?(?: (?:office|team|desk|department|unit|relations|service|centre|center))?$|^newsroom$/i;

/** The index of the line after the block's last line (lines are numbered from 1). */
const endOf = (block: MetadataBlock) => Math.max(...block.lines.map(({ line }) => line.no));

/**
 * The message passed on below the line at `from`: a forwarding mark or a rule, or (below a header) a `From:` line,
 * after a note of a few lines at most, above a header with a sender and a subject.
 */
function nextMessage(lines: Line[], from: number, belowHeader: boolean): { note: Line[]; rule: Line[]; header: MetadataBlock } | undefined {
  const note: Line[] = [];
  // Each line with text either ends the search or goes into the note: MOST_NOTE_LINES of them at the most.
  for (const i of nonEmptyFrom(lines, from, MOST_NOTE_LINES)) {
    const line = lines[i]!;
    const marked = FORWARDED_MARK.test(line.text);
    const ruled = RULE.test(line.text);
    if (marked || ruled || (belowHeader && /^from:/i.test(line.text))) {
      const below = ruled ? firstNonEmpty(lines, i + 1) : i;
      const header = below === undefined ? undefined : emailHeader(lines, below);
      if (header) return { note, rule: ruled ? [line] : [], header };
      if (marked || ruled) return undefined;
    }
    note.push(line);
  }
  return undefined;
}

/** How many lines below its header a release's lead is looked for. */
const MOST_LINES_TO_LEAD = 12;
/** A lead's opening words, after any dateline (`SINJAR, Iraq, 5 December 2026 – `). */
const DATELINE_BEFORE = /^\p{Lu}[^–—]{0,60}?\d{4}\s*[–—-]\s+|^\p{Lu}[\p{Lu} ,.]+[–—-]\s+/u;
/** `The Humanitarian Demining Alliance (HDA)`: group 1 the name, group 2 its initials. */
const NAMED_WITH_INITIALS = /^(?:The )?((?:\p{Lu}[\p{L}'’-]*(?: (?:of|for|and|on|the|in))* ){1,7}\p{Lu}[\p{L}'’-]*) \((\p{Lu}{2,8})\)/u;

/**
 * The organisation a press release is from, as its lead names it first, with its initials after it (`The
 * Humanitarian Demining Alliance (HDA) today announced …`): a release's opening words are its issuer's.
 */
function issuerOf(lines: Line[]): string | undefined {
  const lead = lines.slice(0, MOST_LINES_TO_LEAD).find((line) => line.text.split(" ").length >= 15);
  const named = lead && NAMED_WITH_INITIALS.exec(lead.text.replace(DATELINE_BEFORE, ""));
  if (!named) return undefined;
  const initials = named[1]!.split(" ").filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join("");
  return initials === named[2] ? named[1] : undefined;
}
