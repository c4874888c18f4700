import { HtmlValidate } from "html-validate";
import type { Problem } from "./problem.ts";
import type { SiteFiles } from "./site-files.ts";

/**
 * HTML validity of every page, with html-validate: the HTML standard (elements, attributes, nesting, duplicate
 * ids), a whole document's requirements, and the accessibility rules it can tell from markup alone. Its style rules
 * (quotes, indentation, how void elements are written) are left out: they say nothing about a page being right.
 */
const validator = new HtmlValidate({
  extends: ["html-validate:standard", "html-validate:document", "html-validate:a11y"],
  // Subresource integrity guards files from another origin; the site's own stylesheet and scripts need none.
  rules: { "require-sri": ["error", { target: "crossorigin" }] },
});

export async function checkHtml(site: SiteFiles, pages: string[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(await site.read(page), page);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({ page, line: message.line, check: "html", message: `${message.message} (${message.ruleId})` });
      }
    }
  }
  return problems;
}
