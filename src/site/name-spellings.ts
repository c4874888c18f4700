/**
 * Latin spellings of one Arabic or Persian name between which transliterations vary (Mohammed, Muhammad, Mohamed),
 * each folded to the first of its family, so that a person whose name outlets spell differently has one page:
 * `Muhammad Shia al-Sudani` and `Mohamed Shia al-Sudani` are `/people/mohammed-shia-al-sudani/`. Only spellings of
 * the same name are a family: Hassan and Hussein are two names and stay apart. Words as slugWords gives them.
 */
const FAMILIES: readonly (readonly string[])[] = [
  ["mohammed", "mohamed", "mohammad", "muhammad", "muhammed", "mohamad", "muhamad"],
  ["ahmed", "ahmad"],
  ["mahmoud", "mahmud", "mahmood"],
  ["hussein", "hussain", "husain", "husayn", "husein", "hossein"],
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
  ["shia", "shiaa"],
  // The article before a family name: `el-Sisi`, `al-Sisi`.
  ["al", "el"],
];

const FOLDED = new Map(FAMILIES.flatMap(([first, ...others]) => others.map((other) => [other, first!] as const)));

/**
 * The words of a person's name with each spelling of a family of spellings given as the family's first, and Arabic's
 * article written as said before a "sun letter", inside the name, as it is written: `es-Sudani`, `ash-Shammari`,
 * `ad-Din` are `al-Sudani`, `al-Shammari`, `al-Din`.
 */
export function foldNameSpellings(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const next = words[i + 1];
    // Inside a name only: one that opens on such a word is named so (`Ed Davey`, `An Nguyen`).
    if (i > 0 && next !== undefined && ASSIMILATED_ARTICLE.test(word) && next.startsWith(word.slice(1))) return "al";
    return FOLDED.get(word) ?? word;
  });
}

/** The article before a sun letter, in the transliterations news uses: `as`, `ash`, `ad`, `adh`, `es`, `ed` … */
const ASSIMILATED_ARTICLE = /^[ae](?:[dnrstz]|sh|th|dh)$/;
