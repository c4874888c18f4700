import type { RemovedLine } from "../article.ts";
import { creditName } from "./boilerplate.ts";
import { isCaption } from "./captions.ts";
import { isCityName } from "./city-names.ts";
import { COUNTRY_NAMES } from "./countries.ts";
import { isOtherWeekdayName, morePrecise, PLACE_DASH_DATE, readDateLine, RELATIVE_DATE_LINE, UPDATE_WORDS, type PublicationDate } from "./dates.ts";
import { FIRST_NAME_TAGS, isKnownPlace, isVerbForm, lexiconTags, mayBeNamesWord, mayBePlaceName } from "./lexicon.ts";
import { isMarkedItem } from "./lists.ts";
import { lowerCased, unshouted } from "./normalize.ts";
import {
  ARTICLE_KIND_BEFORE_LEAD,
  BRACKETED_WIRE_VERSION,
  KICKER_LABEL,
  AGENCY_DESK,
  CREDIT_LABEL_WORDS,
  BARE_NAME,
  BYLINE,
  placeInByline,
  PLACE_COLON_WRITER,
  BYLINE_OUTLET,
  BYLINE_ROLE,
  CLOCK_TIME_LINE,
  DATELINE_ATTRIBUTION,
  DATELINE_LINE,
  EDITORS_NOTE,
  FUNCTION_WORDS,
  LIST_BOX_LABEL,
  NAME_IN_PLACE,
  NAME_WITH_ROLE,
  ORGANIZATION_HEAD,
  OUTLET_AND_DASH_LINE,
  OUTLET_NAME,
  PHOTO_WIRE_AGENCY,
  PIECE_KIND,
  WIRE_AGENCY,
  eitherCaseFirst,
  NAME_PARTICLES,
  namesAgency,
  outletOf,
} from "./patterns.ts";
import { blockText, endsOnFunctionWord, hasRoomFor, NARROWEST_WRAP, STARTS_LOWER_CASE, UNSPACED_LETTERS, widestLine, wordCount, type Block, type Line } from "./segment.ts";
import { ADDRESS_ON_TOP, LABEL_AGAIN, opensOnDateline, RELEASE_NUMBER_REASON, sameLetters } from "./source.ts";
import { paragraphNumber } from "./summary.ts";
import { isArticleAddress, WEB_ADDRESS } from "./web-address.ts";

export interface Header {
  title?: string;
  section?: string;
  author?: string;
  published?: PublicationDate;
  /** the agency or outlet named in a dateline attribution such as `(Hatha al-Youm | Iraq News)-` */
  agency?: string;
  /** the outlet (and place) printed below the byline (`BBC News, Basra`), or in its stead by a date line (`Rudaw`) */
  outlet?: { name: string; place?: string };
  /** the places the byline says the writer filed from: `Sinan Mahmoud, Baghdad`, or `Reporting from …` below it */
  filedFrom?: string[];
  /** the page's address a copy prints below the headline (`https://www.nytimes.com/2026/12/02/world/…`) */
  url?: string;
  /** the standfirst: the sentence or two between the headline and the byline or date that sums the article up */
  standfirst?: string;
  /** the header lines, each recorded with what it became */
  removed: RemovedLine[];
  /** the blocks after the header: the article */
  body: Block[];
}

const MOST_HEADLINE_WORDS = 20;
const MOST_KICKER_WORDS = 4;
const MOST_MENU_ITEM_WORDS = 2;
const MOST_BYLINE_TAIL_WORDS = 5;
const MOST_OUTLET_WORDS = 3;
/**
 * A byline's "By" alone on its line, the name below it (`By` / `MEE staff`, France 24's `Text by:` / `NEWS WIRES`,
 * `Texte par :` / a writer's name; above the outlet's own name, `RFI`, boilerplate.ts reads it as the source).
 */
const BY_ALONE = /^(?:[Bb]y|[Pp]ar|[Pp]or|[Dd]oor|[Vv]on|(?:[Tt]ext|[Ww]ords|[Ww]ritten|[Ss]tory) by:?|[Tt]exte par ?:?|(?:[Aa]uthor|AUTHOR)s?:)$/;
/**
 * The labels the BBC prints for screen readers above its writer's name and role (`Author,` / `Role,`), in English and
 * in Urdu (`مصنف,` / `عہدہ,`), with a Latin comma or an Arabic one.
 */
const AUTHOR_LABEL = /^(?:Author|مصنف)[,،]$/u;
const ROLE_LABEL = /^(?:Role|عہدہ)[,،]$/u;
const WRITER_LABEL = "a label for screen readers above the writer's name or role";
/** A writer's name under its label: a few words, no sentence. */
const MOST_LABELLED_NAME_WORDS = 5;
/** The role under its label: a few words, an outlet's and a city's in Urdu six (`بی بی سی اردو، اسلام آباد`). */
const MOST_LABELLED_ROLE_WORDS = 8;
/** The lines a name was read from as the byline though no "By" said so, and whether they gave the outlet and place. */
interface GuessedByline {
  lines: number[];
  outlet: boolean;
  place: boolean;
}

/** A site's name of one word in lower case, as some logos print it (`tagesschau`, `derstandard`), a full stop and all (`euronews.`). */
const WORDMARK = /^\p{Ll}{3,20}\.?$/u;
/**
 * A site's name that opens in small letters, of a hyphen or more words, as some logos print it (`dpa international`,
 * `n-tv`, `bne IntelliNews`): read as one only above the site's menu, as a line of text may open so too.
 */
const SMALL_LETTERS_NAME = /^\p{Ll}+(?:-\p{Ll}+)?(?: \p{L}+){0,2}$/u;
/** A publication date's label alone on its line, the date below it. */
const DATE_LABEL_ALONE = /^(?:(?:originally )?published|posted|date|publié|mis en ligne)(?: on| le)?\s?:?$/i;
/**
 * A label of the facts some pages list about the article, each alone on its line above its value: what kind of
 * document it is, its source, its dates, its country, its language, its theme.
 */
const FACT_LABEL = new RegExp(
  `^(?:(?:content |document |report )?(?:format|type)|category|publisher|origin|(?:primary |other )?country|region|language|themes?|disaster type|${CREDIT_LABEL_WORDS}|${DATE_LABEL_ALONE.source.slice(1, -1)})$`,
  "iu",
);
const SOURCE_LABEL = new RegExp(`^(?:${CREDIT_LABEL_WORDS}|publisher):?$`, "iu");
/** A fact's value: a few words, no sentence. */
const MOST_FACT_VALUE_WORDS = 8;
/** A list of facts holds two or more, and a handful at most is read. */
const FEWEST_FACTS = 2;
const MOST_FACT_LINES = 2 * 10;
const FACTS = "the page's facts about the article, a label above each value";
/** A name and the bar after it alone on a line, the date below it, as Anadolu prints them: `Haydar Karaalp   |`. */
const NAME_BEFORE_BAR = /^[^|·]{2,60}?\s*[|·]$/u;
/** A line that the date line below it goes on from: a date's label (DATE_LABEL_ALONE) or a name (NAME_BEFORE_BAR). */
const goesOnToDate = (text: string) => DATE_LABEL_ALONE.test(text) || NAME_BEFORE_BAR.test(text);
/** `Photographs by Zaid al-Obeidi`, `Photos by …`, `Pictures by …`: who took a photo essay's pictures, on a line of its own. */
const PHOTOS_BY = /^(?:[Pp]hotograph(?:s|y)|[Pp]hotos?|[Pp]ictures|[Ii]mages) by:? \p{Lu}[^.!?]{1,60}$/u;
/** `From:` alone on its line, above who issued the page. */
const ISSUER_LABEL = /^(?:from|issued by):$/i;
/** Who issued a page, one or more joined by "and": group 1 the first. */
const ISSUERS = /^(\p{Lu}[^.!?]{1,80}?)(?: and \p{Lu}[^.!?]{1,80})?$/u;
/** The name a credit line in the header gives (`Source: Xinhua`): a name, not the rest of a sentence. */
const OUTLET_CREDIT = /^\p{Lu}\S*(?: \S+){0,5}$/u;

/** How the page's address below the headline is recorded; ingest.ts adds that it was kept as url when it was. */
export const PAGE_ADDRESS = "the page's web address, below the headline";

/** How a section label is recorded; ingest.ts records one that names the source as OUTLET_ABOVE_HEADLINE instead. */
export const SECTION_LABEL = "section label (kept as section)";
/** How a line of the site's menu above the headline is recorded. */
const MENU = "navigation or language menu";
export const OUTLET_ABOVE_HEADLINE = "the outlet's name above the headline (kept as source)";

/**
 * Reads the lines above the article the way an editor would: a section label, the headline (printed twice by some
 * sites), a standfirst, a byline (and the writer's role or outlet below it; or a byline without "By":
 * bylineWithoutBy), date lines, an attribution, a language menu. It stops at the first line that reads as article
 * text: a sentence, a photo caption, or a line that a broken scrape continues in lower case. A paragraph of its own
 * below the headline with a date line or byline right below it is the standfirst, not article text; so is a line
 * between the headline and a date line or byline read after it. A caption the text marks as one (`Line.kind`) is the
 * article's photo, wherever the site put it among the header's lines: it goes to the article, and the header reads
 * on past it. `boxedWriters` are the writers the page's box about them names (stripBoilerplate), if it has one.
 */
export function readHeader(printed: Block[], boxedWriters: string | undefined): Header {
  const blocks = leadBelowHeadline(printed);
  const header: Header = { removed: [], body: [] };
  const record = (line: Line, reason: string) => header.removed.push({ line: line.no, text: line.written ?? line.text, reason });
  const headlines: Line[][] = [];
  // Every date line's date, by line, and the update's (`Updated: Aug 12, 2023 9:45 am`) apart from the publication's.
  const dates = new Map<number, PublicationDate>();
  const updateLines = new Set<number>();
  let updated: PublicationDate | undefined;
  /** the lines of the date lines read in the header's run of lines, those that give no date too */
  const dateLines: number[] = [];

  /** the page's first line: the site's name, on many a copied page */
  const pageTop = blocks[0]?.[0];
  let blockIndex = 0;
  let lineIndex = 0;
  let group: { block: number; line: number } | undefined;
  /** the line read last, and the byline's, for the line some sites print below a byline */
  let previousLine: Line | undefined;
  let bylineLine: Line | undefined;
  /** lines read with a line above them (a byline's name below its "By"), in its block or the next */
  const read = new Set<Line>();
  /** Reads `below` with its label, the line read last, and a date line's or byline's: the header goes on below it. */
  const readWithLabel = (below: Line): Line => {
    lastDateOrByline = below.no;
    read.add(below);
    return (previousLine = below);
  };
  /**
   * A name read as the byline though no "By" said so (bylineWithoutBy), its lines and what they gave: a menu's label
   * above a date line reads so too (`Middle East` / `14 March 2023`), and a byline with its "By" read later overrules it.
   */
  let guessedByline: GuessedByline | undefined;
  const unreadGuessedByline = (guess: GuessedByline) => {
    for (const removed of header.removed) if (guess.lines.includes(removed.line)) removed.reason = MENU;
    if (guess.outlet) header.outlet = undefined;
    if (guess.place) header.filedFrom = undefined;
    header.author = undefined;
  };
  /**
   * `Ali Jewad |13.10.2022 - Update : 13.10.2022`, `By Omar Khalid | 14 May 2024`: the writer, then the date;
   * `Shafaq News · Oct 13, 2022 18:05`, as a feed reader prints it: the outlet, then the date. A writer's name after
   * its "By" before a comma too (L'Orient-Le Jour's `Par Caroline Hayek, le 06 décembre 2026 à 00h00`), where a place's
   * would read so without it (`Baghdad, 12 March 2023`); or a name alone right before the date (nameBeforeDate). The
   * reason the date line is recorded with, where a name before its bar or comma was read.
   */
  const readNameBeforeDate = (text: string): string | undefined => {
    const writer = /^([^|·]+?)\s*[|·]/u.exec(text)?.[1];
    const signed = writer === undefined && BY_WORD.test(text) ? /^([^,]+),/.exec(text)?.[1] : undefined;
    const name = writer ? (BYLINE.exec(writer)?.[1] ?? writer) : signed ? BYLINE.exec(signed)?.[1] : nameBeforeDate(text);
    if (name && !header.author && BARE_NAME.test(name) && !OUTLET_NAME.test(name)) {
      header.author = unshouted(name);
      return "byline and publication date line (kept as author and date)";
    }
    if (writer && !header.outlet && (OUTLET_NAME.test(writer) || WIRE_AGENCY.test(writer))) {
      header.outlet = { name: outletOf(writer) };
      return "the outlet's name and publication date line (kept as source and date)";
    }
    return undefined;
  };
  /**
   * the article's lines among the header's, read on past: captions the text marks as such (its photos), notes below
   * the headline that the story was updated, and a lead on a wire story's dateline above the agency's byline and date
   * line, as EFE prints it
   */
  const figures: Block[] = [];
  /** the last note below the headline that the story was updated (isUpdateNote) */
  let updateNote: Line | undefined;
  /** the number of the last date line or byline read: a line above it, below the headline, is still the header's */
  let lastDateOrByline = 0;
  /** The last date line read, its text as readDateLine read it: a time alone on the line below it is its time. */
  let lastDateLine: { no: number; text: string } | undefined;
  /** whether the page's first line was the site's address (`english.news.cn`), the labels below it the path to a section */
  let addressOnTop = false;
  /** the label of a date line that the menu above names too (`National 16:05 December 06, 2026`): the section's */
  let sectionOnDateLine: { section: string; line: number } | undefined;
  /** the page's title, as a wiki prints it above its tagline (Line.kind) */
  let wikiTitle: Line | undefined;
  /** Ends the header at the start of the open run of headline-like lines: it was the start of a paragraph. */
  const reopenGroup = () => {
    headlines.pop();
    blockIndex = group!.block;
    lineIndex = group!.line;
  };
  /** A run of headline-like lines that reads as a sentence (a wrapped lead) is not a headline either. */
  const closeGroup = (): boolean => {
    if (group && !isHeadline(headlines.at(-1)!)) {
      reopenGroup();
      return false;
    }
    group = undefined;
    return true;
  };
  scan: for (; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex]!;
    for (lineIndex = 0; lineIndex < block.length; lineIndex++) {
      const line = block[lineIndex]!;
      if (read.has(line)) continue;
      const next = block[lineIndex + 1] ?? blocks[blockIndex + 1]?.[0];
      // An editors' note the page prints above its headline (the Washington Post's `Editor’s note: This article
      // contains…`) is the article's, as a photo is: it goes to the article, and the header reads on past it.
      if (isFigure(line) || (headlines.length > 0 && isCaption(line.text)) || EDITORS_NOTE.test(line.text)) {
        figures.push([line]);
        continue;
      }
      // So are notes right below the headline, one a line, that the story was updated and how (Al Jazeera's `Update 2:
      // Israel’s military says…`, `This story has been updated with a new death toll…`).
      const belowHeadline = previousLine !== undefined && previousLine === headlines.at(-1)?.at(-1) && !isMenuLabel(headlines.at(-1)!);
      if ((belowHeadline || (previousLine !== undefined && previousLine === updateNote)) && isUpdateNote(line.text)) {
        if (!closeGroup()) break scan;
        figures.push([line]);
        previousLine = updateNote = line;
        continue;
      }
      // A photo's caption below the headline with its credit on the line below, a news agency's name alone (NOS's `Een
      // Yezidische vrouw bij een herdenking in Sinjar` / `AFP`): the photo's, as a caption that ends on its credit is.
      const creditBelow = block[lineIndex + 1] ?? (next?.no === line.no + 1 ? next : undefined);
      if (belowHeadline && creditBelow && PHOTO_WIRE_AGENCY.test(creditBelow.text) && !isDatedOrSigned(line.text)) {
        if (!closeGroup()) break scan;
        figures.push([line]);
        record(creditBelow, "a photo's credit, below its caption");
        read.add(creditBelow);
        previousLine = creditBelow;
        continue;
      }
      // `Photographs by Zaid al-Obeidi` above a photo essay's `Text by Sara Mendes`: who took its pictures, not who
      // wrote it; the header reads on past it to the byline and date line.
      if (headlines.length > 0 && PHOTOS_BY.test(line.text)) {
        if (!closeGroup()) break scan;
        record(line, "the photographs' credit, below the headline: who took them, not who wrote the text");
        previousLine = line;
        continue;
      }
      // A box of the article's summary below the headline and its standfirst, above the byline (Independent Arabia's
      // `ملخص` above a paragraph, then the writer and the date): no second standfirst but the article's text, which the
      // header reads on past, as it does a photo; its label no text of the article's. Without a standfirst above it,
      // its paragraph is the standfirst.
      const standfirstAbove = headlines.length >= 2 && headlines.slice(-2).every((group) => !isMenuLabel(group));
      const boxText = standfirstAbove && LIST_BOX_LABEL.test(line.text) ? linesAfter(blocks, blockIndex, lineIndex, 2) : [];
      if (boxText.length === 2 && boxText[0]!.no === line.no + 1 && !isDatedOrSigned(boxText[0]!.text) && isDatedOrSigned(boxText[1]!.text)) {
        if (!closeGroup()) break scan;
        record(line, "the label of a box of the article's summary, below the headline");
        figures.push([boxText[0]!]);
        read.add(boxText[0]!);
        previousLine = boxText[0];
        continue;
      }
      // A caption a scrape wrapped, its credit on its last line: the block as a whole is the photo's.
      if (headlines.length > 0 && lineIndex === 0 && block.length > 1 && isCaption(blockText(block))) {
        figures.push(block);
        lineIndex = block.length;
        continue;
      }
      // A wiki's title, above its tagline (boilerplate.ts): the headline, whatever its shape; what is above it the
      // site's menus. A wiki's page has no byline nor standfirst: the header reads on past its date lines and tools,
      // and the article starts at the first line after it that reads as text or as a heading of its own.
      if (line.kind === "title") {
        for (const above of headlines.flat()) record(above, MENU);
        headlines.length = 0;
        group = undefined;
        header.title = line.text;
        wikiTitle = line;
        previousLine = line;
        record(line, "headline (kept as title)");
        continue;
      }
      const afterByline = bylineLine !== undefined && previousLine === bylineLine;
      const afterDateOrByline = previousLine !== undefined && previousLine.no === lastDateOrByline;
      previousLine = line;
      // Rudaw's `07-12-2026` / `12:34`: a time of day alone right below a date line that gave none is that date's. A
      // live page's first entry's time may stand there too (`11:58 pm` above its title): the entries below have theirs.
      const timeOfDate =
        lastDateLine?.no === line.no - 1 &&
        dates.get(lastDateLine.no)?.time === undefined &&
        CLOCK_TIME_LINE.test(line.text) &&
        !timeAloneBelow(blocks, blockIndex, lineIndex)
          ? readDateLine(`${lastDateLine.text} ${line.text}`)
          : undefined;
      if (timeOfDate?.time !== undefined) {
        if (!closeGroup()) break scan;
        dates.set(lastDateLine!.no, timeOfDate);
        if (updateLines.has(lastDateLine!.no)) updated = morePrecise(updated, timeOfDate);
        else header.published = morePrecise(header.published, timeOfDate);
        lastDateOrByline = line.no;
        record(line, "the time of the date line above it (kept as date)");
        continue;
      }
      // `By Jane Arraf` / `and Falih Hassan`: a copy broke the byline before its last writer's name.
      const lastWriter = afterByline ? /^(?:and|&) (.+)$/.exec(line.text)?.[1] : undefined;
      const writer = lastWriter && BYLINE.exec(`By ${lastWriter}`)?.[1];
      if (writer && header.author) {
        header.author = `${header.author} and ${unshouted(writer)}`;
        bylineLine = line;
        lastDateOrByline = line.no;
        record(line, "byline (kept as author)");
        continue;
      }
      // `CNN —` below the byline: the lead's dateline, its outlet the source.
      const datelineOutlet = afterByline ? OUTLET_AND_DASH_LINE.exec(line.text)?.[1] : undefined;
      if (datelineOutlet) {
        header.outlet ??= { name: datelineOutlet };
        record(line, "dateline: the outlet (kept as source)");
        continue;
      }
      // `ŞENGAL` between ANF's standfirst and its writer's name: the place the story was filed from, in capitals on a
      // line of its own above the byline or date line.
      if (header.standfirst !== undefined && isPlaceAboveDateOrByline(blocks, blockIndex, lineIndex, pageTop)) {
        header.filedFrom ??= [unshouted(line.text)];
        record(line, "dateline: where the story was filed, above the byline (kept as places)");
        continue;
      }
      if (afterByline && header.author !== undefined && isNoteOnWriter(line.text, header.author)) {
        record(line, "a note about the writer, below the byline");
        continue;
      }
      const filedFrom = afterByline ? (REPORTING_FROM.exec(line.text)?.[1] ?? placeInCountry(line.text)) : undefined;
      // A credit line below the byline (tvn24's `Źródło: PAP, tvn24.pl`) names the source, read below as above it.
      // (`Role,` above the role is read with it, below.)
      const tail = filedFrom !== undefined || (isBylineTail(line.text) && !ROLE_LABEL.test(line.text));
      if (afterByline && tail && creditName(line.text) === undefined) {
        const outlet = filedFrom === undefined ? BYLINE_OUTLET.exec(line.text) : null;
        if (outlet) header.outlet = { name: outlet[1]!.trim(), place: outlet[2]!.trim() };
        if (filedFrom) header.filedFrom = filedFrom.split(/,? and |, /);
        if (guessedByline && bylineLine!.no === guessedByline.lines[0]) {
          guessedByline.lines.push(line.no);
          guessedByline.outlet ||= outlet !== null;
          guessedByline.place ||= filedFrom !== undefined;
        }
        record(line, filedFrom ? "the byline's place (kept as places)" : "the byline's role, outlet or place");
        continue;
      }
      // A line a scrape wrapped off the headline's line above it is the headline's, whatever it looks like.
      // The site's name on the page's first line, printed again below the headline (`Kurdistan24`), is no part of it.
      const wrappedOff =
        group !== undefined &&
        !endsShortOf(headlines.at(-1)!.at(-1)!, line, block) &&
        !isStandfirstUnder(headlines.at(-1)!, line, block) &&
        line.text !== blocks[0]![0]!.text;
      const below = linesAfter(blocks, blockIndex, lineIndex, 2);
      // The line right below in the raw text, though a whole page's lines were cut into blocks of one (segment.ts).
      const nameBelow = block[lineIndex + 1] ?? (next?.no === line.no + 1 ? next : undefined);
      // `By` alone, the name on the next line, a blank line between them or not (`By` / `MEE staff`): one byline.
      const writerBelow = BY_ALONE.test(line.text) ? (nameBelow ?? next) : undefined;
      const splitByline = writerBelow ? BYLINE.exec(`${line.text} ${writerBelow.text}`) : null;
      if (splitByline && !header.author) {
        if (!closeGroup()) break scan;
        header.author = unshouted((splitByline[1] ?? splitByline[2])!);
        for (const each of [line, writerBelow!]) record(each, "byline (kept as author)");
        bylineLine = readWithLabel(writerBelow!);
        continue;
      }
      // The BBC's `Author,` / `Nafiseh Kohnavard` (BBC Urdu's `مصنف,` / `عمر دراز ننگیانہ`): a label for screen readers
      // above the writer's name, whatever its script.
      const labelledWriter = headlines.length > 0 && !header.author && AUTHOR_LABEL.test(line.text) ? nameBelow : undefined;
      if (labelledWriter && wordCount(labelledWriter.text) <= MOST_LABELLED_NAME_WORDS && !/[.!?؟۔:]$/u.test(labelledWriter.text)) {
        if (!closeGroup()) break scan;
        header.author = unshouted(labelledWriter.text);
        record(line, WRITER_LABEL);
        record(labelledWriter, "byline (kept as author)");
        bylineLine = readWithLabel(labelledWriter);
        continue;
      }
      // Below it, `Role,` / `BBC News, Basra` (`عہدہ,` / `بی بی سی اردو، اسلام آباد`): the label above the writer's role,
      // or the outlet and the place they wrote from, which the English page's line gives as such (BYLINE_OUTLET).
      const role = afterByline && ROLE_LABEL.test(line.text) ? nameBelow : undefined;
      if (role && wordCount(role.text) <= MOST_LABELLED_ROLE_WORDS) {
        const outlet = BYLINE_OUTLET.exec(role.text);
        if (outlet) header.outlet ??= { name: outlet[1]!.trim(), place: outlet[2]!.trim() };
        record(line, WRITER_LABEL);
        record(role, "the byline's role, outlet or place");
        bylineLine = readWithLabel(role);
        continue;
      }
      // Middle East Eye's `Par` / `Correspondant de MEE à Kirkouk, Irak`: a byline that names no writer, only their
      // role and where they are based, kept as places.
      const unnamed = writerBelow && !splitByline ? UNNAMED_WRITER.exec(writerBelow.text) : null;
      if (unnamed && headlines.length > 0) {
        if (!closeGroup()) break scan;
        // The place alone: its country follows in the page's language (`Irak`), which the text names as it spells it.
        header.filedFrom ??= [unnamed[1]!];
        for (const each of [line, writerBelow!]) record(each, "a byline that names no writer: their role and where they are based (kept as places)");
        bylineLine = readWithLabel(writerBelow!);
        continue;
      }
      // `By Hannah Whitlock in Jerusalem and Daniel Aharoni in Tel Aviv`: writers, each with where they wrote from.
      const placedWriters = !header.author && BY_WORD.test(line.text) ? writersInPlaces(line.text.replace(BY_WORD, "")) : undefined;
      if (placedWriters?.places.length) {
        if (!closeGroup()) break scan;
        header.author = placedWriters.name;
        header.filedFrom ??= placedWriters.places;
        bylineLine = line;
        lastDateOrByline = line.no;
        record(line, "byline and place (kept as author and place)");
        continue;
      }
      // GOV.UK's `Published` / `27 February 2023`: a date's label alone, the date on the line below it; or the writer
      // (Anadolu's `Haydar Karaalp   |` / `01.12.2026 - Güncelleme : 01.12.2026`).
      // A label the date's reader does not take with the date (`Publié le :`) is no part of the date line below it.
      const splitDate =
        goesOnToDate(line.text) && nameBelow
          ? (readDateLine(`${line.text} ${nameBelow.text}`) ?? (DATE_LABEL_ALONE.test(line.text) ? readDateLine(nameBelow.text) : undefined))
          : undefined;
      if (splitDate && headlines.length > 0) {
        if (!closeGroup()) break scan;
        header.published = morePrecise(header.published, splitDate);
        const named = readNameBeforeDate(`${line.text} ${nameBelow!.text}`);
        for (const each of [line, nameBelow!]) {
          dates.set(each.no, splitDate);
          record(each, named ?? "publication date line (kept as date)");
        }
        readWithLabel(nameBelow!);
        continue;
      }
      // Stars and Stripes' `By CHAD GARLAND | STARS AND STRIPES | Published: December 2, 2026`: byline, outlet and date.
      const signedAndDated = headlines.length > 0 && !header.author ? bylineOutletAndDate(line.text) : undefined;
      if (signedAndDated) {
        if (!closeGroup()) break scan;
        const { name, outlet, published } = signedAndDated;
        header.author = name;
        header.outlet ??= { name: outlet };
        header.published = morePrecise(header.published, published);
        dates.set(line.no, published);
        dateLines.push(line.no);
        bylineLine = line;
        lastDateOrByline = line.no;
        record(line, "byline, outlet and publication date line (kept as author, source and date)");
        continue;
      }
      // GOV.UK's `From:` / `Foreign, Commonwealth & Development Office and The Rt Hon …`: who issued it, the first the
      // source.
      const issuers = ISSUER_LABEL.test(line.text) && nameBelow && headlines.length > 0 ? ISSUERS.exec(nameBelow.text) : null;
      if (issuers) {
        if (!closeGroup()) break scan;
        header.outlet ??= { name: issuers[1]! };
        for (const each of [line, nameBelow!]) record(each, "who issued it (the first kept as source)");
        readWithLabel(nameBelow!);
        continue;
      }
      // ReliefWeb's `Format` / `Situation Report` / `Source` / `OCHA` / `Posted` / `28 Nov 2026`: the page's facts about
      // the article, each label above its value. The source's and the date's are read; none is the headline.
      const facts = headlines.length > 0 ? factsListed([line, ...linesAfter(blocks, blockIndex, lineIndex, MOST_FACT_LINES)]) : undefined;
      if (facts) {
        if (!closeGroup()) break scan;
        for (const [label, value] of facts) {
          const date = DATE_LABEL_ALONE.test(label.text) ? readDateLine(value.text) : undefined;
          const source = SOURCE_LABEL.test(label.text);
          if (date) header.published = morePrecise(header.published, date);
          if (source) header.outlet ??= { name: value.text };
          for (const each of [label, value]) {
            if (date) dates.set(each.no, date);
            record(each, date ? `${FACTS} (kept as date)` : source ? `${FACTS} (kept as source)` : `${FACTS}, not article text`);
          }
          readWithLabel(label);
          readWithLabel(value);
        }
        continue;
      }
      // `Source: Xinhua` above the headline too, below the site's menu: the credit, no label of the section's.
      const credited = creditName(line.text);
      if (credited !== undefined && OUTLET_CREDIT.test(credited)) {
        if (!closeGroup()) break scan;
        header.outlet ??= { name: credited };
        record(line, "credit line naming the publication (kept as source)");
        continue;
      }
      // `https://www.nytimes.com/2026/07/21/world/…` below the headline, as a copy of a page prints its address: no
      // line of the headline's, whatever its width.
      if (headlines.length > 0 && WEB_ADDRESS.test(line.text)) {
        if (!closeGroup()) break scan;
        if (isArticleAddress(line.text)) header.url ??= line.text;
        record(line, PAGE_ADDRESS);
        continue;
      }
      // `www.aljazeera.com` below the headline, as a read-it-later app prints the page's site: the outlet.
      const site = headlines.length > 0 && !header.outlet ? SITE_LINE.exec(line.text)?.[1] : undefined;
      if (site) {
        if (!closeGroup()) break scan;
        header.outlet = { name: site };
        record(line, SITE_KEPT);
        continue;
      }
      // `Redazione ANSA` (ANSA's): the outlet's newsroom signs it, as `By Al Jazeera Staff` does; the outlet the source.
      const newsroom = headlines.length > 0 && !wrappedOff && !header.author ? NEWSROOM_BYLINE.exec(line.text)?.[1] : undefined;
      if (newsroom) {
        if (!closeGroup()) break scan;
        header.outlet ??= { name: newsroom };
        bylineLine = line;
        lastDateOrByline = line.no;
        record(line, "byline naming the outlet's newsroom (kept as source)");
        continue;
      }
      // `السومرية نيوز/ البصرة` above the headline: the outlet the page's first line names, and the place. Printed
      // where the article begins, below labels alone: they are the menu's, none the section's right above a headline.
      const credit = headlines.length > 0 && !wrappedOff ? outletCredit(line.text, [pageTop?.text]) : undefined;
      if (credit) {
        if (!closeGroup()) break scan;
        if (headlines.every((group) => wordCount(blockText(group)) <= MOST_KICKER_WORDS)) {
          for (const above of headlines.flat()) record(above, MENU);
          headlines.length = 0;
        }
        readCredit(header, credit);
        record(line, OUTLET_CREDIT_REASON);
        continue;
      }
      // `Basra - Alsumaria News` by the date line: where the story was filed, and the outlet, as INA's `Baghdad-INA`.
      const [, place, outletAfter] = PLACE_DASH_OUTLET.exec(line.text) ?? [];
      const placedOutlet =
        headlines.length > 0 && !wrappedOff && outletAfter && mayBePlaceName(place!)
          ? outletNamed({ ...line, text: outletAfter }, below, afterDateOrByline, header.outlet?.name, pageTop)
          : undefined;
      if (placedOutlet) {
        if (!closeGroup()) break scan;
        header.outlet ??= { name: placedOutlet, place: place! };
        record(line, "the place the story was filed from and the outlet (kept as places and source)");
        continue;
      }
      const outletName = headlines.length > 0 && !wrappedOff ? outletNamed(line, below, afterDateOrByline, header.outlet?.name, pageTop) : undefined;
      if (outletName) {
        if (!closeGroup()) break scan;
        header.outlet ??= { name: outletName };
        record(line, BY_WORD.test(line.text) ? "byline naming the outlet (kept as source)" : "the outlet's name (kept as source)");
        continue;
      }
      const mayBeByline = headlines.length > 0 && !header.author && !wrappedOff;
      // A report's writers, one a line above its date (Chatham House's `Renad Mansour` / `Zainab Mehdi` / `Published …`).
      const stacked = mayBeByline ? writersStacked([line, ...linesAfter(blocks, blockIndex, lineIndex, MOST_STACKED_WRITERS)]) : undefined;
      if (stacked) {
        if (!closeGroup()) break scan;
        header.author = namesJoined(stacked.map((each) => unshouted(each.text)));
        stacked.forEach((each) => record(each, "byline (kept as author)"));
        stacked.slice(1).forEach(readWithLabel);
        bylineLine = stacked.at(-1);
        continue;
      }
      const bareByline = mayBeByline ? bylineWithoutBy(line, nameBelow, next, below[1]) : undefined;
      if (bareByline) {
        if (!closeGroup()) break scan;
        header.author = unshouted(bareByline.name);
        const { outlet, places } = bareByline;
        if (outlet) {
          // The outlet by its name (`Al Jazeera Staff`) over its site's address (`aljazeera.com`) read above it.
          const site = header.removed.find(({ reason }) => reason === SITE_KEPT);
          if (site && site.text !== outlet.name) site.reason = "the site's web address (the byline names the outlet)";
          header.outlet = outlet;
        }
        if (places) header.filedFrom = places;
        guessedByline = { lines: [line.no], outlet: outlet !== undefined, place: places !== undefined };
        bylineLine = line;
        lastDateOrByline = line.no;
        const withPlace = "byline, outlet and place (kept as author, source and place)";
        const alone = places ? "byline and place (kept as author and place)" : "byline (kept as author)";
        record(line, outlet ? (outlet.place ? withPlace : "byline and outlet (kept as author and source)") : alone);
        continue;
      }
      // `Jakub Kowalczyk` below the date lines, the photo between them or none (Rzeczpospolita's): a name alone right
      // after the date line the header read last is the writer's, with no date line below it.
      if (mayBeByline && afterDateOrByline && dateLines.includes(lastDateOrByline) && isNameAlone(line.text)) {
        if (!closeGroup()) break scan;
        header.author = unshouted(line.text);
        guessedByline = { lines: [line.no], outlet: false, place: false };
        bylineLine = line;
        lastDateOrByline = line.no;
        record(line, "byline below the date line (kept as author)");
        continue;
      }
      // Below a section's label, or below the site's motto with the standfirst below it (`Democracy Dies in Darkness` /
      // `Iraq’s marshes are drying up. Its people are leaving.` / the standfirst / the byline).
      const standfirstBelow = below[0] !== undefined && !isDatedOrSigned(below[0].text);
      const belowLabels =
        headlines.every(isLabelInTitleCase) ||
        (standfirstBelow && headlines.every((group) => isLabelInTitleCase(group) || isMotto(blockText(group))));
      if (!wrappedOff && belowLabels && isSentenceHeadline(block, lineIndex, below)) {
        if (!closeGroup()) break scan;
        headlines.push([line]);
        continue;
      }
      // `В мире, Ирак, Багдад, Турция` above RIA's headline: the page's tags, not its headline.
      if (!wrappedOff && isTagList(line.text)) {
        if (!closeGroup()) break scan;
        record(line, "the page's tags, above the headline");
        continue;
      }
      // `UA: 112/26 Index: MDE 13/0921/2026 Iran` below Amnesty's headline: the document's reference numbers, labelled,
      // header metadata, neither a standfirst nor a headline.
      if (!wrappedOff && headlines.length > 0 && DOCUMENT_REFERENCE.test(line.text)) {
        if (!closeGroup()) break scan;
        record(line, "the document's reference numbers, below the headline (header metadata, not article text)");
        continue;
      }
      // `english.news.cn` on the page's first line: the site's address as its logo prints it, above its menu; no
      // headline, nor a section's label.
      if (blockIndex === 0 && lineIndex === 0 && SITE_LINE.test(line.text)) {
        addressOnTop = true;
        record(line, ADDRESS_ON_TOP);
        continue;
      }
      // A headline's last word a scrape wrapped onto a line of its own goes on in lower case (`deal`).
      // A date line that opens on its weekday in small letters, as Polish writes it (`poniedziałek, 7 grudnia 2026`), is
      // none.
      const wrappedOn =
        wrappedOff && STARTS_LOWER_CASE.test(line.text) && looksLikeHeadline(line.text) && !isByline(line.text) && !isDateLine(line.text);
      // `tagesschau` on the page's first line: the site's name as its logo prints it, in lower case, above its menu;
      // `dpa international` right above two labels of the menu.
      const wordmark = blockIndex === 0 && lineIndex === 0 && (WORDMARK.test(line.text) || isNameAboveMenu(line, blocks));
      const headlineLike = isHeadlineLike(line, next, block.slice(lineIndex)) && !opensNumberedParagraphs(blocks, blockIndex, lineIndex);
      if (wrappedOn || wordmark || headlineLike) {
        if (wikiTitle) break scan;
        if (wrappedOff) {
          headlines.at(-1)!.push(line);
        } else {
          // A line the one above it was not wrapped into is a headline of its own: the headline's standfirst, or the
          // headline below a section's label.
          if (!closeGroup()) break scan;
          headlines.push([line]);
          group = { block: blockIndex, line: lineIndex };
        }
        continue;
      }
      // `OLJ / Par Caroline Hayek, le 06 décembre 2026`: the outlet's initials before the byline, no writer's.
      const signed = line.text.replace(INITIALS_BEFORE_BYLINE, "");
      const dateRead = readDateLine(signed);
      const labelledDate = dateRead?.time === undefined ? labelTimeAndDate(line.text) : undefined;
      const dateWithCredit = dateRead === undefined ? dateAndCredit(signed) : undefined;
      const published = labelledDate?.published ?? dateRead ?? dateWithCredit?.published;
      const writers = writersListed(line.text) ?? NAME_ROLE_HANDLE.exec(line.text)?.[1];
      const byline = writers !== undefined ? [line.text, writers] : BYLINE.exec(signed);
      const attribution = DATELINE_ATTRIBUTION.exec(line.text);
      const isAttribution = attribution !== null && attribution[0].length === line.text.length;
      const relativeDate = !published && RELATIVE_DATE_LINE.test(line.text);
      if (!published && !relativeDate && !byline && !isAttribution && !isMenu(line.text)) {
        // A standfirst a copy wrapped over lines of its block (a text browser's, at 72 characters): the paragraph whole.
        // A line right above a date line or byline is a paragraph of one (Anadolu's writer's name and bar below it).
        const apart = standsApart(block, lineIndex);
        const oneLine = apart && opensDateOrByline(blocks, blockIndex, lineIndex + 1, pageTop);
        const paragraph = oneLine ? [line] : apart ? wrappedParagraph(block, lineIndex) : [];
        const aboveDateOrByline = oneLine || (paragraph.length > 1 && opensDateOrByline(blocks, blockIndex, lineIndex + paragraph.length, pageTop));
        if (headlines.length > 0 && !header.standfirst && aboveDateOrByline) {
          if (!closeGroup()) break scan;
          // `Estambul, 3 dic (EFE).- La Policía turca …` above `Agencia EFE` / `03 Dic. 2026`: the lead, no standfirst.
          if (opensOnDateline(line.text)) {
            figures.push(paragraph);
            for (const each of paragraph) read.add(each);
            continue;
          }
          const { standfirst, reason } = readStandfirst(blockText(paragraph));
          header.standfirst = standfirst;
          for (const each of paragraph) {
            record(each, reason);
            read.add(each);
          }
          previousLine = paragraph.at(-1);
          continue;
        }
        // Article text: where it goes on a run of headline-like lines in the same block, that run began it, unless
        // no wrapping broke it off the run (a headline, then the standfirst or lead on the line below).
        if (group && !standsApart(block, lineIndex)) reopenGroup();
        else closeGroup();
        break scan;
      }
      if (!closeGroup()) break scan;
      if (published || relativeDate || byline) lastDateOrByline = line.no;
      if (published || relativeDate) dateLines.push(line.no);
      if (relativeDate) {
        record(line, "date line naming the day by the day the page was shown (no date read)");
      } else if (published) {
        dates.set(line.no, published);
        lastDateLine = { no: line.no, text: signed };
        const isUpdate = UPDATE_LABEL.test(line.text) && !PUBLISHED_TOO.test(line.text);
        if (isUpdate) updateLines.add(line.no);
        if (isUpdate) updated = morePrecise(updated, published);
        else header.published = morePrecise(header.published, published);
        if (dateWithCredit) header.outlet ??= { name: dateWithCredit.credit };
        const named = dateWithCredit ? DATE_AND_CREDIT : readNameBeforeDate(signed);
        if (named) {
          record(line, named);
        } else {
          // `Baghdad, 12 March 2023`, as a press release prints it on its own line: where it was issued, and when.
          // `TOKYO — March 19, 2024`, `KHARTOUM, Sudan — Aug. 19, 2024`: a wire dateline's place, on the date's line.
          const [, place, region] = PLACE_BEFORE_DATE.exec(line.text) ?? PLACE_DASH_DATE.exec(line.text) ?? [];
          if (place && mayBePlaceName(unshouted(place)) && !isOtherWeekdayName(place) && !isUpdate) {
            header.filedFrom ??= [unshouted(place), ...(region ? [region] : [])];
            record(line, "dateline: where and when the story was filed (kept as places and date)");
          } else if (labelledDate) {
            // Yonhap's `All News 16:05 December 06, 2026`: the label is the page's section where the menu above names it.
            const menuItem = headlines.find((group) => blockText(group).toLowerCase() === labelledDate.label.toLowerCase());
            if (menuItem) sectionOnDateLine = { section: labelledDate.label, line: line.no };
            record(line, LABEL_TIME_AND_DATE);
          } else {
            record(line, isUpdate ? "the date the page was updated (kept as date)" : "publication date line (kept as date)");
          }
        }
      } else if (byline && (!header.author || guessedByline)) {
        if (guessedByline) unreadGuessedByline(guessedByline);
        guessedByline = undefined;
        // `ByTom Pritchard Local Democracy Reporter`: the writer's role after the name, no comma between.
        const named = (byline[1] ?? byline[2])!;
        header.author = unshouted(NAME_WITH_ROLE.exec(named)?.[1] ?? named);
        // `Aus Erbil berichtet Christoph Reuter`: where the writer reported from.
        const reportedFrom = placeInByline(line.text);
        if (reportedFrom) header.filedFrom ??= [reportedFrom];
        bylineLine = line;
        const agency = agencyInByline(line.text, header.author);
        if (agency) header.agency ??= agency;
        // `By Al Jazeera Staff`: the outlet's own writers, the outlet the source, as without "By".
        const staff = agency ? undefined : OUTLET_STAFF.exec(header.author)?.[1];
        if (staff) header.outlet ??= { name: staff };
        // `By Reuters`, `By AFP`: the agency's copy, no writer named; the agency the source, the wire's credits may
        // name the reporters (boilerplate.ts).
        const agencyAlone = agency !== undefined && agency === header.author;
        if (agencyAlone) header.author = undefined;
        // `by DAILY SABAH WITH AA`, `Par Le Monde avec AFP`: the outlet that ran an agency's copy, no writer; the outlet
        // the source.
        const outletWithAgency = OUTLET_NAME.exec(named)?.[1];
        if (outletWithAgency) {
          header.author = undefined;
          header.outlet ??= { name: unshouted(outletWithAgency) };
        }
        if (outletWithAgency) record(line, "byline naming the outlet and the agency whose copy it ran (kept as source, no writer)");
        else if (agencyAlone) record(line, "byline naming the news agency alone (kept as source, no writer)");
        else if (agency) record(line, "byline and news agency (kept as author and source)");
        else record(line, staff ? "byline and outlet (kept as author and source)" : "byline (kept as author)");
      } else if (attribution && isAttribution) {
        header.agency = attribution[1]!.trim();
        if (attribution[2]) header.section = attribution[2].trim();
        record(line, "dateline attribution (agency and section)");
      } else {
        record(line, MENU);
      }
    }
    if (!closeGroup()) break;
  }

  const rest = blocks[blockIndex]?.slice(lineIndex) ?? [];
  const motto = leaveMotto(leaveTicker(headlines, record), record);
  const labelled = leaveMenu(motto.below, header, record, motto.found || addressOnTop, dateLines);
  const afterHeadline = chooseHeadline(dropRepeats(labelled, record), header, lastDateOrByline, record);
  if (sectionOnDateLine && header.section === undefined) {
    header.section = sectionOnDateLine.section;
    const dateLine = header.removed.find((removed) => removed.line === sectionOnDateLine!.line);
    if (dateLine) dateLine.reason = "the section's label, the time and the date on one line (kept as section and date)";
  }
  const lead = rest[0] ?? blocks[blockIndex + 1]?.[0];
  const datedLead = lead !== undefined && opensOnDateline(lead.text);
  const unused = takeWhatFollowsTheHeadline(afterHeadline, lastDateOrByline, datedLead, blocks[0]?.[0]?.text, header, record);
  const before = [...figures, ...unused].sort((a, b) => a[0]!.no - b[0]!.no);
  header.body = [...before, ...(rest.length > 0 ? [rest] : []), ...blocks.slice(blockIndex + 1)];
  const clocks = pageClocks(dates, updateLines, header.removed);
  if (clocks.size > 0) {
    const below = [...dates].filter(([no]) => !clocks.has(no) && !updateLines.has(no));
    header.published = below.reduce<PublicationDate | undefined>((date, [, each]) => morePrecise(date, each), undefined);
  }
  header.published ??= updated;
  const coauthor = bylineLine && header.author ? coauthorNoted(bylineLine.text, header.author, boxedWriters) : undefined;
  if (coauthor) header.author = namesJoined([header.author!, coauthor]);
  if (header.author) header.author = surnamesUnshouted(header.author);
  header.section ??= sectionInBarredPath(header.removed);
  if (header.section) header.section = sectionInListedCase(header.section, header.removed);
  header.removed = header.removed.map((removed) => {
    if (clocks.has(removed.line)) return { ...removed, reason: PAGE_CLOCK };
    const date = dates.get(removed.line);
    return date && !agrees(date, header.published!) ? { ...removed, reason: withDateNotKept(removed.reason) } : removed;
  });
  header.removed.sort((a, b) => a.line - b.line);
  return header;
}

/**
 * A page that prints the lead above its headline (Alsumaria's: the outlet's credit and the lead, then the headline, the
 * section's label and the date line): the lead read where it stands in the article, below the date line, so that the
 * header reads the headline and its date line, and the article opens on the lead. The lead is the page's first
 * sentence, no line above it long enough for a headline; below it, a headline's line longer than a kicker, a label of
 * a word or two or none, then a date line.
 */
function leadBelowHeadline(blocks: Block[]): Block[] {
  const lead = blocks.findIndex((block) => block.some((line) => !isLabelAboveLead(line.text)));
  const [sentence] = blocks[lead] ?? [];
  if (sentence === undefined || blocks[lead]!.length > 1 || !/[.!?؟]["”»]?$/u.test(sentence.text)) return blocks;
  const [headline, label, dateLine] = linesAfter(blocks, lead, 0, 3);
  if (headline === undefined || wordCount(headline.text) <= MOST_KICKER_WORDS || !looksLikeHeadline(headline.text)) return blocks;
  if (isDatedOrSigned(headline.text)) return blocks;
  const dated = [label, dateLine].findIndex((line) => line !== undefined && isDateLine(line.text));
  if (dated === -1 || (dated === 1 && wordCount(label!.text) > MOST_MENU_ITEM_WORDS)) return blocks;
  const datedLine = dated === 0 ? label! : dateLine!;
  const datedBlock = blocks.findIndex((block) => block.at(-1) === datedLine);
  if (datedBlock === -1) return blocks;
  return [...blocks.slice(0, lead), ...blocks.slice(lead + 1, datedBlock + 1), blocks[lead]!, ...blocks.slice(datedBlock + 1)];
}

/** A line of a page's menu or credits above its lead: a few words, no sentence. */
const isLabelAboveLead = (text: string) => wordCount(text) <= MOST_KICKER_WORDS && !/[.!?؟]$/u.test(text);

/**
 * A page's note that the story was updated, and how: `Update 2: Israel’s military says…`, `UPDATE – Police named…`,
 * `This story has been updated with…`, `Cet article a été mis à jour…`; not a date line (`Updated: Aug 12, 2023`).
 */
function isUpdateNote(text: string): boolean {
  return UPDATE_NOTE.test(text) && readDateLine(text) === undefined;
}

const UPDATE_NOTE = new RegExp(
  `^(?:(?:update|mise à jour|aktualisierung|actualización|aggiornamento|atualização)(?: \\d{1,2})? ?[:–—-] ?\\p{Lu}` +
    `|(?:this|cet|cette|dieser|diese|este|esta|questo|questa|deze|dit) \\p{L}+ .{0,40}?(?<!\\p{L})(?:${UPDATE_WORDS})(?!\\p{L}))`,
  "iu",
);

/**
 * A date line that opens on an update's label gives when the page was last changed: the article's date only where no
 * other line gives one (`Published: Aug 12, 2023 6:02 am` / `Updated: Aug 12, 2023 9:45 am`).
 */
const UPDATE_LABEL = new RegExp(`^(?:last modified|${UPDATE_WORDS})(?!\\p{L})`, "iu");

/** `Updated June 30, 2023 at 6:00 a.m. EDT|Published June 30, 2023 at 5:00 a.m. EDT`: readDateLine reads the second. */
const PUBLISHED_TOO = /(?<!\p{L})(?:published|posted)(?!\p{L})/iu;

/**
 * A section's label in capitals (`TURKEY`, the menu's too) in the case the archive lists sections in (`Turkey`). But
 * a word the lexicon does not know, in capitals wherever the page prints it, under a menu that writes most of its
 * labels in mixed case (`MENA` among `Gulf News`, `World`, on The National), is written so for what it is, initials,
 * and stays; a page that prints `WORLD` above the headline and `World` in its menu styles its current section so.
 */
function sectionInListedCase(section: string, removed: RemovedLine[]): string {
  const labels = removed.filter(({ reason }) => reason === MENU).map(({ text }) => text);
  const inMixedCase = labels.filter((text) => text !== text.toUpperCase() && text !== lowerCased(text)).length > labels.length / 2;
  const writtenOtherwise = removed.some(({ text }) => text !== section && text.toLowerCase() === section.toLowerCase());
  const initials = !section.includes(" ") && lexiconTags(section).length === 0 && inMixedCase && !writtenOtherwise;
  return initials ? section : unshouted(section);
}

const PAGE_CLOCK = "the page's clock above its headline, the time it was shown (site chrome)";

/**
 * `Wednesday, 02 December 2026 6:52 PM` among the menu's lines above the headline, `Wednesday, 02 December 2026 6:18
 * PM [ Last Update: … ]` below it (Press TV's): where a page prints dates above its headline and below it, one above
 * that no label calls the publication's is the page's clock, the day and time it was shown; the article's date is
 * below its headline. The lines of those clocks; none where no date line is below the headline.
 */
function pageClocks(dates: Map<number, PublicationDate>, updateLines: Set<number>, removed: RemovedLine[]): Set<number> {
  const headline = removed.find(({ reason }) => reason.startsWith("headline"))?.line;
  if (headline === undefined) return new Set();
  const published = [...dates.keys()].filter((no) => !updateLines.has(no));
  if (!published.some((no) => no > headline)) return new Set();
  const unlabelled = (no: number) => !PUBLISHED_TOO.test(removed.find(({ line }) => line === no)?.text ?? "");
  return new Set(published.filter((no) => no < headline && unlabelled(no)));
}

/** Whether a date line says what the article's date says, or part of it (`March 2021` of `2021-03-12 10:30`). */
function agrees(line: PublicationDate, date: PublicationDate): boolean {
  const says = (part: string | undefined, datePart: string | undefined) => part === undefined || part === datePart;
  return date.date.startsWith(line.date) && says(line.time, date.time) && says(line.utcOffset, date.utcOffset);
}

/** A date line's record, when another line gave the date: what it was kept as, but the date. */
function withDateNotKept(reason: string): string {
  return reason
    .replace(" and date)", "; not the date, which another line gives)")
    .replace(" (kept as date)", ", not kept: another line gives the date");
}

/**
 * The name a byline without "By" gives, below the headline: `Martin Chulov in Baghdad` or `Martin Chulov Middle East
 * correspondent` above a date line, or a name alone above a date line or with the writer's role or outlet on the line
 * below it (`Nafiseh Kohnavard` above `BBC News, Basra`), or with such a line between it and a date line; an outlet's
 * staff (`Middle East Eye staff`), the outlet its source.
 * `below` is the line below in the same block, `next` the next line at all, `afterNext` the one after that.
 */
function bylineWithoutBy(
  line: Line,
  below: Line | undefined,
  next: Line | undefined,
  afterNext: Line | undefined,
): { name: string; outlet?: NonNullable<Header["outlet"]>; places?: string[] } | undefined {
  // `By Staff Writer`, `By Kate Connolly in Berlin`: a byline with its "By" (BYLINE), not a name with a role or place.
  if (isByline(line.text)) return undefined;
  // The Guardian's two writers, each where they wrote from: `Hannah Whitlock in Jerusalem and Daniel Aharoni in Tel Aviv`.
  const inPlaces = next && isDateLine(next.text) ? writersInPlaces(line.text) : undefined;
  if (inPlaces) return inPlaces;
  const withOutlet = outletAfterName(line.text);
  if (withOutlet) return withOutlet;
  // `Middle East Eye staff` below the headline: the outlet's own writers, the outlet the source.
  const staff = OUTLET_STAFF.exec(line.text);
  if (staff) return { name: line.text, outlet: { name: staff[1]! } };
  // `Web desk` above the date line (Kathimerini's): the desk that signs for the newsroom, no writer named; `Guardian
  // readers` (a letters page's): the outlet's readers who wrote the letters sign it.
  const signedAsGroup = NEWS_DESK.test(line.text) || OUTLET_READERS.test(line.text);
  if (signedAsGroup && next && isDateLine(next.text)) return { name: line.text };
  const inPlace = NAME_IN_PLACE.exec(line.text) ?? NAME_WITH_ROLE.exec(line.text);
  if (inPlace && next && isDateLine(next.text) && opensOnName(inPlace[1]!)) return { name: inPlace[1]! };
  // `Bassam Al Mahdi, Correspondent` (Gulf News's, below the date lines): a name, a comma and the writer's role, a
  // byline by its shape, above a date line or not.
  const roled = NAME_COMMA_ROLE.exec(line.text);
  if (roled && opensOnName(roled[1]!) && !OUTLET_NAME.test(roled[1]!)) return { name: roled[1]! };
  // `Sinan Mahmoud, Baghdad` above a date line: the writer and where they filed from; not a place and its region
  // (`Erbil Province, Kurdistan Region`), whose first part names a place by a word of it.
  const filed = NAME_COMMA_PLACE.exec(line.text);
  if (filed && next && isDateLine(next.text) && !filed[1]!.split(" ").some(namesAPlace)) return { name: filed[1]!, places: [filed[2]!] };
  const placeFirst = PLACE_COLON_WRITER.exec(line.text);
  if (placeFirst && next && isDateLine(next.text)) return { name: placeFirst[2]!, places: [placeFirst[1]!] };
  // `Damascus - Kamal Sheikho` (Asharq Al-Awsat's, below the date lines): where the writer filed from, a dash and the
  // writer's name, the place one the lexicon knows and the name no place's nor an outlet's.
  const [, place, writer] = PLACE_DASH_WRITER.exec(line.text) ?? [];
  const isWriter = writer !== undefined && opensOnName(writer) && !writer.split(" ").some(namesAPlace) && !OUTLET_NAME.test(writer);
  if (isWriter && isKnownPlace(place!)) return { name: writer, places: [place!] };
  // `רון בן ישי` above `פורסם: 03.12.26, 21:14` (Ynet's): a name in Hebrew letters, which write no capitals to tell
  // one by, alone right above a date line.
  if (HEBREW_NAME.test(line.text) && next && isDateLine(next.text)) return { name: line.text };
  // `By Jane Doe` is a name alone by its shape: the byline it is, read with its "By" (BYLINE), is not this one; nor is a
  // menu's label (`Israel News`, `Middle East`) one, though it has a name's shape.
  if (!BARE_NAME.test(line.text) || isByline(line.text)) return undefined;
  if (OUTLET_NAME.test(line.text) || namesAgency(line.text) || !opensOnName(line.text)) return undefined;
  if (below && BYLINE_ROLE.test(below.text) && isBylineTail(below.text)) return { name: line.text };
  // `Hassan Hassan` above `Hassan Hassan is a columnist for The National …`: a note about the writer below the name.
  if (below && isNoteOnWriter(below.text, line.text)) return { name: line.text };
  if (next && isDateLine(next.text)) return { name: line.text };
  // `Nasser Karimi` / `Iran` / `01 December, 2026`: a label of the writer's, a place or beat, between name and date;
  // the three lines one under another, no blank line between, and no word of the name one the lexicon knows as
  // anything but a name's (`Middle East` / `Iraq` above a date line is a path to a section).
  const tight = next?.no === line.no + 1 && afterNext?.no === line.no + 2;
  if (tight && isBylineTail(next!.text) && isDateLine(afterNext!.text) && line.text.split(" ").every(mayBeNamesWord)) {
    return { name: line.text };
  }
  return undefined;
}

/** A name of two to four words in Hebrew letters, a geresh in one or none (`ג'ון`), a hyphen between two (`אל-שרע`). */
const HEBREW_NAME = /^\p{Script=Hebrew}+['׳]?\p{Script=Hebrew}*(?:[ -]\p{Script=Hebrew}+['׳]?\p{Script=Hebrew}*){1,3}$/u;

/**
 * The facts a page lists about the article, from `lines[0]` on: two or more labels (FACT_LABEL), each alone on its
 * line right above its value, a few words that end no sentence, one line after the other; else undefined.
 */
function factsListed(lines: Line[]): [Line, Line][] | undefined {
  const facts: [Line, Line][] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const [label, value] = [lines[i]!, lines[i + 1]!];
    const follows = i === 0 || label.no === lines[i - 1]!.no + 1;
    const isValue = !FACT_LABEL.test(value.text) && wordCount(value.text) <= MOST_FACT_VALUE_WORDS && !/[.!?]$/.test(value.text);
    if (!follows || !FACT_LABEL.test(label.text) || value.no !== label.no + 1 || !isValue) break;
    facts.push([label, value]);
  }
  return facts.length >= FEWEST_FACTS ? facts : undefined;
}

/**
 * `Hassan Hassan is a columnist for The National and the editor-in-chief of New Lines magazine`: a note about the
 * writer, as some pages print it below the byline, opening on the writer's name and saying who they are or what they
 * cover.
 */
function isNoteOnWriter(text: string, name: string): boolean {
  return text.startsWith(`${name} `) && NOTE_ON_WRITER.test(text.slice(name.length + 1)) && wordCount(text) <= MOST_NOTE_ON_WRITER_WORDS;
}

const NOTE_ON_WRITER = /^(?:is|was|has been|writes|covers|reports)(?!\p{L})/u;

/**
 * `by Michael Knights, Hamdi Malik`: a second writer's name after the comma, where BYLINE reads a role or place
 * (`By Jane Doe, Middle East correspondent`, `Sinan Mahmoud, Baghdad`), when the page's box about its writers names
 * them both (`About the Authors` above `Hamdi Malik is an associate fellow at the Institute.`); else undefined.
 */
function coauthorNoted(byline: string, author: string, boxedWriters: string | undefined): string | undefined {
  const boxed = boxedWriters?.split(/, | and /) ?? [];
  const at = byline.indexOf(author);
  const name = at < 0 || !boxed.includes(author) ? undefined : SECOND_NAME.exec(byline.slice(at + author.length))?.[1];
  return name !== undefined && boxed.includes(name) ? name : undefined;
}
const SECOND_NAME = /^, (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})$/u;
const MOST_NOTE_ON_WRITER_WORDS = 60;

/**
 * A date line, or one that names the day by the day the page was shown (`Published 2 hours ago`): either is where a
 * byline's date line stands.
 */
function isDateLine(text: string): boolean {
  return readDateLine(text) !== undefined || RELATIVE_DATE_LINE.test(text) || labelTimeAndDate(text) !== undefined || dateAndCredit(text) !== undefined;
}

/**
 * `2026-10-22 09:35:18 来源：新华网`, as Chinese news sites print the date and the publication the text is from on one
 * line: the date, and the credit after it (creditName), which together are more words than a date line carries.
 */
function dateAndCredit(text: string): { published: PublicationDate; credit: string } | undefined {
  const at = CREDIT_AFTER_DATE.exec(text)?.index;
  if (at === undefined) return undefined;
  const published = readDateLine(text.slice(0, at));
  const credit = creditName(text.slice(at).trim());
  return published && credit ? { published, credit } : undefined;
}

/** A space before a credit's label (`来源：`, `Source:`) that goes on from the line's start. */
const CREDIT_AFTER_DATE = new RegExp(`\\s(?=(?:${CREDIT_LABEL_WORDS}|来源|來源)\\s*[:：])`, "iu");
const DATE_AND_CREDIT = "publication date and the credit naming the publication, on one line (kept as date and source)";

/**
 * `All News 16:05 December 06, 2026`, as Yonhap prints it below the headline: a label of a word or two, the time, then
 * the day, which the date's reader does not read as one date, its time before it; the date and time, and the label.
 */
function labelTimeAndDate(text: string): { label: string; published: PublicationDate } | undefined {
  const [, label, time, day] = LABEL_TIME_DAY.exec(text) ?? [];
  // An update's label or a publication's (`Updated 10:43 AM EDT, Thu October 13, 2022`) is the date reader's to read.
  if (label === undefined || UPDATE_LABEL.test(label) || PUBLISHED_TOO.test(label)) return undefined;
  const dated = readDateLine(day!);
  if (dated === undefined || dated.time !== undefined || dated.date.length < "YYYY-MM-DD".length) return undefined;
  return { label, published: { ...dated, time: time!.padStart("HH:MM".length, "0") } };
}

/** A label of a word or two, a time of the 24-hour clock (no `AM` after it), then the rest of the line, which gives the day. */
const LABEL_TIME_DAY = /^(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*)?) ([01]?\d:[0-5]\d|2[0-3]:[0-5]\d) (?![AaPp]\.?[Mm]\b)(\S.*\d)$/u;
const LABEL_TIME_AND_DATE = "a label, the time and the date on one line (kept as date)";

/**
 * A person's name alone on its line, by its shape (BARE_NAME), no outlet's or agency's, each word one the lexicon knows
 * as a name's or not at all (`Jakub Kowalczyk`, not `Middle East` or `Kurdistan Region`).
 */
function isNameAlone(text: string): boolean {
  if (!BARE_NAME.test(text) || OUTLET_NAME.test(text) || namesAgency(text) || !opensOnName(text)) return false;
  // The first word as opensOnName reads it: `Jan` of `Jan Kowalski` is a name's, though the lexicon knows a month's.
  return text.split(" ").every((word, i) => (i === 0 || mayBeNamesWord(word)) && !namesAPlace(word));
}

/**
 * `Rolf Bos 28 november 2026, 17:00`, as de Volkskrant prints its byline: a writer's name, then the date, nothing
 * between them; the name, else undefined. A name alone by its shape (isNameAlone), or one that opens on a first name
 * the lexicon knows (isWritersName), though it takes another word of it for something else (`Bos`, a plural to it), no
 * word of it a place's.
 */
function nameBeforeDate(text: string): string | undefined {
  const words = text.split(" ");
  for (let count = 2; count < words.length && count <= MOST_NAME_WORDS; count++) {
    const name = words.slice(0, count).join(" ");
    const writers = isNameAlone(name) || (isWritersName(name) && !OUTLET_NAME.test(name) && !name.split(" ").some(namesAPlace));
    if (writers && readDateLine(words.slice(count).join(" ")) !== undefined) return name;
  }
  return undefined;
}

/** BARE_NAME's most words. */
const MOST_NAME_WORDS = 4;

/**
 * `By CHAD GARLAND | STARS AND STRIPES | Published: December 2, 2026`: a byline with its "By", the outlet's name (a
 * few words, no sentence) and a date line, bars between them; the name and outlet in the case a reader expects.
 */
function bylineOutletAndDate(text: string): { name: string; outlet: string; published: PublicationDate } | undefined {
  const parts = text.split(/\s+\|\s+/);
  if (parts.length !== 3) return undefined;
  const [signed, outlet, dated] = parts as [string, string, string];
  const byline = BYLINE.exec(signed);
  const published = readDateLine(dated);
  const isOutlet = wordCount(outlet) <= MOST_OUTLET_WORDS && /^\p{Lu}/u.test(outlet) && !/[.!?,;:]/.test(outlet) && !isDateLine(outlet);
  if (!byline?.[1] || !published || !isOutlet) return undefined;
  return { name: unshouted(byline[1]), outlet: unshouted(outlet), published };
}

/** A report's writers are a few. */
const MOST_STACKED_WRITERS = 4;

/**
 * Two writers' names or more, one a line, right above a date line: the writers, as a report's page lists them. Each a
 * name alone (BARE_NAME) that opens on a word that may be a first name, and no outlet's or role's (`Bel Trew` above
 * `Middle East Correspondent` is one writer and her role).
 */
function writersStacked(lines: Line[]): Line[] | undefined {
  const isWriter = (line: Line) =>
    BARE_NAME.test(line.text) && !OUTLET_NAME.test(line.text) && !BYLINE_ROLE.test(line.text) && opensOnName(line.text);
  const count = lines.findIndex((line, k) => !isWriter(line) || (k > 0 && line.no !== lines[k - 1]!.no + 1));
  const after = lines[count];
  if (count < 2 || after === undefined || readDateLine(after.text) === undefined) return undefined;
  return lines.slice(0, count);
}

/**
 * `Hannah Whitlock in Jerusalem and Daniel Aharoni in Tel Aviv`, `A in X, B in Y and C in Z`: the writers, each a name
 * (NAME_IN_PLACE, or BARE_NAME without a place) opening on a word that may be a first name, and the places they wrote
 * from. A live page marks who writes it now and who wrote before (`Léonie Chao-Fong (now) and Martin Chulov
 * (earlier)`): the marks are no part of the names.
 */
function writersInPlaces(text: string): { name: string; places: string[] } | undefined {
  const parts = text.replace(LIVE_SHIFT, "").split(/, (?:and )?| and /);
  if (parts.length < 2 || !text.includes(" and ")) return undefined;
  // A name alone, no place's (`Erbil Province, Kurdistan Region and Duhok`) nor an outlet's.
  const isName = (part: string) => BARE_NAME.test(part) && !OUTLET_NAME.test(part) && !part.split(" ").some(namesAPlace);
  const each = parts.map((part) => {
    const name = NAME_IN_PLACE.exec(part)?.[1] ?? (isName(part) ? part : undefined);
    return name !== undefined && opensOnName(name) ? { name, place: part.slice(name.length + " in ".length) } : undefined;
  });
  if (!each.every((writer) => writer !== undefined)) return undefined;
  const names = each.map((writer) => writer!.name);
  const places = each.flatMap((writer) => (writer!.place ? [writer!.place] : []));
  return { name: namesJoined(names), places };
}

/** Two names or more as a byline lists them: `A and B`, `A, B and C`. */
function namesJoined(names: string[]): string {
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** A live page's mark of who writes it now, and who wrote it before. */
const LIVE_SHIFT = / \((?:now|earlier)\)/g;

/**
 * Whether a name's first word may be a first name: one compromise's lexicon knows as a name's, or does not know.
 * `Water Scarcity in Southern Iraq`, a report's title above its date, opens on a noun.
 */
function opensOnName(name: string): boolean {
  const [first, ...rest] = name.split(" ");
  const tags = lexiconTags(first!);
  if (tags.length === 0 || tags.some((tag) => FIRST_NAME_TAGS.has(tag))) return true;
  // `Jan Kowalski`, `April Ryan`: a month's name, or its short form, is a first name too, before a name's words and
  // no day's number.
  return tags.includes("Month") && rest.length > 0 && rest.every(mayBeNamesWord);
}

/** `Baghdad, 12 March 2023`, `Erbil, Kurdistan Region, 12 March 2023`: group 1 the place, group 2 its region. */
const PLACE_BEFORE_DATE = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?:, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}))?, (?=[^,]*\d)/u;

/** `Reporting from Chibayish, Iraq`, `Reporting from Baghdad and Erbil` below a byline: group 1 the places. */
const REPORTING_FROM = /^[Rr]eporting from (\p{Lu}[\p{L} ,.'’-]{1,60})$/u;

/**
 * `Mosul, Iraq` below a byline: where the writer filed from, a place and its country, not an outlet and its place
 * (`BBC News, Basra`); the line, else undefined.
 */
function placeInCountry(line: string): string | undefined {
  const [, place, country] = BYLINE_OUTLET.exec(line) ?? [];
  return country !== undefined && COUNTRY_NAMES.has(country.trim()) && !OUTLET_NAME.test(place!.trim()) ? line : undefined;
}

/** A name, a comma and a place of one to three words: group 1 the name, group 2 the place. */
const NAME_COMMA_PLACE = new RegExp(`^(${BARE_NAME.source.slice(1, -1)}), (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})$`, "u");
/**
 * A name, a comma and a role of a few words that ends on a journalist's (`Correspondent`, `Senior Reporter`): group 1
 * the name.
 */
const NAME_COMMA_ROLE = new RegExp(
  `^(${BARE_NAME.source.slice(1, -1)}), (?:[\\p{L}'’-]+ ){0,3}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor)$`,
  "u",
);
/** `Damascus - Kamal Sheikho`: a place of a word or two, a dash, a name alone; group 1 the place, group 2 the name. */
const PLACE_DASH_WRITER = new RegExp(`^(\\p{Lu}[\\p{Ll}'’]+(?: \\p{Lu}[\\p{Ll}'’]+)?) [-–—] (${BARE_NAME.source.slice(1, -1)})$`, "u");
/** A word of a place's name: one compromise's lexicon knows as a place's, or a kind of place (`Province`, `Region`). */
const namesAPlace = (word: string) =>
  isKnownPlace(word) || /^(?:Province|Governorate|Region|District|City|Town|Village|Dam|Camp)$/.test(word);

/** The outlet's newsroom as a byline, in the languages read here: `Redazione ANSA`, `Rédaction Le Monde`, `Redaktion SPIEGEL`. */
const NEWSROOM_BYLINE =
  /^(?:Redazione|Rédaction|Redaktion|Redacción|Redação|Redactie|Редакция) (\p{Lu}[\p{L}\d.'’&-]*(?: \p{Lu}[\p{L}\d.'’&-]*){0,2})$/u;
/** A newsroom's desk, a word or two before `desk`: `Web desk`, `News Desk`, `Foreign Desk`. */
const NEWS_DESK = /^\p{Lu}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)? [Dd]esk$/u;

/** An outlet's readers, a letters page's byline: `Guardian readers`, `Observer readers`. */
const OUTLET_READERS = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} readers$/u;

/** `Middle East Eye staff`, `Al-Monitor Staff`, `Rudaw staff writers`, `Times of Israel Staff`: group 1 the outlet. */
const OUTLET_STAFF = /^(\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of(?= \p{Lu}))){0,4}) [Ss]taff(?: [Ww]riters?| [Rr]eporters?)?$/u;

/**
 * `Sarah Johnson, BBC News, Mosul`: a name, then the outlet and place some sites print on the line below it
 * (BYLINE_OUTLET), an outlet by its name's shape (OUTLET_NAME), not a place's (`Erbil Province, Kurdistan Region`);
 * or a name and the outlet alone, by that shape, as its web address or an agency's name (`Emily Ashcroft, KSL.com`,
 * `Reem Al-Sayegh | Reuters`), or, after a slash too, the agency's desk (`Kamaran Aziz / AFP Iraq`).
 */
function outletAfterName(text: string): { name: string; outlet: NonNullable<Header["outlet"]> } | undefined {
  const [, name, separator, after] = /^(.+?)(, | ?[|•·/] ?)(.+)$/u.exec(text) ?? [];
  if (!name || !after || !BARE_NAME.test(name)) return undefined;
  if (OUTLET_NAME.test(after) || SITE_ADDRESS.test(after) || WIRE_AGENCY.test(after)) return { name, outlet: { name: outletOf(after) } };
  // `Kamaran Aziz / AFP Iraq`: the agency's desk the writer works for, the agency the source.
  const desk = AGENCY_DESK.exec(after)?.[1];
  if (desk) return { name, outlet: { name: desk } };
  if (separator !== ", ") return undefined;
  const outlet = BYLINE_OUTLET.exec(after);
  if (!outlet || !OUTLET_NAME.test(outlet[1]!.trim())) return undefined;
  return { name, outlet: { name: outlet[1]!.trim(), place: outlet[2]!.trim() } };
}

/** A site's address as an outlet's name: `KSL.com`, `Rudaw.net`, `news.com.au`. */
const DOMAIN = String.raw`[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|info|news|tv|[a-z]{2})`;
const SITE_ADDRESS = new RegExp(`^${DOMAIN}$`, "u");
const SITE_KEPT = "the site's web address (kept as source)";
/** A site's address alone on a line, `www.` or none before it: group 1 the address without it. */
const SITE_LINE = new RegExp(`^(?:www\\.)?(${DOMAIN})$`, "u");

/**
 * The line at `index` of `block` and the lines a wrap broke off it below (none standing apart), as one paragraph;
 * none when it runs on over more lines than a standfirst takes.
 */
function wrappedParagraph(block: Block, index: number): Line[] {
  let end = index + 1;
  while (end < block.length && end - index <= MOST_WRAPPED_STANDFIRST_LINES && !standsApart(block, end)) end++;
  return end - index > MOST_WRAPPED_STANDFIRST_LINES ? [] : block.slice(index, end);
}
const MOST_WRAPPED_STANDFIRST_LINES = 4;

/** Whether the block's line at `index` is no wrapped part of the line above it: the first line, or one not wrapped. */
function standsApart(block: Block, index: number): boolean {
  return index === 0 || endsShortOf(block[index - 1]!, block[index]!, block);
}

/**
 * A standfirst printed on the line right below the headline, the last of their block (`Half a million children in
 * Iraq to be vaccinated against measles in nationwide campaign` / `UNICEF and WHO support the Ministry of Health in
 * ten-day campaign`): the headline the widest line, as a wrap leaves a paragraph's first, but the two together too
 * long for one headline, and the headline ending on nothing a wrap breaks after (a comma, a hyphen, `of`, `the`).
 */
function isStandfirstUnder(headline: Line[], line: Line, block: Block): boolean {
  const above = headline.at(-1)!.text;
  return (
    line === block.at(-1) &&
    /^\p{Lu}/u.test(line.text) &&
    looksLikeHeadline(blockText(headline)) &&
    !looksLikeHeadline(blockText([...headline, line])) &&
    !/[,;:\-‐–]$/.test(above) &&
    !endsOnFunctionWord(above)
  );
}

/**
 * Whether `above` stops short of the width `block` was wrapped to, with room for the first word of `line` below it:
 * then no wrapping broke `line` off it. A wrapped line was filled up to near the widest line of its block; a
 * headline printed right above its standfirst (`Iraq’s parliament elects …` above `Rashid, a Kurdish politician,
 * named …`), or a section's label above the headline, stops well short of that. Nor does a scrape wrap lines as
 * narrow as a menu's, so that two labels of a word or two, capitalised, one above the other in such a block
 * (`International` / `Foreign affairs`, a path to the section) are each a line of its own; a headline set in a narrow
 * column may still wrap (`Ferry sinks near` / `Qurna`).
 */
function endsShortOf(above: Line, line: Line, block: Block): boolean {
  const width = widestLine(block);
  const labels = [above, line].every((each) => isMenuLabel([each]) && /^\p{Lu}/u.test(each.text));
  return (width < NARROWEST_WRAP && labels) || hasRoomFor(above.text, line.text, width);
}

/**
 * The outlet some sites name where a byline would be, by the date line: `Kurdistan 24` or `Shafaq News` above or
 * below it, with "By" or without (`By Kurdistan24`, `By Rudaw`), or a name printed both above and below it (`Rudaw`, date,
 * `Rudaw`); a byline naming the site's masthead, the page's first line (`By Rudaw` under the `Rudaw` logo), wherever
 * the date is: the staff's, no person's, unless a writer's name heads their own page (`Joel Wing`); and again, once read.
 */
function outletNamed(line: Line, below: Line[], afterDateLine: boolean, outlet: string | undefined, pageTop: Line | undefined): string | undefined {
  if (line.text === outlet) return outlet;
  const text = line.text.replace(BY_WORD, "");
  if (wordCount(outletOf(text)) > MOST_OUTLET_WORDS || !/^(?:\p{Lu}|\p{Script=Arabic})/u.test(text) || /[.!?,;:]$/.test(text)) return undefined;
  const masthead = pageTop !== undefined && pageTop !== line && text !== line.text && sameLetters(text, pageTop.text);
  if (masthead && !isWritersName(text)) return text;
  const [next, afterNext] = below;
  const aboveDate = next !== undefined && readDateLine(next.text) !== undefined;
  const shaped = OUTLET_NAME.test(text) || (text !== line.text && (NAME_AND_NUMBER.test(text) || isOneWordOutlet(text)));
  const named = (shaped && (aboveDate || afterDateLine)) || (aboveDate && afterNext?.text === text);
  return named ? outletOf(text) : undefined;
}

/**
 * A place, a dash and what follows it (an outlet's name, read by outletNamed): group 1 the place, group 2 the rest;
 * in Arabic script too (Al Arabiya's `بغداد - العربية.نت`). Not outletCredit's other order (`Rudaw - Erbil`),
 * where the outlet must be one the page names already.
 */
const PLACE_DASH_OUTLET =
  /^(\p{Lu}[\p{Ll}'’]+(?: \p{Lu}[\p{Ll}'’]+)?|\p{Script=Arabic}+(?: \p{Script=Arabic}+)?) [-–—] ((?:\p{Lu}|\p{Script=Arabic}).{1,40})$/u;

/**
 * `Caroline Hayek` for `Caroline HAYEK`: a writer's family name in capitals beside given names that are not, as French
 * bylines print it (`HAYEK Caroline` too), in the case the archive lists names in; each writer's of several. A word in
 * capitals that names an agency (`AFP`) is left as it is, as is an outlet's staff (`TOM Staff`), and a name all in
 * capitals is unshouted's.
 */
function surnamesUnshouted(names: string): string {
  if (!SHOUTED_WORD.test(names)) return names;
  return names
    .split(/( and | et | und | y | e | & |, )/)
    .map((name, i) => {
      const words = name.split(" ");
      const shouted = (word: string) => SHOUTED_NAME_WORD.test(word) && !namesAgency(word);
      if (i % 2 === 1 || OUTLET_STAFF.test(name) || words.every(shouted) || !words.some((word) => GIVEN_NAME_WORD.test(word))) {
        return name;
      }
      return words.map((word) => (shouted(word) ? word.charAt(0) + word.slice(1).toLocaleLowerCase() : word)).join(" ");
    })
    .join("");
}

const SHOUTED_WORD = /\p{Lu}{3}/u;
const SHOUTED_NAME_WORD = /^\p{Lu}(?:[\p{Lu}'’]|-\p{Lu})+$/u;
const GIVEN_NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** The "By" a byline opens on, in the languages BYLINE reads. */
const BY_WORD = /^(?:[Bb]y|BY|[Pp]ar|[Pp]or|[Dd]oor|[Vv]on) /;
/**
 * A writer's role and where they are based, no name, as a byline below its `Par` prints it when the writer goes
 * unnamed (`Correspondant de MEE à Kirkouk, Irak`, `Correspondent in Baghdad`); group 1 the place, before its
 * country, in the page's language.
 */
const UNNAMED_WRITER =
  /^(?:[Cc]orrespondante?|[Ee]nvoyée? spéciale?|[Cc]orrespondent|[Rr]eporter|[Cc]orresponsal)(?: (?:de|du|d['’]|of|for|del?) ?\p{Lu}[\p{L}\d&'’. -]{0,40}?)? (?:à|in|en) (\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2})(?:, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})?$/u;
/** `OLJ / ` before `Par Caroline Hayek`: the outlet's initials and a slash, as L'Orient-Le Jour prints them before its bylines. */
const INITIALS_BEFORE_BYLINE = new RegExp(`^\\p{Lu}{2,5} ?/ ?(?=${BY_WORD.source.slice(1)})`, "u");
/** `By Kurdistan24`: a name run on into a number names an outlet, never a writer. */
const NAME_AND_NUMBER = /^\p{Lu}[\p{L}'’-]*\p{Ll}\d{1,3}$/u;

/**
 * `By Rudaw`: a byline's one word names an outlet, as a writer's byline gives more than a first name; unless
 * compromise's lexicon knows the word (`Staff`, a noun; `Omar`, a first name) or it names a news agency (`By AFP`: the
 * agency's copy, read with the byline).
 */
function isOneWordOutlet(name: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+$/u.test(name) && lexiconTags(name).length === 0 && !WIRE_AGENCY.test(name);
}

/** The `count` lines after the line at `lineIndex` of `blocks[blockIndex]`, across blocks. */
function linesAfter(blocks: Block[], blockIndex: number, lineIndex: number, count: number): Line[] {
  const found: Line[] = [];
  for (let b = blockIndex, l = lineIndex + 1; b < blocks.length && found.length < count; b++, l = 0) {
    for (; l < blocks[b]!.length && found.length < count; l++) found.push(blocks[b]![l]!);
  }
  return found;
}

/** Whether a time of day alone on its line (a live page's entry's) is below the line at `lineIndex`. */
function timeAloneBelow(blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  for (let b = blockIndex, l = lineIndex + 1; b < blocks.length; b++, l = 0) {
    for (; l < blocks[b]!.length; l++) if (CLOCK_TIME_LINE.test(blocks[b]![l]!.text)) return true;
  }
  return false;
}

/**
 * The page's first line, a name in small letters (SMALL_LETTERS_NAME) above two labels of the site's menu; its
 * controls between them (la Repubblica's `Abbonati`, `Accedi`) were left out as chrome.
 */
function isNameAboveMenu(line: Line, blocks: Block[]): boolean {
  if (!SMALL_LETTERS_NAME.test(line.text)) return false;
  const below = linesAfter(blocks, 0, 0, 2);
  return below.length === 2 && below.every((label) => isLabelInTitleCase([label]) || isCapitalisedLabel([label]));
}

/** A photo the text marks as one (`Line.kind`), by its caption or its credit alone. */
function isFigure(line: Line): boolean {
  return line.kind === "caption" || line.kind === "credit";
}

/**
 * Whether the first line from `blocks[fromBlock][fromLine]` on, after any photo's caption, is a date line or a
 * byline, with "By" or without. A year alone is no date line here: below a paragraph it heads a timeline's part
 * (`2003`), and the paragraph above it is the article's, not a standfirst.
 */
function opensDateOrByline(blocks: Block[], fromBlock: number, fromLine: number, pageTop: Line | undefined): boolean {
  let block: Line[] = [];
  let i = fromBlock;
  for (let start = fromLine; i < blocks.length && block.length === 0; i++, start = 0) {
    block = blocks[i]!.slice(start).filter((line) => !isFigure(line) && !isCaption(line.text) && !PHOTOS_BY.test(line.text));
  }
  const [first, below] = block;
  if (first === undefined) return false;
  const next = below ?? blocks[i]?.[0];
  const afterNext = below !== undefined ? (block[2] ?? blocks[i]?.[0]) : (blocks[i]?.[1] ?? blocks[i + 1]?.[0]);
  // `Le Monde avec AFP` above `Publié le 13 octobre 2022`; the site's name from the page's first line (`Kurdistan24`).
  const outlet = OUTLET_NAME.test(first.text) || (first !== pageTop && first.text === pageTop?.text);
  return (
    isDatedOrSigned(first.text) ||
    isPlaceAboveDateOrByline(blocks, i - 1, blocks[i - 1]!.indexOf(first), pageTop) ||
    ((outlet || namesAgency(first.text)) && next !== undefined && readDateLine(next.text) !== undefined) ||
    NAME_IN_PLACE.test(first.text) ||
    bylineWithoutBy(first, below, next, afterNext) !== undefined ||
    writersStacked([first, ...linesAfter(blocks, i - 1, blocks[i - 1]!.indexOf(first), MOST_STACKED_WRITERS)]) !== undefined ||
    // GOV.UK's labels over who issued the page and its date.
    (next !== undefined && ISSUER_LABEL.test(first.text) && ISSUERS.test(next.text)) ||
    (next !== undefined && goesOnToDate(first.text) && readDateLine(`${first.text} ${next.text}`) !== undefined)
  );
}

/** A place in capitals alone on the line at `lineIndex` of block `blockIndex`, above a date line or byline (`ŞENGAL`). */
function isPlaceAboveDateOrByline(blocks: Block[], blockIndex: number, lineIndex: number, pageTop: Line | undefined): boolean {
  const text = blocks[blockIndex]![lineIndex]!.text;
  return DATELINE_LINE.test(text) && mayBePlaceName(unshouted(text)) && opensDateOrByline(blocks, blockIndex, lineIndex + 1, pageTop);
}

/** A date line that gives more than a year (a year alone heads a timeline's part), or a byline with its "By". */
function isDatedOrSigned(text: string): boolean {
  return (readDateLine(text.replace(INITIALS_BEFORE_BYLINE, ""))?.date.length ?? 0) > "YYYY".length || isByline(text);
}

/**
 * The headline-like lines after the headline, above a date line or byline read below it: a label of a word or two
 * (`Environment`, `Sport`) is the section, as some pages print it below the headline, unless one was read above it;
 * a news agency's name there (`Reuters`), or the site's name the page printed above the headline too (`Kurdistan24`),
 * is the source; then the first line longer than a label is the standfirst (`Fifteen years after a car bomb…`,
 * without a full stop), or the one line left right above a lead that opens on a dateline (`datedLead`). The rest go
 * back to the article.
 */
function takeWhatFollowsTheHeadline(
  groups: Line[][],
  lastDateOrByline: number,
  datedLead: boolean,
  siteOnTop: string | undefined,
  header: Header,
  record: (line: Line, reason: string) => void,
): Line[][] {
  let rest = groups;
  /** Whether `group` is the outlet's dateline (outletCredit), read as the outlet and the place. */
  const credited = (group: Line[]) => {
    const credit = outletCredit(blockText(group), [header.outlet?.name, header.agency, siteOnTop]);
    if (credit) readCredit(header, credit);
    return credit !== undefined;
  };
  const next = () => (rest[0] && rest[0].at(-1)!.no <= lastDateOrByline ? rest[0] : undefined);
  // The site's name on the page's first line (its logo, `RUDAW` in capitals there too), printed again right below
  // the headline, whatever follows it.
  const isSiteOnTop = (group: Line[]) => siteOnTop !== undefined && lowerCased(blockText(group)) === lowerCased(siteOnTop);
  const label = next() ?? (rest[0] && isSiteOnTop(rest[0]) && isSectionLabel(rest[0]) ? rest[0] : undefined);
  // The site's name, printed on the page's first line too (`Kurdistan24`), is the outlet's; a label of the menu below
  // it printed again (`Security`) is the section's.
  const siteName = label && isSiteOnTop(label);
  if (label && namesAgency(blockText(label))) {
    header.agency ??= blockText(label);
    label.forEach((line) => record(line, "news agency below the headline (kept as source)"));
    rest = rest.slice(1);
  } else if (label && siteName && isSectionLabel(label)) {
    header.outlet ??= { name: blockText(label) };
    label.forEach((line) => record(line, "the site's name again, below the headline (kept as source)"));
    rest = rest.slice(1);
  } else if (label && !header.author && isWritersName(blockText(label))) {
    // The Guardian's opinion page: the columnist's name below the headline, above the standfirst and the date.
    header.author = blockText(label);
    label.forEach((line) => record(line, "byline (kept as author)"));
    rest = rest.slice(1);
  } else if (label && !header.section && isSectionLabel(label)) {
    const trail = sectionOfTrail(blockText(label));
    header.section = trail ?? blockText(label);
    label.forEach((line) => record(line, trail ? BREADCRUMBS : "section label below the headline (kept as section)"));
    rest = rest.slice(1);
  } else if (label && credited(label)) {
    label.forEach((line) => record(line, OUTLET_CREDIT_REASON));
    rest = rest.slice(1);
  } else if (label && isKindOfPage(blockText(label))) {
    // The State Department's `Readout` below the headline, the issuing office's label read above it as the section:
    // what kind of page it is, no text of the article's.
    label.forEach((line) => record(line, "the kind of page it is, a label below the headline, not article text"));
    rest = rest.slice(1);
  }
  // A line right above a lead that opens on a dateline (`BAGHDAD, 4 May 2026 – …`) is above where the article starts;
  // so are two, each a line of its own (Arab News's standfirst of two points), the standfirst their sentences.
  // So are two between the headline and the byline or date line (Bloomberg's two points under the headline).
  const aboveByline = rest.findIndex((group) => group.at(-1)!.no > lastDateOrByline);
  const pointsAbove = rest.slice(0, aboveByline === -1 ? rest.length : aboveByline);
  const standfirstLines =
    datedLead && rest.length <= MOST_STANDFIRST_LINES ? rest : pointsAbove.length <= MOST_STANDFIRST_LINES ? pointsAbove : [];
  const points = standfirstLines.length > 1 && standfirstLines.every((group) => wordCount(blockText(group)) > MOST_KICKER_WORDS);
  const standfirst = next() ?? (standfirstLines.length === 1 ? rest[0] : undefined);
  if (points && !header.standfirst) {
    header.standfirst = standfirstLines.map((group) => withFullStop(blockText(group))).join(" ");
    standfirstLines.flat().forEach((line) => record(line, "standfirst (kept as summary)"));
    rest = rest.slice(standfirstLines.length);
  } else if (standfirst && !header.standfirst && wordCount(blockText(standfirst)) > MOST_KICKER_WORDS) {
    const read = readStandfirst(blockText(standfirst));
    header.standfirst = read.standfirst;
    standfirst.forEach((line) => record(line, read.reason));
    rest = rest.slice(1);
  } else if (!header.standfirst && isDekAlone(rest, groups)) {
    // HRW's `Authorities Should Lift Arbitrary Restrictions, Ensure Safe, Voluntary Returns` right below the headline,
    // the date line above it: the one line of a headline's shape left between the headline and the article's text
    // (a photo between them or none) is its standfirst, which no subhead is before the article has begun.
    const read = readStandfirst(blockText(rest[0]!));
    header.standfirst = read.standfirst;
    rest[0]!.forEach((line) => record(line, read.reason));
    rest = [];
  }
  // `ڕووداو - هەولێر` (Rudaw's `Rudaw - Erbil`) right above the lead: the outlet, a dash and where the story was filed
  // from, a dateline on a line of its own, no summary.
  const last = rest.at(-1);
  const filed = last?.length === 1 ? outletCredit(last[0]!.text, [header.outlet?.name, header.agency, siteOnTop])?.place : undefined;
  if (filed) {
    header.filedFrom ??= [filed];
    record(last![0]!, "dateline: the outlet and where the story was filed (kept as places)");
    rest = rest.slice(0, -1);
  }
  // `Mundo` / `Síria` below the date line, right above the lead (Notícias ao Minuto's): labels the header read above,
  // the section's path printed again, no text of the article's.
  const readAbove = new Set(header.removed.map(({ text }) => text));
  const again = rest.findIndex((group) => !(isMenuLabel(group) && readAbove.has(blockText(group))));
  for (const line of rest.slice(0, again === -1 ? rest.length : again).flat()) record(line, LABEL_AGAIN);
  return again === -1 ? [] : rest.slice(again);
}

/**
 * The kinds of page an official body labels its pages with (`Readout`, `Press Statement`, `Media Note`, `Remarks`,
 * `Fact Sheet`), a label alone on its line, and a paper's `Feature`; the kinds of piece a paper labels (`Analysis`,
 * `Opinion`) are PIECE_KIND.
 */
const DOCUMENT_KIND =
  /^(?:readout|(?:joint |press |media )?statement|press release|news release|press briefing|media (?:note|advisory)|remarks|fact ?sheet|speech|transcript|testimony|notice to the press|feature)$/i;
const isKindOfPage = (label: string) => DOCUMENT_KIND.test(label) || PIECE_KIND.test(label);

/**
 * The one line left right below the headline (`groups` all those below it, `rest` those not read yet), longer than a
 * kicker, in title case as a subtitle is printed, ending on no word a wrap breaks after: a standfirst, with no byline
 * or date line below it to mark it as one. A line in sentence case there may be a photo's caption or a wrapped lead's
 * first line.
 */
function isDekAlone(rest: Line[][], groups: Line[][]): boolean {
  const [only] = rest;
  if (rest.length !== 1 || only === undefined || only !== groups[0] || only.length !== 1) return false;
  const { text } = only[0]!;
  return wordCount(text) > MOST_KICKER_WORDS && isInTitleCase(text) && !endsOnFunctionWord(text);
}

/**
 * A document's references, two or more labels each with its number (`UA: 112/26 Index: MDE 13/0921/2026 Iran`): a
 * number with a slash or two, a code in capitals before it, a place's name after it.
 */
const DOCUMENT_REFERENCE = /^(?:\p{L}[\p{L}.]{0,15}: ?(?:\p{Lu}+ )?\d+(?:\/\d+)+(?: \p{Lu}\p{Ll}+)* ?){2,}$/u;

/** The most lines, each its own, a standfirst right above a lead on a dateline is printed in. */
const MOST_STANDFIRST_LINES = 2;

/** A standfirst's line, printed without its full stop, as one sentence of the summary. */
const withFullStop = (text: string) => (/[.!?…"”»]$/u.test(text) ? text : `${text}.`);

/**
 * A dateline that credits the outlet with the place the story was filed from, on a line of its own: the outlet before a
 * dash or a slash (`Rudaw - Erbil`, `ڕووداو - هەولێر`, Alsumaria's `السومرية نيوز/ البصرة`, Shafaq News' `Shafaq News–
 * Baghdad`, its dash run into the name) or after a dash (Sky News Arabia's `أبوظبي - سكاي نيوز عربية`). The outlet is
 * one of `outlets` the page names, or its first word (`ڕووداو` of `ڕووداو دیجیتاڵ`) before the place; the place a few
 * words without a digit. An outlet the page names nowhere else is one by its name's shape (`Shafaq News`), before a
 * place compromise or the gazetteer knows, as a headline's two places (`Baghdad - Erbil`) are not.
 */
function outletCredit(text: string, outlets: (string | undefined)[]): { outlet: string; place: string } | undefined {
  const named = (outlet: string | undefined, whole: boolean) =>
    outlet !== undefined && outlets.some((name) => name !== undefined && (name === outlet || (!whole && name.startsWith(`${outlet} `))));
  const [, outlet, place] = OUTLET_THEN_PLACE.exec(text) ?? [];
  const shaped = outlet !== undefined && OUTLET_NAME.test(outlet) && (isKnownPlace(place!) || isCityName(place!));
  if (named(outlet, false) || shaped) return { outlet: outlet!, place: place! };
  const [, placeFirst, outletAfter] = PLACE_THEN_OUTLET.exec(text) ?? [];
  return named(outletAfter, true) ? { outlet: outletAfter!, place: placeFirst! } : undefined;
}

/** The outlet's dateline (outletCredit) read: the outlet the source, where no other was read, and the place. */
function readCredit(header: Header, { outlet, place }: { outlet: string; place: string }): void {
  header.outlet ??= { name: outlet, place };
  header.filedFrom ??= [place];
}

const CREDIT_PLACE = String.raw`[^\d\s\-–—/]+(?: [^\d\s\-–—/]+){0,2}`;
const OUTLET_THEN_PLACE = new RegExp(String.raw`^(\S+(?: \S+){0,2}?)(?: ?[-–—]| ?/) (${CREDIT_PLACE})$`, "u");
const PLACE_THEN_OUTLET = new RegExp(String.raw`^(${CREDIT_PLACE}) [-–—] (\S+(?: \S+){0,2})$`, "u");
const OUTLET_CREDIT_REASON = "dateline: the outlet and where the story was filed (kept as source and places)";

/**
 * The standfirst, without a kicker of one word a copy ran into it (NRC's `Olie De pijpleiding van Kirkuk …`): a word
 * before the first sentence, which opens on an article in capitals and a word in lower case, as no sentence goes on.
 */
function readStandfirst(text: string): { standfirst: string; reason: string } {
  // Le Figaro's `DÉCRYPTAGE - Après des mois …`: the article's kind before it, no words of the standfirst's.
  const kind = ARTICLE_KIND_BEFORE_LEAD.exec(text)?.[0];
  if (kind !== undefined) return { standfirst: text.slice(kind.length), reason: "standfirst (kept as summary, without the label of the article's kind)" };
  const kicker = KICKER_RUN_IN.exec(text)?.[0];
  if (kicker === undefined) return { standfirst: text, reason: "standfirst (kept as summary)" };
  return { standfirst: text.slice(kicker.length), reason: "standfirst (kept as summary, without the kicker run into it)" };
}

const KICKER_RUN_IN =
  /^\p{Lu}\p{Ll}+ (?=(?:The|An?|De|Het|Een|Le|La|Les|Une?|Der|Die|Das|Eine?|El|Los|Las|Il|Lo|Gli|Os?|As|Uma?) \p{Ll})/u;

/** A name alone whose first word compromise's lexicon knows as a first name's (`Simon Tisdall`): no section's. */
function isWritersName(text: string): boolean {
  return BARE_NAME.test(text) && lexiconTags(text.split(" ")[0]!).some((tag) => FIRST_NAME_TAGS.has(tag));
}

/**
 * A label of a word or two that begins with a capital and ends no sentence (`Environment`, not `Ceasefire holds.`); in
 * a script that writes no capitals, words alone (`أمن`, security), not a dateline's (`بغداد - العربية.نت`).
 */
function isSectionLabel(group: Line[]): boolean {
  const text = blockText(group);
  return isMenuLabel(group) && (/^\p{Lu}/u.test(text) ? !/[.!?:;]$/.test(text) : /^[\p{Lo}\p{M}\u200c ]+$/u.test(text));
}

/**
 * `By Rania Khoury, Shirin Tabrizi and Michael Henley`: three writers or more, as BYLINE reads only the first (what
 * follows a comma is rather the writer's role or place: `By Jane Doe, Middle East correspondent`); or two or more
 * with bars between them (France 24's `By: Annette Young | Ali Laidi`), the names joined as a byline lists them. Each
 * opens on a word that may be a first name, which a role's words do not (`Foreign Affairs and Defence Editor`).
 */
function writersListed(text: string): string | undefined {
  const listed = WRITERS.exec(text)?.[1];
  const barred = listed === undefined ? WRITERS_BETWEEN_BARS.exec(text)?.[1]?.split(" | ") : undefined;
  const names = listed?.split(/, (?:and |AND |& )?|,? (?:and|AND|&) /) ?? barred;
  // A name after a bar may be the outlet's or an agency's instead (`By Reem Al-Sayegh | Reuters`).
  const isWriter = (name: string) => opensOnName(name) && !BYLINE_ROLE.test(name) && !OUTLET_NAME.test(name) && !WIRE_AGENCY.test(name);
  if (!names?.every(isWriter)) return undefined;
  return listed ?? namesJoined(names);
}

/**
 * `سامر الياس صحافي @samerelias` (Independent Arabia's): a byline without "By", the writer's name in Arabic, the role
 * (journalist, writer, correspondent, editor, researcher) and the account on X; group 1 the name. A headline may end on
 * such a role (`الإفراج عن صحافي`), never on an account.
 */
const NAME_ROLE_HANDLE =
  /^(\p{Script=Arabic}+(?: \p{Script=Arabic}+){1,3}) (?:صحافي|صحافية|صحفي|صحفية|كاتب|كاتبة|مراسل|مراسلة|محرر|محررة|باحث|باحثة|إعلامي|إعلامية) @[\w.]{2,30}$/u;

/** A byline with its "By" (BYLINE), or one that lists three writers or more, or writers each with their place. */
function isByline(text: string): boolean {
  return (
    BYLINE.test(text.replace(INITIALS_BEFORE_BYLINE, "")) ||
    writersListed(text) !== undefined ||
    NAME_ROLE_HANDLE.test(text) ||
    (BY_WORD.test(text) && writersInPlaces(text.replace(BY_WORD, "")) !== undefined)
  );
}

const WRITER = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|(?:al|el|bin|ibn|de|da|van|von)(?:-[\p{L}'’-]+)?)){1,3}`;
const WRITERS = new RegExp(`^(?:[Bb]y|BY):? (${WRITER}(?:, ${WRITER})+,? (?:and|AND|&) ${WRITER})$`, "u");
/** France 24's `By: Annette Young | Ali Laidi`: two writers or more, bars between them. */
const WRITERS_BETWEEN_BARS = new RegExp(`^(?:[Bb]y|BY):? (${WRITER}(?: \\| ${WRITER})+)$`, "u");

/**
 * The news agency a byline names, whose copy the article is: the byline's name (`By AFP`), or what follows the name
 * after a bar, a dot or a comma (`By Layla Hassan | AFP`, `By Layla Hassan • AFP`, `By Layla Hassan, Reuters`).
 */
function agencyInByline(text: string, name: string): string | undefined {
  const after = /[|•·,]\s*([^|•·,]+?)\s*$/u.exec(text)?.[1];
  return [name, after].find((candidate) => candidate !== undefined && WIRE_AGENCY.test(candidate));
}

/**
 * The line below a byline that says who the writer is or where they write from, as some sites print it: `BBC News,
 * Basra`, `Middle East correspondent`, or the role first in lower case, as Dutch sites print it (`correspondent
 * Midden-Oosten`). A few words, no sentence, no date, and no time of day at its end: `Update 6 — 9:40 pm` below a
 * live page's byline heads its first entry.
 */
function isBylineTail(text: string): boolean {
  const opens = /^\p{Lu}/u.test(text) || BYLINE_ROLE.exec(text)?.index === 0;
  return (
    wordCount(text) <= MOST_BYLINE_TAIL_WORDS &&
    opens &&
    !/[.!?;:"”]$/.test(text) &&
    !isDateLine(text) &&
    !isByline(text) &&
    !ENDS_IN_TIME_OF_DAY.test(text)
  );
}

/** `… — 9:40 pm`, `… 14:05 GMT`: a line that ends in a time of day. */
const ENDS_IN_TIME_OF_DAY = /(?:^|\s)(?:[01]?\d|2[0-3])[:.][0-5]\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,5})?$/;

/**
 * A line that may be (part of) a headline: short, not ending like a sentence, not a date, byline or menu, and not
 * continued in lower case below, unless what its block holds from it on is a headline a scrape wrapped
 * (`Saudi Arabia and Iran agree to restore ties in China-brokered` / `deal`).
 */
function isHeadlineLike(line: Line, next: Line | undefined, fromHere: Line[]): boolean {
  if (isDateLine(line.text) || isByline(line.text) || DATELINE_ATTRIBUTION.test(line.text)) return false;
  if (isMenu(line.text)) return false;
  if (!looksLikeHeadline(line.text)) return false;
  // The label of the list below it (`Key points:`) heads the list, not the article.
  if (line.text.endsWith(":") && next && isMarkedItem(next.text)) return false;
  // A name that starts in lower case (`iPlayer`, a menu's item) starts one too; so do the marks a post's headline
  // may open with (`🔴 BREAKING | …`).
  if (!HEADLINE_START.test(unmarked(line.text))) return false;
  // A site's address (`www.aljazeera.com`) goes on no headline, though it starts in lower case; nor does a byline
  // whose word for "by" does (Italian's `di Viviana Mazza`), nor a date line that opens on its weekday (Polish's
  // `wtorek, 8 grudnia 2026 r.`).
  const goesOn = next && STARTS_LOWER_CASE.test(next.text) && !SITE_LINE.test(next.text) && !isByline(next.text);
  if (!goesOn || isDateLine(next!.text)) return true;
  return fromHere[1] === next && fromHere.length <= MOST_HEADLINE_LINES && looksLikeHeadline(blockText(fromHere));
}

/**
 * `1. The present report is submitted pursuant to paragraph 8 of Security` / `Council resolution 2732 (2024), …`: the
 * first line of a report's numbered paragraph, copied without the report's title, which a wrap may leave well short of
 * its block's width, as a headline above a lead: no headline, where a line below opens on the next number (`2. On 11
 * November …`); a number alone opens some headlines (`1. FC Köln …`, `2. Bundesliga: …`). Nor is the heading of the
 * report's part above it, numbered in Roman numerals (`I. Introduction`).
 */
function opensNumberedParagraphs(blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  const line = blocks[blockIndex]![lineIndex]!;
  const part = PART_NUMBER.test(line.text);
  if (!part && paragraphNumber(line.text) === undefined) return false;
  const below = linesAfter(blocks, blockIndex, lineIndex, Infinity);
  const [paragraph, ...rest] = part ? below : [line, ...below];
  const number = paragraph && paragraphNumber(paragraph.text);
  return number !== undefined && rest.some((each) => paragraphNumber(each.text) === number + 1);
}

const PART_NUMBER = /^[IVX]{1,4}\. \p{Lu}/u;

/**
 * `В мире, Ирак, Багдад, Турция`: the page's tags, as RIA prints them above the headline, short labels between commas,
 * each capitalised, no verb among them. A list of writers' names is not one: some of a page's tags are one word.
 */
function isTagList(text: string): boolean {
  const items = text.split(", ");
  if (items.length < FEWEST_TAGS || !items.every((item) => TAG.test(item))) return false;
  return items.some((item) => wordCount(item) === 1) && !isByline(text) && !hasVerb(text);
}

const FEWEST_TAGS = 3;
const TAG = /^\p{Lu}[\p{L}\p{N}'’.-]*(?: [\p{L}\p{N}'’.-]+){0,2}$/u;

/** A headline's first letter: a capital, a digit, a quote, or a letter of a script without capitals (Arabic, Chinese). */
const HEADLINE_START = new RegExp(`^(?:[\\p{Lu}\\p{N}"“‘'(\\p{Script=Arabic}\\p{Script=Hebrew}${UNSPACED_LETTERS}「『]|\\p{Ll}{1,2}\\p{Lu})`, "u");

/** A headline a scrape wrapped takes two or three lines. */
const MOST_HEADLINE_LINES = 3;

/**
 * `Iraq’s marshes are drying up. Its people are leaving.`: a headline of a short sentence or two, which some papers
 * end with a full stop, on a line of its own, where no headline was read yet; only right above a date line or
 * byline, or above a standfirst and then one. A lead of one short sentence has no date line below it.
 */
function isSentenceHeadline(block: Block, lineIndex: number, below: Line[]): boolean {
  const line = block[lineIndex]!;
  if (!/^\p{Lu}.*[^.]\.$/u.test(line.text) || wordCount(line.text) > MOST_SENTENCE_HEADLINE_WORDS) return false;
  if (!standsApart(block, lineIndex) || (lineIndex + 1 < block.length && !standsApart(block, lineIndex + 1))) return false;
  return below.slice(0, 2).some((each) => isDatedOrSigned(each.text));
}

/** Shorter than a standfirst, which also ends with a full stop above a byline. */
const MOST_SENTENCE_HEADLINE_WORDS = 14;

/**
 * The lines of one headline, once a copy printed right below it is set aside; or the site's name in small letters on
 * the page's first line, which the header reads with them, its full stop and all (WORDMARK).
 */
function isHeadline(lines: Line[]): boolean {
  const distinct = lines.filter((line, i) => i === 0 || line.text !== lines[i - 1]!.text);
  return looksLikeHeadline(blockText(distinct)) || (distinct.length === 1 && WORDMARK.test(distinct[0]!.text));
}

function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text);
  // A line that ends in a hyphen after a word (`… al-`) goes on below: it is no headline's end.
  return words > 0 && words <= MOST_HEADLINE_WORDS && !/[.,;。，；]$|\p{L}-$/u.test(text.replace(LAST_INITIAL, "")) && !isCaption(text);
}

/** The full stop of initials at the end (`U.S.`, a menu's item) ends no sentence. */
const LAST_INITIAL = /(?<=(?:^|\s)(?:\p{Lu}\.)+\p{Lu})\.$/u;

/** A label of a word or two (`World`, `Middle East`): a menu's item, a breadcrumb, a section's name. */
function isMenuLabel(group: Line[]): boolean {
  return wordCount(blockText(group)) <= MOST_MENU_ITEM_WORDS;
}

/**
 * A menu's item: a label of a word or two, or a few words on the site's owner, who says "we" (an organisation's `What
 * we do`, `Where we work`, `Who we are`, `Our work`), as no headline of so few words does.
 */
function isMenuItem(group: Line[]): boolean {
  return isMenuLabel(group) || (wordCount(blockText(group)) <= MOST_SITE_ITEM_WORDS && SAYS_WE.test(blockText(group)));
}

const MOST_SITE_ITEM_WORDS = 3;
/** `we`, `us`, `our` and theirs in the languages read here; in lower case but first, as `US` is the country. */
const SAYS_WE =
  /^(?:We|Our|Nous|Notre|Nos|Wir|Unser\p{L}*|Nuestr\p{L}+|Wij|Onze)(?!\p{L})|(?<= )(?:we|us|our|nous|notre|nos|wir|uns|unser\p{L}*|nuestr\p{L}+|nostr\p{L}+|wij|ons|onze)(?!\p{L})/u;

/**
 * A label of a word or two, each capitalised, an ampersand between them or none (`World`, `Middle East`, de
 * Volkskrant's `Cultuur & Media`): a section's, not a headline (`Floods return`).
 */
function isLabelInTitleCase(group: Line[]): boolean {
  return isMenuLabel(group) && /^\p{Lu}\S*(?: (?:& )?\p{Lu}\S*)?$/u.test(blockText(group));
}

/** A label of a word or two in capitals (`WORLD`, `MIDDLE EAST`): not a headline in capitals, which says more. */
function isCapitalisedLabel(group: Line[]): boolean {
  return isMenuLabel(group) && /^\p{Lu}[\p{Lu} &'’-]*$/u.test(blockText(group));
}

/**
 * `عربي | كوردى`, `Home | World | Iraq`: several items of one or two plain words between bars; or a language's name in
 * its own words alone on its line (`中文`, `Русский`), an item of a language menu, one a line.
 */
function isMenu(text: string): boolean {
  if (LANGUAGE_NAMES.has(text)) return true;
  const items = text.split("|").map((item) => item.trim());
  return items.length >= 2 && items.every((item) => CRUMB.test(item) && wordCount(item) <= 2);
}

/** The names a language menu gives the languages, each in its own (`English` but no `French`, a word of a headline). */
const LANGUAGE_NAMES: ReadonlySet<string> = new Set(
  (
    "English Français Español Deutsch Italiano Português Nederlands Русский Українська Türkçe Polski Svenska Ελληνικά " +
    "العربية عربي فارسی کوردی كوردى Kurdî اردو עברית हिन्दी 中文 简体中文 繁體中文 日本語 한국어 Kiswahili"
  ).split(" "),
);

/** Sites print the headline twice; the copy is recorded, not kept. A headline wrapped over lines is one headline. */
function dropRepeats(headlines: Line[][], record: (line: Line, reason: string) => void): Line[][] {
  const seen = new Set<string>();
  const unique: Line[][] = [];
  for (const group of headlines) {
    const parts: Line[] = [];
    for (const line of group) {
      const sofar = blockText(parts);
      if (line.text === sofar || seen.has(line.text)) record(line, "repeated headline");
      else parts.push(line);
    }
    const text = blockText(parts);
    if (parts.length === 0) continue;
    if (seen.has(text)) parts.forEach((line) => record(line, "repeated headline"));
    else unique.push(parts);
    seen.add(text);
  }
  return unique;
}

/**
 * Baghdad Today's `Breaking` / `Parliament postpones vote on 2027 budget tables`, below the site's menu and above the
 * article's section and headline: a ticker of the latest news, its label and the story it runs, another article's.
 * Only with a line above it and a headline below it: a label right above the headline (`BREAKING` / the headline)
 * flags that headline.
 */
function leaveTicker(groups: Line[][], record: (line: Line, reason: string) => void): Line[][] {
  const at = groups.findIndex(
    (group, i) =>
      i > 0 &&
      FLASH_LABEL_ALONE.test(blockText(group)) &&
      groups[i + 1] !== undefined &&
      groups[i + 1]![0]!.no === group.at(-1)!.no + 1 &&
      !isMenuItem(groups[i + 1]!) &&
      groups.slice(i + 2).some((below) => !isMenuItem(below)),
  );
  if (at === -1) return groups;
  const reason = "a ticker of the latest news above the headline, its label and another article's headline (site chrome)";
  for (const line of groups.slice(at, at + 2).flat()) record(line, reason);
  return [...groups.slice(0, at), ...groups.slice(at + 2)];
}

/**
 * What is above two or more labels of a word or two right above the headline (`World`, `Middle East`) is the site's
 * name or motto (`Exclusive news, data and analytics for financial market professionals`), not the headline; and
 * above the last such run of labels, when a whole page was copied, the site's links and menus before it (`Sign in`,
 * `The Guardian - Back to homepage`, then its menu of sections).
 */
function leaveMotto(
  groups: Line[][],
  record: (line: Line, reason: string) => void,
): { below: Line[][]; found: boolean } {
  const firstLabel = lastLabelRun(groups);
  if (firstLabel < 1) return { below: groups, found: false };
  const reason = "the site's name or motto, above the section's labels";
  for (const line of groups.slice(0, firstLabel).flat()) record(line, reason);
  return { below: groups.slice(firstLabel), found: true };
}

/** Where the last run of two or more labels that a longer line follows begins; -1 when there is none. */
function lastLabelRun(groups: Line[][]): number {
  let start = -1;
  groups.forEach((group, i) => {
    const runStart = i >= 2 && !isMenuItem(group) && isMenuItem(groups[i - 1]!) && isMenuItem(groups[i - 2]!);
    if (!runStart) return;
    start = i - 2;
    while (start > 0 && isMenuItem(groups[start - 1]!)) start--;
  });
  return start;
}

/**
 * Two or more labels of a word or two above the headline are the site's menu. A copied page often prints the
 * current section's label again after the menu, right above the headline: a last label that repeats one of the
 * menu's is the article's section. Below the site's motto or address (`belowMotto`), or below its name (`Le Monde`,
 * the outlet the header names), a few labels are the path to the article's section (`World`, `Middle East`), whose
 * last is the section.
 */
function leaveMenu(
  groups: Line[][],
  header: Header,
  record: (line: Line, reason: string) => void,
  belowMotto: boolean,
  dateLines: number[],
): Line[][] {
  // The National's `Comment` right above the headline, below the section's label: the kicker that says what kind of
  // piece it is (boilerplate.ts keeps it); the labels above it are read as they would be without it.
  const kicker = groups.findIndex((group, i) => KICKER_LABEL.test(blockText(group)) && groups[i + 1] !== undefined && groups[i + 1]![0]!.no - group.at(-1)!.no <= 2);
  if (kicker > 0 && groups.slice(0, kicker).every(isMenuItem) && !isMenuItem(groups[kicker + 1]!)) {
    groups[kicker]!.forEach((line) => record(line, "the kicker above the headline, below the section's label"));
    return leaveMenu([...groups.slice(0, kicker), ...groups.slice(kicker + 1)], header, record, belowMotto, dateLines);
  }
  const menuItems = groups.findIndex((group) => !isMenuItem(group));
  if (menuItems < 2) return groups;
  // A date line among the labels parts the site's menu from the path to the section below it (Notícias ao Minuto's
  // `Lusa` / `Mundo` / `Há 3 horas` / `Mundo` / `Síria`).
  const between = (i: number) => dateLines.some((no) => no > groups[i - 1]!.at(-1)!.no && no < groups[i]![0]!.no);
  let belowDate = menuItems - 1;
  while (belowDate > 0 && !between(belowDate)) belowDate--;
  if (belowDate > 0) {
    for (const line of groups.slice(0, belowDate).flat()) record(line, MENU);
    return leaveMenu(groups.slice(belowDate), header, record, true, dateLines);
  }
  const menu = groups.slice(0, menuItems);
  const label = menu.at(-1)!;
  // Printed again in capitals, as a page styles the current section's label (`World` in the menu, `WORLD` above the
  // headline), it is the same label, kept as the menu writes it; set apart from the menu above it, or right above the
  // headline, a blank line at most between. A menu that names an item again at its end, the line after the one before
  // it, has its search and sign-in below (Al Jazeera's `More` / `Live` / `Search` / `Sign up`).
  // IRNA's `Politics` / `Dec 3, 2026, 2:15 PM` / headline: a date line between them parts them no more than a blank line.
  const headline = groups[menuItems]?.[0];
  const datedBetween = headline === undefined ? 0 : dateLines.filter((no) => no > label.at(-1)!.no && no < headline.no).length;
  const aboveHeadline = headline !== undefined && headline.no - label.at(-1)!.no - datedBetween <= 2;
  const apart = label[0]!.no - menu.at(-2)!.at(-1)!.no > 1;
  const repeated =
    aboveHeadline || apart ? menu.slice(0, -1).find((item) => lowerCased(blockText(item)) === lowerCased(blockText(label))) : undefined;
  // The site's name: the outlet the header names, or a logo's word in capitals over labels that are not (Público's
  // `PÚBLICO` over `Mundo` / `Médio Oriente` / `Iraque`), or one in small letters (`dpa international`), as no
  // label of a menu is written.
  const logo =
    (isCapitalisedLabel(menu[0]!) && menu.slice(1).every((item) => !isCapitalisedLabel(item))) ||
    SMALL_LETTERS_NAME.test(blockText(menu[0]!));
  const siteName = blockText(menu[0]!) === header.outlet?.name || logo ? menu[0] : undefined;
  const path = siteName ? menu.slice(1) : menu;
  // A page about the site itself (`About us`, `Contact`, `Methodology`) is the site's menu's, on no path to a section.
  const aboutTheSite = path.some((item) => isAboutTheSite(blockText(item)));
  const onPath = (belowMotto || siteName !== undefined) && path.length <= MOST_SECTION_PATH_LABELS && !aboutTheSite;
  // tagesschau's menu, then `Ausland` again and `Asien` (El País' `Internacional` again, `Oriente Próximo`, `Irak`):
  // the path to the section, which opens on a label of the menu's printed again, one or two labels before the last.
  const opensPath = (at: number) => menu.length > 3 && menu.slice(0, at).some((item) => blockText(item) === blockText(menu.at(at)!));
  const pathOpens = [-2, -3].find(opensPath);
  // The Guardian's menu ending on `Obituaries`, then `Obituaries` again and `Iraq`: the menu has marked where the page
  // stands, its last item the section printed again right below it; what follows is a tag or series, not the path's.
  const menuEndsOnIt = pathOpens !== undefined && blockText(menu.at(pathOpens - 1)!) === blockText(menu.at(pathOpens)!);
  const pathAfterMenu = pathOpens !== undefined && !menuEndsOnIt;
  // Arab News' `Arab News` / its address / `Middle-East` / headline: the site's name and one label set apart below
  // it, right above the headline, the section's.
  const nameAndSection = menu.length === 2 && apart && aboveHeadline;
  // L'Orient-Le Jour's `MOYEN-ORIENT - Irak` right above the headline: the menu's `Moyen-Orient` printed again, in
  // capitals, and the section within it, the path's last label.
  const [parent, within, ...more] = blockText(label).split(" - ");
  const namesMenuItem = (name: string) => menu.slice(0, -1).some((item) => lowerCased(blockText(item)) === lowerCased(name));
  const crumb = within !== undefined && more.length === 0 && CRUMB.test(within) && wordCount(within) <= MOST_CRUMB_WORDS;
  const subsection = aboveHeadline && crumb && namesMenuItem(parent!) ? within : undefined;
  const isSection = repeated !== undefined || onPath || pathAfterMenu || nameAndSection || subsection !== undefined || menuEndsOnIt;
  const markedSection = menuEndsOnIt && repeated === undefined ? menu.at(pathOpens!) : undefined;
  if (isSection) header.section = subsection ?? blockText(repeated ?? markedSection ?? label);
  const reason = (item: Line[]) => {
    const pathsLast = subsection !== undefined || (pathAfterMenu && repeated === undefined && !onPath);
    if (item === label && pathsLast) return BREADCRUMBS;
    if (item === markedSection) return SECTION_LABEL;
    if (item === label && markedSection) return "a tag or series of the article's, below its section's label";
    if (item === label && isSection) return SECTION_LABEL;
    return item === siteName ? "the site's name, above the section's labels" : MENU;
  };
  for (const item of menu) for (const line of item) record(line, reason(item));
  return groups.slice(menuItems);
}

/** A menu's item that leads to a page about the site, not to a section of its news: it says "we", or names such a page. */
const isAboutTheSite = (text: string) => SAYS_WE.test(text) || SITE_PAGE.test(text);
const SITE_PAGE =
  /^(?:about|contact|methodology|careers|jobs|advertise|privacy|terms|faq|help|donate|impressum|kontakt|mentions légales|à propos|acerca de|contacto|chi siamo|contatti|over ons)$/iu;

/**
 * `Home › News › Middle East`: the path to the article's section, labels of a few words, the last the section; else
 * undefined. Two labels between slashes are rather one kicker (`Iraq / Iran`).
 */
function sectionOfTrail(label: string): string | undefined {
  const crumbs = label.split(BREADCRUMB_SEPARATOR);
  const enough = crumbs.length > 2 || (crumbs.length === 2 && !label.includes(" / "));
  const labels = crumbs.every((crumb) => CRUMB.test(crumb) && wordCount(crumb) <= MOST_CRUMB_WORDS);
  return enough && labels ? crumbs.at(-1) : undefined;
}

/**
 * The Times' `WORLD | MIDDLE EAST` right above the headline, below its menu, which the header read as a menu of its
 * own by its bar: the menu's `World` printed again, in capitals, and the section within it, the path's last label, as
 * L'Orient-Le Jour's `MOYEN-ORIENT - Irak` is read (leaveMenu). The line is recorded as the path it is.
 */
function sectionInBarredPath(removed: RemovedLine[]): string | undefined {
  const inOrder = [...removed].sort((a, b) => a.line - b.line);
  const headline = inOrder.findIndex(({ reason }) => reason.startsWith("headline"));
  const path = inOrder[headline - 1];
  if (path === undefined || path.reason !== MENU) return undefined;
  const [parent, within, ...more] = path.text.split(" | ");
  const menu = inOrder.slice(0, headline - 1).filter(({ reason }) => reason === MENU);
  const namesMenuItem = menu.some(({ text }) => lowerCased(text) === lowerCased(parent!));
  if (within === undefined || more.length > 0 || !namesMenuItem || !CRUMB.test(within) || wordCount(within) > MOST_CRUMB_WORDS) return undefined;
  path.reason = BREADCRUMBS;
  return within;
}

/**
 * `Middle East & Africa | Dams and dust`, as the Economist prints it above the headline: the section's name in title
 * case, a bar, and the article's rubric, each a few words that end no sentence, without a verb after their first word
 * (a rubric may open on a plural that is also a verb's form, `Dams`), the section; undefined for a headline with a bar
 * of its own (`Iraq | Parliament elects new president`).
 */
function sectionOfRubric(label: string): string | undefined {
  const parts = label.split(" | ");
  const isLabel = (part: string) =>
    wordCount(part) <= MOST_KICKER_WORDS && !/[.!?,;:]$/.test(part) && !hasVerb(part.split(" ").slice(1).join(" "));
  return parts.length === 2 && parts.every(isLabel) && isInTitleCase(parts[0]!) ? parts[0] : undefined;
}

/**
 * A path to the article whose last crumb is its headline, printed again in one of the lines `below`: the crumb before
 * it (the section) and where the headline is, counting the path's line as 0; else undefined.
 */
function pathToHeadline(path: string, below: string[]): { section: string; headlineAt: number } | undefined {
  if (!BREADCRUMB_SEPARATOR.test(path)) return undefined;
  const crumbs = path.split(BREADCRUMB_SEPARATOR);
  const title = crumbs.at(-1)!;
  const at = below.indexOf(title);
  const sectionCrumbs = crumbs.slice(0, -1);
  const labels = sectionCrumbs.length >= 2 && sectionCrumbs.every((crumb) => CRUMB.test(crumb) && wordCount(crumb) <= MOST_CRUMB_WORDS);
  return at >= 0 && labels && wordCount(title) > MOST_CRUMB_WORDS ? { section: sectionCrumbs.at(-1)!, headlineAt: at + 1 } : undefined;
}
const MOST_LABELS_BELOW_PATH = 2;
const PATH_TO_ARTICLE = "the path to the article, ending on its headline (the section's label before it kept as section)";

/** Between a path's labels: `>`, `›`, `»`, `/`, `→`, or Chinese sites' `>>` (`人民网 >> 国际`), a space either side. */
const BREADCRUMB_SEPARATOR = / (?:[>›»/→]|>>) /u;
/** A label of a menu or a path: letters, digits, a few marks, Japanese's dot between words (`科学・文化`). */
const CRUMB = /^[\p{L}\p{N}][\p{L}\p{N}&'’.・ -]*$/u;
const MOST_CRUMB_WORDS = 3;
const BREADCRUMBS = "the path to the article's section (its last label kept as section)";

/** More labels than this below a site's motto are its menu, not the path to the article's section. */
const MOST_SECTION_PATH_LABELS = 3;

/**
 * A short label above a longer line is the section (kicker), and so is the last of a stack of labels above the
 * headline (labelsAboveHeadline); the line after them is the headline. Anything after the headline goes back to the
 * article, but what takeWhatFollowsTheHeadline reads as the header's.
 */
function chooseHeadline(
  groups: Line[][],
  header: Header,
  lastDateOrByline: number,
  record: (line: Line, reason: string) => void,
): Block[] {
  // A section's label in capitals (`WORLD`) sits right above the headline; what is above it is the site's name or
  // motto (`Democracy Dies in Darkness`).
  // A news agency's name in capitals (`AFP`) is none: it credits the copy, below the headline too.
  const capitalised = groups.findIndex(
    (group, i) => isCapitalisedLabel(group) && !WIRE_AGENCY.test(blockText(group)) && groups[i + 1] !== undefined,
  );
  // So is one in title case (`Iraq`) right above the last line of them above the date line or byline, when the
  // standfirst was read below that: the line below the label is the headline, not a standfirst, and what is above the
  // label the site's name or motto, whatever its shape (Al-Monitor's `The Middle East's leading independent news
  // source since 2012`).
  const last = groups.filter((group) => group.at(-1)!.no <= lastDateOrByline).length - 1;
  const aboveLast = header.standfirst !== undefined && last >= 2 && isLabelInTitleCase(groups[last - 1]!) ? last - 1 : -1;
  const label = Math.max(capitalised, aboveLast);
  for (const group of groups.slice(0, Math.max(label, 0))) {
    group.forEach((line) => record(line, "the site's name or motto, above the section's label"));
  }
  let rest = groups.slice(Math.max(label, 0));
  // `UNITED NATIONS ASSISTANCE MISSION FOR IRAQ` above `Water Scarcity in Southern Iraq: A Human Rights Report`: the
  // body that issued a report, its name in capitals above the report's title, is its source, not its headline.
  const [top, title] = rest;
  const issuer = top && title ? issuerInCapitals(blockText(top)) : undefined;
  if (issuer && !/[.!?]$/.test(blockText(title!)) && issuerInCapitals(blockText(title!)) === undefined) {
    header.outlet ??= { name: issuer };
    top!.forEach((line) => record(line, "the issuing body's name above the title (kept as source)"));
    rest = rest.slice(1);
  }
  // `Home / Emergencies / Disease Outbreak News / Crimean-Congo haemorrhagic fever - Iraq` above `Disease Outbreak
  // News` and the headline (WHO's): the path to the article itself, its last crumb the headline printed below it.
  const toTitle = rest[0] && pathToHeadline(blockText(rest[0]), rest.slice(1, 1 + MOST_LABELS_BELOW_PATH).map(blockText));
  if (toTitle) {
    // The path names the section over a label the menu above it marked, which was the menu's.
    for (const removed of header.removed) if ([SECTION_LABEL, BREADCRUMBS].includes(removed.reason)) removed.reason = MENU;
    header.section = toTitle.section;
    rest[0]!.forEach((line) => record(line, PATH_TO_ARTICLE));
    for (const group of rest.slice(1, toTitle.headlineAt)) {
      const again = blockText(group) === toTitle.section;
      group.forEach((line) => record(line, again ? "the section's label again, above the headline" : "the site's name, motto or menu, above the headline"));
    }
    rest = rest.slice(toTitle.headlineAt);
  }
  const { labels, motto } = toTitle ? { labels: [], motto: false } : labelsAboveHeadline(rest, lastDateOrByline, header.standfirst !== undefined);
  // Of a stack of labels the last, right above the headline, is the section's; those above it, or a motto, the site's.
  const section = motto ? undefined : labels.at(-1);
  for (const group of labels.filter((label) => label !== section)) {
    group.forEach((line) => record(line, "the site's name, motto or menu, above the headline"));
  }
  // `ECHR 318 (2026)` above a release's title: its number in the issuer's series, no section.
  const numbered = section && RELEASE_NUMBER.test(blockText(section)) ? section : undefined;
  numbered?.forEach((line) => record(line, RELEASE_NUMBER_REASON));
  if (section && !numbered) {
    // A news agency's name there (`Associated Press`, as a site that runs the agency's copy prints it) is the source.
    const trail = sectionOfTrail(blockText(section));
    const rubric = sectionOfRubric(blockText(section));
    const agency = WIRE_AGENCY.test(blockText(section));
    // tagesschau's `Türkische Luftangriffe im Nordirak` above the headline, below the menu's path `Ausland` / `Asien`:
    // a kicker longer than a section's label, which the path names.
    const menuPath = header.removed.some((removed) => removed.reason === BREADCRUMBS);
    const kickerOnly = menuPath && !trail && !rubric && wordCount(blockText(section)) > MOST_CRUMB_WORDS;
    if (agency) header.agency ??= blockText(section);
    else if (!kickerOnly) header.section = trail ?? rubric ?? blockText(section);
    // The label right above the headline names its section over one the menu above it marked, which was the menu's.
    if (!agency && !kickerOnly) {
      for (const removed of header.removed) if ([SECTION_LABEL, BREADCRUMBS].includes(removed.reason)) removed.reason = MENU;
    }
    const reason = agency
      ? "the news agency's name above the headline (kept as source)"
      : kickerOnly
        ? "the kicker above the headline, below the path to the section"
        : trail
          ? BREADCRUMBS
          : rubric
            ? "the section's name and the article's rubric above the headline (the section kept)"
            : SECTION_LABEL;
    section.forEach((line) => record(line, reason));
  }
  rest = rest.slice(labels.length);
  // `Press release issued by the Registrar of the Court` above the headline (the European Court of Human Rights'):
  // what the document is and who issued it, printed on every release, not its headline.
  if (rest[0] && rest[1] && ISSUED_DOCUMENT.test(blockText(rest[0]))) {
    rest[0].forEach((line) => record(line, "what the document is and who issued it, above its title"));
    rest = rest.slice(1);
  }
  const [headline, ...others] = rest;
  if (headline) {
    const printed = blockText(headline);
    const flagless = unmarked(printed).replace(FLASH_LABEL, "");
    const unnumbered = flagless.replace(UPDATE_LABEL_BEFORE, "");
    const wire = wireLabels(unnumbered);
    const site = siteAfterHeadline(wire.headline);
    const titled = site ? wire.headline.slice(0, site.at) : wire.headline;
    const kicker = sectionBeforeBar(titled);
    // A report's title in quotes, its subtitle in title case below it, as a report's cover prints them: one title.
    // So is a report's title above what it is and whose (`Report of the Secretary-General`), as the UN prints them.
    const below = others[0] && blockText(others[0]);
    const subtitled = below !== undefined && ((QUOTED_TITLE.test(titled) && isSubtitle(below)) || REPORT_OF.test(below));
    const subtitle = subtitled ? others.shift() : undefined;
    header.title = kicker ? kicker.headline : subtitle ? `${titled}: ${blockText(subtitle)}` : titled;
    subtitle?.forEach((line) => record(line, "the title's subtitle (kept as part of the title)"));
    if (site) header.outlet ??= { name: site.name };
    if (kicker) {
      // The headline's own label names its section over a label read above it, which was the menu's.
      for (const removed of header.removed) if (removed.reason === SECTION_LABEL) removed.reason = MENU;
      header.section = kicker.section;
    }
    const kindKept = wire.kind !== undefined && header.section === undefined;
    if (kindKept) header.section = wire.kind;
    const without = [
      ...(flagless !== printed.replace(WRAPPED_IN_BOLD, "$2") ? ["the flag before it"] : []),
      ...(unnumbered !== flagless ? ["the update's number before it"] : []),
      ...(wire.headline !== unnumbered ? [kindKept ? "the wire's label before it, its kind kept as section" : "the wire's label before it"] : []),
      ...(kicker ? ["the section's label before it, kept as section"] : []),
      ...(site ? ["the site's name after it, kept as source"] : []),
    ].join(" and ");
    headline.forEach((line) => record(line, without ? `headline (kept as title, without ${without})` : "headline (kept as title)"));
  }
  // The headline printed again without what the page's title put around it is a repeat too.
  const repeats = others.filter((group) => blockText(group) === header.title);
  for (const line of repeats.flat()) record(line, "repeated headline");
  return others.filter((group) => !repeats.includes(group));
}

/**
 * `"Everyone Must Leave"`, `“Nowhere to Go”`: a report's title, a few words someone said, in quotes; never a section's
 * label, which no page quotes.
 */
const QUOTED_TITLE = /^["“][^"“”]*\s[^"“”]*["”]$/u;

/**
 * `Press release issued by the Registrar of the Court`, `Communiqué de presse du Greffier de la Cour`: a release's
 * kind and issuer, as the issuer prints it above every release's title.
 */
const ISSUED_DOCUMENT =
  /^(?:(?:press|news|media) release|press statement|communiqué de presse|comunicado de prensa|comunicato stampa|pressemitteilung) (?:(?:issued|published|released) by|from|of|du|de la|de l['’]|des|de|del|della|der|des) [^.!?]{2,80}$/iu;

/** `ECHR 318 (2026)`: a release's number, the issuer's initials, the number and the year in brackets. */
const RELEASE_NUMBER = /^\p{Lu}{2,8} \d{1,5} \((?:19|20)\d\d\)$/u;

/** `Report of the Secretary-General`, `Note by the Secretariat`: what a document is, and whose, below its title. */
const REPORT_OF = /^(?:Report|Note|Letter|Memorandum) (?:of|by|from) the \p{Lu}[\p{L}-]*(?: (?:of|on|for|the|and|\p{Lu}[\p{L}-]*)){0,8}$/u;

/** `Forced Returns of Displaced Families in Iraq` below a title in quotes: its subtitle, in title case, no sentence. */
function isSubtitle(text: string): boolean {
  return isInTitleCase(text) && wordCount(text) <= MOST_HEADLINE_WORDS;
}

/**
 * The labels above the headline, from the first of `groups`: the section's (kicker) or the path to it, a short label
 * above a longer line; and, with both a headline and a standfirst below them (a group above the last date line or
 * byline, or the standfirst read as a line: `hasStandfirst`), a stack of labels (Haaretz's `Haaretz` / `Middle East
 * News`, Chatham House's `Middle East and North Africa Programme`) or the site's motto (`Democracy Dies in Darkness`)
 * over the headline. Then the headline is the first line below them that reads as one.
 */
function labelsAboveHeadline(
  groups: Line[][],
  lastDateOrByline: number,
  hasStandfirst: boolean,
): { labels: Line[][]; motto: boolean } {
  let count = 0;
  let motto = false;
  for (; count + 1 < groups.length; count++) {
    const label = blockText(groups[count]!);
    // A label above the headline is shorter than it, but for the path to a section, which may be as long, and may
    // stand below the site's name (`人民网` / `人民网 >> 国际`).
    const trail = sectionOfTrail(label) !== undefined;
    const kicker =
      (count === 0 || trail) &&
      !OBITUARY_HEADLINE.test(label) &&
      !QUOTED_TITLE.test(label) &&
      (trail || sectionOfRubric(label) !== undefined || (wordCount(label) <= MOST_KICKER_WORDS && label.length < blockText(groups[1]!).length));
    // Below other labels, the last of the stack is a section's label of a word or two, above a longer line: the UN's
    // `Economic and Social Council` / `Press Briefings` / `Daily Press Briefing by the Office of the Spokesperson…`.
    const lastOfStack =
      count > 0 && isSectionLabel(groups[count]!) && label.length < blockText(groups[count + 1]!).length && !OBITUARY_HEADLINE.test(label);
    const headerGroupsBelow = groups.slice(count + 1).filter((group) => group.at(-1)!.no <= lastDateOrByline).length;
    const headlineAndStandfirstBelow = headerGroupsBelow + (hasStandfirst ? 1 : 0) >= 2;
    const isSitesMotto = headlineAndStandfirstBelow && isMotto(label);
    if (!kicker && !lastOfStack && !isSitesMotto && !(headlineAndStandfirstBelow && isLabelPhrase(label))) break;
    motto = isSitesMotto;
  }
  return { labels: groups.slice(0, count), motto };
}

/**
 * A label's words (`Middle East News`, `Analysis`, `Middle East and North Africa Programme`): a name in title case,
 * no verb compromise's lexicon knows, no mark that ends a sentence or clause.
 */
function isLabelPhrase(text: string): boolean {
  return isInTitleCase(text) && wordCount(text) <= MOST_LABEL_PHRASE_WORDS && !hasVerb(text);
}

/** A site's motto (`Democracy Dies in Darkness`): a short clause in title case, a verb compromise's lexicon knows in it. */
function isMotto(text: string): boolean {
  const words = wordCount(text);
  return isInTitleCase(text) && words >= FEWEST_MOTTO_WORDS && words <= MOST_KICKER_WORDS && hasVerb(text);
}

/** The word an obituary's headline names it by, in the languages read here. */
const OBITUARY_WORDS = ["obituary", "nécrologie", "Nachruf", "obituario", "necrologio", "necrología", "in memoriam"]
  .map((word) => eitherCaseFirst(word))
  .join("|");
const DEAD_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|${NAME_PARTICLES.join("|")})){0,3}`;
/**
 * `Shirin Hassani obituary`, `Obituary: Shirin Hassani`, `Nachruf auf Shirin Hassani`: the headline an obituary is
 * given, the dead's name and the word, however short, above the long line below it, which is the standfirst
 * (`Kurdish photographer whose images …`), not the headline under a kicker. A section's label names obituaries alone
 * (`Obituaries`).
 */
const OBITUARY_HEADLINE = new RegExp(`^(?:${DEAD_NAME},? (?:${OBITUARY_WORDS})|(?:${OBITUARY_WORDS})(?::| auf| de| di)? ${DEAD_NAME})$`, "u");
const MOST_LABEL_PHRASE_WORDS = 8;
const FEWEST_MOTTO_WORDS = 3;

/**
 * Each word capitalised but the small ones (`of`, `and`, `in`), and no mark at the end that ends a sentence or clause:
 * every word of a label's few, unlike entities.ts's inTitleCase and inFullTitleCase, which count a long line's long
 * words.
 */
function isInTitleCase(text: string): boolean {
  return !/[.!?,;:]$/.test(text) && text.split(" ").every((word) => /^[\p{Lu}\p{N}&]/u.test(word) || FUNCTION_WORDS.has(word));
}

/** Whether compromise's lexicon knows a word of `text` as a verb's form (`Dies`, `Are`, `elects`). */
function hasVerb(text: string): boolean {
  return text.split(" ").some((word) => isVerbForm(word.replace(/[^\p{L}'’-]/gu, "")));
}

/**
 * An organisation's name in capitals, as a report's cover prints its issuer's (`MINISTRY OF WATER RESOURCES`): its
 * head word last, or before what it is of or for. A headline in capitals says more (`IRAQI ARMY RETAKES MOSUL`).
 */
function issuerInCapitals(line: string): string | undefined {
  if (line !== line.toUpperCase() || !/\p{Lu}{2}/u.test(line) || wordCount(line) < 2) return undefined;
  const name = unshouted(line).replace(/ (?:Of|For|In|On|The|And)(?= )/g, (word) => word.toLowerCase());
  return ISSUER.test(name) ? name : undefined;
}

const ISSUER = new RegExp(
  `^(?:\\p{Lu}[\\p{L} ]*? )?${ORGANIZATION_HEAD}(?: (?:of|for|in|on)(?: the)?(?: (?:and )?\\p{Lu}\\p{L}+)+)?$`,
  "u",
);

/**
 * The site's name a page's title puts after its headline, as a browser's tab shows it: after the last bar, a name
 * in capitals or a web address (`… | Rudaw.net`, `… | Middle East News | Al Jazeera`); after a dash, only an
 * outlet's name by its shape (`… - BBC News`, `… – The Washington Post`), as a headline may have a dash of its own.
 * `at` is where the headline ends.
 */
function siteAfterHeadline(title: string): { name: string; at: number } | undefined {
  const bar = /^(.+?\S) \| (?:[^|]+ \| )*([^|]+)$/u.exec(title);
  const dash = /^(.+?\S) [-–—] ([^-–—]+)$/u.exec(title);
  const [headline, name] = bar && isSiteName(bar[2]!) ? [bar[1]!, bar[2]!] : dash && isOutlet(dash[2]!) ? [dash[1]!, dash[2]!] : [];
  return headline && wordCount(headline) >= FEWEST_HEADLINE_WORDS ? { name: name!.trim(), at: headline.length } : undefined;
}

/**
 * `Middle East|Turkish Drone Strike Kills Four in Northern Iraq`, as the New York Times prints a page's title: the
 * section's label of a word or two, in title case, and the headline, a bar without spaces between them. A bar with
 * spaces around it may be the headline's own (`Iraq | Parliament elects new president`), and stays.
 */
function sectionBeforeBar(title: string): { section: string; headline: string } | undefined {
  const [, section, headline] = /^([^|]*[^|\s])\|([^|\s][^|]*)$/u.exec(title) ?? [];
  if (!section || !headline || !isLabelInTitleCase([{ no: 0, text: section, indent: 0 }])) return undefined;
  return wordCount(headline) >= FEWEST_HEADLINE_WORDS ? { section, headline } : undefined;
}

const isOutlet = (name: string) => OUTLET_NAME.test(name) || WIRE_AGENCY.test(name) || SITE_ADDRESS.test(name);
/** `Al Jazeera`, `Rudaw.net`, `The Baghdad Post`: a few words, each capitalised but the small ones, or an outlet. */
const isSiteName = (name: string) =>
  isOutlet(name) ||
  (wordCount(name) <= MOST_OUTLET_WORDS && /^\p{Lu}\S*(?: (?:\p{Lu}\S*|of|the|and|al|el))*$/u.test(name) && !PAGE_KIND.test(name));
/**
 * What a page is, which a title may put after a bar too (`… | Live Updates`, `… | Opinion`): no site's name. Not
 * PIECE_KIND, which reads a label alone on its line: a title's part names live pages and galleries too, and a word
 * after the kind (`Opinion Blog`, `Video Coverage`).
 */
const PAGE_KIND =
  /^(?:live|updates?|photos?|pictures|gallery|videos?|watch|listen|analysis|opinion|explainer|explained|interview|podcast|review|editorial|comment|breaking|exclusive|timeline|in pictures)(?: (?:updates?|news|blog|video|coverage))?$/i;
/** A title's first part shorter than this is a label (`Iraq | …`), no headline. */
const FEWEST_HEADLINE_WORDS = 3;

/**
 * A line without the marks around its words: pictographs a post or a channel flags it with (`🔴 `, `🚨 `, a country's
 * flag, `🇮🇶 `), and the stars or underscores of bold that wrap it whole (`*Iraqi parliament elects …*`, as a chat's
 * message writes it).
 */
const unmarked = (text: string) => text.replace(LEADING_MARKS, "").replace(WRAPPED_IN_BOLD, "$2");
const LEADING_MARKS = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{FE0F}\u{200D}]+\s*)+/u;
const WRAPPED_IN_BOLD = /^([*_]{1,2})(?=[^\s*_])([^*_]+?)(?<=[^\s*_])\1$/u;
/**
 * `BREAKING |`, `Breaking News:`, `عاجل |`: a label that says the news is new, before the headline it flags; a
 * label that says what the article is (`LIVE:`, `WATCH:`, `ANALYSIS:`) stays.
 */
const FLASH_WORDS = [
  "BREAKING NEWS",
  "BREAKING",
  "Breaking News",
  "Breaking news",
  "Breaking",
  "JUST IN",
  "Just in",
  "URGENT",
  "Urgent",
  "FLASH",
  "Flash",
  "عاجل",
  "DERNIÈRE MINUTE",
  "Dernière minute",
  "ÚLTIMA HORA",
  "Última hora",
  "EILMELDUNG",
  "Eilmeldung",
  "SON DAKİKA",
  "Son dakika",
].join("|");
const FLASH_LABEL = new RegExp(`^(?:${FLASH_WORDS})\\s*[:|–—-]\\s*(?=\\S)`, "u");
/** Such a label alone on its line (`Breaking`, `عاجل`), above the line it flags. */
const FLASH_LABEL_ALONE = new RegExp(`^(?:${FLASH_WORDS}):?$`, "u");

/**
 * `Update 3: At least 17 killed …`, as Al Jazeera's page puts the number of the story's update before its headline:
 * which version of the page this is, no part of the headline.
 */
const UPDATE_LABEL_BEFORE = /^(?:update|updated)(?: \d{1,2})?\s*:\s*(?=\p{Lu})/iu;

/**
 * `UPDATE 2-Iraq's parliament approves budget`, `REFILE-EXCLUSIVE-Iraq plans …`: the labels a wire service puts before
 * a headline, joined to it by a hyphen without spaces; Yonhap's, in brackets before it (`(LEAD) Hanwha wins …`,
 * `(2nd LD) (Yonhap Interview) …`). A version's (`UPDATE 2`, `REFILE`, `CORRECTED`, `(LEAD)`, `(2nd LD)`, `(URGENT)`)
 * says which copy of the story this is, and goes; a kind's (`ANALYSIS`, `FACTBOX`, `(News Focus)`, `(EDITORIAL from
 * Korea Times)`) says what the article is, as a kicker does. Only these words: `US-Iraq talks …` opens on a
 * headline's own hyphen, `(Un)finished business` on its own bracket.
 */
function wireLabels(title: string): { headline: string; kind?: string } {
  const labels = WIRE_LABELS.exec(title)?.[0];
  const bracketed = labels === undefined ? BRACKETED_WIRE_LABELS.exec(title)?.[0] : undefined;
  if (!labels && !bracketed) return { headline: title };
  const kind = labels ? labels.split("-").find((label) => WIRE_KIND.test(label)) : bracketedKind(bracketed!);
  return { headline: title.slice((labels ?? bracketed!).length), ...(kind ? { kind: kind.charAt(0) + kind.slice(1).toLowerCase() } : {}) };
}

/** The kind one of the bracketed labels names (`Interview` of `(LEAD) (Yonhap Interview) `), if one does. */
function bracketedKind(labels: string): string | undefined {
  for (const [, label] of labels.matchAll(/\(([^()]+)\)/g)) {
    const kind = BRACKETED_WIRE_KIND.exec(label!);
    if (kind) return kind[1] ?? kind[2];
  }
  return undefined;
}

const WIRE_VERSION = String.raw`(?:UPDATE|WRAPUP)(?: \d{1,2})?|REFILE|CORRECTED|RPT|REPEAT`;
const WIRE_KINDS = "EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|FOCUS|INTERVIEW|PREVIEW|TIMELINE|FEATURE|SPECIAL REPORT";
const WIRE_KIND = new RegExp(`^(?:${WIRE_KINDS})$`);
const WIRE_LABELS = new RegExp(`^(?:(?:${WIRE_VERSION}|${WIRE_KINDS})-)+(?=[\\p{Lu}\\d'"‘“])`, "u");
/**
 * Yonhap's kinds in brackets, the kind (group 1 or 2) after the agency's name or `News`: `Yonhap Interview`, `News
 * Focus`, `Yonhap Feature`; another paper's editorial it runs, `EDITORIAL from Korea Herald`.
 */
const BRACKETED_WIRE_KIND = /^(?:(?:Yonhap |News )?(Interview|Focus|Feature|Analysis)|(EDITORIAL|Editorial) from [^()]{1,40})$/;
const BRACKETED_WIRE_LABELS = new RegExp(
  `^(?:\\((?:${BRACKETED_WIRE_VERSION}|${BRACKETED_WIRE_KIND.source.slice(1, -1)})\\) ?)+(?=[\\p{Lu}\\d'"‘“])`,
  "u",
);

/** `Zahra Ali, Rutgers University - Newark`: one of `names`, then a comma and a few words that end no sentence. */
function isWriterWithAffiliation(text: string, names: Set<string>): boolean {
  const [name, affiliation] = text.split(/,\s*(.*)/s);
  return names.has(name!.toLowerCase()) && affiliation !== undefined && isBylineTail(affiliation);
}

/** How many blocks from the end of the article a writer's note may start, for each writer. */
const WRITERS_NOTE_BLOCKS = 3;
/** A place's name alone on its line: a few capitalised words, no full stop. */
const PLACE_ALONE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u;
/** Where and as what the writer wrote, in brackets after their name (`Par Hélène Sallon (Mossoul, envoyée spéciale)`). */
const WRITERS_ASIDE = / \([^()]{1,60}\)$/u;

/**
 * The writer's name printed again at the end of the article, on a line of its own above a note about them
 * (`QASSIM ABDUL-ZAHRA` / `Abdul-Zahra is an Associated Press reporter based in Baghdad.`), or with where and as
 * what they wrote in brackets, as Le Monde prints its byline again (`Hélène Sallon (Mossoul, Irak, envoyée
 * spéciale)`): the byline's, left out and recorded. The note is the article's text. So is the name, with the
 * writer's affiliation, on the article's first line, where the header read no byline (`Zahra Ali, Rutgers University
 * - Newark`, the writer a box about them named: boilerplate.ts).
 */
export function takeWritersNameAgain(
  blocks: Block[],
  author: string | undefined,
): { blocks: Block[]; removed: RemovedLine[] } {
  const writers = (author ?? "").split(/,\s*|\s+and\s+/).map((name) => name.trim().toLowerCase());
  // A name of one word (`Staff`) could be a line of the article's.
  const names = new Set(writers.filter((name) => name.includes(" ")));
  const removed: RemovedLine[] = [];
  if (names.size === 0) return { blocks, removed };
  // Each writer may have a note of their own: El País ends on both writers' names, each above where they work and a note.
  const end = blocks.length - WRITERS_NOTE_BLOCKS * names.size;
  /** the line of the writer's name again, for where they are based on the line right below it */
  let nameAgain: Line | undefined;
  const kept = blocks
    .map((block, b) =>
      block.filter((line, i) => {
        if (b === 0 && i === 0 && isWriterWithAffiliation(line.text, names)) {
          removed.push({ line: line.no, text: line.written ?? line.text, reason: "the byline: the writer's name and affiliation" });
          return false;
        }
        // El País's `Óscar Gutiérrez` / `Bagdad` / `Madrid, 1978. Redactor …`: the city the writer is based in.
        const below = nameAgain !== undefined && line.no === nameAgain.no + 1;
        nameAgain = undefined;
        if (below && PLACE_ALONE.test(line.text) && mayBePlaceName(line.text)) {
          removed.push({ line: line.no, text: line.written ?? line.text, reason: "where the writer is based, below their name again" });
          return false;
        }
        const aside = WRITERS_ASIDE.exec(line.text);
        if (b < end || !names.has(line.text.slice(0, aside?.index).toLowerCase())) return true;
        const reason = aside ? "the byline again, below the article" : "the writer's name again, above a note about them";
        removed.push({ line: line.no, text: line.written ?? line.text, reason });
        if (!aside) nameAgain = line;
        return false;
      }),
    )
    .filter((block) => block.length > 0);
  return { blocks: kept, removed };
}
