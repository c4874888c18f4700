import { createRequire } from "node:module";

/**
 * The English names of the world's countries and territories, with the other names news gives them (`Turkey` for
 * Türkiye, `Ivory Coast`, `Palestine`), from i18n-iso-countries' English list (its data alone: the library would
 * load every language's). Left out: initialisms (`US`, `UAE`), which in a line of capitals are words and which the
 * alias file finds with that in mind; the list's catalogue forms (`Korea, Republic of`), which prose never writes;
 * and a formal name (`United States of America`, `Islamic Republic of Iran`, `The Gambia`) where the country has a
 * plain one: the archive lists it under the plain name, as it would without the list.
 */
const { countries } = createRequire(import.meta.url)("i18n-iso-countries/langs/en.json") as {
  countries: Record<string, string | string[]>;
};

export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  Object.values(countries).flatMap((names) => {
    const inProse = [names].flat().filter((name) => /\p{Ll}/u.test(name) && !/[,(]/.test(name));
    const plain = inProse.filter((name) => !/ of |^The /.test(name));
    return plain.length > 0 ? plain : inProse;
  }),
);
