import { countryNamesIn } from "./countries.ts";

/**
 * Countries a Polish text names in any case, each under the English name the archive lists it under: Polish declines
 * a country's name (`w Iraku`, `z Iranem`, `w Kuwejcie`, `do Syrii`, `Turcję`), where countryNamesIn lists the
 * nominative only (`irak`, `iran`, `kuwejt`, `syria`, `turcja`), which countriesInLanguage reads.
 */
export function polishPlaces(text: string): string[] {
  const forms = polishCountryForms();
  const places = new Set<string>();
  for (const [word] of text.matchAll(CAPITALISED_WORD)) {
    const listed = forms.get(word.toLowerCase());
    if (listed) places.add(listed);
  }
  return [...places];
}

/**
 * A run of capitalised words that is no person's name in Polish: one with a country's name in an oblique case in it
 * (`Republice Iraku`, of the Republic of Iraq; `Stabilność Iraku`, Iraq's stability, as a sentence opens on it), which
 * a name in the nominative does not have.
 */
export function isNoPolishName(name: string): boolean {
  const nominatives = countryNamesIn("pl");
  return name.split(" ").some((word) => {
    const lower = word.toLowerCase();
    return polishCountryForms().has(lower) && !nominatives.has(lower);
  });
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/gu;

let forms: ReadonlyMap<string, string> | undefined;
/**
 * Every country name countryNamesIn lists for Polish, and a one-word name's oblique cases as its ending declines it,
 * in small letters, each to the English name the archive lists the country under: `irak` `iraku` `irakowi` `irakiem`
 * to `Iraq`; `syria` `syrii` `syrię` `syrią`; `kuwejt` `kuwejtu` `kuwejcie`. A form two countries' names share is
 * neither's.
 */
export function polishCountryForms(): ReadonlyMap<string, string> {
  if (forms) return forms;
  const listedAs = new Map<string, string | null>();
  for (const [name, listed] of countryNamesIn("pl")) {
    for (const form of name.includes(" ") ? [name] : declined(name)) {
      listedAs.set(form, listedAs.has(form) && listedAs.get(form) !== listed ? null : listed);
    }
  }
  forms = new Map([...listedAs].flatMap(([form, listed]) => (listed ? [[form, listed] as const] : [])));
  return forms;
}

/**
 * A country's name in Polish's singular cases, as its ending declines it. Names in other vowels (`Chile`, `Peru`)
 * and plural ones (`Niemcy`, `Chiny`) as they are. The genitive of `Polska`, `Polski`, is left out: it is also the
 * adjective (`Polski Kontyngent`), as any `-ski` or `-cki` is.
 */
function declined(name: string): string[] {
  const stem = name.slice(0, -1);
  // `Syria`, `Turcja`, `Jordania`: `Syrii`, `Syrię`, `Syrią`.
  if (/[ij]a$/u.test(name)) return [name, `${stem}i`, `${stem}ę`, `${stem}ą`];
  if (name.endsWith("a")) {
    const genitive = `${stem}${/[kg]$/u.test(stem) ? "i" : "y"}`;
    return [name, ...(/[sc]ki$/u.test(genitive) ? [] : [genitive]), locative(stem) ?? `${stem}i`, `${stem}ę`, `${stem}ą`];
  }
  if (!/[bcćdfghjklłmnńprsśtwzźż]$/u.test(name)) return [name];
  // `Irak`, `Kuwejt`, `Izrael`: `Iraku`, `Izraela`, `Irakowi`, `Irakiem`, `Kuwejcie`; a masculine name in `-k`, `-g`
  // or `-ch`, or in a soft consonant, takes `-u` in the locative as in the genitive (`w Iraku`, `w Izraelu`).
  const soft = /(?:k|g|ch)$/u.test(name) ? undefined : locative(name);
  return [name, `${name}u`, `${name}a`, `${name}owi`, `${name}${/[kg]$/u.test(name) ? "iem" : "em"}`, ...(soft ? [soft] : [])];
}

/**
 * The locative (and a feminine name's dative) of a stem, its last consonant softened: `Kuwejcie`, `Katarze`, `Polsce`,
 * `Iranie`; none for a soft consonant's (`Izrael`).
 */
function locative(stem: string): string | undefined {
  for (const [hard, soft] of SOFTENED) {
    if (stem.endsWith(hard)) return `${stem.slice(0, -hard.length)}${soft}`;
  }
  return /[bfmnpswz]$/u.test(stem) ? `${stem}ie` : undefined;
}

/** A stem's last consonant and what it softens to before the locative's `-e`: `Katar` `Katarze`, `Czad` `Czadzie`. */
const SOFTENED: readonly (readonly [string, string])[] = [
  ["st", "ście"],
  ["sł", "śle"],
  ["ch", "sze"],
  ["k", "ce"],
  ["g", "dze"],
  ["r", "rze"],
  ["t", "cie"],
  ["d", "dzie"],
  ["ł", "le"],
];
