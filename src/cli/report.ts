import type { ArticleReport, IngestReport } from "../ingest/ingest-fs.ts";

/**
 * A line for each article ingest wrote or kept as edited by hand (slug, title, date, words kept / lines removed), then
 * a summary line. An unchanged article is only counted: on a large archive, a run that changed one article would
 * otherwise print thousands of lines to say so.
 */
export function formatIngestReport(report: IngestReport): string[] {
  const lines = report.articles
    .filter((article) => article.status !== "unchanged")
    .map(
      (article) =>
        `${article.slug}  "${article.title}"  ${article.date ?? "date unknown"}  ` +
        `${article.wordsKept} words kept / ${article.linesRemoved} lines removed` +
        (article.status === "kept-hand-edit" ? "  (kept: edited by hand)" : ""),
    );
  const count = (status: ArticleReport["status"]) => report.articles.filter((article) => article.status === status).length;
  lines.push(
    `${plural(report.articles.length, "article")} (${count("written")} written, ${count("unchanged")} unchanged, ` +
      `${count("kept-hand-edit")} kept as edited by hand), ${report.rejected.length} rejected`,
  );
  return lines;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** Problems go to stderr as one line each, naming the file first. */
export function formatProblems(report: IngestReport): string[] {
  return [
    ...report.rejected.map((problem) => `error: ${problem.file}: ${problem.reason}`),
    ...report.notices.map((notice) => `note: ${notice}`),
  ];
}
