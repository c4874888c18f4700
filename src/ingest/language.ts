import { franc } from "franc-min";

/**
 * The article's language as a BCP 47 language subtag, `und` when the text is too short or too mixed to tell: franc's
 * ISO 639-3 code in its canonical form (`Intl.getCanonicalLocales`, from Unicode's CLDR), which is the ISO 639-1 code
 * where the language has one (`pol` is `pl`) and the macrolanguage's where browsers and screen readers know the
 * language by it (Standard Arabic `arb` is `ar`, Iranian Persian `pes` is `fa`); else the 639-3 code (`ckb`, Sorani).
 */
export function languageOf(text: string): string {
  const code = franc(text, { minLength: 20 });
  return code === "und" ? code : Intl.getCanonicalLocales(code)[0]!;
}
