import { fileURLToPath } from "node:url";
import type { BuildInputs } from "../output/up-to-date.ts";
import type { SiteOptions } from "./build.ts";

/** This project's files that a build runs or reads: the code, the templates, and the locked versions of both. */
const PROJECT_INPUTS = [".eleventy.ts", "src", "layouts", "package-lock.json"].map((path) =>
  fileURLToPath(new URL(`../../${path}`, import.meta.url)),
);

/**
 * Everything a build of these options reads, for up-to-date checks (src/output/up-to-date.ts): the articles, the raw
 * files it publishes, this project's code and templates, and the options that reach the pages. Apart from build.ts,
 * so that finding a site up to date does not load Eleventy.
 */
export function siteInputs({ articlesDir, rawDir, pathPrefix = "/", baseUrl }: SiteOptions): BuildInputs {
  return {
    paths: [articlesDir, ...(rawDir === undefined ? [] : [rawDir]), ...PROJECT_INPUTS],
    options: { pathPrefix, baseUrl: baseUrl ?? null, publishesRawFiles: rawDir !== undefined },
  };
}
