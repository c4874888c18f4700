import type { IngestReport } from "../ingest/ingest-fs.ts";

/** One line per article (slug, title, date, words kept / lines removed), then a summary line. */
export function formatIngestReport(report: IngestReport): string[] {
  const lines = report.articles.map(
    (article) =>
      `${article.slug}  "${article.title}"  ${article.date ?? "date unknown"}  ` +
      `${article.wordsKept} words kept / ${article.linesRemoved} lines removed` +
      (article.status === "written" ? "" : `  (${article.status === "unchanged" ? "unchanged" : "kept: edited by hand"})`),
  );
  const written = report.articles.filter((article) => article.status === "written").length;
  lines.push(
    `${report.articles.length} articles (${written} written, ${report.articles.length - written} unchanged or kept), ` +
      `${report.rejected.length} rejected`,
  );
  return lines;
}

/** Problems go to stderr as one line each, naming the file first. */
export function formatProblems(report: IngestReport): string[] {
  return [
    ...report.rejected.map((problem) => `error: ${problem.file}: ${problem.reason}`),
    ...report.notices.map((notice) => `note: ${notice}`),
  ];
}
