import { franc } from "franc-min";
import { LANGUAGE_CODES } from "./patterns.ts";

/** The article's language as an ISO 639-1 code, or `und` when the text is too short or too mixed to tell. */
export function languageOf(text: string): string {
  return LANGUAGE_CODES[franc(text, { minLength: 20 })] ?? "und";
}
