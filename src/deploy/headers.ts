/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern on a line of its own, then the headers for
 * it, indented. The build writes one, and `news-archive preview` serves by it, so what is tested is what is hosted.
 */
export interface HeaderRule {
  /** a URL path; `*` at the end matches anything below it */
  path: string;
  headers: Record<string, string>;
}

export function formatHeadersFile(rules: HeaderRule[], comment: string[]): string {
  const lines = comment.map((line) => `# ${line}`);
  for (const rule of rules) {
    lines.push(rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join("\n")}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const header = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (header && rules.length > 0) rules.at(-1)!.headers[header[1]!.trim()] = header[2]!.trim();
  }
  return rules;
}

/** The headers for a URL path: every matching rule applies, later rules overriding earlier ones, as on Netlify. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith("*") ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (matches) Object.assign(headers, rule.headers);
  }
  return headers;
}
