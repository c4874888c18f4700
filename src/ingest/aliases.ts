import { describeValue } from "../article.ts";

export type EntityKind = "people" | "places" | "organizations";
const KINDS: readonly EntityKind[] = ["people", "places", "organizations"];
/**
 * What the file names: the kinds of entity, and the outlets an article comes from, whose names pages print in more
 * than one way (`BBC` and `BBC News`). A source is not looked for in the text: an article that names the BBC is
 * not from it.
 */
export type AliasKind = EntityKind | "sources";
const ALIAS_KINDS: readonly AliasKind[] = [...KINDS, "sources"];

/**
 * The archivist's alias file, `content/entities.yaml`: for each kind, a canonical name and its other spellings; and
 * the names ingest takes for a person's, place's or organisation's that name none (`ignore`), which it leaves out.
 */
export type AliasFile = Partial<Record<AliasKind, Record<string, string[]>>> & { ignore?: string[] };
const IGNORE = "ignore";
const FIELDS = [...ALIAS_KINDS, IGNORE];

/**
 * The alias file from its parsed YAML, and a sentence for each part of it that is not a kind, a name and its
 * spellings. Those parts are left out and the rest applies: one wrong line does not undo every alias.
 */
export function parseAliasFile(data: unknown): { aliases: AliasFile; problems: string[] } {
  if (data === null || data === undefined) return { aliases: {}, problems: [] };
  if (!isMap(data)) {
    return { aliases: {}, problems: [`expected ${ALIAS_KINDS.join(", ")}, each with its names, or ${IGNORE}, got ${describeValue(data)}`] };
  }
  const aliases: AliasFile = {};
  const problems: string[] = [];
  for (const [kind, names] of Object.entries(data)) {
    if (!FIELDS.includes(kind)) {
      problems.push(`unknown field "${kind}" (the fields are ${FIELDS.join(", ")})`);
      continue;
    }
    if (names === null) continue;
    if (kind === IGNORE) {
      const parsed = spellingsOf(names);
      if (Array.isArray(parsed)) aliases.ignore = parsed;
      else problems.push(`field "${IGNORE}": expected the names to leave out, a list, got ${parsed}`);
      continue;
    }
    if (!isMap(names)) {
      problems.push(`field "${kind}": expected names, each with its other spellings, got ${describeValue(names)}`);
      continue;
    }
    const table: Record<string, string[]> = {};
    for (const [name, spellings] of Object.entries(names)) {
      const parsed = spellingsOf(spellings);
      if (Array.isArray(parsed)) table[name] = parsed;
      else problems.push(`field "${kind}.${name}": expected its other spellings, a list of names, got ${parsed}`);
    }
    aliases[kind as AliasKind] = table;
  }
  // A name listed as a kind's and ignored too: the listing, which says more, stands.
  if (aliases.ignore) {
    const listed = new Map(KINDS.flatMap((kind) => spellingsOfKind(aliases, kind).map((name) => [ignoreKey(name), kind])));
    aliases.ignore = aliases.ignore.filter((name) => {
      const kind = listed.get(ignoreKey(name));
      if (kind) problems.push(`field "${IGNORE}": "${name}" is under ${kind} too, so it is not ignored`);
      return !kind;
    });
  }
  return { aliases, problems };
}

/** A name's other spellings: a list, or one spelling alone (`Baghdad: Bagdad`), or none; else what was found. */
function spellingsOf(value: unknown): string[] | string {
  if (value === null) return [];
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return describeValue(value);
  const other = value.find((item) => typeof item !== "string");
  return other === undefined ? (value as string[]) : `${describeValue(other)} in the list`;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface Aliases {
  /** the canonical spelling of `name`, or `name` itself when the file lists no other */
  canonical(kind: AliasKind, name: string): string;
  /** whether the file lists `name`, as a canonical name or a variant, under `kind` */
  lists(kind: AliasKind, name: string): boolean;
  /** the names the file lists, canonical or not, that `text` writes as the file spells them, by kind */
  writtenIn(text: string): Record<EntityKind, string[]>;
  /** whether the file says to leave `name` out of every article (`ignore`) */
  ignores(name: string): boolean;
}

export function aliasesFrom(file: AliasFile): Aliases {
  const table = aliasTable(file);
  return {
    canonical: (kind, name) => table.get(aliasKey(kind, name)) ?? name,
    lists: (kind, name) => table.has(aliasKey(kind, name)),
    writtenIn: spellingFinder(file),
    ignores: (name) => table.has(ignoreKey(name)),
  };
}

/** Every name the file lists under `kind`, canonical or not, as it spells them. */
export function spellingsOfKind(file: AliasFile, kind: AliasKind): string[] {
  return Object.entries(file[kind] ?? {}).flatMap(([canonical, variants]) => [canonical, ...variants]);
}

interface Spelling {
  kind: EntityKind;
  spelling: string;
}

/**
 * Finds the file's spellings in a text as whole words (`US` is not found in `USA`, `US-led` or `US$1.4 billion`,
 * which name no place), each tried only where a word of the text is its first word, so a long alias file costs little
 * more than a short one. An initialism in a line of capitals is not taken for itself: `WHAT IS NEXT` names no `IS`.
 */
function spellingFinder(file: AliasFile): (text: string) => Record<EntityKind, string[]> {
  const byFirstWord = new Map<string, Spelling[]>();
  const spellings = KINDS.flatMap((kind) => spellingsOfKind(file, kind).map((spelling) => ({ kind, spelling })));
  for (const entry of spellings.sort((a, b) => b.spelling.length - a.spelling.length)) {
    const first = FIRST_WORD.exec(entry.spelling)?.[0];
    if (!first) continue;
    const entries = byFirstWord.get(first);
    if (entries) entries.push(entry);
    else byFirstWord.set(first, [entry]);
  }
  return (text) => {
    const found: Record<EntityKind, Set<string>> = { people: new Set(), places: new Set(), organizations: new Set() };
    if (byFirstWord.size > 0) {
      for (const word of text.matchAll(WORD)) {
        const at = word.index;
        const written = byFirstWord
          .get(word[0])
          ?.find(({ spelling }) => text.startsWith(spelling, at) && endsWord(text, at + spelling.length));
        if (!written || (inCapitals(written.spelling) && inLineOfCapitals(text, at))) continue;
        found[written.kind].add(written.spelling);
      }
    }
    return { people: [...found.people], places: [...found.places], organizations: [...found.organizations] };
  };
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORD = /(?<![\p{L}\p{N}-])[\p{L}\p{N}]+/gu;
/** Nor before a currency's sign: `US$1.4 billion` names the dollar, no place. */
const endsWord = (text: string, end: number) => !/^(?:[\p{L}\p{N}\p{Sc}]|-\p{L})/u.test(text.slice(end, end + 2));
/** Capitals and no small letters: `US`, `U.S.`; Arabic, with no case, is neither. */
const inCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

export function inLineOfCapitals(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  const line = text.slice(start, end === -1 ? undefined : end);
  return inCapitals(line) && line.trim().split(/\s+/).length >= 3;
}

export const NO_ALIASES = aliasesFrom({});

/**
 * `aliases`, and the keys (aliasKey) of every name looked up in them since: an article depends on the alias file
 * through the answers for those names alone, so a change to the file that answers them alike leaves it as it was.
 */
export function notingLookups(aliases: Aliases): { aliases: Aliases; lookups: Set<string> } {
  const lookups = new Set<string>();
  return {
    aliases: {
      canonical: (kind, name) => (lookups.add(aliasKey(kind, name)), aliases.canonical(kind, name)),
      lists: (kind, name) => (lookups.add(aliasKey(kind, name)), aliases.lists(kind, name)),
      // An edit of the file changes what this finds only in an article that writes a spelling it adds or drops
      // (changedSpellings).
      writtenIn: aliases.writtenIn,
      ignores: (name) => (lookups.add(ignoreKey(name)), aliases.ignores(name)),
    },
    lookups,
  };
}

/** The keys of the names `before` and `after` answer differently: listed in one only, or with another canonical name. */
export function changedAliasKeys(before: AliasFile, after: AliasFile): Set<string> {
  const [a, b] = [aliasTable(before), aliasTable(after)];
  const changed = new Set<string>();
  for (const [one, other] of [[a, b], [b, a]] as const) {
    for (const [name, canonical] of one) if (other.get(name) !== canonical) changed.add(name);
  }
  return changed;
}

/**
 * The spellings one file lists under a kind and the other does not: an article that writes one of them finds other
 * names in it (Aliases.writtenIn) under the other file.
 */
export function changedSpellings(before: AliasFile, after: AliasFile): string[] {
  const changed = new Set<string>();
  for (const kind of KINDS) {
    const [a, b] = [new Set(spellingsOfKind(before, kind)), new Set(spellingsOfKind(after, kind))];
    for (const [one, other] of [[a, b], [b, a]] as const) {
      for (const spelling of one) if (!other.has(spelling)) changed.add(spelling);
    }
  }
  return [...changed];
}

/** Each spelling's key, to the canonical name it stands for; each ignored name's, to nothing. */
function aliasTable(file: AliasFile): Map<string, string> {
  const table = new Map<string, string>();
  for (const kind of ALIAS_KINDS) {
    for (const [canonical, variants] of Object.entries(file[kind] ?? {})) {
      for (const spelling of [canonical, ...variants]) table.set(aliasKey(kind, spelling), canonical);
    }
  }
  for (const name of file.ignore ?? []) table.set(ignoreKey(name), "");
  return table;
}

const ignoreKey = (name: string) => aliasKey(IGNORE, name);

/** A name under a kind, "people:mustafa al kadhimi": spellings that differ only in case, diacritics or hyphenation are one. */
export function aliasKey(kind: string, name: string): string {
  return `${kind}:${withoutAccents(name).replace(/[-‐–\s]+/g, " ").toLowerCase()}`;
}

/** A name's letters without their accents: `Åland` is `Aland`. */
export function withoutAccents(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "");
}
