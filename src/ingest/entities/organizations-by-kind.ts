import { lexiconTags } from "../lexicon.ts";
import { CALENDAR_TAGS } from "./compromise.ts";
import { mentionsOf } from "./mentions.ts";
import { isDemonym, isPlaceName } from "./name-words.ts";

// Organisations the text says are ones, whatever their names are made of: `the humanitarian organization Syria
// Relief`, `founder of Nature Iraq`, `The Islamic Resistance in Iraq, an umbrella of factions`.

/**
 * Organisations named by what the text calls them, which neither compromise nor a head word (`Council`, `Party`)
 * tells: a name after a kind of organisation and the words that describe it (`the humanitarian organization Syria
 * Relief`, `Refugee organization Pro Asyl`, `the rights group Airwars`); the name a founder is of (`Azzam Alwash,
 * founder of Nature Iraq`); and a name a kind of group is set beside after a comma (`The Islamic Resistance in Iraq,
 * an umbrella of factions, said`; `Kataib Hezbollah, an Iran-backed militia, …`), which may join its words by `in`,
 * `of` or `for`. Not a people's name (`the group Iraqi officials …`), a day's or a month's, nor a place's alone.
 */
export function organizationsByKind(text: string): string[] {
  const names = [
    ...(KIND_THEN_CAPITAL.test(text) ? [...text.matchAll(KIND_THEN_NAME)] : [])
      .filter(({ index }) => OPENS_ON_KIND.test(text.slice(Math.max(0, index - LONGEST_BEFORE), index)))
      .map((match) => match[1]!),
    ...[...text.matchAll(FOUNDED_NAME)].map((match) => match[1]!),
    // The kind of group first, then the name that ends before its comma: a pattern tried at every capital is costly.
    ...[...text.matchAll(APPOSED_KIND)].flatMap(({ index }) => {
      const name = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, index - LONGEST_BEFORE), index))?.[1];
      return name ? [name.replace(/^(?:The|A|An) /u, "")] : [];
    }),
  ];
  return [...new Set(names)].filter(isNamedOrganization);
}

/**
 * `à la chaîne Al-Iraqiya`, `L’ONG Hengaw`, `au parti Komala`, `el diario Asharq Al-Awsat`: French, Spanish,
 * Italian and Portuguese write what an organisation is before its name, in small letters; the capitalised words right
 * after a kind of outlet, party or NGO (ROMANCE_KINDS) are its name, which compromise, reading English, takes for a
 * person's or passes by. Only right after: an adjective goes after the kind in these languages (`la chaîne kurde
 * Rudaw`), where a verb may stand too (`l’ONG accuse Bagdad`), and neither word tells which. Not a people's name, nor
 * a place's alone.
 */
export function romanceOrganizationsByKind(text: string): string[] {
  const names = [...text.matchAll(ROMANCE_KIND_THEN_NAME)].map(([kindAndName, name]) =>
    withKindCapitalised(kindAndName.slice(0, -name!.length - 1), name!, text),
  );
  return [...new Set(names)].filter(isNamedOrganization);
}

/**
 * `l’agence France-Presse`, where the text writes `l’Agence France-Presse (AFP)` too: a kind in small letters that the
 * text capitalises right before the name elsewhere is the first word of the name (`Agence France-Presse`), not a word
 * about it. Not a kind in capitals (`L’ONG Hengaw`), written so wherever it is.
 */
function withKindCapitalised(kind: string, name: string, text: string): string {
  const whole = `${kind[0]!.toUpperCase()}${kind.slice(1)} ${name}`;
  return whole !== `${kind} ${name}` && mentionsOf(whole, text).length > 0 ? whole : name;
}

/**
 * `the Khor Mor field operated by Dana Gas`: a name of two words or more that ends on a word naming a trade (gas, oil,
 * petroleum, energy, a bank, an airline, telecoms) is a company's, though compromise reads its first word as a given
 * name (`Dana`) and the lexicon the last as a surname. Words no surname is known by alone: not `Power` (Samantha
 * Power) nor `Group`.
 */
export function isCompanyName(name: string): boolean {
  const last = name.slice(name.lastIndexOf(" ") + 1);
  return name.includes(" ") && COMPANY_LAST_WORDS.has(last);
}

const COMPANY_LAST_WORDS = new Set(["Gas", "Oil", "Petroleum", "Energy", "Bank", "Airways", "Airlines", "Telecom", "Petrochemicals"]);

/**
 * `oil companies, such as DNO and Gulf Keystone`: the names a list of companies, firms or operators goes before are
 * companies', though compromise reads one as a place (`Gulf`).
 */
export function companiesListed(text: string): string[] {
  if (!COMPANY_KIND_WORD.test(text)) return [];
  return [...text.matchAll(COMPANIES_THEN_LIST)].flatMap(([, list]) =>
    list!
      .split(/, (?:and |or )?| (?:and|or) /)
      // `Norway's DNO ASA`: the name is what follows its owner's possessive.
      .map((name) => name.replace(/^.*['’]s /u, ""))
      .filter(isNamedOrganization),
  );
}

const COMPANY_KIND_WORD = /(?:compan|firm|operator)/;
/** A company's name: one to four capitalised words. */
const COMPANY = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}";
const COMPANIES_THEN_LIST = new RegExp(
  `(?<!\\p{L})(?:companies|firms|operators),? (?:including|such as|like) ((?:${COMPANY}, )*${COMPANY},? (?:and|or) ${COMPANY})(?![\\p{L}'’-]| \\p{Lu})`,
  "gu",
);

/** Capitalised words (`Syria Relief`, `Pro Asyl`, `Nature Iraq`). */
const RUN = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,4}(?![\\p{L}'’-])";
/** Capitalised words, `in`, `of`, `for`, `and` between them (`Islamic Resistance in Iraq`). */
const RUN_WITH_JOINS = "\\p{Lu}[\\p{L}'’-]*(?: (?:(?:in|of|for|and)(?: the)? )?\\p{Lu}[\\p{L}'’-]*){0,5}";
const KINDS = "organi[sz]ation|group|charity|NGO|watchdog|non-?profit";
/** Far enough back to read what goes before a kind, or a name before a comma. */
const LONGEST_BEFORE = 120;
/**
 * A kind and a capital, in a pattern of no Unicode classes that a text without one fails at about a fifth of the cost
 * of KIND_THEN_NAME's (a capital is anything but a small letter of ASCII or a space).
 */
const KIND_THEN_CAPITAL = /(?:organi[sz]ation|group|charity|NGO|watchdog|profit) [^\sa-z]/;
const KIND_THEN_NAME = new RegExp(`(?<![\\p{L}-])(?:${KINDS}) (${RUN})`, "gu");
/** An article or a sentence's start before the kind, and up to two words that describe it (`the humanitarian`). */
const OPENS_ON_KIND = /(?:(?<!\p{L})(?:the|a|an) |(?:^|\n|[.!?]["”’]? +))(?:[\p{L}-]+ ){0,2}$/u;
const FOUNDED_NAME = new RegExp(`(?<![\\p{L}-])(?:co-)?founders? of (?:the )?(${RUN})`, "gu");
/** A comma and a kind of group, then what it is of, the clause or the comma that ends the description. */
const APPOSED_KIND = new RegExp(
  `, (?:an?|the) (?:[\\p{L}-]+ ){0,2}?(?:umbrella|coalition|alliance|${KINDS}|militia|movement|faction)(?= of |[,.;]| that | which | based | formed | founded | backed )`,
  "gu",
);
const NAME_BEFORE_COMMA = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${RUN_WITH_JOINS})$`, "u");

/** Kinds of outlet, party or NGO, as French, Spanish, Italian and Portuguese write them before a name. */
const ROMANCE_KINDS = [
  ..."chaîne|chaîne de télévision|télévision|télévision d['’]État|radio|quotidien|journal|hebdomadaire".split("|"),
  ..."agence|agence de presse|parti".split("|"),
  ..."cadena|canal|canal de televisión|televisión|diario|periódico|semanario|agencia|agencia de noticias".split("|"),
  ..."partido|canale|emittente|televisione|quotidiano|giornale|settimanale|agenzia|agenzia di stampa|partito".split("|"),
  ..."emissora|televisão|jornal|diário|semanário|agência|agência de notícias|ONG".split("|"),
];
const ROMANCE_KIND_THEN_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${ROMANCE_KINDS.join("|")}) (${RUN})`,
  "gu",
);

function isNamedOrganization(name: string): boolean {
  const words = name.split(" ");
  return (
    !isDemonym(words[0]!) &&
    !lexiconTags(words[0]!).includes("Plural") &&
    !words.every((word) => isPlaceName(word) || lexiconTags(word).some((tag) => CALENDAR_TAGS.has(tag)))
  );
}
