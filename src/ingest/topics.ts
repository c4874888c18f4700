import { wordCount } from "./segment.ts";
import { topicWords, type Topic } from "./topic-words.ts";

const MOST_TOPICS = 3;
const FEWEST_MENTIONS = 3;
/**
 * A brief of a few paragraphs may name its subject twice (`a drone strike`, `bases` in 150 words): where no topic is
 * named three times, the topics named twice are its.
 */
const SHORT_ARTICLE_WORDS = 200;
const FEWEST_MENTIONS_IN_SHORT = 2;

/**
 * The few topics the article talks about most, from the archive's topic vocabulary. A word of the headline, which
 * says what the article is about, counts twice: `Protests spread in the south` over a short report of two
 * paragraphs is about protests. The words are the article's language's (`fr`: `manifestants`), the topics' names
 * the archive's. franc can take a short English text for another language's (`Iraq beat Japan 2-1 in Doha.` for
 * Dutch), so a topic's English words are counted too, and the higher count of the two kept.
 */
export function topicsOf(headline: string, text: string, language: string): string[] {
  const vocabularies = [...new Set([topicWords(language), topicWords("en")])];
  const count = (words: RegExp) => (headline.match(words)?.length ?? 0) + (text.match(words)?.length ?? 0);
  const mentions = (topic: Topic) => Math.max(...vocabularies.map((vocabulary) => count(vocabulary[topic])));
  const counted = (Object.keys(topicWords("en")) as Topic[]).map((topic) => ({ topic, mentions: mentions(topic) }));
  const most = Math.max(...counted.map(({ mentions }) => mentions));
  const fewest = most < FEWEST_MENTIONS && wordCount(text) < SHORT_ARTICLE_WORDS ? FEWEST_MENTIONS_IN_SHORT : FEWEST_MENTIONS;
  return counted
    .filter(({ mentions }) => mentions >= fewest)
    .sort((a, b) => b.mentions - a.mentions || a.topic.localeCompare(b.topic))
    .slice(0, MOST_TOPICS)
    .map(({ topic }) => topic);
}
