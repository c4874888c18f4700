import { createRequire } from "node:module";

/**
 * The English names of the world's countries and territories, with the other names news gives them (`Turkey` for
 * Türkiye, `Ivory Coast`, `Palestine`), from i18n-iso-countries' English list (its data alone: the library would
 * load every language's). Left out: initialisms (`US`, `UAE`), which in a line of capitals are words and which the
 * alias file finds with that in mind, and the list's catalogue forms (`Korea, Republic of`), which prose never writes.
 */
const { countries } = createRequire(import.meta.url)("i18n-iso-countries/langs/en.json") as {
  countries: Record<string, string | string[]>;
};

export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  Object.values(countries)
    .flat()
    .filter((name) => /\p{Ll}/u.test(name) && !/[,(]/.test(name)),
);
