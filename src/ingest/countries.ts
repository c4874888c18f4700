import { createRequire } from "node:module";
import { withoutAccents } from "./aliases.ts";
import { lexiconTags } from "./lexicon.ts";

/**
 * The English names of the world's countries and territories, with the other names news gives them (`Turkey` for
 * Türkiye, `Ivory Coast`, `Palestine`), from i18n-iso-countries' English list (its data alone: the library would
 * load every language's), each to the one name the archive lists the country under, so that articles that call it
 * by different names share its page: the first that compromise's lexicon knows as a country's, the name English
 * news writes (`Turkey`, not `Türkiye`; `Russia`, not `Russian Federation`; `Ivory Coast`), else the list's first,
 * with its accents where the list also gives it without (`Åland Islands`). An archivist who wants another lists it in
 * the alias file (`Türkiye: [Turkey]`). Left out: initialisms (`US`, `UAE`), which in a line of capitals are words
 * and which the alias file finds with that in mind; the list's catalogue forms (`Korea, Republic of`), which prose
 * never writes;
 * and a formal name (`United States of America`, `Islamic Republic of Iran`, `The Gambia`) where the country has a
 * plain one: the archive lists it under the plain name, as it would without the list.
 */
const { countries } = createRequire(import.meta.url)("i18n-iso-countries/langs/en.json") as {
  countries: Record<string, string | string[]>;
};

export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  Object.values(countries).flatMap((names) => {
    const inProse = [names].flat().filter((name) => /\p{Ll}/u.test(name) && !/[,(]/.test(name));
    const plain = inProse.filter((name) => !/ of |^The /.test(name));
    const kept = plain.length > 0 ? plain : inProse;
    const first = kept[0]!;
    const listedAs =
      kept.find((name) => lexiconTags(name).includes("Country")) ??
      kept.find((name) => name !== first && withoutAccents(name) === first) ??
      first;
    return kept.map((name) => [name, listedAs] as const);
  }),
);
