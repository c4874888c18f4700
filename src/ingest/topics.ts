import { TOPICS } from "./patterns.ts";

const MOST_TOPICS = 3;
const FEWEST_MENTIONS = 3;

/**
 * The few topics the article talks about most, from the archive's topic vocabulary. A word of the headline, which
 * says what the article is about, counts twice: `Protests spread in the south` over a short report of two
 * paragraphs is about protests.
 */
export function topicsOf(headline: string, text: string): string[] {
  const mentions = (words: RegExp) => (headline.match(words)?.length ?? 0) + (text.match(words)?.length ?? 0);
  return Object.entries(TOPICS)
    .map(([topic, words]) => ({ topic, mentions: mentions(words) }))
    .filter(({ mentions }) => mentions >= FEWEST_MENTIONS)
    .sort((a, b) => b.mentions - a.mentions || a.topic.localeCompare(b.topic))
    .slice(0, MOST_TOPICS)
    .map(({ topic }) => topic);
}
