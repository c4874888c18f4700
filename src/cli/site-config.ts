import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";
import { describeProblems } from "../article.ts";
import { firstLine } from "../ingest/yaml-message.ts";

/**
 * The site config, `content/site.yaml`: where the site is served, so a deploy needs no flags. Each value may also
 * be given on the command line, which wins.
 *
 *     baseUrl: https://news.example.org
 *     pathPrefix: /news/
 */
export const SiteConfig = z
  .object({
    /** the origin the site is served from, for feeds, the sitemap, canonical and Open Graph URLs */
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** the path the site is served under */
    pathPrefix: z.string().regex(/^\//, "a path that starts with /").optional(),
  })
  .strict();
export type SiteConfig = z.output<typeof SiteConfig>;

/** Reads the site config at `path`; none there is an empty config. Throws one line naming the file and field. */
export async function readSiteConfig(path: string): Promise<SiteConfig> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) return {};
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (error) {
    throw new Error(`${path}: not valid YAML: ${firstLine(error)}`);
  }
  const result = SiteConfig.safeParse(data, { reportInput: true });
  if (!result.success) throw new Error(`${path}: ${describeProblems(result.error.issues).join("; ")}`);
  return result.data;
}
