import { readCaption } from "./captions.ts";
import { spacesHighMarks, tidySpacing } from "./normalize.ts";
import { CAST_LINE, CLOCK_TIME_LINE, LIST_BOX_LABEL } from "./patterns.ts";
import { splitGluedSentences } from "./reflow.ts";
import { headsItsColumns } from "./tables.ts";
import { blockText, SENTENCE_END, wordCount, type Block, type Line } from "./segment.ts";

export type BodyPart =
  | { kind: "paragraph"; text: string }
  | { kind: "subhead"; text: string }
  /** a photo's caption; empty where the page printed the photo's credit alone (`Photo: Safin Hamed/AFP`) */
  | { kind: "figure"; caption: string; credit?: string }
  /** a social post embedded in the article, with its credit (`Iraq Live (@IraqLive) August 29, 2022`) */
  | { kind: "quote"; text: string; cite: string }
  /** a rule between parts of the article (`* * *`, `___`, `---`) */
  | { kind: "break" }
  /** a list's items; `start`, a numbered list's first number */
  | { kind: "list"; items: string[]; start?: number }
  /** a table's rows of cells, the first its columns' headings */
  | { kind: "table"; rows: string[][] };

/** A subhead is a phrase, a few words (boilerplate.ts reads a section below a comment counter by it too). */
export const MOST_SUBHEAD_WORDS = 10;
/** A sentence, then its source in brackets: `… kills three patients. (Al Jazeera)`, `… on border security. (AP)`. */
const SOURCE_AFTER_SENTENCE = /[.!?]["”’]?\s+\(\p{Lu}[^()]{1,40}\)$/u;
const FEWEST_CITED_ITEMS = 3;

/**
 * A page of news items each ending on its source in brackets after its full stop (Wikipedia's current events: `…
 * Saladin Governorate. (Shafaq News)`, `… near Kobani. (Reuters)`), some of the sources no photo agency a caption
 * credits: the page cites each item's source, and an item that names an agency there is no photo's caption either.
 */
function citesItsItemsSources(texts: string[]): boolean {
  const cited = texts.filter((text) => SOURCE_AFTER_SENTENCE.test(text));
  return cited.length >= FEWEST_CITED_ITEMS && cited.some((text) => readCaption(text) === undefined);
}

/** A year alone above article text heads a timeline's part (`2003`), however short the part. */
const YEAR_LINE = /^(?:1[89]|2\d)\d\d$/;
/**
 * `Notes`, `References`: the heading of the article's notes or sources at its end, however short each line below it
 * (`International Energy Agency, Oil Market Report, November 2026.`).
 */
const NOTES_HEADING =
  /^(?:notes|footnotes|endnotes|references|sources|bibliography|further reading|works cited|références|quellen|anmerkungen|referencias|fuentes|riferimenti|fonti|referências|fontes|bronnen|примечания|источники|المراجع|المصادر|الهوامش)$/iu;
const FEWEST_QUESTION_HEADINGS = 2;
/** A line of one mark three times or more, `* * *`, `___`, `---`: a rule between parts of the article. */
const RULE_LINE = /^([-*_=~•·])(?: ?\1){2,}$/;
/** Above the lead, a line of more words than this that reads as a sentence is a caption (readsAsASentence). */
const MOST_WORDS_OF_A_HEADING_ABOVE_THE_LEAD = 5;

/**
 * Tells the article's paragraphs, subheads, lists, tables, photo captions and embedded posts apart (where the text says
 * which lines are headings, captions, list items, table rows and posts, `Line.kind`, it is taken at its word). A time of day
 * alone above article text is a live page's entry: it heads the entry, with the entry's own heading when it has one
 * (`10:32 GMT – Barrier holds`), as a year alone heads a timeline's part and an explainer's questions their answers.
 * Above the lead, a line that would be a subhead but reads as a sentence is a caption (readsAsASentence). A line of
 * `* * *` or `___` is a rule between parts, as the writer set it.
 */
export function readBody(blocks: Block[]): BodyPart[] {
  const written = blocks.map(blockText);
  // French's space before `?` and `:`, where the text sets it; a scrape's stray one elsewhere.
  const spacedMarks = spacesHighMarks(written);
  const tidy = (text: string) => tidySpacing(text, spacedMarks);
  const texts = written.map(tidy);
  const spoken = spokenLines(texts);
  const asksItsParts = texts.filter((text, i) => !spoken[i] && isQuestionHeading(text, texts[i + 1])).length >= FEWEST_QUESTION_HEADINGS;
  const citesSources = citesItsItemsSources(texts);
  // `Needs:` above its list, below the lead: the list's heading, without its colon; and a heading right above one
  // (`Water, Sanitation and Hygiene`) is one too.
  const labelsAList = texts.map((text, i) => blocks[i + 1]?.[0]!.kind === "item" && !blocks[i]![0]!.kind && LIST_HEADING.test(text));
  const headsALabel = texts.map((text, i) => labelsAList[i + 1] === true && !labelsAList[i] && isShortHeading(text));
  const signatures = letterSignatures(texts);
  const parts: BodyPart[] = [];
  let aboveTheLead = true;
  texts.forEach((text, i) => {
    // Above the lead, a box's label (`Key points:`) stays as the page printed it.
    if (!aboveTheLead && (labelsAList[i] || headsALabel[i])) {
      parts.push({ kind: "subhead", text: text.replace(/\s*:$/, "") });
      return;
    }
    const { kind, number, credit } = blocks[i]![0]!;
    const cited = citesSources && SOURCE_AFTER_SENTENCE.test(text);
    const caption = kind === "caption" ? { caption: text, ...(credit && { credit }) } : cited ? undefined : readCaption(text);
    const opened = openedBold(text, texts[i + 1]);
    // A time alone above a speaker's words is the hour a transcript's talk began (`1:38 p.m. EDT`), no live entry's.
    const talk = spoken[i] || (CLOCK_TIME_LINE.test(text) && spoken[i + 1] === true);
    const heading =
      kind === "heading" ||
      // A box's label (`Summary`, Sky News Arabia's `ملخص`) heads its points, in a script without capitals too.
      ((CLOCK_TIME_LINE.test(text) || YEAR_LINE.test(text) || NOTES_HEADING.test(text) || LIST_BOX_LABEL.test(text)) &&
        i + 1 < texts.length) ||
      isEntryTitle(text, texts[i - 1], texts[i + 1]) ||
      (asksItsParts && isQuestionHeading(text, texts[i + 1]));
    if (kind === "row") {
      const rows = blocks[i]!.map((line) => line.cells!.map(tidy));
      // A box of labels and values (`Target` / `100 million seedlings`) heads no columns: its lines are a list's, as a
      // fact box's `Label: value` lines are (lists.ts).
      const labelled = rows[0]!.length === 2 && !headsItsColumns(rows);
      parts.push(labelled ? { kind: "list", items: rows.map(([label, value]) => `${label}: ${value}`) } : { kind: "table", rows });
    } else if (kind === "item") {
      parts.push({ kind: "list", items: blocks[i]!.map((line) => tidy(line.text)), ...(number !== undefined && { start: number }) });
    } else if (kind === "post") {
      parts.push({ kind: "quote", text, cite: credit! });
    } else if (RULE_LINE.test(text)) {
      parts.push({ kind: "break" });
    } else if (kind === "credit") {
      parts.push({ kind: "figure", caption: "", credit: text });
    } else if (caption) {
      parts.push({ kind: "figure", ...caption });
    } else if (opened !== undefined) {
      parts.push({ kind: "subhead", text: opened });
    } else if (signatures[i] || kind === "signature") {
      parts.push({ kind: "paragraph", text });
    } else if (
      !talk &&
      (heading ||
        isSubhead(text, texts[i + 1]) ||
        isSectionOverSubhead(text, texts[i + 1], texts[i + 2]) ||
        isCapitalsHeading(text, texts[i - 1], texts[i + 1], blocks[i - 1]?.[0]!.kind))
    ) {
      parts.push(!heading && aboveTheLead && readsAsASentence(text) ? { kind: "figure", caption: text } : { kind: "subhead", text });
    } else {
      parts.push(...splitGluedSentences(text).map((part): BodyPart => ({ kind: "paragraph", text: part })));
      aboveTheLead = false;
    }
  });
  const entries: BodyPart[] = [];
  for (const part of parts) {
    const time = entryTime(entries.at(-1));
    if (time && part.kind === "subhead" && !entryTime(part)) {
      entries[entries.length - 1] = { kind: "subhead", text: `${time.text} – ${part.text}` };
    } else {
      entries.push(part);
    }
  }
  return entries;
}

/**
 * The lines of a transcript's talk, each opening on its speaker's label (`QUESTION: Different topic?`, `MS BRUCE:
 * Yes.`, `Renad Mansour: And the Kurds?`): a label of a few capitalised words and a colon that opens two lines or more,
 * as a speaker speaks more than once. However short, such a line is speech, not a heading; a heading's own colon
 * (`Iraq: what next`) opens no other line.
 */
function spokenLines(texts: string[]): boolean[] {
  const labels = texts.map((text) => SPEAKER_LABEL.exec(text)?.[1]);
  const counts = new Map<string, number>();
  for (const label of labels) if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  return labels.map((label) => label !== undefined && counts.get(label)! >= FEWEST_LINES_OF_A_SPEAKER);
}

/** A speaker's label: up to four capitalised words (`MS BRUCE`, `Renad Mansour`, `Dr. Hassan`), a colon, words. */
const SPEAKER_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}):\s+\S/u;
const FEWEST_LINES_OF_A_SPEAKER = 2;

/**
 * The line right below a live entry's time, ending no sentence, the entry's longer text below it: the entry's title,
 * however long a headline runs (`US officials say drones launched from Iraq targeted Erbil air base housing coalition
 * troops`) or if it ends on a quote (`… Baghdad "will not be a launchpad"`).
 */
function isEntryTitle(text: string, above: string | undefined, next: string | undefined): boolean {
  return (
    above !== undefined &&
    CLOCK_TIME_LINE.test(above) &&
    next !== undefined &&
    wordCount(text) <= MOST_ENTRY_TITLE_WORDS &&
    wordCount(next) > wordCount(text) &&
    /^[\p{Lu}\p{N}"“‘']/u.test(text) &&
    !/(?:[.!?…]["”’')\]]?|[,;:])$/.test(text)
  );
}

/** A live entry's title is a headline's length. */
const MOST_ENTRY_TITLE_WORDS = 20;

/** A subhead that is only a time of day: a live page's entry. */
function entryTime(part: BodyPart | undefined): Extract<BodyPart, { kind: "subhead" }> | undefined {
  return part?.kind === "subhead" && CLOCK_TIME_LINE.test(part.text) ? part : undefined;
}

/**
 * Six words or more, half of them in small letters: a sentence (`The al-Hadba minaret was destroyed by IS fighters in
 * 2017`), not a heading's few words, nor one that asks (`What the bridge means for the town`). Above the lead such a
 * line is a photo's caption left without its credit (the BBC prints none), for an article does not open on a subhead.
 */
function readsAsASentence(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length > MOST_WORDS_OF_A_HEADING_ABOVE_THE_LEAD &&
    words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 >= words.length &&
    !/^(?:What|Why|How|Who|When|Where|Which)\b/.test(text)
  );
}

/**
 * A short question alone, the longer answer below it (`What is causing the shortage?`): an explainer's heading, when
 * the article asks two or more so; one alone may be a paragraph of its own (`So what went wrong?`).
 */
function isQuestionHeading(text: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    !INTERVIEW_QUESTION.test(text) &&
    wordCount(text) <= MOST_SUBHEAD_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    /[?؟]$/.test(text) &&
    !/[?؟]["”’']?$/.test(next) &&
    wordCount(next) > wordCount(text)
  );
}

/**
 * `Q: How bad is it this year?`: an interviewer's question, a paragraph of the interview, as its answer is, however
 * short (`Q: What can ordinary people do? – Anonymous, Zakho`).
 */
const INTERVIEW_QUESTION = /^(?:Q|Question)\s*[:.–—-]\s/u;

/**
 * `**Iraq`, `**Questions and Answers`: a subhead the UN's briefings print with the bold mark that opens it and none
 * that closes it, as their text keeps it; the subhead, without the mark.
 */
function openedBold(text: string, next: string | undefined): string | undefined {
  const opened = /^\*\*(?=[^\s*])([^*]+)$/u.exec(text)?.[1];
  return opened !== undefined && isSubhead(opened, next) ? opened : undefined;
}

/**
 * The signatures on a letters page, as the Guardian prints its readers' letters one below the other, each after the
 * first opening on a bullet (`• As a former British army officer …`): the short lines between a letter's text and the
 * next letter's bullet (`Dr Hana Abdulrahman` / `Cardiff`), and as many below the last letter. A signature ends the
 * letter above it; a subhead would head the text below.
 */
function letterSignatures(texts: string[]): boolean[] {
  const signed = texts.map(() => false);
  const opensLetter = texts.map((text) => LETTER_BULLET.test(text));
  if (opensLetter.filter(Boolean).length < FEWEST_BULLETED_LETTERS) return signed;
  let signatureLines = 0;
  opensLetter.forEach((opens, i) => {
    if (!opens) return;
    let run = 0;
    while (run < MOST_SIGNATURE_LINES && i - run - 1 >= 0 && isShortHeading(texts[i - run - 1]!)) run++;
    const letterAbove = texts[i - run - 1];
    if (run === 0 || letterAbove === undefined || !SENTENCE_END.test(letterAbove)) return;
    for (let k = i - run; k < i; k++) signed[k] = true;
    signatureLines = run;
  });
  const last = opensLetter.lastIndexOf(true);
  for (let k = last + 1; k <= last + signatureLines && k < texts.length && isShortHeading(texts[k]!); k++) signed[k] = true;
  return signed;
}

/** The mark a letters page opens each letter after the first on. */
const LETTER_BULLET = /^• \p{Lu}/u;
const FEWEST_BULLETED_LETTERS = 2;
/** A signature's lines: the writer's name, their town or their role, and where they hold it. */
export const MOST_SIGNATURE_LINES = 3;

/**
 * A subhead is a short capitalised line without closing punctuation, with the article going on below it; not an
 * interviewer's question nor a transcript's cast line, which are the text's paragraphs, however short.
 */
function isSubhead(text: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    wordCount(text) <= MOST_SUBHEAD_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[.,;:!?…"”’')\]]$/.test(text) &&
    wordCount(next) > MOST_SUBHEAD_WORDS &&
    !INTERVIEW_QUESTION.test(text) &&
    !CAST_LINE.test(text)
  );
}

/**
 * A line in capitals below a paragraph, ending on no mark, with more text below it (Amnesty's `TAKE ACTION: WRITE AN
 * APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER` above the letter's address, as its `ADDITIONAL INFORMATION` above
 * a paragraph): a heading, its style kept by the copy in its capitals, however many its words or few the next line's.
 * No paragraph is set in capitals; a shouted sentence ends on its mark.
 */
function isCapitalsHeading(text: string, above: string | undefined, below: string | undefined, aboveKind: Line["kind"]): boolean {
  if (above === undefined || below === undefined || /\p{Ll}/u.test(text) || !/^\p{Lu}/u.test(text)) return false;
  const words = wordCount(text);
  // A table or a list above it ends its part as a paragraph's full stop does (a report's `HUMANITARIAN RESPONSE`
  // below its table of figures).
  const partEnds = SENTENCE_END.test(above) || aboveKind === "row" || aboveKind === "item";
  return words >= 2 && words <= MOST_CAPITALS_HEADING_WORDS && !/[.,;:!?…"”’')\]]$/.test(text) && partEnds;
}

/**
 * A list's label of a word or a few, capitalised, ending on a colon (`Needs:`, `Response:`, `Key risks:`): the
 * heading of the list below it, as a report sets one part of its section apart from the next, French's space before
 * its colon or not (`Partager :`). A longer label (`For further information, please contact:`) is a sentence that
 * introduces its list.
 */
const LIST_HEADING = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2} ?:$/u;

/** A short capitalised line ending on no mark: a heading's shape. */
function isShortHeading(text: string): boolean {
  return wordCount(text) <= MOST_SUBHEAD_WORDS && /^[\p{Lu}\p{N}]/u.test(text) && !/[.,;:!?…"”’')\]]$/.test(text);
}

/** A heading in capitals is a line, a sentence's length at most. */
const MOST_CAPITALS_HEADING_WORDS = 20;

/**
 * A part's heading right above its first subsection's (a wiki's `Armed conflicts and attacks` / `Iraq insurgency` /
 * the text): a subhead too, though no article text follows it directly.
 */
function isSectionOverSubhead(text: string, next: string | undefined, afterNext: string | undefined): boolean {
  return next !== undefined && isSubhead(text, afterNext) && isSubhead(next, afterNext);
}
