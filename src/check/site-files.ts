import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { listFiles } from "../output/list-files.ts";

/**
 * A built site as the checks see it: its files by site path ("articles/x/index.html", always with `/`), and how an
 * address on the site maps to one of them, as a static host serves it.
 */
export interface SiteFiles {
  siteDir: string;
  /** the folder the site is served under, "/" or e.g. "/news/" */
  pathPrefix: string;
  /** every file, by site path */
  files: Set<string>;
  /** the files the checks read: all but Pagefind's index, which its own script reads and its build checks */
  checked: string[];
  read(path: string): Promise<string>;
  /**
   * The file an address names, or undefined when there is none or it lies outside the site. `href` is a
   * root-relative path ("/news/articles/x/"), with or without a #fragment or ?query.
   */
  fileFor(href: string): string | undefined;
}

/** The files Pagefind writes for its own script, and the staging folder it writes them in first. */
const SEARCH_INDEX = /^pagefind\//;
const STAGING = /^\.pagefind-/;

export async function readSiteFiles(siteDir: string, pathPrefix = "/"): Promise<SiteFiles> {
  const prefix = pathPrefix.replace(/^\/*/, "/").replace(/\/*$/, "/");
  const files = new Set(listFiles(siteDir).filter((path) => !STAGING.test(path)));
  return {
    siteDir,
    pathPrefix: prefix,
    files,
    checked: [...files].filter((path) => !SEARCH_INDEX.test(path)).sort(),
    read: (path) => readFile(join(siteDir, path), "utf8"),
    fileFor(href) {
      const pathname = href.replace(/[?#].*$/s, "");
      if (!pathname.startsWith(prefix)) return undefined;
      let path: string;
      try {
        path = decodeURIComponent(pathname.slice(prefix.length));
      } catch {
        return undefined;
      }
      const candidate = path === "" || path.endsWith("/") ? `${path}index.html` : path;
      if (candidate.split("/").includes("..")) return undefined;
      return files.has(candidate) ? candidate : undefined;
    },
  };
}

/** The address a site file is served at, root-relative, e.g. "/news/articles/x/" for articles/x/index.html. */
export function addressOf(site: SiteFiles, path: string): string {
  const address = path === "index.html" || path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
  return site.pathPrefix + address.split("/").map(encodeURIComponent).join("/");
}
