import { topicWords } from "./topic-words.ts";

const MOST_TOPICS = 3;
const FEWEST_MENTIONS = 3;

/**
 * The few topics the article talks about most, from the archive's topic vocabulary. A word of the headline, which
 * says what the article is about, counts twice: `Protests spread in the south` over a short report of two
 * paragraphs is about protests. The words are the article's language's (`fr`: `manifestants`), the topics' names
 * the archive's.
 */
export function topicsOf(headline: string, text: string, language: string): string[] {
  const mentions = (words: RegExp) => (headline.match(words)?.length ?? 0) + (text.match(words)?.length ?? 0);
  return Object.entries(topicWords(language))
    .map(([topic, words]) => ({ topic, mentions: mentions(words) }))
    .filter(({ mentions }) => mentions >= FEWEST_MENTIONS)
    .sort((a, b) => b.mentions - a.mentions || a.topic.localeCompare(b.topic))
    .slice(0, MOST_TOPICS)
    .map(({ topic }) => topic);
}
