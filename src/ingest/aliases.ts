export type EntityKind = "people" | "places" | "organizations";

/** The archivist's alias file, `content/entities.yaml`: for each kind, a canonical name and its other spellings. */
export type AliasFile = Partial<Record<EntityKind, Record<string, string[] | null>>>;

export interface Aliases {
  /** the canonical spelling of `name`, or `name` itself when the file lists no other */
  canonical(kind: EntityKind, name: string): string;
  /** whether the file lists `name`, as a canonical name or a variant, under `kind` */
  lists(kind: EntityKind, name: string): boolean;
}

export function aliasesFrom(file: AliasFile): Aliases {
  const table = new Map<string, string>();
  for (const [kind, entries] of Object.entries(file)) {
    for (const [canonical, variants] of Object.entries(entries ?? {})) {
      for (const spelling of [canonical, ...(variants ?? [])]) table.set(key(kind, spelling), canonical);
    }
  }
  return {
    canonical: (kind, name) => table.get(key(kind, name)) ?? name,
    lists: (kind, name) => table.has(key(kind, name)),
  };
}

export const NO_ALIASES = aliasesFrom({});

/** Spellings that differ only in case, diacritics or hyphenation are one spelling. */
function key(kind: string, name: string): string {
  return `${kind}\u0000${name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[-‐–\s]+/g, " ").toLowerCase()}`;
}
