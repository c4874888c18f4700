/** One thing wrong with a built site, found by one of the checks of check-site.ts. */
export interface Problem {
  /** the file in the site, e.g. "articles/x/index.html" */
  page: string;
  /** 1-based line in that file, when the check knows it */
  line?: number;
  /** which check found it */
  check: "html" | "links" | "feeds" | "accessibility";
  message: string;
}

/** "articles/x/index.html:12: links: …", the form editors and terminals turn into a link to the line. */
export function formatProblem({ page, line, check, message }: Problem): string {
  return `${page}${line === undefined ? "" : `:${line}`}: ${check}: ${message}`;
}
