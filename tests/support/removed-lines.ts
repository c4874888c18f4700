import type { RemovedLine } from "../../src/article.ts";

/** Why each line left out of an article was, by the line's text (a text left out twice: its later line's reason). */
export const reasonsOf = ({ removed }: { removed?: RemovedLine[] }) =>
  new Map(removed?.map(({ text, reason }) => [text, reason]));
