import { nameWords } from "../ingest/slug.ts";

/**
 * Latin spellings of one Arabic or Persian name between which transliterations vary (Mohammed, Muhammad, Mohamed),
 * each folded to the first of its family, so that a person whose name outlets spell differently has one page:
 * `Muhammad Shia al-Sudani` and `Mohamed Shia al-Sudani` are `/people/mohammed-shia-al-sudani/`. Only spellings of
 * the same name are a family: Hassan and Hussein are two names and stay apart. Words as nameWords gives them.
 */
const FAMILIES: readonly (readonly string[])[] = [
  ["mohammed", "mohamed", "mohammad", "muhammad", "muhammed", "mohamad", "muhamad"],
  ["ahmed", "ahmad"],
  // French writes `ch` for `sh` (Bachar, Rachid, Hicham), German `sch` (Baschar): frenchOrGermanReading.
  ["bashar"],
  ["hisham", "hesham"],
  ["hashem", "hashim"],
  ["rashid", "rashed", "rasheed"],
  ["ashraf"],
  ["mahmoud", "mahmud", "mahmood"],
  // Turkish writes Hüseyin.
  ["hussein", "hussain", "husain", "husayn", "husein", "hossein", "huseyin"],
  ["hassan", "hasan"],
  ["haider", "haidar", "hayder"],
  ["abdul", "abdel"],
  ["abdullah", "abdallah"],
  ["adel", "adil"],
  ["ibrahim", "ebrahim"],
  ["khaled", "khalid"],
  ["mustafa", "mustapha", "moustafa", "mostafa"],
  ["omar", "umar"],
  ["osama", "usama"],
  ["qasim", "qassim", "qasem", "qassem"],
  ["yousef", "yusuf", "yousif", "youssef", "yusef", "yousuf"],
  ["jaafar", "jafar"],
  ["faisal", "faysal", "feisal"],
  ["nouri", "nuri"],
  ["saleh", "salih"],
  // French writes Chia (read as `shia`), Turkish Şiya (read as `shiya`: turkishReadings).
  ["shia", "shiaa", "shiya"],
  // The article before a family name: `el-Sisi`, `al-Sisi`.
  ["al", "el"],
];

const FOLDED = new Map(FAMILIES.flatMap(([first, ...others]) => others.map((other) => [other, first!] as const)));
/** Every spelling of the families but the article's, which other names begin with too (`Al Gore`, `El Paso`). */
const NAME_SPELLINGS = new Set(FAMILIES.flat().filter((word) => word !== "al" && word !== "el"));

/**
 * The words of a person's name (`value`, whose nameWords are `words`) with each spelling of a family of spellings
 * given as the family's first; Arabic's article written as said before a "sun letter", inside the name, as it is
 * written: `es-Sudani`, `ash-Shammari`, `ad-Din` are `al-Sudani`, `al-Shammari`, `al-Din`; a word Turkish writes
 * with `ş` for `sh` read so where that makes it a family's spelling (`Şiya` is `Shia`; `Çavuşoğlu` stays
 * `cavusoglu`, as English writes it), and so a word French writes with `ch` or German with `sch` (`Rachid`,
 * `Baschar`), but no other: English writes `ch` for its own sound, in Arabic names too (Iraqi `Ahmed Chalabi`, no
 * `Shalabi`); and in a name transliterated from Arabic or Persian, which a spelling of the families or the article
 * inside it shows, French's `ou` as `u`: `Mohammed Chia al-Soudani` is `Mohammed Shia al-Sudani`.
 */
export function foldNameSpellings(value: string, words: readonly string[] = nameWords(value)): string[] {
  const readings = turkishReadings(value, words);
  const folded = words.map((word, i) => {
    const next = words[i + 1];
    // Inside a name only: one that opens on such a word is named so (`Ed Davey`, `An Nguyen`).
    if (i > 0 && next !== undefined && ASSIMILATED_ARTICLE.test(word) && next.startsWith(word.slice(1))) return "al";
    const read = [readings[i]!, frenchOrGermanReading(word)].find((reading) => NAME_SPELLINGS.has(reading));
    return FOLDED.get(word) ?? (read === undefined ? word : (FOLDED.get(read) ?? read));
  });
  // English writes `ou` too (Mahmoud, Youssef), which the families hold; a name of another language keeps it (Louis).
  if (!folded.some((word, i) => NAME_SPELLINGS.has(word) || (i > 0 && word === "al"))) return folded;
  return folded.map((word) => {
    if (!word.includes("ou") || NAME_SPELLINGS.has(word)) return word;
    const read = word.replaceAll("ou", "u");
    return FOLDED.get(read) ?? read;
  });
}

/** The article before a sun letter, in the transliterations news uses: `as`, `ash`, `ad`, `adh`, `es`, `ed` … */
const ASSIMILATED_ARTICLE = /^[ae](?:[dnrstz]|sh|th|dh)$/;

/** A word with French's `ch` and German's `sch` as `sh`: `rachid`, `baschar` are `rashid`, `bashar`. */
const frenchOrGermanReading = (word: string) => word.replace(/s?ch/g, "sh");

/** A name's words with Turkish's `ş` as `sh` (`Şiya`: `shiya`), one for each of `words`; without one, `words`. */
function turkishReadings(value: string, words: readonly string[]): readonly string[] {
  if (!/[şŞ]/u.test(value)) return words;
  const read = nameWords(value.replace(/[şŞ]/gu, "sh"));
  return read.length === words.length ? read : words;
}
