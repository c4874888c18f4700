import { TOPICS } from "./patterns.ts";

const MOST_TOPICS = 3;
const FEWEST_MENTIONS = 3;

/** The few topics the article talks about most, from the archive's topic vocabulary. */
export function topicsOf(text: string): string[] {
  return Object.entries(TOPICS)
    .map(([topic, words]) => ({ topic, mentions: text.match(words)?.length ?? 0 }))
    .filter(({ mentions }) => mentions >= FEWEST_MENTIONS)
    .sort((a, b) => b.mentions - a.mentions || a.topic.localeCompare(b.topic))
    .slice(0, MOST_TOPICS)
    .map(({ topic }) => topic);
}
