import type { RemovedLine } from "../article.ts";
import { MOST_SIGNATURE_LINES, MOST_SUBHEAD_WORDS } from "./body.ts";
import { isCaption, MOST_CAPTION_WORDS, readCaption } from "./captions.ts";
import { readDateLine, type PublicationDate } from "./dates.ts";
import {
  ALREADY_A_MEMBER,
  BARE_NAME,
  BULLET,
  BYLINE,
  CAPTION_LABEL,
  CAPTION_LABEL_RUN_ON,
  CLOCK_TIME_LINE,
  COMMENT_COUNTERS,
  COMMENT_SECTION_LINES,
  COOKIE_CONSENT_BUTTON,
  COOKIE_NOTICE,
  COPYRIGHT_HOLDER,
  COPYRIGHT_SIGN,
  CREDIT_LABEL_WORDS,
  CREDIT_LINES,
  END_MARK,
  EMBEDDED_POST_CREDIT,
  INSTAGRAM_CREDIT,
  KICKER_LABEL,
  INSTAGRAM_FRAME,
  ENGAGEMENT_LINES,
  FOLLOWER_COUNT,
  FOOTER_LINKS,
  FUNDER_LINE,
  GOVERNMENT_SITE_BANNER,
  GALLERY_COUNTER,
  INLINE_PROMO_LINES,
  LINK_LABEL,
  NEWSLETTER_NAME,
  OUTLET_NAME,
  AUDIO_PLAYER_LABEL,
  PAGE_CHROME_LINES,
  PAYWALL_CUT,
  PAYWALL_LINES,
  PHOTO_AGENCY,
  PHOTO_CREDIT_SLASHED,
  PHOTO_AGENCY_IN_BRACKETS,
  PHOTO_COPYRIGHT,
  PHOTO_CREDIT_BELOW,
  PHOTO_SOURCE,
  PHOTO_WIRE_AGENCY,
  PIECE_KIND,
  POINTER_LABEL,
  POST_PICTURE_LINK,
  RELATED_HEADING,
  RIGHTS_RESERVED,
  SHARE_MENU_BUTTON,
  SIGN_UP_BUTTON,
  SHORT_ADDRESS,
  SIGN_UP_FORM_START,
  TAGS_HEADING,
  WIDGET_WORDS,
  WIKI_TAGLINE,
  WIRE_AGENCY,
  WIRE_CREDIT,
  WIRE_VERSION_NOTES,
  CREDITED_PLACE,
  WRITERS_BOX_LABEL,
  WRITTEN_BY_BOX,
  WRITERS_ROLES,
} from "./patterns.ts";
import { mayBeNamesWord } from "./lexicon.ts";
import { countsOnFrom } from "./lists.ts";
import { sentences } from "./sentences.ts";
import { SENTENCE_END, WIDE_CLOSING_MARKS, WIDE_FULL_STOPS, wordCount, type Line } from "./segment.ts";
import { slugWords } from "./slug.ts";
import { WEB_ADDRESS } from "./web-address.ts";

export interface Boilerplate {
  /** the lines that may be article text, in order */
  kept: Line[];
  /** every line taken out, with why */
  removed: RemovedLine[];
  /** publication names found in credit lines (`All Text here: …`) */
  credits: string[];
  /** the reporters a wire story's credits name (`Reporting by …`), for an article without a byline */
  reporters?: string;
  /** the writers a box about them names (`Authors` above names and roles), for an article without a byline */
  writers?: string;
  /** the holder a copyright line left out names (`BBC` of `Copyright 2025 BBC.`): the publication, if nothing says more */
  copyright?: string;
  /**
   * the date a line of its own after the article gives (`13.10.2022 18:05`, at the foot of a channel's post): the
   * article's, if nothing above says when it was published
   */
  datedBelow?: PublicationDate;
}

/** A line's last mark that ends a sentence, or closes one: Chinese's and Japanese's too (`。`, `」`). */
const TERMINAL = new RegExp(`[.!?…"”’')\\]${WIDE_FULL_STOPS}${WIDE_CLOSING_MARKS}]$`, "u");

/**
 * Separates page furniture from the article, by what it is rather than what it says:
 * - a comment section (a comment counter, a comment form, a threaded reply, a `Comments` heading above a commenter's
 *   name and time or the form, or a comment without a heading, its reply button below it) below the article's prose
 *   ends the article: every line from there on is a reader's comment or part of the form; a counter above the
 *   article's prose, by the share buttons or alone, links down to the comments (isCounterAboveProse);
 * - after the last sentence of the article, short lines that are not sentences, widget words and credit lines are
 *   site chrome (trending lists, radio players, "Shafaq Live"-style channel names), but for a numbered list's items
 *   counting up to its last, which are the article's (isItemOfListAbove);
 * - a press release's end mark (`###`) ends it too: what follows is the sender's contacts and notes to editors;
 * - so does the line where a paywall cuts it (PAYWALL_CUT, `Keep reading for $1`): what follows is its offer and the
 *   page's footer;
 * - anywhere, a line that only asks the reader to share or react is not news, nor a share menu's buttons, a paywall's
 *   notice, a pointer to another article (`READ MORE: …`, or a label alone above its headline), a pull quote, a
 *   printed page's running foot with its number (printedPageMargins), a PDF's masthead (pdfMasthead, the issuing
 *   body's name on it kept as source), a paragraph printed twice in a row, or the page's own lines around the
 *   article (PAGE_CHROME_LINES: a skip link, a cookie notice, a control's label…); a label for screen readers above a
 *   caption (`Image caption,`) is left out, and the line below it marked as the caption it is; a photo's credit on a
 *   line of its own goes with its caption (photoCaptions); a gallery's caption is read once, without its counter; a
 *   link's label for screen readers (`, opens new tab`) comes off the line it ends;
 * - right above the lead, below the date line, a label of the kind of piece it is or the desk's credit that the foot
 *   prints again (labelsAboveLead).
 */
export function stripBoilerplate(scraped: Line[]): Boilerplate {
  const lines = scraped.map(withoutLinkLabels);
  const reasons = new Map<number, string>();
  const credits: string[] = [];
  let reporters: string | undefined;
  let datedBelow: PublicationDate | undefined;

  // A cookie-consent wall copied before the page is read before the page: its text is prose, but the site's.
  const wall = new Set(consentWall(lines.filter((line) => line.text !== "")));
  for (const line of wall) reasons.set(line.no, CONSENT_WALL);
  const text = lines.filter((line) => line.text !== "" && !wall.has(line));
  const firstProse = text.findIndex(isProse);
  const sectionStart =
    firstProse === -1 ? -1 : text.findIndex((_, i) => i > firstProse && startsCommentSection(text, i) && !isCounterAboveProse(text, i));
  const endMark = endMarkAt(text);
  const paywallCut = firstProse === -1 ? -1 : text.findIndex((line, i) => i > firstProse && PAYWALL_CUT.test(line.text));
  const articleEnd = Math.min(...[sectionStart, endMark, paywallCut, text.length].filter((at) => at !== -1));
  const article = text.slice(0, articleEnd);
  const commentsTail = pageTailReasons(text.slice(articleEnd), READER_COMMENT);
  const commenters = commentersAbove(text, articleEnd);
  for (const [i, line] of text.entries()) {
    if (i < articleEnd) continue;
    if (i === endMark) reasons.set(line.no, "the mark a press release, wire copy or transcript ends with, not article text");
    // CENTCOM's `-END-` / `Photo: An F-15E Strike Eagle flies over … (U.S. Air Force photo by …)`: the caption of the
    // release's photo, printed right below its end mark, is the release's.
    else if (endMark !== -1 && i === endMark + 1 && isCaption(line.text)) continue;
    // A transcript's `[END OF TRANSCRIPT]` above the page's copyright line: that line is the page's, as it says; the
    // rest are the sender's (a desk's address too, which would read as the page's own line).
    else if (endMark !== -1 && i > endMark) reasons.set(line.no, (COPYRIGHT_MARK.test(line.text) && pageLineReason(line.text)) || AFTER_END_MARK);
    // The FT's `Keep reading for $1`, then its plans and prices, `Why the FT?`, its footer: all the paywall's offer
    // and the page's, to the end; the copyright line there still names the site.
    else if (articleEnd === paywallCut) {
      const pageOwn = COPYRIGHT_MARK.test(line.text) && pageLineReason(line.text);
      reasons.set(line.no, i === paywallCut ? PAYWALL_CUT_REASON : pageOwn || AFTER_PAYWALL_CUT);
    }
    else {
      // A sign-up form's pitch asks the reader to sign up, as a comment section's prompts do: it is the form's. Below
      // the comments, in a list of other articles (Medium's `More from Zainab Mohammed` / `Why Iraq's Date Palms Are
      // Dying` / `Nov 20, 2026`), a name or a date is no commenter's.
      const tail = commentsTail.get(line)!;
      const commenter = tail === RELATED_LINKS ? undefined : commenters.get(line);
      reasons.set(line.no, tail === SIGN_UP_FORM ? tail : (commenter ?? commentReason(line) ?? tail));
    }
  }

  const counts = new Map<string, number>();
  for (const line of article) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  // A sign-up form's pitch is a sentence, but the form's: the chrome below the article goes on above it.
  const forms = new Set(signUpForms(article));
  // The outlet's note on itself is a sentence, but the page's: the chrome below the article goes on above it too.
  const isSelfNote = outletSelfNote(article);
  const isBylined = bylined(article);
  const lettersPage = firstProse !== -1 && text.slice(0, firstProse).some((line) => LETTERS_LABEL.test(line.text));
  const signatureLines = new Set<number>();
  const links = relatedLinksAtEnd(article, (line) => forms.has(line) || isSelfNote(line));
  for (const [line, reason] of pageTailReasons(article.slice(links), RELATED_LINKS)) {
    reasons.set(line.no, isSelfNote(line) ? OUTLET_SELF_NOTE : reason);
    if (reason === DATE_BELOW) datedBelow ??= readDateLine(line.text);
  }
  for (let end = links - 1; end >= 0; end--) {
    const line = article[end]!;
    if (isItemOfListAbove(article, end)) break;
    const labelled = isCreditBelowLabel(line, article[end - 1]);
    const reason = forms.has(line)
      ? SIGN_UP_FORM
      : isSelfNote(line)
        ? OUTLET_SELF_NOTE
        : labelled
          ? CREDIT_LINE
          : trailingChromeReason(line, counts.get(line.text) ?? 0, article[end - 1], isBylined);
    if (reason === undefined) break;
    if (reason === SHORT_AFTER && lettersPage) {
      const signature = letterSignatureAt(article, end);
      if (signature.length > 0) {
        for (const signed of signature) signatureLines.add(signed.no);
        break;
      }
    }
    // El País' `Óscar Gutiérrez` / `Bagdad` / `Madrid, 1978. Redactor …`: the byline's name again, above where the
    // writer is based and the note about them.
    const noted = (below: Line | undefined) => below !== undefined && reasons.get(below.no) === WRITER_NOTE_REASON;
    const based = article[end + 1] !== undefined && (counts.get(article[end + 1]!.text) ?? 0) === 1 && noted(article[end + 2]);
    if (reason === REPEATED_AFTER && (noted(article[end + 1]) || based)) {
      reasons.set(line.no, "the writer's name again, above a note about them");
      if (based) reasons.set(article[end + 1]!.no, "where the writer is based, below their name again");
      continue;
    }
    const credit = labelled ? line.text : creditName(line.text);
    if (credit !== undefined) credits.unshift(credit);
    reporters ??= wireCredits(line.text)?.reporters;
    reasons.set(line.no, reason);
    if (reason !== DATE_BELOW || datedBelow) continue;
    // `02.12.2026`, then `13:45` on the line below it (RIA Novosti): the day, and the time on it.
    const timeBelow = article[end + 1];
    const withTime = timeBelow && TIME_ALONE.test(timeBelow.text) ? readDateLine(`${line.text} ${timeBelow.text}`) : undefined;
    if (withTime) reasons.set(timeBelow!.no, DATE_BELOW);
    datedBelow = withTime ?? readDateLine(withoutUpdateNote(line.text));
  }

  const creditsAlone = photoCreditsAlone(lines);
  const controls = new Set<Line>();
  for (const [i, line] of article.entries()) {
    if (reasons.has(line.no) || creditsAlone.has(line.no)) continue;
    // `WATCH: Iraq's parliament elects …` on the text's first line heads a video's page; elsewhere it points to one.
    const pageLine = (i === 0 && CLIP_HEADLINE.test(line.text)) || isKickerAboveHeadline(article, i) ? undefined : pageLineReason(line.text);
    if (matchesAny(ENGAGEMENT_LINES, line.text)) {
      reasons.set(line.no, "a prompt to share or react, not article text");
      controls.add(line);
    } else if (pageLine !== undefined) {
      reasons.set(line.no, pageLine);
      controls.add(line);
    } else if (matchesAny(COMMENT_SECTION_LINES, line.text)) {
      // Above the article's text (startsCommentSection): the share bar's counter or link down to the comments, or a
      // counter alone under the standfirst.
      const byButton = [article[i - 1], article[i + 1]].some((other) => other !== undefined && matchesAny(ENGAGEMENT_LINES, other.text));
      const alone = !byButton && matchesAny(COMMENT_COUNTERS, line.text);
      reasons.set(line.no, alone ? LONE_COUNTER : "a comment counter or link by the share buttons above the article, not article text");
      controls.add(line);
    } else if (CAPTION_LABEL.test(line.text)) {
      reasons.set(line.no, "a label for screen readers: the line below it is a photo's caption");
    } else if (isWidgetLine(line.text)) {
      reasons.set(line.no, "a page widget (widget vocabulary on a short line), not article text");
    }
  }
  // `Cookie Policy: We use cookies …` / `OK`: the button that closes the notice, right below it.
  article.forEach((line, i) => {
    const above = article[i - 1];
    if (above && !reasons.has(line.no) && COOKIE_CONSENT_BUTTON.test(line.text) && matchesAny(COOKIE_NOTICE, above.text)) {
      reasons.set(line.no, "the button that closes the cookie notice above it, not article text");
    }
  });
  // `Ouça este artigo` / `00:00` / `05:31` (Público's): the player's time played and its length, each on a line below.
  article.forEach((line, i) => {
    const above = article[i - 1];
    if (above && TIME_ALONE.test(line.text) && (AUDIO_PLAYER_LABEL.test(above.text) || reasons.get(above.no) === PLAYER_TIME)) {
      reasons.set(line.no, PLAYER_TIME);
    }
  });
  // `Ascolta l'articolo` / `4 min` / `i` / `NEW` (Corriere's): below the player's label and its times, its info button
  // and a badge, each on a line of its own.
  let belowPlayer = false;
  for (const line of article) {
    if (AUDIO_PLAYER_LABEL.test(line.text)) belowPlayer = true;
    else if (belowPlayer && !reasons.has(line.no) && PLAYER_BUTTON.test(line.text)) reasons.set(line.no, PLAYER_BUTTON_REASON);
    else if (!reasons.has(line.no)) belowPlayer = false;
  }
  const box = writersBox(article);
  for (const [line, reason] of box.lines) if (!reasons.has(line.no)) reasons.set(line.no, reason);
  if (box.site) credits.push(box.site);
  for (const line of countersByControls(article, controls)) {
    reasons.set(line.no, "a count by the page's buttons (applause, responses), not article text");
  }
  // France 24's `Play - 12:46` / `12:46`: the player's length printed again by its play button.
  article.forEach((line, i) => {
    const byButton = [article[i - 1], article[i + 1]].some((other) => other && controls.has(other) && other.text.endsWith(` ${line.text}`));
    if (!reasons.has(line.no) && CLOCK_TIME_LINE.test(line.text) && byButton) reasons.set(line.no, "a player's length by its play button, not article text");
  });

  for (const line of videoPlayerLabels(article)) {
    if (!reasons.has(line.no)) reasons.set(line.no, "a video player's label or length, by its still's caption, not article text");
  }

  // A scrape that doubled the page's paragraphs: a sentence's line right below the same line is a copy.
  article.forEach((line, i) => {
    const above = article[i - 1];
    if (above && line.text === above.text && TERMINAL.test(line.text) && wordCount(line.text) >= FEWEST_REPEATED_WORDS) {
      reasons.set(line.no, "the paragraph above, printed again");
    }
  });
  for (const line of secondCopy(article)) reasons.set(line.no, SECOND_COPY);
  // `Join the conversation` above `@The_NewArab`: the prompt to follow the site's account, as the handle is.
  article.forEach((line, i) => {
    const below = article[i + 1];
    if (below && SOCIAL_HANDLE.test(below.text) && matchesAny(COMMENT_SECTION_LINES, line.text)) reasons.set(line.no, FOLLOW_PROMPT);
  });
  // `Short Url` above the address it labels.
  article.forEach((line, i) => {
    const above = article[i - 1];
    if (above && SHORT_ADDRESS.test(above.text) && WEB_ADDRESS.test(line.text)) {
      reasons.set(line.no, "the page's short address, below its label");
    }
  });
  for (const line of relatedListBoxes(article)) {
    if (!reasons.has(line.no)) reasons.set(line.no, "a box of links to other articles of the site, inside the article, not article text");
  }
  const outlets = outletBylinesBelowLabels(article);
  for (const [label, name] of outlets) {
    for (const line of [label, name]) reasons.set(line.no, "a byline naming the outlet, its label above the name (kept as source)");
    credits.push(name.text);
  }
  for (const line of tableOfContents(article)) {
    if (!reasons.has(line.no)) reasons.set(line.no, "the article's table of contents: its own subheads, listed above it, not article text");
  }
  for (const line of keyEvents(article)) {
    if (!reasons.has(line.no)) reasons.set(line.no, "a live page's key events: a pointer to an entry below, not article text");
  }
  for (const line of entryBylines(article)) {
    if (!reasons.has(line.no)) reasons.set(line.no, "a live entry's byline: the writer of one entry, not of the page");
  }
  for (const line of pointersBelowLabels(article)) {
    if (!reasons.has(line.no)) reasons.set(line.no, "a pointer to another article of the site, not article text");
  }
  for (const line of pullQuotes(article)) {
    if (!reasons.has(line.no)) reasons.set(line.no, "a pull quote: the article's own words printed again, not more text");
  }
  const masthead = pdfMasthead(article);
  if (masthead) {
    for (const line of masthead.lines) if (!reasons.has(line.no)) reasons.set(line.no, PDF_MASTHEAD);
    if (masthead.issuer) {
      reasons.set(masthead.issuer.line.no, "the issuing body's name, atop a PDF's masthead (kept as source)");
      credits.unshift(masthead.issuer.name);
    }
  }
  const margins = printedPageMargins(article, masthead);
  for (const line of margins) {
    if (!reasons.has(line.no)) reasons.set(line.no, "a printed page's running head or foot, with its number, not article text");
  }
  for (const line of firstLinesPrintedAgain(article, new Set(margins))) {
    if (!reasons.has(line.no)) reasons.set(line.no, "a printed page's running head: the document's first lines atop a later page, not article text");
  }
  for (const line of forms) reasons.set(line.no, SIGN_UP_FORM);
  for (const line of shareMenus(article)) {
    if (!reasons.has(line.no)) reasons.set(line.no, SHARE_MENU_BUTTON_REASON);
  }
  for (const [line, reason] of labelsAboveLead(article, reasons)) reasons.set(line.no, reason);

  // `From Wikipedia, the free encyclopedia` below the page's title: the wiki's tagline, naming the site; the line
  // above it is the page's title, whatever its shape (`Portal:Current events/2026 December 3` is no date line).
  const tagline = article.findIndex((line, i) => i > 0 && !reasons.has(line.no) && WIKI_TAGLINE.test(line.text) && !TERMINAL.test(article[i - 1]!.text));
  const pageTitle = tagline > 0 ? article[tagline - 1] : undefined;
  if (pageTitle) {
    reasons.set(article[tagline]!.no, "the wiki's tagline below the page's title (the site's name kept as source)");
    credits.unshift(WIKI_TAGLINE.exec(article[tagline]!.text)![1]!);
  }

  const posts = embeddedPosts(text, reasons);
  for (const { line } of posts.values()) reasons.set(line.no, "an embedded post's credit, kept with the post");

  const writerAbove = writerAboveCredit(lines);
  if (writerAbove) reasons.set(writerAbove.no, "byline, a name alone above the credit of the page's picture (kept as author)");
  const captions = photoCaptions(lines, text);
  for (const [captionNo, credit] of captions) {
    if (credit && !reasons.has(captionNo)) reasons.set(credit.line.no, "a photo's credit, kept with its caption");
  }
  const gallery = galleryCaptions(text);
  for (const line of gallery.again) reasons.set(line.no, "a gallery's caption printed again, not article text");
  const kept = lines
    // A government's banner parts the site's name above it from the menu below it, as a blank line would.
    .filter((line) => !reasons.has(line.no) || reasons.get(line.no) === GOVERNMENT_BANNER)
    .map((line): Line => {
      if (reasons.has(line.no)) return { ...line, text: "" };
      if (line === pageTitle) return { ...line, kind: "title" };
      if (creditsAlone.has(line.no)) return { ...line, kind: "credit" };
      if (signatureLines.has(line.no)) return { ...line, kind: "signature" };
      const counted = gallery.captions.get(line.no);
      if (counted !== undefined) {
        const { caption, credit } = readCaption(counted) ?? { caption: counted };
        return { ...line, text: caption, written: line.written ?? line.text, kind: "caption", ...(credit && { credit }) };
      }
      const post = posts.get(line.no);
      if (post) return { ...line, text: line.text.replace(POST_PICTURE_LINK, "").trim(), written: line.written ?? line.text, kind: "post", credit: post.credit };
      if (!captions.has(line.no)) return line;
      const credit = captions.get(line.no)?.credit;
      const caption = line.text.replace(CAPTION_LABEL_RUN_ON, "");
      const labelled = caption !== line.text && { text: caption, written: line.written ?? line.text };
      return { ...line, ...labelled, kind: "caption", ...(credit && { credit }) };
    });
  // A line left out whole is recorded as written, its labels and all.
  const labels = scraped.flatMap((line) => {
    const label = reasons.has(line.no) ? undefined : LINK_LABEL.exec(line.text)?.[0];
    return label === undefined ? [] : [{ line: line.no, text: label.trim(), reason: "a link's label for screen readers, not article text" }];
  });
  const pictureLinks = lines
    .filter((line) => posts.has(line.no))
    .flatMap((line) =>
      [...line.text.matchAll(POST_PICTURE_LINK)].map((link) => ({
        line: line.no,
        text: link[0].trim(),
        reason: "a link to an embedded post's picture, which the scrape did not keep",
      })),
    );
  const removed = [...wall, ...text]
    .filter((line) => reasons.has(line.no))
    .map((line) => ({ line: line.no, text: line.written ?? line.text, reason: reasons.get(line.no)! }));
  const taken = [...removed, ...labels, ...pictureLinks].sort((a, b) => a.line - b.line);
  const writers = box.writers.length > 0 ? box.writers.join(" and ") : (writerAbove?.text ?? writerNoted(text, reasons));
  const copyright = text.map((line) => (reasons.has(line.no) ? copyrightHolder(line.text) : undefined)).find(Boolean);
  return {
    kept,
    removed: taken,
    credits,
    ...(reporters && { reporters }),
    ...(writers && { writers }),
    ...(copyright && { copyright }),
    ...(datedBelow && { datedBelow }),
  };
}

/**
 * The holder a copyright line names (COPYRIGHT_HOLDER), not the words that reserve its rights; nor a news agency's
 * name without a year, a photo's credit (`© Reuters`, as Notícias ao Minuto prints one below its standfirst).
 */
function copyrightHolder(text: string): string | undefined {
  if (COPYRIGHT_LINK.test(text)) return undefined;
  const holder = COPYRIGHT_HOLDER.exec(text) ?? LICENSED_WORK.exec(text) ?? RESERVED_FOR.exec(text);
  const name = holder?.[1] ?? holder?.[2];
  if (name === undefined || RIGHTS_RESERVED.test(name)) return undefined;
  return WIRE_AGENCY.test(name) && !/\d{4}/.test(text) ? undefined : name;
}

/** A footer's link to the site's terms (`Copyright Information`, `Copyright Policy`): no holder's name. */
const COPYRIGHT_LINK = /^copyright (?:information|policy|notice|statement|terms|infringement|complaints?)$/i;

/**
 * `All rights reserved for Islamic Republic News Agency. Copyright 2026` (IRNA's), the English of the Arabic
 * `كل الحقوق محفوظة لوكالة …`: the holder after the words that reserve the rights; group 1 the holder.
 */
const RESERVED_FOR = /^[Aa]ll [Rr]ights [Rr]eserved (?:for|to) (?:the )?(\p{Lu}[^.,|©]{1,50}?)\s*(?:[.,|©]|$)/u;

/**
 * A site's licence for its text, naming the site as the licensed work, as Creative Commons words it: `Middle East
 * Monitor by MEMO is licensed under a Creative Commons …`; group 1 the work. Not the text or the article itself
 * (`This article is licensed …`, `The text is licensed …`, `Text is available under …`).
 */
const LICENSED_WORK =
  /^(?!(?:This|These|Text|Content|All|Our|The (?:text|content|article|story|work|page|photo|image)s?)\b)(\p{Lu}[\p{L}\d&'’. -]{1,50}?)(?: by \p{Lu}[\p{L}\d&'’. -]{1,40})? (?:is|are) licensed under (?:a |the )?Creative Commons\b/u;

const LINK_LABELS = new RegExp(LINK_LABEL.source, "gi");

function withoutLinkLabels(line: Line): Line {
  if (!LINK_LABEL.test(line.text)) return line;
  return { ...line, text: line.text.replace(LINK_LABELS, "").trimEnd(), written: line.written ?? line.text };
}

/**
 * A gallery's captions, each after its counter (`Item 1 of 2 Oil tanks at Ceyhan…`, `[1/2]Oil tanks at Ceyhan…`), by
 * line number, without it; and the captions a page prints again right after themselves (`again`): the same photo's.
 */
function galleryCaptions(text: Line[]): { captions: Map<number, string>; again: Line[] } {
  const captions = new Map<number, string>();
  const again: Line[] = [];
  let last: string | undefined;
  for (const line of text) {
    const caption = GALLERY_COUNTER.exec(line.text)?.[1];
    if (caption === undefined) {
      last = undefined;
    } else if (caption === last) {
      again.push(line);
    } else {
      captions.set(line.no, caption);
      last = caption;
    }
  }
  return { captions, again };
}

/**
 * Where the text's end mark (END_MARK) is, or -1: one with more words after it than before it is no end, but a
 * break between parts of the article, which it is left as.
 */
function endMarkAt(text: Line[]): number {
  // Most texts have no end mark: the words are counted only where one is.
  const at = text.findIndex((line, i) => i > 0 && END_MARK.test(line.text));
  if (at === -1) return -1;
  const wordsOf = (lines: Line[]) => lines.reduce((sum, line) => sum + wordCount(line.text), 0);
  return wordsOf(text.slice(0, at)) > wordsOf(text.slice(at)) ? at : -1;
}

/**
 * The social posts embedded in the article, by the line number of each post's text: the line above a post's credit
 * (`— Iraq Live (@IraqLive) August 29, 2022`), or an Instagram post's between its frame's label and its credit
 * (page chrome when no text is between them), with the credit and the credit's line.
 */
function embeddedPosts(text: Line[], reasons: Map<number, string>): Map<number, { credit: string; line: Line }> {
  const posts = new Map<number, { credit: string; line: Line }>();
  text.forEach((line, i) => {
    const post = text[i - 1];
    if (!post || reasons.has(post.no)) return;
    const credit = EMBEDDED_POST_CREDIT.exec(line.text)?.[1];
    if (credit !== undefined && !reasons.has(line.no)) posts.set(post.no, { credit, line });
    const framed = INSTAGRAM_CREDIT.exec(line.text)?.[1];
    if (framed !== undefined && INSTAGRAM_FRAME.test(text[i - 2]?.text ?? "")) posts.set(post.no, { credit: framed, line });
  });
  return posts;
}

/** A writers' box's lines are short: a name, a role (`Associate Professor of Sociology, Rutgers University`). */
const MOST_WRITERS_BOX_WORDS = 15;

/**
 * `Michael Knights is the Jill and Jay Bernstein Fellow at The Washington Institute.`: a sentence on a writer, as the
 * Washington Institute's box `About the Authors` prints one for each, opening on the writer's name; below the box's
 * label, whatever role it names (WRITER_NOTE, after the article, knows a journalist's).
 */
function isWritersNote(text: string): boolean {
  return WRITERS_BOX_NOTE.test(text) && wordCount(text) <= MOST_WRITERS_NOTE_WORDS;
}
const WRITERS_BOX_NOTE = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) (?:is|was|has been|writes|covers|reports) /u;
/** The writer a note in the box is on, where the line is one (isWritersNote). */
const notedWriter = (text: string) => (isWritersNote(text) ? [WRITERS_BOX_NOTE.exec(text)![1]!] : []);

/**
 * The box about the article's writers, by its labels (WRITERS_BOX_LABEL): below `Authors`, their names and roles
 * (short lines that end no sentence), the names kept as the writers; below `Disclosure statement`, its paragraph;
 * below `Partners`, the site's notes of its funders, which name the site (`… as a member of The Conversation US`). A
 * label with none of its lines below it is left as written (an article may have a subhead `Partners`).
 */
function writersBox(article: Line[]): { lines: Map<Line, string>; writers: string[]; site?: string } {
  const lines = new Map<Line, string>();
  const writers: string[] = [];
  let site: string | undefined;
  article.forEach((label, i) => {
    const kind = WRITERS_BOX_LABEL.exec(label.text)?.groups;
    if (!kind) return;
    const below: Line[] = [];
    for (const line of article.slice(i + 1)) {
      if (WRITERS_BOX_LABEL.test(line.text)) break;
      const fits = kind.writers
        ? (wordCount(line.text) <= MOST_WRITERS_BOX_WORDS && !TERMINAL.test(line.text) && (below.length > 0 || BARE_NAME.test(line.text))) ||
          isWritersNote(line.text)
        : kind.disclosure
          ? below.length === 0
          : FUNDER_LINE.test(line.text);
      if (!fits) break;
      below.push(line);
    }
    if (below.length === 0) return;
    const reason = kind.writers
      ? "the page's box about the article's writers (their names kept as author when no byline names them)"
      : kind.disclosure
        ? "the writers' disclosure statement, in the page's box about them, not article text"
        : "the site's note of its funders, in the page's box about the writers, not article text";
    for (const line of [label, ...below]) lines.set(line, reason);
    if (kind.writers) writers.push(...below.flatMap((line) => (BARE_NAME.test(line.text) ? [line.text] : notedWriter(line.text))));
    site ??= below.map((line) => FUNDER_LINE.exec(line.text)?.groups?.site).find((name) => name !== undefined);
  });
  return { lines, writers, ...(site && { site }) };
}

/**
 * The labels right above the article's first sentence, below its date line, which no subhead stands above (a section
 * of the article starts below its lead): the kind of piece it is (PIECE_KIND, the Washington Institute's `Brief
 * Analysis`), and the desk's credit the page signs the article with again at its foot, a few words that end no
 * sentence (the Iraqi parliament's `Media Directorate` above the lead and below the text, where its copy is left out
 * as chrome). Other lines there are left as written: a report's `Summary` heads its first section; a label above the
 * headline is the header's to read.
 */
function labelsAboveLead(article: Line[], reasons: Map<number, string>): Map<Line, string> {
  const labels = new Map<Line, string>();
  const left = article.filter((line) => !reasons.has(line.no));
  const lead = left.findIndex(isProse);
  if (lead === -1 || !left.slice(0, lead).some((line) => readDateLine(line.text) !== undefined)) return labels;
  const signedBelow = new Set(article.filter((line) => reasons.get(line.no) === REPEATED_AFTER).map((line) => line.text));
  const isDesk = (text: string) => signedBelow.has(text) && wordCount(text) <= MOST_DESK_WORDS && !TERMINAL.test(text);
  for (let i = lead - 1; i >= 0; i--) {
    const line = left[i]!;
    if (PIECE_KIND.test(line.text)) labels.set(line, "the kind of piece it is, a label above the article's text, not article text");
    else if (isDesk(line.text)) labels.set(line, "the desk's credit above the article's text, signed again below it, not article text");
    else break;
  }
  return labels;
}

/** A desk's name is a few words (`Media Directorate`, `Press Office`); a headline printed again has more. */
const MOST_DESK_WORDS = 5;

/** A count alone on its line (`12`), or the dashes a page prints for none yet (`--`). */
const COUNTER = /^(?:\d{1,7}|\d{1,3}(?:[.,]\d)?[KkMm]|--)$/;

/**
 * The counts a page prints by its buttons (Medium's `--` applause and `12` responses above `Listen` and `Share`): a
 * run of lines each a COUNTER, with one of the page's controls (a share prompt, a page's line) right above or below
 * it. A number alone elsewhere (a list's, a score's) is left as written.
 */
function countersByControls(article: Line[], controls: Set<Line>): Line[] {
  const counters: Line[] = [];
  let run: Line[] = [];
  article.forEach((line, i) => {
    if (!COUNTER.test(line.text)) return;
    run.push(line);
    if (COUNTER.test(article[i + 1]?.text ?? "")) return;
    const above = article[i - run.length];
    const below = article[i + 1];
    if ((above && controls.has(above)) || (below && controls.has(below))) counters.push(...run);
    run = [];
  });
  return counters;
}

/** A paragraph printed twice in a row has a sentence's words; a short label twice is the header's (a headline's). */
const FEWEST_REPEATED_WORDS = 8;

const PAYWALL_CUT_REASON = "where the site's paywall cut the article, not article text: the article goes on past what was scraped";
const AFTER_PAYWALL_CUT = "the paywall's offer and the page's footer below it, not article text";
const AFTER_END_MARK = "after the article's end mark (`###`): the sender's contacts and notes to editors, not article text";

interface PhotoCredit {
  line: Line;
  credit: string;
}

/**
 * The photos' captions the page marks as such, by the line number of each, with the credit printed on a line of its
 * own next to it: the line below a label for screen readers (`Image caption,`, credited by an `Image source, Getty
 * Images` right above the label) or the label's own, the caption run on after it (BBC Urdu's), below a photo
 * agency's name (`Getty Images`), a photo's copyright (`© AFP 2026 / Safin Hamid`) or a news agency's name where the
 * two lines stand as a block of their own (`Reuters`, PHOTO_WIRE_AGENCY), or above a credit (`Image: …`, `SAFIN
 * HAMED/AFP/GETTY IMAGES`).
 */
function photoCaptions(lines: Line[], text: Line[]): Map<number, PhotoCredit | undefined> {
  const captions = new Map<number, PhotoCredit | undefined>();
  text.forEach((line, i) => {
    // The label with the caption run on after it on its own line (BBC Urdu's `،تصویر کا کیپشنکربلا …`), or alone.
    const caption = CAPTION_LABEL_RUN_ON.test(line.text) ? line : CAPTION_LABEL.test(line.text) ? text[i + 1] : undefined;
    if (!caption) return;
    const source = text[i - 1] && PHOTO_SOURCE.exec(text[i - 1]!.text);
    captions.set(caption.no, source ? { line: text[i - 1]!, credit: source[1]!.trim() } : undefined);
  });
  lines.forEach((line, i) => {
    const agency = PHOTO_AGENCY.test(line.text) || PHOTO_COPYRIGHT.test(line.text) || isWireAgencyAbove(lines, i);
    // `(AP)` on the line below a caption: the photo's agency, not the article's source.
    const bracketed = PHOTO_AGENCY_IN_BRACKETS.exec(line.text);
    if (bracketed && isCreditedCaption(lines[i - 1])) {
      captions.set(lines[i - 1]!.no, { line, credit: bracketed[1]! });
      return;
    }
    // A credit right above the date line is the page's lead picture's, which the Economist prints without a caption
    // below the standfirst (`Photograph: Getty Images` / `Dec 3rd 2026|Basra`): the line above it is no caption.
    // A credit below its caption without a label: `SAFIN HAMED/AFP/GETTY IMAGES`, NZZ's `Ahmad Al-Rubaye / AFP`.
    const labelled = PHOTO_CREDIT_BELOW.exec(line.text)?.[2];
    const below = labelled !== undefined ? labelled.trim() : PHOTO_CREDIT_SLASHED.test(line.text) ? line.text : undefined;
    const aboveDate = below !== undefined && lines[i + 1] !== undefined && readDateLine(lines[i + 1]!.text) !== undefined;
    const caption = agency ? lines[i + 1] : below !== undefined && !aboveDate ? lines[i - 1] : undefined;
    const credit = agency ? (PHOTO_COPYRIGHT.exec(line.text)?.[1] ?? line.text) : below;
    if (below !== undefined && isWriterAboveCredit(lines, i)) return;
    const sentence = below !== undefined && !endsASentence(lineAbove(lines, i - 1)) && isLoneSentenceCaption(caption);
    if (isCreditedCaption(caption) || sentence) captions.set(caption!.no, { line, credit: credit! });
  });
  return captions;
}

/**
 * The line numbers of the photos' credits printed alone, each its label before it (`Photo: Safin Hamed/AFP`, Público's
 * `Foto: Ahmed Jalil - Reuters (arquivo)`): a line of its own, blank lines around it, between two of the article's
 * paragraphs. It is the credit of a photo the page printed there without a caption's text, kept as its caption
 * (`Line.kind`); above the lead or below the article's end such a line is the page's (PAGE_CHROME_LINES).
 */
function photoCreditsAlone(lines: Line[]): Set<number> {
  const paragraph = (line: Line | undefined) => line !== undefined && isProse(line);
  const alone = lines.filter(
    (line, i) =>
      PHOTO_CREDIT_BELOW.test(line.text) &&
      lines[i - 1]?.text === "" &&
      lines[i + 1]?.text === "" &&
      paragraph(lineAbove(lines, i)) &&
      paragraph(lines.slice(i + 1).find((below) => below.text !== "")),
  );
  return new Set(alone.map((line) => line.no));
}

/**
 * Whether the line right above a photo's credit at `i` (`Illustration: Aïda Amer/Axios`) is the writer's name, as
 * Axios prints its byline below the headline, above the credit of the picture at the top of the page, which has no
 * caption: a name alone (BARE_NAME, each word one that may be a name's) with no sentence ending above it.
 */
function isWriterAboveCredit(lines: Line[], i: number): boolean {
  const name = lines[i - 1];
  if (name === undefined || !BARE_NAME.test(name.text) || !name.text.split(" ").every(mayBeNamesWord)) return false;
  return !endsASentence(lineAbove(lines, i - 1));
}

/** The writer's name right above the credit of the picture at the top of the page (isWriterAboveCredit), if any. */
function writerAboveCredit(lines: Line[]): Line | undefined {
  const credit = lines.findIndex((line, i) => PHOTO_CREDIT_BELOW.test(line.text) && isWriterAboveCredit(lines, i));
  return credit === -1 ? undefined : lines[credit - 1];
}

/** The nearest line above `at` with text, if any. */
function lineAbove(lines: Line[], at: number): Line | undefined {
  for (let above = at - 1; above >= 0; above--) if (lines[above]!.text !== "") return lines[above];
  return undefined;
}

/** Whether a line ends as a sentence does, closing quotes or brackets after its full stop or not. */
function endsASentence(line: Line | undefined): boolean {
  return line !== undefined && SENTENCE_END.test(line.text);
}

/** A caption that is a sentence is a short one: the article's lead has more words. */
const MOST_SENTENCE_CAPTION_WORDS = 20;

/**
 * A caption of one short sentence, full stop and all, above its credit (Gulf News' `Kirkuk council members during
 * Monday's session.` / `Image Credit: Supplied`), where it stands below the header's lines (a byline, a date, the
 * headline: no sentence ends above it). Between the article's paragraphs a sentence above a credit may be the
 * article's, next to a photo printed without a caption.
 */
function isLoneSentenceCaption(line: Line | undefined): boolean {
  if (line === undefined || !endsASentence(line)) return false;
  return wordCount(line.text) <= MOST_SENTENCE_CAPTION_WORDS && sentences(line.text).length === 1;
}

/**
 * A news agency's name alone (PHOTO_WIRE_AGENCY) at `i`, below the text's first line, with a blank line above it and
 * one (or the text's end) below the line under it: a photo's credit and caption, as a gallery prints each photo's. An
 * agency's own page opens with its name, its headline below it; a name between other lines is not taken either.
 */
function isWireAgencyAbove(lines: Line[], i: number): boolean {
  if (!PHOTO_WIRE_AGENCY.test(lines[i]!.text) || lines[i - 1]?.text !== "" || (lines[i + 2]?.text ?? "") !== "") return false;
  return lines.slice(0, i).some((line) => line.text !== "");
}

/**
 * The line right below a photo agency's name (`Getty Images`), or right above a photo's credit (`Image: …`), with no
 * blank line between, is the photo's caption when it does not end as a sentence of the article would: the caption a
 * page prints with its photo, where the article's paragraph next to a photo without one ends in a full stop.
 */
function isCreditedCaption(line: Line | undefined): boolean {
  return line !== undefined && line.text !== "" && !SENTENCE_END.test(line.text) && wordCount(line.text) <= MOST_CAPTION_WORDS;
}

const SIGN_UP_FORM = "a newsletter's sign-up form, not article text";

/**
 * The lines of a sign-up form: from its first line (`Sign up for …`, or the newsletter's name) down to its button,
 * with a few lines between at most; and a membership appeal's box (appealsAboveLogins).
 */
function signUpForms(article: Line[]): Line[] {
  const forms = article.flatMap((line, i) => {
    const start = SIGN_UP_FORM_START.test(line.text) || NEWSLETTER_NAME.test(line.text);
    if (!start || wordCount(line.text) > MOST_SIGN_UP_WORDS) return [];
    const button = article.slice(i + 1, i + 2 + MOST_PITCH_LINES).findIndex((below) => SIGN_UP_BUTTON.test(below.text));
    return button === -1 ? [] : article.slice(i, i + 2 + button);
  });
  return [...forms, ...appealsAboveLogins(article)];
}

/**
 * A membership appeal's box, read up from its button right above the members' link (`Join Our Community` above
 * `Already a member? Sign in to stop seeing this`): above the button, the appeal's sentences, a few, each speaking to
 * the reader (`We're really pleased that you've read …`), and above them the box's heading, a short line that ends no
 * sentence (`You're a dedicated reader`). Without such a heading, the sentences above a paywall's button may be the
 * article's last paragraphs, and stay.
 */
function appealsAboveLogins(article: Line[]): Line[] {
  const isAppeal = (line: Line) => TERMINAL.test(line.text) && ADDRESSES_READER.test(line.text);
  return article.flatMap((button, j) => {
    const login = article[j + 1];
    // A button's few words end no sentence (`Subscribe now for unlimited access to The Courier.` is a paywall's pitch).
    const isButton = (SIGN_UP_BUTTON.test(button.text) || SIGN_UP_FORM_START.test(button.text)) && !SENTENCE_END.test(button.text);
    if (!login || !ALREADY_A_MEMBER.test(login.text) || !isButton || wordCount(button.text) > MOST_SIGN_UP_WORDS) return [];
    let start = j;
    while (start > 0 && j - start < MOST_PITCH_LINES && isAppeal(article[start - 1]!)) start--;
    const heading = article[start - 1];
    if (start === j || !heading || TERMINAL.test(heading.text) || wordCount(heading.text) > MOST_SIGN_UP_WORDS) return [];
    return article.slice(start - 1, j + 1);
  });
}

const ADDRESSES_READER = /\byou(?:r|['’](?:ve|re|ll|d))?\b/i;

/**
 * A pointer's label alone (POINTER_LABEL) and the headline below it, a few words that end no sentence: both the
 * pointer's; and the box's other headlines below that one (`READ MORE` above two, `Editors’ Picks`, BBC Urdu's `یہ بھی
 * پڑھیے` above three), each as long as a headline is and a subhead seldom is, ending in no full stop (a headline may
 * ask; one may quote someone whole: headlineWords). A label with a sentence below it is left to the other rules; a
 * short line below the first headline is left as written: it may be the article's subhead.
 */
function pointersBelowLabels(article: Line[]): Line[] {
  const labels = new Map<string, number>();
  for (const line of article) if (POINTER_LABEL.test(line.text)) labels.set(line.text, (labels.get(line.text) ?? 0) + 1);
  return article.flatMap((line, i) => {
    const headline = article[i + 1];
    // A bullet opens a list's item or a commenter's name below a widget's label (`TRENDING NOW` / `• truthseeker77`).
    if (!POINTER_LABEL.test(line.text) || !headline || TERMINAL.test(headlineWords(headline.text)) || BULLET.test(headline.text)) return [];
    // A newsletter's `Read more` below each item's text: the item's link, the line below it the next item's headline,
    // its text (a longer sentence) below it.
    const itemText = article[i + 2];
    const itemLink = labels.get(line.text)! >= FEWEST_ITEM_LINKS && TERMINAL.test(article[i - 1]?.text ?? "") && itemText !== undefined && TERMINAL.test(itemText.text) && wordCount(itemText.text) > wordCount(headline.text);
    if (itemLink) return [line];
    if (wordCount(headline.text) > MOST_LINK_WORDS) return [];
    const more = article.slice(i + 2, i + 2 + MOST_MORE_POINTERS);
    const others = more.findIndex((below) => !isListedHeadline(below.text));
    return [line, headline, ...more.slice(0, others === -1 ? more.length : others)];
  });
}

/**
 * Al Jazeera's box of related articles inside the article, as a copy keeps it: its labels for screen readers
 * (`list of 4 items`, `list 1 of 4`, `end of list`) around the headlines, every line from the first label to the last.
 * A copy that lost the box's end keeps its counters (`list 1 of 4`): the short line below each is a headline.
 */
function relatedListBoxes(article: Line[]): Line[] {
  return article.flatMap((line, i) => {
    const items = RELATED_LIST_START.exec(line.text)?.[1];
    if (items === undefined) return [];
    // Each item is a counter and a headline.
    const box = article.slice(i + 1, i + 2 + 2 * Number(items));
    const end = box.findIndex((below) => RELATED_LIST_END.test(below.text));
    if (end !== -1) return [line, ...box.slice(0, end + 1)];
    return box.filter((below, j) => RELATED_LIST_COUNTER.test((box[j - 1] ?? line).text) && wordCount(below.text) <= MOST_LINK_WORDS);
  });
}

const RELATED_LIST_START = /^list of (\d{1,2}) items$/i;
const RELATED_LIST_COUNTER = /^list \d{1,2} of \d{1,2}$/i;
const RELATED_LIST_END = /^end of list$/i;

/**
 * A byline's label alone on its line with an outlet's name on the line below it, as France 24 and RFI print theirs
 * below the photo (`Texte par :` above `FRANCE 24`, `RFI`): both a credit, the outlet kept as the source. A person's
 * name below the label is left to header.ts, which reads it as the byline where it stands in the header.
 */
function outletBylinesBelowLabels(article: Line[]): [Line, Line][] {
  return article.flatMap((label, i): [Line, Line][] => {
    const name = article[i + 1];
    if (!BYLINE_LABEL_ALONE.test(label.text) || !name) return [];
    return OUTLET_NAME.test(name.text) || INITIALISM.test(name.text) ? [[label, name]] : [];
  });
}

const BYLINE_LABEL_ALONE = /^(?:texte par|text by|par|by)\s*:$/iu;
/** An outlet's initials: `RFI`, `AFP`. */
const INITIALISM = /^\p{Lu}{2,6}$/u;

/**
 * A live page's `Key events` box: below its label, each key entry's time (`2h ago`, `14:52 BST`) and title, a title
 * the page prints again above its entry further down. The box ends at the first line that is neither.
 */
function keyEvents(article: Line[]): Line[] {
  const start = article.findIndex((line) => KEY_EVENTS_LABEL.test(line.text));
  if (start === -1) return [];
  const box: Line[] = [];
  for (const line of article.slice(start + 1)) {
    const printedAgain = () => article.some((other) => other.no > line.no && other.text === line.text);
    if (!ENTRY_TIME.test(line.text) && !printedAgain()) break;
    box.push(line);
  }
  return box;
}

const KEY_EVENTS_LABEL = /^key events$/i;

/**
 * A byline right below a live entry's title, under the entry's time (`11:58 pm` / `US officials say drones …` / `By
 * Lazar Berman`): the entry's writer, who wrote that entry and no other, nor the page.
 */
function entryBylines(article: Line[]): Line[] {
  return article.filter((line, i) => BYLINE.test(line.text) && i >= 2 && CLOCK_TIME_LINE.test(article[i - 2]!.text) && !SENTENCE_END.test(article[i - 1]!.text));
}

/**
 * A table of contents below its label (Semafor's `In this article:` above `The News` / `Matthew's view` / …): the
 * label and the lines below it that the article prints again further down, each a line of its own (its subheads),
 * two at least; the subheads stay where they head their parts.
 */
function tableOfContents(article: Line[]): Line[] {
  return article.flatMap((label, i) => {
    if (!CONTENTS_LABEL.test(label.text)) return [];
    const entries: Line[] = [];
    for (const line of article.slice(i + 1)) {
      if (!article.some((other) => other.no > line.no && other.text === line.text)) break;
      entries.push(line);
    }
    return entries.length >= FEWEST_CONTENTS_ENTRIES ? [label, ...entries] : [];
  });
}

/** The label of a page's table of contents, in the languages read here. */
const CONTENTS_LABEL =
  /^(?:in this (?:article|story|report|piece|page)|on this page|(?:table of )?contents|jump to|sommaire|inhalt(?:sverzeichnis)?|inhoud|índice|indice|contenido|содержание|المحتويات)\s*:?$/iu;
const FEWEST_CONTENTS_ENTRIES = 2;
/** A live entry's time as its box prints it: `2h ago`, `45m ago`, `1d ago`, `14:52 BST`, `09.12`. */
const ENTRY_TIME = /^(?:\d{1,2} ?(?:s|m|h|d|mins?|hrs?) ago|\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?)$/i;

/** A box of pointers lists a few headlines. */
const MOST_MORE_POINTERS = 3;
/** A headline's fewest words: a subhead (`A Slow Return`) has fewer. */
const FEWEST_LISTED_HEADLINE_WORDS = 6;

function isListedHeadline(text: string): boolean {
  const words = wordCount(text);
  return words >= FEWEST_LISTED_HEADLINE_WORDS && words <= MOST_LINK_WORDS && !/[.!…:;,"”’')\]]$/.test(headlineWords(text));
}

/**
 * A headline's words, for what its end says: without the quotation marks around a headline that quotes someone whole
 * (de Volkskrant's `‘Het water is zout, onze kinderen worden ziek’`), which end no sentence; with Urdu's full stop
 * (`۔`) read as the full stop it is (BBC Urdu's paragraph below its box of pointers).
 */
function headlineWords(text: string): string {
  return (QUOTED_WHOLE.exec(text)?.[1] ?? text).replace(/۔$/u, ".");
}

const QUOTED_WHOLE = /^[‘“"„«](.+)[’”"»]$/u;

/**
 * A page copied twice into one file: below the article, its header printed again (its headline, the site's menu above
 * it) and its paragraphs after it. A line of the text above its first sentence printed again further down starts a
 * second copy when, of the lines that follow it printed above it too, FEWEST_COPIED_PARAGRAPHS or more are the
 * article's sentences: a pull quote repeats one sentence, a running head or a related link none. The copy is its
 * lines printed again; a line of it the first copy lacks (a paragraph a later version added) is no copy and stays,
 * and more than MOST_LINES_NOT_COPIED of them in a row end it.
 */
function secondCopy(article: Line[]): Line[] {
  const firstProse = article.findIndex(isProse);
  if (firstProse === -1) return [];
  const firstAt = new Map<string, number>();
  article.forEach((line, i) => {
    if (!firstAt.has(line.text)) firstAt.set(line.text, i);
  });
  for (let start = firstProse + 1; start < article.length; start++) {
    if (firstAt.get(article[start]!.text)! >= firstProse) continue;
    const copied: Line[] = [];
    for (let i = start, notCopied = 0; i < article.length && notCopied <= MOST_LINES_NOT_COPIED; i++) {
      const again = firstAt.get(article[i]!.text)! < start;
      if (again) copied.push(article[i]!);
      notCopied = again ? 0 : notCopied + 1;
    }
    if (copied.filter(isProse).length >= FEWEST_COPIED_PARAGRAPHS) return copied;
  }
  return [];
}

const FEWEST_COPIED_PARAGRAPHS = 3;
const MOST_LINES_NOT_COPIED = 2;
const SECOND_COPY = "a second copy of the article, its header and paragraphs printed again below it, not more text";

/**
 * Pull quotes: a line of a sentence or part of one in quotation marks alone, without its full stop (`“Water scarcity
 * will drive more young men toward armed groups”`), whose words a paragraph a few lines away writes too, as a page
 * sets a quote from the article large between its paragraphs; or with its full stop inside the marks (`“The river is
 * for everybody else.”`) when a paragraph above it writes the sentence to its stop too; and the same line printed again
 * further down, as a page repeats its pull quote. A quoted paragraph whose words another paragraph quotes only in part
 * (`“We will stay,” she said …`) is the article's however often it quotes them.
 */
function pullQuotes(article: Line[]): Line[] {
  const pulled = article.filter((line, i) => {
    const match = PULL_QUOTE.exec(line.text);
    if (!match) return false;
    const quoted = wordsOf(match[1]!);
    // A whole sentence is pulled from the text above it; said first, then again with its speaker, it is the writer's.
    const near = article.slice(Math.max(0, i - PULL_QUOTE_REACH), match[2] === undefined ? i + PULL_QUOTE_REACH + 1 : i);
    return near.some((other) => other !== line && other.text.length > line.text.length && wordsOf(other.text).includes(quoted));
  });
  const texts = new Set(pulled.map((line) => line.text));
  return article.filter((line) => texts.has(line.text));
}

/**
 * A text's words, spaced, to compare a pull quote with the paragraph it repeats by its words alone: set apart, its
 * first word takes a capital the sentence may not give it, and a page may set a comma of the paragraph's as a full
 * stop, or drop it (`“Smuggling is a crime and we will pursue it.”` from `“Smuggling is a crime, and we will pursue
 * it,” the minister said.`).
 */
const wordsOf = (text: string) => ` ${slugWords(text).join(" ")} `;

/** Group 1 the quoted words, group 2 the sentence's end mark inside the quotation marks, if any. */
const PULL_QUOTE = /^["“‘]([^"“”]{20,200}[^"“”.!?…,])([.!?])?["”’]$/u;
/** How many lines away the paragraph a pull quote repeats may be. */
const PULL_QUOTE_REACH = 6;

/**
 * The running heads and feet of a printed page, as a copy of a report's PDF keeps them between its paragraphs: a line
 * ending in its page's number (`UNAMI Water Report 2023 Page 2 of 3`) that another line of the text writes again with
 * other numbers, or a page's number alone (`Page 2`, `Seite 2 von 12`). One line ending so may be a sentence's, a
 * scrape having wrapped it after `page 3`. So is a page's bare number at either end of a short title, a wide gap
 * between them, as a PDF's text keeps the page's layout (`2      Human Rights Watch | December 2026`), among lines
 * with no such gap (a table laid out in spaces has one on every row). So are a page's foot around a barcode's text
 * (barcodedFeet), and the document's symbol alone on a line, as its masthead printed it (pdfMasthead), at the head of
 * a later page.
 */
function printedPageMargins(article: Line[], masthead?: { columns: ReadonlySet<string>; end: number }): Line[] {
  // Each line ending in a page's number, by its shape: its text with every number alike.
  const numbered = article.filter((line) => ENDS_IN_PAGE_NUMBER.test(line.text)).map((line) => ({ line, shape: line.text.replace(/\d+/g, "#") }));
  const shapes = new Map<string, number>();
  for (const { shape } of numbered) shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  const repeated = numbered.filter(({ line, shape }) => PAGE_NUMBER_ALONE.test(line.text) || shapes.get(shape)! > 1).map(({ line }) => line);
  const laidOut = article.filter((line, i) => {
    const title = NUMBER_ACROSS_GAP.exec(line.text)?.slice(1).find((part) => part !== undefined);
    const amongText = [article[i - 1], article[i + 1]].every((other) => other === undefined || !LAYOUT_GAP.test(other.text));
    return title !== undefined && amongText && wordCount(title) <= MOST_RUNNING_TITLE_WORDS && !/[.!?,;:]$/.test(title);
  });
  // The document's symbol at the head of each page after the first, as its masthead printed it (`S/2026/912`).
  const symbols = masthead ? article.slice(masthead.end).filter((line) => masthead.columns.has(line.text)) : [];
  return [...repeated, ...laidOut, ...symbols, ...barcodedFeet(article)];
}

/**
 * The running heads of a PDF's later pages that print its first page's opening lines again (`Republic of Iraq` /
 * `Ministry of Migration and Displaced`), as a copy of a press release keeps them between its paragraphs: a run of
 * short lines ending no sentence, equal one by one to the text's first lines, two or more of them, or one right
 * below a page's running foot (`feet`). The first page's own lines are left to the header to read.
 */
function firstLinesPrintedAgain(article: Line[], feet: ReadonlySet<Line>): Line[] {
  const heads: Line[] = [];
  for (let i = 1; i < article.length; i++) {
    let run = 0;
    while (run < i && article[i + run]?.text === article[run]!.text && isRunningTitle(article[run]!.text)) run++;
    if (run >= 2 || (run === 1 && feet.has(article[i - 1]!))) heads.push(...article.slice(i, i + run));
    i += Math.max(run - 1, 0);
  }
  return heads;
}

function isRunningTitle(text: string): boolean {
  return wordCount(text) <= MOST_RUNNING_TITLE_WORDS && !TERMINAL.test(text);
}

/**
 * A page's foot around the text of a barcode printed in its margin (`*2619874*`, the digits between the stars Code 39
 * starts and stops on), as the UN prints one on a document's first page: the barcode's line and the lines one under
 * the other with it that no text has, no word of them in small letters (the job's number, `26-19874 (E)   041226`,
 * the next page's head, `S/2026/912`). The job's number is the barcode's, and the foot of every other page prints it
 * by the page's number (`26-19874      3/12`): a margin's line with it is a page's foot wherever it is.
 */
function barcodedFeet(article: Line[]): Line[] {
  const barcodes = new Set(article.flatMap((line) => (BARCODE_TEXT.test(line.text) ? [line.text.slice(1, -1)] : [])));
  if (barcodes.size === 0) return [];
  const feet: Line[] = article.filter(
    (line) => isMarginLine(line.text) && line.text.split(/\s+/).some((word) => /\d-\d/.test(word) && barcodes.has(word.replace(/-/g, ""))),
  );
  // The lines one under the other with the barcode's, no blank line between them: `article` holds no blank line, but
  // each line its number in the raw text.
  const inFoot = (i: number, from: number) =>
    article[i] !== undefined && Math.abs(article[i]!.no - article[from]!.no) === 1 && isMarginLine(article[i]!.text);
  article.forEach((line, i) => {
    if (!BARCODE_TEXT.test(line.text)) return;
    feet.push(line);
    for (let up = i - 1; inFoot(up, up + 1); up--) feet.push(article[up]!);
    for (let down = i + 1; inFoot(down, down - 1); down++) feet.push(article[down]!);
  });
  return feet;
}

const BARCODE_TEXT = /^\*\d{5,}\*$/;

/** A margin's line: short, ending no sentence, no word of it opening in small letters as a sentence's do. */
function isMarginLine(text: string): boolean {
  return wordCount(text) <= MOST_RUNNING_TITLE_WORDS && !TERMINAL.test(text) && !/(?:^|\s)\p{Ll}/u.test(text);
}

/**
 * The masthead of a document's first page, as a copy of its PDF keeps its columns (a UN report's): the text's first
 * line laid out in two, the issuing body's name on the left, a wide gap, the document's symbol on the right (`United
 * Nations      S/2026/912`); and the lines below it so laid out, or indented by such a gap, the right column alone
 * (`Security Council      Distr.: General`, `Original: English`), blank lines between them or not. The left column's
 * first line is the issuer's name, when it reads as one; a date alone in the right column is left to the header to
 * read as the document's date. `columns` holds the right column's other parts, which running heads print again, below
 * the masthead's last line, `end`.
 */
function pdfMasthead(article: Line[]): { issuer?: { line: Line; name: string }; lines: Line[]; columns: Set<string>; end: number } | undefined {
  const top = article[0] && TWO_COLUMNS.exec(article[0].text);
  // The right column of the first line is the document's symbol, which has a number (a menu's items laid out so have none).
  if (!top || !/\d/.test(top[2]!)) return undefined;
  const lines: Line[] = [];
  const columns = new Set<string>();
  let end = 0;
  for (; end < article.length; end++) {
    const line = article[end]!;
    const right = TWO_COLUMNS.exec(line.text)?.[2] ?? (line.indent >= LAYOUT_GAP_WIDTH ? line.text : undefined);
    if (right === undefined) break;
    if (readDateLine(line.text) !== undefined) continue;
    columns.add(right);
    lines.push(line);
  }
  const name = top[1]!;
  const issuer = ISSUER_NAME.test(name) ? { line: article[0]!, name } : undefined;
  return { ...(issuer && { issuer }), lines, columns, end };
}

const PDF_MASTHEAD = "the rest of a PDF's masthead (the issuing organ, the document's symbol, distribution, language), not article text";
/** A run of spaces no text has between its words: a page's layout's, kept by a copy of a PDF. */
const LAYOUT_GAP_WIDTH = 4;
const LAYOUT_GAP = new RegExp(` {${LAYOUT_GAP_WIDTH},}`);
/** A line laid out in two columns, a layout's gap between them: group 1 the left, group 2 the right. */
const TWO_COLUMNS = new RegExp(String.raw`^(\S(?:(?! {2}).)*) {${LAYOUT_GAP_WIDTH},}(\S(?:(?! {${LAYOUT_GAP_WIDTH}}).)*)$`, "u");
/** An organisation's name: two words or more in title case or capitals, no digits (`United Nations`, `European Commission`). */
const ISSUER_NAME = /^\p{Lu}[\p{L}'’&.-]*(?: (?:of|for|the|and|on|\p{Lu}[\p{L}'’&.-]*)){1,7}$/u;

/** A page's number, a layout's gap, then a title with no such gap in it; or the title first: group 1 or 2 the title. */
const NUMBER_ACROSS_GAP = new RegExp(
  String.raw`^\d{1,4} {${LAYOUT_GAP_WIDTH},}(\S(?:(?! {2}).)*)$|^(\S(?:(?! {2}).)*?) {${LAYOUT_GAP_WIDTH},}\d{1,4}$`,
  "u",
);
const MOST_RUNNING_TITLE_WORDS = 12;

const PAGE_NUMBER = String.raw`(?:page|p\.|seite|página|pagina)\s?\d{1,4}(?:\s?(?:of|sur|von|de|di|/)\s?\d{1,4})?`;
const ENDS_IN_PAGE_NUMBER = new RegExp(`(?:^|\\s)${PAGE_NUMBER}$`, "iu");
const PAGE_NUMBER_ALONE = new RegExp(`^${PAGE_NUMBER}$`, "iu");

/**
 * A share bar's line that names no service: Dawn's counters and its button to the comments between the services
 * (`Facebook / Count / Whatsapp / Comment / Email / 0`), Substack's `Notes` (its own feed) and `More` (the other
 * services) after them (`Copy link / Facebook / Email / Notes / More`).
 */
const SHARE_BAR_EXTRA = /^(?:count|comments?|\d{1,6}|notes|more)$/i;

/**
 * The buttons of share menus: services' names alone (SHARE_MENU_BUTTON) in a run of two or more lines of the menu
 * (such names, share prompts as `Share` and `Email`, the bar's other lines as SHARE_BAR_EXTRA), and those other lines
 * of a run that names a service. One name alone is left as written: it may be a list's item or a subhead; `More` or a
 * number alone is a share bar's only beside its services.
 */
function shareMenus(article: Line[]): Line[] {
  const isButton = (line: Line) => SHARE_MENU_BUTTON.test(line.text);
  const isExtra = (line: Line) => SHARE_BAR_EXTRA.test(line.text);
  const isMenuLine = (line: Line) => isButton(line) || isExtra(line) || matchesAny(ENGAGEMENT_LINES, line.text);
  const buttons: Line[] = [];
  let run: Line[] = [];
  for (const line of [...article, undefined]) {
    if (line && isMenuLine(line)) {
      run.push(line);
      continue;
    }
    if (run.length >= 2 && run.some(isButton)) buttons.push(...run.filter((member) => isButton(member) || isExtra(member)));
    run = [];
  }
  return buttons;
}

/** A video player's label, alone on its line above or below the still that stands for the video. */
const VIDEO_LABEL = /^(?:video|watch|play video)$/i;

/**
 * A video player's label and its length around the still's caption: NHK's `Video` above `Takaichi and al-Sudani at a
 * joint news conference in Baghdad on March 10. (NHK)` and `0:58` below it. A time alone by a caption is the video's
 * length only where the label marks the photo as a video: on a live page it may be the time of the entry below.
 */
function videoPlayerLabels(article: Line[]): Line[] {
  const labels: Line[] = [];
  article.forEach((line, i) => {
    if (!isCaption(line.text)) return;
    const around = [article[i - 1], article[i + 1]];
    if (!around.some((other) => other && VIDEO_LABEL.test(other.text))) return;
    for (const other of around) {
      if (other && (VIDEO_LABEL.test(other.text) || CLOCK_TIME_LINE.test(other.text))) labels.push(other);
    }
  });
  return labels;
}

const MOST_SIGN_UP_WORDS = 10;
/** The newsletter's name and a sentence or two of pitch (`Week in the Middle East`, `Catch up on the region's news.`). */
const MOST_PITCH_LINES = 3;

/** Lines of a related article's headline: a few words, no full stop (a quote mark may close it). */
const MOST_LINK_WORDS = 15;

/**
 * Where the list of links to other articles at the end of the article starts (`More on this story` and the headlines
 * below it; several such lists in a row are one), or the article's length when it ends with none. Headlines often
 * run longer than the short lines trailingChromeReason takes for chrome, end on a quote mark, or ask (`What is Eid Al
 * Adha and when is it in 2025?`).
 */
function relatedLinksAtEnd(article: Line[], isPageOwn: (line: Line) => boolean): number {
  let start = article.length;
  for (let i = article.length - 1; i >= 0; i--) {
    const text = article[i]!.text;
    if (RELATED_HEADING.test(text)) start = i;
    // The page's own lines below the list (a copyright line, BBC's longer than a headline, a sign-up form's pitch, the
    // outlet's note on itself) are no end to it.
    else if (pageLineReason(text) !== undefined || isPageOwn(article[i]!)) continue;
    else if (wordCount(text) > MOST_LINK_WORDS) break;
    else if (/[.!]["”’')]?$/.test(text) && !isLinkBelowHeading(article, i)) break;
  }
  return start;
}

/**
 * A headline of a sentence or two right below a list's heading (`More on this topic` above `Syria’s new rulers
 * promised inclusion. Minorities say they are still waiting.`), as short as the list's headlines are, with the page's
 * lines below it. Below a tags heading, or a heading of one word, which may be the article's subhead (`Elsewhere`
 * above `In Mosul, three people were killed on Sunday.`), or as the text's last line (`Latest` above a last short
 * paragraph), a sentence is rather the article's.
 */
function isLinkBelowHeading(article: Line[], i: number): boolean {
  const heading = article[i - 1]?.text ?? "";
  return RELATED_HEADING.test(heading) && !TAGS_HEADING.test(heading) && wordCount(heading) > 1 && i < article.length - 1;
}

/**
 * Whether a comment section starts at `i`: a comment counter, form or policy, a threaded reply, a `Comments` heading
 * above a commenter's name (with the day alone too, `Yorumlar` above `Diyar Kaya | 07-12-2026`) or the section's form
 * (`Add comment`, `Loading comments...`), or a list of comments. Only below the article's prose (the caller's to
 * ask): a counter with no sentence of prose above it is the share bar's above the article (`0 Comments` by `Email` and
 * `Share`), not the start of the comments.
 */
function startsCommentSection(text: Line[], i: number): boolean {
  const [line, next] = [text[i]!, text[i + 1]];
  // `Join the conversation` / `@The_NewArab`: a prompt to follow the site's account, no comment section.
  const followPrompt = next !== undefined && SOCIAL_HANDLE.test(next.text);
  return (
    (matchesAny(COMMENT_SECTION_LINES, line.text) && !followPrompt) ||
    isThreadedReply(line, next) ||
    (COMMENTS_HEADING.test(line.text) && next !== undefined && headsTheComments(text, i + 1)) ||
    startsCommentList(text, i)
  );
}

/** Whether the line at `i`, below a `Comments` heading, is a comment's head, or a line of the section's own (its form). */
function headsTheComments(text: Line[], i: number): boolean {
  return commentHeadAt(text, i) > 0 || COMMENTER_DAY_LINE.test(text[i]!.text) || matchesAny(COMMENT_SECTION_LINES, text[i]!.text);
}

/**
 * A comment's head with a comment below it and the next comment's head a few lines down (`Karwan | 10/5/2025 9:14:33
 * PM` above its comment, then `Ahmed | 10/5/2025 10:02:10 PM`; a blog's `Anonymous said...`, its comment and its
 * time): a list of comments without a heading above it. One such line alone may be a post's quoted in the article.
 */
function startsCommentList(text: Line[], i: number): boolean {
  if (startsRepliedComment(text, i)) return true;
  const isHead = (line: Line) => COMMENTER_DATED_LINE.test(line.text) || BLOG_COMMENTER_LINE.test(line.text);
  if (!isHead(text[i]!)) return false;
  const comment = text[i + 1];
  if (comment === undefined || isCommentHead(comment.text)) return false;
  return text.slice(i + 2, i + 2 + MOST_LINES_OF_A_COMMENT).some(isHead);
}

/**
 * A comment without a heading above it, by its shape: its head (commentHeadAt: `Omar Saleh` above `2 hours ago`), its
 * text, then its buttons (`Reply`, `Reply · Like`) a few lines below the head. A name and a time alone are a byline's
 * and a date's too, and a live page's entry has both: none has a reply button below its text.
 */
function startsRepliedComment(text: Line[], i: number): boolean {
  const head = commentHeadAt(text, i);
  if (head === 0) return false;
  const below = text.slice(i + head, i + head + MOST_LINES_OF_A_COMMENT + 1);
  const buttons = below.findIndex((line) => COMMENT_ACTIONS.test(line.text));
  return buttons > 0 && below.slice(0, buttons).every((_, k) => commentHeadAt(text, i + head + k) === 0);
}

/**
 * How many lines a comment's head takes at `i`: one, the commenter's name and when they wrote on a line
 * (isCommentHead); two, the name alone above the time it is since they wrote (`Hevi R.` / `3 hours ago`), or the time
 * above the name (`3 hours ago` / `Omar Saleh`, `14:32` / `Hevi R.`: timeAboveName); or none.
 */
function commentHeadAt(text: Line[], i: number): number {
  const [line, below] = [text[i]!, text[i + 1]];
  if (below !== undefined && COMMENT_AGE_ALONE.test(below.text) && COMMENTER_NAME_ALONE.test(line.text)) return 2;
  if (timeAboveName(line, below)) return 2;
  return isCommentHead(line.text) ? 1 : 0;
}

/**
 * A comment's head that prints when the commenter wrote above their name: how long ago (`3 hours ago`) or the time of
 * day (`14:32`), then the name alone. A live page's entry has a time above its title too; a comment's buttons below
 * its text (startsRepliedComment) tell them apart.
 */
function timeAboveName(line: Line, below: Line | undefined): boolean {
  const time = COMMENT_AGE_ALONE.test(line.text) || CLOCK_TIME_LINE.test(line.text);
  return time && below !== undefined && COMMENTER_NAME_ALONE.test(below.text) && !COMMENT_ACTIONS.test(below.text);
}

/**
 * The reasons for the two-line heads (commentHeadAt) of the comments from `start` on: the commenter's name, and when
 * they wrote, in the order the head prints them. Among the comments the day (and time) alone heads one too, above the
 * name (The Guardian's `25 Sep 2017 19:12` / `kurdishfriend`) or below it (Medium's `Dara K.` / `Dec 6, 2026`): the
 * shape a byline and its date line have elsewhere. A day between two names is the lower one's (a button, `Report`, or
 * a heading, the section's or the list's below it, is no name).
 */
function commentersAbove(text: Line[], start: number): Map<Line, string> {
  const reasons = new Map<Line, string>();
  // A short comment (`The problem is not the bridge.`) ends a sentence, where a name ends on an initial at most.
  const isName = (line: Line | undefined) =>
    line !== undefined &&
    COMMENTER_NAME_ALONE.test(line.text) &&
    (!SENTENCE_END.test(line.text) || INITIAL_AT_END.test(line.text)) &&
    ![COMMENT_ACTIONS, COMMENTS_HEADING, RELATED_HEADING].some((label) => label.test(line.text));
  // A name and the day on one line (`Diyar Kaya | 07-12-2026`, `Ahmed | 10/5/2025 10:02:10 PM`) is a head of its own.
  const isDay = (line: Line | undefined) =>
    line !== undefined && isDateAlone(line.text) && !COMMENTER_DAY_LINE.test(line.text) && !isCommentHead(line.text);
  const dayAboveName = (i: number) => isDay(text[i]) && isName(text[i + 1]);
  const nameAboveDay = (i: number) => isName(text[i]) && isDay(text[i + 1]) && !dayAboveName(i + 1);
  for (let i = start; i < text.length; i++) {
    const head = commentHeadAt(text, i) === 2;
    if (!head && !dayAboveName(i) && !nameAboveDay(i)) continue;
    const timeFirst = head ? timeAboveName(text[i]!, text[i + 1]) : dayAboveName(i);
    const [name, time] = timeFirst ? [text[i + 1]!, text[i]!] : [text[i]!, text[i + 1]!];
    reasons.set(name, "reader comment: the commenter's name");
    reasons.set(time, "reader comment: when the commenter wrote");
    // The head's second line starts no head of its own (`3 hours ago` below a name, above a short comment).
    i++;
  }
  return reasons;
}

/** A name's initial at its end: `Dara K.` */
const INITIAL_AT_END = /(?:^|\s)\p{Lu}\.$/u;

/** The lines a comment takes below its head before the next head: its text, its time, a reply link. */
const MOST_LINES_OF_A_COMMENT = 3;

function isCommentHead(text: string): boolean {
  return COMMENTER_LINE.test(text) || COMMENTER_DATED_LINE.test(text) || BLOG_COMMENTER_LINE.test(text);
}

/**
 * A comment counter above the article's text, not the start of its comments: `12 Comments` alone under the standfirst
 * and byline, or by the share buttons (`Share`, `Tweet`), a link down to the comments. The article's prose is below it,
 * two paragraphs in a row (one, by the share buttons), or a paragraph and a section of the article (proseGoesOn), and
 * none of a comment's marks near them (hasCommentMark: a commenter's name and time, a comment's buttons). At the
 * page's foot the lines below a counter are the comments': a commenter's name, the form, a short comment, or a longer
 * one with its buttons below it.
 */
function isCounterAboveProse(text: Line[], i: number): boolean {
  if (!matchesAny(COMMENT_COUNTERS, text[i]!.text)) return false;
  const isButton = (line: Line | undefined) => line !== undefined && matchesAny(ENGAGEMENT_LINES, line.text);
  const below = text.findIndex((line, j) => j > i && !isButton(line) && !matchesAny(COMMENT_COUNTERS, line.text));
  if (below === -1 || !isProse(text[below]!) || startsCommentSection(text, below)) return false;
  for (let j = below; j < Math.min(text.length, below + 1 + MOST_LINES_OF_A_COMMENT); j++) if (hasCommentMark(text, j)) return false;
  const byButton = isButton(text[i - 1]) || isButton(text[i + 1]);
  return byButton || proseGoesOn(text, below + 1);
}

/**
 * Whether the article's prose goes on at `i`, below its first paragraph: another paragraph, or a subhead above two
 * paragraphs in a row (`A pattern of attacks` above a section of the article). A subhead's short line alone could
 * be the next commenter's name above their comment; a commenter seldom writes two paragraphs, a section seldom fewer.
 */
function proseGoesOn(text: Line[], i: number): boolean {
  const [line, next, afterNext] = [text[i], text[i + 1], text[i + 2]];
  if (line === undefined) return false;
  if (isProse(line)) return true;
  const subhead = !TERMINAL.test(line.text) && wordCount(line.text) <= MOST_SUBHEAD_WORDS;
  return subhead && [next, afterNext].every((paragraph) => paragraph !== undefined && isProse(paragraph));
}

/**
 * A line of a comment's that an article's text has not, near the comment's text: a comment's head, its buttons. (The
 * comment section's start, a counter or a heading, may well be a few lines below a short article's prose.)
 */
function hasCommentMark(text: Line[], i: number): boolean {
  return COMMENT_ACTIONS.test(text[i]!.text) || commentHeadAt(text, i) > 0;
}

const LONE_COUNTER = "a comment counter above the article, a link down to its comments, not article text";

/**
 * A cookie-consent wall a copy took in before the page (the IAB's `We value your privacy` / `We and our 892 partners
 * store and/or access information on a device, such as cookies and process personal data…` / `MORE OPTIONS` /
 * `DISAGREE` / `AGREE`): on the page's first lines, its paragraphs on what the site and its partners do with the
 * reader's data, the buttons right below them, and its heading above them. A page that opens on an article about
 * cookies has no buttons right below its paragraphs.
 */
function consentWall(text: Line[]): Line[] {
  const heading = text[0] !== undefined && isConsentHeading(text[0].text) ? 1 : 0;
  let end = heading;
  while (end < text.length && isConsentText(text[end]!.text)) end++;
  if (end === heading) return [];
  const paragraphsEnd = end;
  while (end < text.length && CONSENT_WALL_BUTTON.test(text[end]!.text)) end++;
  return end > paragraphsEnd ? text.slice(0, end) : [];
}

const CONSENT_WALL = "a cookie-consent wall copied before the page: its heading, its text and its buttons, not article text";

/** A sentence on the reader's data, naming two or more of what a consent wall speaks of (CONSENT_WORDS). */
function isConsentText(text: string): boolean {
  const named = new Set([...text.matchAll(CONSENT_WORDS)].map(([word]) => word.toLowerCase()));
  return TERMINAL.test(text) && named.size >= FEWEST_CONSENT_WORDS;
}

const FEWEST_CONSENT_WORDS = 2;
/** What a consent wall speaks of, in the languages read here: cookies, personal data, partners, consent, preferences. */
const CONSENT_WORDS =
  /(?<!\p{L})(?:cookies?|personal data|personal information|partners|consent|preferences|geolocation|données personnelles|partenaires|consentement|préférences|personenbezogenen? daten|partner|einwilligung|datos personales|socios|consentimiento|preferencias|dati personali|consenso|preferenze|persoonsgegevens|toestemming|voorkeuren)(?!\p{L})/giu;

/** A consent wall's heading: a few words on privacy or cookies, no sentence (`We value your privacy`, `Your privacy choices`). */
function isConsentHeading(text: string): boolean {
  return wordCount(text) <= MOST_CONSENT_HEADING_WORDS && !TERMINAL.test(text) && PRIVACY_WORDS.test(text);
}

const MOST_CONSENT_HEADING_WORDS = 8;
const PRIVACY_WORDS = /(?<!\p{L})(?:privacy|cookies?|consent|vie privée|confidentialité|datenschutz|privatsphäre|privacidad|privacidade|riservatezza)(?!\p{L})/iu;

/**
 * A consent wall's buttons, in capitals or not: the cookie notice's (COOKIE_CONSENT_BUTTON), and those to refuse or
 * to choose (`DISAGREE`, `MORE OPTIONS`, `Reject all`, `Manage preferences`, `Tout refuser`, `Alle akzeptieren`).
 */
const CONSENT_WALL_BUTTON = new RegExp(
  `${COOKIE_CONSENT_BUTTON.source}|^(?:(?:i )?disagree|do not agree|(?:accept|reject|allow|refuse|decline) all|accept and close|more options|manage (?:options|preferences|settings|choices)|customi[sz]e(?: settings)?|(?:cookie |privacy )?settings|options|refuser|tout (?:accepter|refuser)|plus d['’]options|paramétrer|personnaliser|ablehnen|alle (?:akzeptieren|ablehnen)|mehr optionen|einstellungen|rechazar(?: todo)?|aceptar todo|más opciones|configurar|rifiuta(?: tutto)?|accetta tutto|altre opzioni|personalizza|weigeren|alles (?:accepteren|weigeren)|meer opties|instellingen)$`,
  "iu",
);

/** A line of the article's prose: a sentence, or more, long enough that no label or button reads so. */
function isProse(line: Line): boolean {
  return TERMINAL.test(line.text) && wordCount(line.text) >= FEWEST_PROSE_WORDS;
}

const FEWEST_PROSE_WORDS = 8;

/**
 * `Comments` (Turkish `Yorumlar`, Hebrew `תגובות`) above `Ahmed K · 2h`: a comment section's heading, then its first
 * commenter's name and when they wrote. Alone, either could be a menu's label or a post's header; together they are
 * the comments.
 */
const COMMENTS_HEADING = /^(?:reader )?(?:comments|discussion|responses)$|^yorumlar$|^תגובות$/iu;
/** A commenter's name or handle, as a comment's head prints it: `Ahmed K`, `Hevi R.`, `sara_b`. */
const COMMENTER_NAME = String.raw`\p{L}[\p{L}\p{N} .'’_-]{0,39}`;
/** How long ago a comment was written: `2h`, `3 hours ago`, `a day ago`, `just now`. */
const COMMENT_AGE = String.raw`(?:\d{1,2} ?(?:s|m|h|d|w|mins?|hrs?|hours?|days?|weeks?|months?|years?)(?: ago)?|an? (?:minute|hour|day|week|month|year) ago|just now|yesterday)`;
const COMMENTER_LINE = new RegExp(`^${COMMENTER_NAME} [·•|] ${COMMENT_AGE}$`, "iu");
const COMMENTER_NAME_ALONE = new RegExp(`^${COMMENTER_NAME}$`, "u");
const COMMENT_AGE_ALONE = new RegExp(`^${COMMENT_AGE}$`, "iu");
/** A comment's buttons below its text: `Reply`, `Like`, `Reply · Like`, `Like (3)`, `Reply | Report`. */
const COMMENT_ACTIONS = /^(?:reply|like|report)(?: \(\d{1,5}\))?(?:\s*[·•|]\s*(?:reply|like|report|\d{1,5}))*$/i;

/** The day a comment was written, as comment systems print it: `10/5/2025`, `07-12-2026`, `October 5, 2025`. */
const COMMENT_DAY = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\p{L}{3,9}\.? \d{1,2},? \d{4})`;
/**
 * A commenter's name and the day and time they wrote, as comment systems print it to the second or the minute:
 * `Karwan | 10/5/2025 9:14:33 PM`, `Sara M. · October 5, 2025 at 9:14 PM`.
 */
const COMMENTER_DATED_LINE = new RegExp(
  String.raw`^${COMMENTER_NAME} [·•|] ${COMMENT_DAY},?(?: at)? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?$`,
  "u",
);
/**
 * A commenter's name and the day alone (Rudaw's `Diyar Kaya | 07-12-2026`): a byline and its date line would read so
 * too, and it is read only in a comment section (commentReason) or below its heading (headsTheComments).
 */
const COMMENTER_DAY_LINE = new RegExp(String.raw`^${COMMENTER_NAME} [·•|] ${COMMENT_DAY}$`, "u");
/** A blog's comment head, the commenter's name above their comment: Blogger's `Anonymous said...`. */
const BLOG_COMMENTER_LINE = /^\p{L}[\p{L}\p{N} .'’_-]{0,39} said(?:\.{3}|…)$/u;

/** A commenter's name, as a thread prints it on its bullet's line, is a few words. */
const MOST_COMMENTER_NAME_WORDS = 6;

/**
 * Comment threads are indented bullets: `  • name`, then the comment below it, as deep or deeper, then deeper
 * replies. An indented list, as text dumps of a page write one (`  * item`), has its next item below instead, or
 * the article's text at a lesser depth.
 */
function isThreadedReply(line: Line, next: Line | undefined): boolean {
  return (
    line.indent >= 1 &&
    BULLET.test(line.text) &&
    wordCount(line.text) <= MOST_COMMENTER_NAME_WORDS &&
    next !== undefined &&
    next.indent >= line.indent &&
    !BULLET.test(next.text)
  );
}

/** A comment section's own lines: its counters, forms and headings, and the commenters' names. */
function commentReason(line: Line): string | undefined {
  if (matchesAny(COMMENT_SECTION_LINES, line.text)) return "comment section: counter, form or policy";
  if (COMMENT_FORM_PROMPT.test(line.text)) return "comment section: the comment form's prompt";
  if (matchesAny(ENGAGEMENT_LINES, line.text)) return "comment section: a prompt to react";
  if (COMMENTS_HEADING.test(line.text)) return "comment section: its heading";
  const writtenWhen = COMMENTER_LINE.test(line.text) || COMMENTER_DATED_LINE.test(line.text) || COMMENTER_DAY_LINE.test(line.text);
  if (writtenWhen) return "reader comment: the commenter's name and when they wrote";
  if (BLOG_COMMENTER_LINE.test(line.text)) return "reader comment: the commenter's name";
  if (COMMENT_ACTIONS.test(line.text)) return "comment section: a reply or like button";
  if (BULLET.test(line.text) && wordCount(line.text) <= MOST_COMMENTER_NAME_WORDS) return "reader comment: the commenter's name";
  return undefined;
}

const READER_COMMENT = "reader comment";
/**
 * The prompt a comment form prints in its empty box, below the section's counter (Medium's `What are your thoughts?`
 * under `Responses (9)`, `Share your thoughts…`): the form's, not a reader's comment. Read only in the comment section:
 * an article may well ask its readers as much.
 */
const COMMENT_FORM_PROMPT = /^(?:what are your thoughts|share your thoughts)(?:\?|\.{3}|…)?$/i;
const SHARE_MENU_BUTTON_REASON = "a share menu's button, not article text";
/**
 * A copyright line's mark, in the languages ingest reads (`©`, `All rights reserved`, `كل الحقوق محفوظة`), or a
 * licence's (`Creative Commons`), anywhere on the line. The phrases that reserve the rights by their closing words,
 * where patterns.ts's RIGHTS_RESERVED tests a holder's name for their opening words: see there why the two are apart.
 */
const COPYRIGHT_MARK = new RegExp(
  String.raw`${COPYRIGHT_SIGN}|\bcreative commons\b|\brights reserved\b|droits réservés|rechte vorbehalten|derechos reservados|diritti riservati|direitos reservados|rechten voorbehouden|hakları saklıdır|права защищены|الحقوق محفوظة`,
  "iu",
);
const RELATED_LINKS = "a list of links to other articles, after the article";
const TAGS = "the page's tags, links to its topics' pages, after the article";
const SITE_FOOTER = "the site's footer (links to its own pages), below its copyright line";
const FOOTER_LINKS_REASON = "the site's footer: links to its own pages (`Help`, `About`, `Terms`), not article text";

/**
 * Why each line of the page's tail is not the article's, the tail being the lists below the article or its comment
 * section: a line of the page's own (a copyright line, a paywall's notice), a share menu's button, a sign-up form; the
 * page's tags below their heading (TAGS_HEADING); a list of links to other articles below its heading
 * (RELATED_HEADING); the site's footer below its copyright line, or from a run of its links to its own pages (Medium's
 * `Help` above `Status`: FOOTER_LINKS); anything else what the tail is (`fallback`: a reader's comment, or a link to
 * another article).
 */
function pageTailReasons(tail: Line[], fallback: string): Map<Line, string> {
  const reasons = new Map<Line, string>();
  const forms = new Set(signUpForms(tail));
  let kind = fallback;
  for (const [i, line] of tail.entries()) {
    const pageLine = pageLineReason(line.text);
    if (pageLine !== undefined && COPYRIGHT_MARK.test(line.text)) kind = SITE_FOOTER;
    else if (kind !== SITE_FOOTER && [line, tail[i + 1]].every((link) => link !== undefined && FOOTER_LINKS.test(link.text))) kind = FOOTER_LINKS_REASON;
    else if (TAGS_HEADING.test(line.text)) kind = TAGS;
    else if (RELATED_HEADING.test(line.text)) kind = RELATED_LINKS;
    const share = SHARE_MENU_BUTTON.test(line.text)
      ? SHARE_MENU_BUTTON_REASON
      : matchesAny(ENGAGEMENT_LINES, line.text)
        ? "a prompt to share or react, after the article"
        : undefined;
    // A date alone below the page's tags (TASS's `December 2, 2026, 18:47`) is the article's; in a list of other
    // articles it would be theirs.
    const dated = kind === TAGS && isDateAlone(line.text) ? dateBelowReason(line.text) : undefined;
    reasons.set(line, forms.has(line) ? SIGN_UP_FORM : (pageLine ?? share ?? dated ?? kind));
  }
  return reasons;
}

/**
 * A credit's label alone after the article, ReliefWeb's `Source` above `UN Office for the Coordination of
 * Humanitarian Affairs`: the line below it names the publication, a few words that end no sentence.
 */
function isCreditBelowLabel(line: Line, above: Line | undefined): boolean {
  return above !== undefined && CREDIT_LABEL.test(above.text) && !TERMINAL.test(line.text) && wordCount(line.text) <= MOST_LINK_WORDS;
}

const CREDIT_LABEL = new RegExp(`^(?:${CREDIT_LABEL_WORDS}|المصدر)\\s*:?$`, "iu");
const CREDIT_LINE = "credit line naming the publication (kept as source)";

const REPEATED_AFTER = "repeated line after the article (site chrome)";

function trailingChromeReason(
  line: Line,
  occurrences: number,
  above: Line | undefined,
  isBylined: (name: string) => boolean,
): string | undefined {
  if (creditName(line.text) !== undefined) return CREDIT_LINE;
  if (isInWrittenByBox(line, above)) return WRITTEN_BY_BOX_REASON;
  if (CREDIT_LABEL.test(line.text)) return "a credit line's label, above the publication it names";
  const wire = wireCredits(line.text);
  if (wire) return wire.reporters ? "the wire story's credits (reporters kept as author)" : "the wire story's credits";
  if (CONTRIBUTORS.test(line.text)) return "the article's credits: the journalists who contributed reporting";
  if (matchesAny(ENGAGEMENT_LINES, line.text)) return "a prompt to share or react, after the article";
  const pageLine = pageLineReason(line.text);
  if (pageLine !== undefined) return pageLine;
  if (WIDGET_WORDS.test(line.text) && wordCount(line.text) <= 8) return "page widget after the article (widget vocabulary)";
  if (occurrences > 1 && !TERMINAL.test(line.text)) {
    return REPEATED_AFTER;
  }
  const dated = withoutUpdateNote(line.text);
  if (isDateAlone(dated)) return dateBelowReason(dated);
  const writerNote = WRITER_NOTE.test(line.text) || WRITER_NOTE_ELSEWHERE.test(line.text) || WRITER_NOTE_UNNAMED.test(line.text);
  if (writerNote || isNoteOnBylinedWriter(line.text, isBylined)) return WRITER_NOTE_REASON;
  if (line.text.includes("@") && WRITE_IN_PROMPT.test(line.text)) return "an invitation to write to the site, after the article";
  if (wordCount(line.text) <= 6 && !TERMINAL.test(line.text)) return SHORT_AFTER;
  return undefined;
}

const SHORT_AFTER = "short line after the article that is not a sentence (site chrome)";

/** A letters page's label above the letters (the Guardian's `Letters`): its section. */
const LETTERS_LABEL = /^(?:letters|your letters|readers['’] letters|letters to the editor)$/i;

/**
 * The lines of a letter's signature that end at the short line `end`, on a letters page: its writer's name and their
 * town or institution (`Dr Sarah Jones` / `University of Leeds`), right below the last letter's sentence; none where
 * no sentence is right above a few short lines. The page's own short lines below the article end there at the latest.
 */
function letterSignatureAt(article: Line[], end: number): Line[] {
  let top = end;
  while (top > 0 && end - top < MOST_SIGNATURE_LINES && !TERMINAL.test(article[top]!.text) && wordCount(article[top]!.text) <= 6) top--;
  return top < end && isProse(article[top]!) && TERMINAL.test(article[top]!.text) ? article.slice(top + 1, end + 1) : [];
}

/**
 * A numbered item below the items before it (`3. The pumps` below `2. The wall itself, along the river`, or below its
 * wrapped lines): the last of a list of the article's, however short, not a line of the page's below the article.
 */
function isItemOfListAbove(article: Line[], i: number): boolean {
  if (!NUMBERED_ITEM.test(article[i]!.text)) return false;
  const above = article
    .slice(Math.max(0, i - MOST_LINES_OF_AN_ITEM), i)
    .reverse()
    .find((line) => NUMBERED_ITEM.test(line.text));
  return above !== undefined && countsOnFrom(article[i]!.text, above.text);
}

/** `2. item`, `2) item`: a cheap look at a line before reading its number. */
const NUMBERED_ITEM = /^\d{1,3}[.)]\s/;
/** The lines an item takes, wrapped, above the next. */
const MOST_LINES_OF_AN_ITEM = 4;

/**
 * A line of a writer's box below the article (WRITTEN_BY_BOX): its label, the count of the writer's followers, or the
 * line about the writer right below either, a sentence or two (`Freelance journalist in Baghdad.`).
 */
function isInWrittenByBox(line: Line, above: Line | undefined): boolean {
  if (WRITTEN_BY_BOX.test(line.text) || FOLLOWER_COUNT.test(line.text)) return true;
  const boxAbove = above !== undefined && (WRITTEN_BY_BOX.test(above.text) || FOLLOWER_COUNT.test(above.text));
  return boxAbove && wordCount(line.text) <= MOST_WRITERS_NOTE_WORDS;
}

/** A writer's box says who they are in a sentence or two. */
const MOST_WRITERS_NOTE_WORDS = 40;
const WRITTEN_BY_BOX_REASON = "the page's box about the writer (`Written by …`, their followers), after the article";

/**
 * `CNN's Mostafa Salem and Tamara Qiblawi contributed reporting.`, `Associated Press writer Abby Sewell in Beirut
 * contributed to this report.`, `Alissa J. Rubin contributed reporting from Baghdad.`: who else reported the story,
 * below it, after where the writers reported from, if the note says (`Haidamous reported from Beirut. Mohammed Hardan
 * in Qamishli contributed to this report.`). They are the story's journalists, not people in the news.
 */
const CONTRIBUTORS =
  /^(?:\p{Lu}[\p{L}'’-]+(?:(?:,| and) \p{Lu}[\p{L}'’-]+)* reported from [^.!?]{1,80}\. )?\p{Lu}(?:[^.!?]|(?<=\b\p{Lu})\.){0,200} contributed (?:reporting|research|to this (?:report|story|article))(?: from [^.!?]{1,60})?\.?$/u;

/**
 * `Have a question for next month? Write to editor@…`, `Send your tips to tips@…`, `Email us at letters@…`: the site
 * asks its readers to write in, ending on its address.
 */
const WRITE_IN_PROMPT =
  /^(?:[^.!?]{1,80}\?\s+)?(?:write|e-?mail|send|contact|reach)\b[^@]{0,60}?\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/i;

const OUTLET_SELF_NOTE = "the site's note on itself (who publishes it, what it is), after the article";

/**
 * Whether a line is the site's note on itself: `Syria Direct is an independent, nonprofit news organization.`,
 * `Kurdistan Chronicle is published by the Kurdistan Chronicle Foundation.`, a sentence whose subject is the site,
 * named as the page names it on its first line or in its copyright line. The caller asks only of the page's foot,
 * with nothing but chrome below the line: the article may say as much of an outlet in its text. The site's names are
 * read once, when a line first reads so.
 */
function outletSelfNote(article: Line[]): (line: Line) => boolean {
  let names: Set<string | undefined> | undefined;
  return (line) => {
    const name = SELF_NOTE.exec(line.text)?.[1];
    if (name === undefined || wordCount(line.text) > MOST_SELF_NOTE_WORDS) return false;
    names ??= siteNames(article);
    return names.has(name);
  };
}

/** The site's name on the page's first line, a few words, and the holders its copyright lines name. */
function siteNames(article: Line[]): Set<string | undefined> {
  const names = new Set(article.flatMap((line) => (COPYRIGHT_MARK.test(line.text) ? [copyrightHolder(line.text)] : [])));
  const top = article[0]?.text ?? "";
  if (wordCount(top) <= MOST_SITE_NAME_WORDS && !TERMINAL.test(top)) names.add(top);
  return names;
}

/** A sentence about a name (group 1), in the languages read here, its verb "is". */
const SELF_NOTE = /^(\p{Lu}[\p{L}\p{N}&'’. -]{1,50}?) (?:is|are|est|ist|es|è|é) \p{L}.*[.!]$/u;
const MOST_SELF_NOTE_WORDS = 40;
const MOST_SITE_NAME_WORDS = 5;

const DATE_BELOW = "a date line after the article (kept as date when no line above gives one)";

const dateBelowReason = (text: string) => (NOT_PUBLISHED.test(text) ? OTHER_DATE_BELOW : DATE_BELOW);

/** `(обновлено: 14:20 02.12.2026)`, `Updated 14.10.2022`: when the page was changed, printed or read, not published. */
const OTHER_DATE_BELOW = "the date the page was updated, printed or read, after the article (not kept)";

const PLAYER_TIME = "an audio player's time played or length, below its label";
const PLAYER_BUTTON_REASON = "an audio player's info button or badge, below its label";
/** A player's info button (`i`) and a badge that it is new, in the languages read here. */
const PLAYER_BUTTON = /^(?:i|ⓘ|NEW|NUOVO|NOVO|NEU|NOUVEAU|NUEVO|NIEUW|BETA)$/u;

/** `13:45`, `9.30`: a time of day alone on its line. */
const TIME_ALONE = /^\d{1,2}[:.]\d\d$/;

/**
 * `Alissa J. Rubin is a correspondent based in Baghdad. More about Alissa J. Rubin`, `Rania Khoury is the Gulf bureau
 * chief for The Times`, `Jane Arraf is The Times’s Baghdad bureau chief`, `Hiwa Osman is CNN's senior correspondent`:
 * the page's note about its writer, below the article; or what the writer covers for the outlet, after its name as
 * the page prints it above (`Thomson Reuters Yousef Saba covers Gulf markets and energy for Reuters from Dubai`), or
 * where they are based (`Yousef Saba covers the Gulf's energy sector, based in Dubai.`).
 * Only there: a sentence of the article may say as much of someone it quotes.
 */
const WRITER_NOTE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|al-[\p{L}'’-]+)){1,3}) (?:(?:is|was|has been) (?:[Aa]n?|[Tt]he|\p{Lu}\p{L}*['’]s?) [^.!?]{0,80}?\b(?:${WRITERS_ROLES}|photographer|producer)\b|(?:covers|reports on|writes about) [^.!?]{0,120}?(?:\bfor (?:[Tt]he )?\p{Lu}|,? based in \p{Lu})).{0,200}$`,
  "u",
);

/** The writer's role in the note, and the same opening it (`Redactor de la sección de Internacional de EL PAÍS.`). */
const WRITER_ROLE_WORDS = [
  "corresponsal",
  "correspondante?",
  "Korrespondent(?:in)?",
  "corrispondente",
  "correspondente",
  "enviad[oa] especial",
  "envoyée? spéciale?",
  "Reporter(?:in)?",
  "reportera?",
  "redactora?",
  "rédact(?:eur|rice)",
  "Redakteur(?:in)?",
  "redattore",
  "redattrice",
  "redatora?",
];
const WRITER_ROLES = WRITER_ROLE_WORDS.join("|");
const WRITER_ROLES_OPENING = WRITER_ROLE_WORDS.map((role) => role.charAt(0).toUpperCase() + role.slice(1)).join("|");
/**
 * The note in the other languages read here, the name on the line above or before it: El País' `Es corresponsal de EL
 * PAÍS en el Golfo.`, `… est correspondant du Monde à Beyrouth`, `… ist Korrespondent der ARD in Kairo`, `… è
 * corrispondente da Beirut`, `… é correspondente do Público`; or the role opening it, after where and when the writer
 * was born (`Madrid, 1978. Redactor de la sección de Internacional de EL PAÍS.`). Only after the article, as
 * WRITER_NOTE.
 */
const WRITER_NOTE_ELSEWHERE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3} )?(?:[Ee]s|[Ee]st|[Ii]st|[Èè]|[Éé]) (?:(?:el|la|le|der|die|il|o|a|un|una|une|ein|eine|uno|um|uma) )?(?:[\p{L}-]+ ){0,2}(?:${WRITER_ROLES})\b.{0,200}$|^(?:\p{Lu}[\p{L} ]+, (?:19|20)\d\d\. )?(?:${WRITER_ROLES_OPENING}) (?:de|du|des|der|di|do|da|en|à|in|a) .{0,200}$`,
  "u",
);

/**
 * The note as Reuters' card about its writer prints it below their name and the agency's, the name left out: `Covers
 * Iraq from Baghdad. Previously based in Beirut.` A sentence or three, the first on what the writer covers.
 */
const WRITER_NOTE_UNNAMED = /^(?:Covers|Reports on|Reports from|Writes about) [^.!?]{2,120}\.(?: [^.!?]{2,120}\.){0,2}$/u;

const WRITER_NOTE_REASON = "a note about the writer, after the article";

/**
 * `Francesco Sassi is a research fellow in energy geopolitics at …` below Asia Times' article signed `by Francesco
 * Sassi`: a sentence or two on someone a byline names (isBylined), opening on their name, is the note about the
 * writer, whatever their role (WRITER_NOTE knows a journalist's without a byline). Only after the article, as
 * WRITER_NOTE: the article may say as much of someone it quotes.
 */
function isNoteOnBylinedWriter(text: string, isBylined: (name: string) => boolean): boolean {
  return isWritersNote(text) && isBylined(WRITERS_BOX_NOTE.exec(text)![1]!);
}

/**
 * Whether a name is in one of the article's bylines: the lines that read as one (`by Francesco Sassi`), and a name
 * alone above the article's first sentence, where a byline without "By" stands (below it, a name alone may be a
 * subhead's or a caption's). The bylines are read once, when a name is first asked about.
 */
function bylined(article: Line[]): (name: string) => boolean {
  let bylines: string[] | undefined;
  const read = () => {
    const firstProse = article.findIndex(isProse);
    return article.filter((line, i) => BYLINE.test(line.text) || (i < firstProse && BARE_NAME.test(line.text))).map((line) => line.text);
  };
  return (name) => (bylines ??= read()).some((byline) => byline.includes(name));
}

/**
 * `Mehmet Yılmaz is a Turkish journalist based in Ankara.` below The Arab Weekly's article: the writer the page's note
 * about them names, for an article without a byline. None where an agency's name runs into it (`Thomson Reuters
 * Yousef Saba covers …`, its logo's words): which words are the writer's is not known.
 */
function writerNoted(lines: Line[], reasons: Map<number, string>): string | undefined {
  const noted = lines.find((line) => reasons.get(line.no) === WRITER_NOTE_REASON);
  const name = noted && WRITER_NOTE.exec(noted.text)?.[1];
  return name && !name.split(" ").some((word) => WIRE_AGENCY.test(word)) ? name : undefined;
}

/**
 * A day's date and no more words than its month's and weekday's names (`13.10.2022 18:05`, `Thursday, 13 October
 * 2022`), or a label's (`Updated 14.10.2022`, `Accessed 2 May 2024`: NOT_PUBLISHED).
 */
function isDateAlone(text: string): boolean {
  const words = text.split(/[\s,]+/).filter((word) => /\p{L}/u.test(word));
  return words.length <= 2 && (readDateLine(text)?.date.length ?? 0) === "YYYY-MM-DD".length;
}

/** The words of a date a page was updated, printed or read on. */
const NOT_PUBLISHED = /updat|modif|print|access|retriev|saved|edit|revis|aktualisiert|actualiz|mis à jour|обновл|آخر تحديث/iu;

/**
 * A date line without the note in brackets after it of when the page was changed (the Corriere's `23 novembre 2026
 * (modifica il 23 novembre 2026 | 21:40)`): the date it opens on is the publication's.
 */
const withoutUpdateNote = (text: string) => text.replace(UPDATE_NOTE_IN_BRACKETS, "");
const UPDATE_NOTE_IN_BRACKETS = new RegExp(`(?<=\\S)\\s*\\((?=[^()]*(?:${NOT_PUBLISHED.source}))[^()]*\\)$`, "iu");

/** `@The_NewArab` alone on its line: the site's or the writer's account on a social network, to follow. */
const SOCIAL_HANDLE = /^@\w{1,30}$/u;
const FOLLOW_PROMPT = "the site's account on a social network, a prompt to follow it, not article text";

const GOVERNMENT_BANNER = "the banner a government's site prints above its own, not article text";

/**
 * The credit of the editor who edited the article, by its label and their name: Xinhua's `Editor: huaxia`, the Iraqi
 * News Agency's `Edited by: Ahmed Ali` and, on its Arabic pages, `تحرير: علي حسين` (edited by); Chinese sites'
 * `责任编辑：张 琳` (editor in charge) and People's Daily's `(责编：李欣、王萍)`, the full-width colon and all. Not a
 * writer of it, whom a byline names.
 */
const EDITOR_CREDIT =
  /^(?:(?:responsible )?editor:|edited by:?(?=\s)|(?:تحرير|المحرر)\s*:)\s*[\p{L} .'’-]{1,40}$|^[（(]?(?:责任编辑|責任編輯|责编)\s*[:：]\s*[\p{L} ·、]{1,40}[）)]?$/iu;

/** The site's own lines, not article text wherever they stand, and the reason each kind is recorded with, in order. */
const PAGE_LINES: [readonly RegExp[], string][] = [
  [PAYWALL_LINES, "the site's paywall notice, not article text: the article may go on past what was scraped"],
  [WIRE_VERSION_NOTES, "the wire service's note on what this version of the story changed, not article text"],
  [INLINE_PROMO_LINES, "a pointer to another article of the site, not article text"],
  [GOVERNMENT_SITE_BANNER, GOVERNMENT_BANNER],
  [[EDITOR_CREDIT], "the editor's credit: who edited the article, not article text"],
  [PAGE_CHROME_LINES, "site chrome around the article (a control, label, notice or copyright line), not article text"],
  [[SOCIAL_HANDLE], FOLLOW_PROMPT],
];

/**
 * `Comment` alone right above the headline, no sentence of the article above it (The National's opinion pages): the
 * kicker that says what kind of piece it is, not a comment button; `Comments`, `Comment 212` stay the page's controls.
 */
function isKickerAboveHeadline(article: Line[], i: number): boolean {
  if (!KICKER_LABEL.test(article[i]!.text)) return false;
  const below = article[i + 1]?.text;
  const headline = below !== undefined && /^\p{Lu}/u.test(below) && wordCount(below) >= FEWEST_HEADLINE_WORDS && !TERMINAL.test(below);
  return headline && article.slice(0, i).every((line) => !TERMINAL.test(line.text) || wordCount(line.text) < FEWEST_HEADLINE_WORDS);
}
const FEWEST_HEADLINE_WORDS = 4;

const FEWEST_ITEM_LINKS = 2;

/** A headline a video's or a recording's page opens with: `WATCH: …`, `Listen: …`. */
const CLIP_HEADLINE = /^(?:watch|listen)\s*[:|–—-]\s*\S/i;

function pageLineReason(text: string): string | undefined {
  return PAGE_LINES.find(([patterns]) => matchesAny(patterns, text))?.[1];
}

/** Whether one of `patterns` matches `text`: each list in patterns.ts is one kind of line. */
function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => pattern.test(text));
}

function isWidgetLine(text: string): boolean {
  return WIDGET_WORDS.test(text) && wordCount(text) <= 4 && !TERMINAL.test(text);
}

/** The publication a credit line names (`Source: Al Jazeera and news agencies`, `All Text here: …`). */
export function creditName(text: string): string | undefined {
  for (const pattern of CREDIT_LINES) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name) return name;
  }
  return undefined;
}

/**
 * A wire story's credits, `Reporting by Ahmed Rasheed in Baghdad; Editing by Jane Merriman` (in brackets or not;
 * parts split at `;`, or at a comma before the next role): every part a role and names. The reporters are the first
 * part's names, when it is the reporting.
 */
function wireCredits(text: string): { reporters?: string } | undefined {
  const parts = text
    .replace(/^\((.*)\)\.?$/, "$1")
    .split(/\s*;\s*|,\s*(?=(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by )/)
    .map((part) => WIRE_CREDIT.exec(part.replace(/\.$/, "")));
  if (!parts.every((part) => part !== null)) return undefined;
  const [role, names] = [parts[0]![1]!, parts[0]![2]!];
  return /^[Rr]eporting$/.test(role) ? { reporters: names.replace(CREDITED_PLACE, "") } : {};
}
