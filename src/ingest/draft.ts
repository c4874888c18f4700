import { readCaption } from "./captions.ts";
import type { MetadataBlock } from "./metadata-block.ts";
import { nonEmptyFrom, type Line } from "./segment.ts";

/**
 * A story's draft as an editing tool exports it as text (a Google Docs or Word file saved before the story ran): the
 * draft's status on top (`Draft — Kirkuk council vote — DO NOT PUBLISH before editor sign-off`), the tool's note of
 * its last edit (`Last edited by Dana Taib Menmy on 9 Dec 2026`), the headline, then the desk's facts about the story,
 * a label before each (`Slug:`, `Desk:`, `Words:`, `Status:`); the editors' comments between the paragraphs (`[Comment:
 * can we confirm the 9 of 16? — SH]`, `[Reply: …]`, `[Suggestion: …]`); and the notes for the web desk at its foot
 * (`Notes for web:`, `SEO title: …`, `Tags: …`). None of it is article text: each line is left out, recorded; the
 * desk (`Desk: Iraq`) is the section. The desk's facts say it is a draft: without them the text is read as any other.
 */
export function readDraft(lines: Line[], start: number): MetadataBlock | undefined {
  const head = nonEmptyFrom(lines, start, MOST_LINES_TO_FACTS);
  const factsAt = head.findIndex((i, at) => facts(lines, head.slice(at)).length >= FEWEST_FACTS);
  if (factsAt === -1) return undefined;
  const deskFacts = facts(lines, head.slice(factsAt));
  const block: MetadataBlock["lines"] = [];
  let section: string | undefined;
  for (const i of head.slice(0, factsAt)) {
    const line = lines[i]!;
    if (DRAFT_STATUS.test(line.text)) block.push({ line, reason: STATUS });
    else if (LAST_EDIT.test(line.text)) block.push({ line, reason: LAST_EDIT_NOTE });
  }
  for (const line of deskFacts) {
    const [, label, value] = LABELLED.exec(line.text)!;
    if (section === undefined && SECTION_LABEL.test(label!)) {
      section = value!;
      block.push({ line, field: "section" });
    } else block.push({ line, reason: DESK_FACTS });
  }
  block.push(...notesAtFoot(lines));
  const noted = new Set(block.map(({ line }) => line));
  for (const line of lines) {
    if (!noted.has(line) && EDITORS_COMMENT.test(line.text)) block.push({ line, reason: COMMENT });
  }
  const out = new Set(block.map(({ line }) => line));
  return {
    writer: "draft",
    metadata: section === undefined ? {} : { section },
    lines: block.sort((a, b) => a.line.no - b.line.no),
    rest: lines.map((line) => (out.has(line) ? { ...line, text: "" } : (photoNote(line) ?? line))),
  };
}

/**
 * The draft's note of the story's photo, labelled, its caption then its credit (`Photo: Kurdish Peshmerga at a
 * checkpoint. Credit: Safin Hamed/AFP`): the photo's caption, its credit apart (`Line.kind`), as the page will print
 * it; without the credit after it (readCaption), a line labelled `Photo:` is read as any other.
 */
function photoNote(line: Line): Line | undefined {
  const noted = PHOTO_NOTE.exec(line.text)?.[1];
  const caption = noted === undefined ? undefined : readCaption(noted);
  if (caption?.credit === undefined) return undefined;
  return { ...line, text: caption.caption, written: line.written ?? line.text, kind: "caption", credit: caption.credit };
}

/** `Photo: …`, `Picture: …`: the label of the draft's note of its photo; group 1 what follows it. */
const PHOTO_NOTE = /^(?:photo|picture|image|pic)\s*:\s*(\S.*)$/i;

/** How far down the draft's first lines its facts for the desk may start, in lines with text. */
const MOST_LINES_TO_FACTS = 8;
/** A run of fewer labelled lines than this is not the desk's facts but the text's (a Q&A's `Q:`, a `Photo:`). */
const FEWEST_FACTS = 2;
/** `Slug: kirkuk-governor-vote`: group 1 the label, group 2 the value. */
const LABELLED = /^(\p{Lu}[\p{L} ]{0,20}):\s+(\S.{0,80})$/u;
/** The labels of the facts an editing desk notes of a story it handles, in the languages of the archive's pages. */
const DESK_LABEL =
  /^(?:slug|desk|section|words|word count|length|status|editor|edited by|assigned to|deadline|budget|embargo|priority|version|rubrique|ressort|sección|sezione)$/i;
/** The facts' label whose value is the story's section. */
const SECTION_LABEL = /^(?:desk|section|rubrique|ressort|sección|sezione)$/i;

/**
 * The desk's facts at the lines `at`: a run of lines, one after the other with no blank between, each a labelled
 * value, every label a desk's (DESK_LABEL).
 */
function facts(lines: Line[], at: number[]): Line[] {
  const run: Line[] = [];
  for (const [k, i] of at.entries()) {
    const line = lines[i]!;
    const label = LABELLED.exec(line.text)?.[1];
    if (label === undefined || !DESK_LABEL.test(label) || (k > 0 && i !== at[k - 1]! + 1)) break;
    run.push(line);
  }
  return run;
}

/** The draft's status as the desk marks it, on top: `Draft — …`, `DO NOT PUBLISH`, `Embargoed until …`. */
const DRAFT_STATUS = /^(?:draft\b.{0,150}|.{0,150}\b(?:do not publish|not for publication|embargoed until)\b.{0,100})$/i;
/** The editing tool's note of the last edit: `Last edited by Dana Taib Menmy on 9 Dec 2026`, `Last modified: …`. */
const LAST_EDIT = /^last (?:edited|edit|modified|saved|updated)(?: by [^.!?]{1,60}?)?(?: (?:on|at)|:)? [^.!?]{1,40}$/i;

/**
 * An editor's comment on the draft, a line of its own in square brackets: labelled (`[Comment: …]`, `[Reply: …]`,
 * `[Suggestion: …]`, `[Note: …]`, `[Query: …]`) or asking for a check (`[Caption needs checking — is this 2024 pic?]`).
 */
const EDITORS_COMMENT =
  /^\[(?:(?:comment|reply|suggestion|query|note to (?:desk|editors?|subs)|editor(?:'|’)?s? comment|resolved)\s*:[^\]]*|[^\]]*\b(?:needs? (?:checking|confirming|a check)|to (?:check|confirm|verify))\b[^\]]*)\]$/i;

/** How far up from the draft's foot its notes for the web desk may start, in lines with text. */
const MOST_NOTES_LINES = 10;
/** The label of the notes for the web desk: `Notes for web:`, `Web notes:`, `Online:`. */
const NOTES_LABEL = /^(?:notes? for (?:the )?(?:web|online|digital|subs|editors?|production)|(?:web|online|digital|seo) notes?):?$/i;
/** A note's line: `SEO title: Kirkuk governor vote: …`. */
const NOTE = /^\p{Lu}[\p{L} ]{0,20}:\s+\S.{0,300}$/u;
/** A rule between the text and the notes below it. */
const RULE = /^(?:-{3,}|_{3,}|\*{3,})$/;

/**
 * The notes for the web desk at the draft's foot: their label (NOTES_LABEL), with the rule above it, and the labelled
 * lines below it to the end (`SEO title: …`, `Tags: …`, `Related: …`).
 */
function notesAtFoot(lines: Line[]): MetadataBlock["lines"] {
  const foot = nonEmptyFrom(lines).slice(-MOST_NOTES_LINES);
  const labelAt = foot.findIndex((i) => NOTES_LABEL.test(lines[i]!.text));
  if (labelAt === -1 || !foot.slice(labelAt + 1).every((i) => NOTE.test(lines[i]!.text))) return [];
  const ruled = labelAt > 0 && RULE.test(lines[foot[labelAt - 1]!]!.text);
  return foot.slice(ruled ? labelAt - 1 : labelAt).map((i) => ({ line: lines[i]!, reason: NOTES_FOR_WEB }));
}

const STATUS = "the draft's status, as the desk marks it, not article text";
const LAST_EDIT_NOTE = "the editing tool's note of the draft's last edit, not article text";
const DESK_FACTS = "the draft's facts for the desk (slug, length, status), not article text";
const COMMENT = "an editor's comment on the draft, not article text";
const NOTES_FOR_WEB = "the draft's notes for the web desk (its web title, tags, links), not article text";
