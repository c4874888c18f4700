import { eitherCaseFirst, ORGANIZATION_HEADS, PERSON_TITLES } from "../patterns.ts";
import { isCommonWord } from "./compromise.ts";
import { mentionsOf } from "./mentions.ts";
import { GERMAN_ROLE, NAME, TITLES } from "./name-words.ts";

// People named after a title or a role written before the name, in English, German, Romance languages and Turkish.

export const GERMAN_ROLE_NAME = new RegExp(`(?<![\\p{L}])${GERMAN_ROLE} +(${NAME})`, "gu");
/**
 * A role in Spanish, French, Italian or Portuguese news before a name: at once (`el presidente Barham Salih`), or with
 * a word that qualifies it, what it is of, and a comma (`el presidente saliente, Barham Salih`, `le ministre des
 * Affaires étrangères, Fouad Hussein`); never without the comma then, as `visitó Nueva York` would be a name too.
 */
const ROMANCE_ROLE = [
  ..."presidente presidenta ministro ministra portavoz jefe jefa líder dirigente secretario secretaria embajador".split(" "),
  ..."gobernador alcalde diputado diputada clérigo comandante general candidato candidata canciller mandatario".split(" "),
  ..."président présidente ministre porte-parole chef dirigeant dirigeante secrétaire ambassadeur gouverneur".split(" "),
  ..."maire député députée religieux commandant général candidat candidate imam".split(" "),
  ..."portavoce capo segretario ambasciatore governatore sindaco deputato generale".split(" "),
  ..."porta-voz chefe secretário embaixador governador prefeito".split(" "),
].join("|");
export const ROMANCE_ROLE_NAME = new RegExp(
  `(?<![\\p{L}-])(?:${ROMANCE_ROLE})(?:(?: [\\p{Ll}-]+)?(?: (?:de(?: la)?|del|du|des|da|do|della|dello|di) [\\p{L}’' -]{1,40}?)?,)? +(?=\\p{Lu})(${NAME})`,
  "gu",
);
/**
 * A role before a name in Turkish (`Cumhurbaşkanı Berhem Salih`, `Dışişleri Bakanı Fuad Hüseyin`, `siyasetçi
 * Abdullatif Reşid`), its possessive ending (`-ı`, `-si`) or none.
 */
const TURKISH_ROLE = `(?:${["cumhurbaşkanı", "başbakan", "bakan", "sözcü", "başkan", "lider", "büyükelçi", "vali", "komutan", "sekreter", "milletvekili", "siyasetçi", "gazeteci"]
  .map((role) => eitherCaseFirst(role, "tr"))
  .join("|")})(?:ı|i|sı|si|su|sü)?`;
export const TURKISH_ROLE_NAME = new RegExp(`(?<!\\p{L})${TURKISH_ROLE} +(?=\\p{Lu})(${NAME})`, "gu");
/** `Başbakanı Muhammed Şiya es-Sudani`, as compromise reads `Irak Başbakanı …`: the role opening the name is none of it. */
export const TURKISH_ROLE_FIRST = new RegExp(`^${TURKISH_ROLE} (?=\\p{Lu})`, "u");
/** `Maj. Gen. Abdul Karim Khalaf`, `counterpart, Jumah Anad` (a title and what it is of: titlesOfPortfolios). */
export const TITLED_NAME = new RegExp(`(?<![\\p{L}])(?:${TITLES}),? +(?:(?:${TITLES}) +)*(${NAME})`, "gu");
/** A title and "of", before what it is of: `Minister of Roads and Urban Development`, `Secretary of State`. */
const TITLE_OF = new RegExp(`(?<![\\p{L}])(?:${TITLES}) +of(?: +the)? +(?=\\p{Lu})`, "gu");
/** A word of what a title is of, and the comma that may end it: `Roads `, `and `, `Armies, `. */
const PORTFOLIO_WORD = /(\p{Lu}[\p{L}'’-]*|and(?= +\p{Lu}))(,?) +/uy;
/** The name after what a title is of, and titles between: `Minister of Armies, Defence Minister Florence Parly`. */
const NAME_AFTER_PORTFOLIO = new RegExp(`(?:(?:${TITLES}) +)*(${NAME})`, "uy");
/**
 * `Lawmaker Sarwa Abdulwahid criticised …`: a role news writes in small letters before a name (`lawmaker`, `analyst`),
 * capitalised as a sentence's first word. Its name is read as namesThatSpeak reads one, as capitals there say less:
 * `Chief Justice John Roberts` is John Roberts.
 */
export const CAPITALISED_ROLE_NAME = new RegExp(
  `(?:^|[.!?]["”’]? +)(?:${PERSON_TITLES.filter((title) => /^\p{Ll}+$/u.test(title))
    .map((title) => title[0]!.toUpperCase() + title.slice(1))
    .join("|")}) +(${NAME})`,
  "gmu",
);

/**
 * `Iranian Minister of Roads and Urban Development Farzaneh Sadegh`, `Minister of Armies, Florence Parly`: what a title
 * is of is named in capitalised words, "and" between them, and the name follows it. A pattern cannot tell where the
 * one ends and the other begins: read greedily, what the title is of took the name's first words and left the surname
 * alone (`Sadegh`), which names no one when the text never writes it so again. What a title is of is a word, then
 * common words (isCommonWord: `Urban`, `Development`, `Affairs`), and ends at a comma or at a word that is none
 * (`Farzaneh`, `Antony` of `Secretary of State Antony Blinken`); the name read from there. Where each portfolio
 * stands too, from its first word to its last (onlyInPortfolios).
 */
export function titlesOfPortfolios(text: string): { start: number; end: number; name?: string }[] {
  return [...text.matchAll(TITLE_OF)].map((match) => {
    const start = match.index + match[0].length;
    let [end, at] = [start, start];
    for (let words = 0; ; words++) {
      PORTFOLIO_WORD.lastIndex = at;
      const word = PORTFOLIO_WORD.exec(text);
      // `Secretary of the Supreme National Security Council Ali Larijani`: a body's head word is of the portfolio too.
      const ofPortfolio = (word: string) => word === "and" || isCommonWord(word) || ORGANIZATION_HEADS.test(word);
      if (!word || (words > 0 && !ofPortfolio(word[1]!))) break;
      [end, at] = [at + word[1]!.length, at + word[0].length];
      if (word[2]) break;
    }
    NAME_AFTER_PORTFOLIO.lastIndex = at;
    const name = at > start ? NAME_AFTER_PORTFOLIO.exec(text)?.[1] : undefined;
    return { start, end, ...(name !== undefined && { name }) };
  });
}

/**
 * `Urban Development` of `Minister of Roads and Urban Development`, as compromise reads it: what a title is of, where
 * the text writes it only so, is no organisation's name (a ministry's is, where the text names it: `Ministry of …`,
 * and so is a body's its head word names: `Council`).
 */
export function onlyInPortfolios(name: string, portfolios: { start: number; end: number }[], text: string): boolean {
  return writtenOnlyWhere(name, text, (index) =>
    portfolios.some(({ start, end }) => index >= start && index + name.length <= end),
  );
}

/**
 * `Iraqi Oil` of `Iraqi Oil Minister Hayan Abdul Ghani`, `KRG Education` of `KRG Education Minister Alan Hama Saeed`,
 * as compromise gives them: what news writes before "minister" is the minister's portfolio, and a name the text writes
 * only so is none of an organisation (`Finance Ministry` is one, named by its head word; so is `Kurdistan Regional
 * Government` of `Kurdistan Regional Government Prime Minister Masrour Barzani`).
 */
export function onlyBeforeMinister(name: string, text: string): boolean {
  return writtenOnlyWhere(name, text, (index) =>
    MINISTER_AFTER.test(text.slice(index + name.length, index + name.length + 12)),
  );
}
const MINISTER_AFTER = /^ [Mm]inisters?(?![\p{L}\p{N}])/u;

/**
 * Whether the text writes a name, one its head word does not make a body's (`Secretary of the Supreme National
 * Security Council`: a body the title is of, named by its head word, is one), and writes it only where `stands` holds
 * of its mention's index.
 */
function writtenOnlyWhere(name: string, text: string, stands: (index: number) => boolean): boolean {
  const mentions = mentionsOf(name, text);
  return mentions.length > 0 && !ORGANIZATION_HEADS.test(name) && mentions.every(({ index }) => stands(index));
}
