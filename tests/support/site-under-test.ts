import { fixtureArticles } from "./built-site.ts";

/**
 * The archive the browser tests run against, and what a reader should find in it. To test another archive (the
 * ingested seeds, say), return its folder with an article title and search words taken from it.
 */
export function siteUnderTest() {
  return {
    articlesDir: fixtureArticles("articles"),
    /** the title of an article listed on the home page */
    articleTitle: "Ministers agree a budget after an all-night session",
    /** a sentence at the end of that article's body */
    articleText: "The agreement now goes to the parliament for a vote next month.",
    /** a word in exactly one article's body, and that article's title */
    search: { word: "quokka", findsTitle: "River flood report published" },
    /** a word that only a line ingest removed holds: search must not find it */
    removedWord: "zyxwordremoved",
  };
}
