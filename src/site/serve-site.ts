import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { replaceFolder } from "../output/replace-folder.ts";
import { watchFolders } from "../output/watch-folders.ts";
import { buildSite, type SiteOptions } from "./build.ts";
import { startLiveSite, type LiveSiteThread } from "./live-site.ts";
import { startDevServer } from "./local-dev-server.ts";
import { IGNORED_FOLDERS } from "./read-articles.ts";
import type { WrittenPages } from "./write-pages.ts";

/** The templates, styles and scripts of the site: editing them while serving builds the site anew. */
const LAYOUTS = fileURLToPath(new URL("../../layouts/", import.meta.url));
/** One save fires several events; the site is updated once the folders have been quiet this long. */
const QUIET_MS = 50;

export interface ServedSite {
  url: string;
  /** Stops watching and serving, once an update under way has finished. */
  close(): Promise<void>;
}

/**
 * Builds the site into `outDir` as `build` does, serves it with live reload on `port` (or the next free port after
 * it) of this machine only, and keeps it up to date: when articles change, only the pages they change are rendered
 * again and the changed articles taken into the search index (live-site.ts), a second or two at 10,000 articles;
 * when a layout changes, the site is built anew into a folder that then takes its place. A failed update is reported
 * on stderr, naming the file, and the last site stays served. Resolves once the server is listening and the site
 * can be updated.
 */
export async function serveSite({ port, ...options }: SiteOptions & { port: number }): Promise<ServedSite> {
  const site = options.outDir;
  // Watched from the start: what changes while the site is first built is taken in right after.
  const changedPaths = new Set<string>();
  let layoutsChanged = false;
  let quiet: NodeJS.Timeout | undefined;
  // Until the first build is served, changes are only gathered: an update then would build beside the first build,
  // into its folder, and tell a server that is not there yet to reload. The first update takes them in.
  let serving = false;
  const changed = (path: string) => {
    if (relative(LAYOUTS, path).startsWith("..")) changedPaths.add(path);
    else layoutsChanged = true;
    if (!serving) return;
    clearTimeout(quiet);
    quiet = setTimeout(updates.run, QUIET_MS);
  };
  const watcher = watchFolders([options.articlesDir, LAYOUTS], IGNORED_FOLDERS, changed);
  const build = async () => {
    let built: WrittenPages | undefined;
    await replaceFolder(site, async (staging) => {
      built = await buildSite({ ...options, outDir: staging, replaces: site });
    });
    return startLiveSite(options, built!);
  };
  // Undefined after a build failed: the next change builds the site anew again.
  let live: LiveSiteThread | undefined;
  const updates = oneAtATime(async () => {
    const paths = [...changedPaths];
    changedPaths.clear();
    const anew = layoutsChanged || live === undefined;
    layoutsChanged = false;
    try {
      if (anew) {
        // Stopped first: a thread holds the whole archive, and a build needs as much beside it.
        await live?.stop();
        live = undefined;
        live = await build();
        server.reload();
      } else if (paths.length > 0 && (await live!.update(paths)).written > 0) {
        server.reload();
      }
    } catch (error) {
      console.error(`news-archive: ${(error as Error).message}`);
      if (live?.stopped) live = undefined;
    }
  });
  try {
    live = await build();
  } catch (error) {
    watcher.close();
    throw error;
  }
  const server = await startDevServer(site, options.pathPrefix ?? "/", port);
  serving = true;
  updates.run();
  return {
    url: server.url,
    close: async () => {
      watcher.close();
      clearTimeout(quiet);
      if (updates.busy()) console.log("stopping once the update under way is done (Ctrl+C again to stop at once)");
      await updates.finished();
      await live?.stop();
      await server.close();
    },
  };
}

/**
 * Runs `task` when asked, never twice at once: asking while it runs makes one more run after it, which sees every
 * change made meanwhile.
 */
function oneAtATime(task: () => Promise<void>): { run(): void; busy(): boolean; finished(): Promise<void> } {
  let running: Promise<void> | undefined;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
      running = undefined;
    })();
  };
  return { run, busy: () => running !== undefined, finished: async () => running };
}
