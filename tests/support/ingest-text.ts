// What the ingest stage tests share: ingesting a text, and a small story to vary.
import { NO_ALIASES } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";

export const ingest = (text: string, sidecar?: string) => {
  const result = ingestArticle(
    { file: "story.txt", bytes: new TextEncoder().encode(text), ...(sidecar !== undefined && { sidecar: { file: "story.meta.yaml", text: sidecar } }) },
    NO_ALIASES,
  );
  return result;
};
export const article = (text: string, sidecar?: string) => {
  const result = ingest(text, sidecar);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

export const STORY = `World

Minister opens new bridge over the river

By Jane Doe

12 March 2021

The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.

"This bridge joins two halves of one city," she said at the ceremony.
`;

/** The front matter of an article of `title` and a paragraph for each of `sentences`. */
export const paragraphs = (title: string, sentences: string[]) => article(`${title}\n\n${sentences.join("\n\n")}\n`).frontMatter;

/** STORY with `body`, a text of its own, in place of its article text. */
export const withBody = (body: string) => STORY.replace(/The minister of transport[^]*$/, `${body}\n`);
