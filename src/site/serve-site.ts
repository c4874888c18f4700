import { fileURLToPath } from "node:url";
import { replaceFolder } from "../output/replace-folder.ts";
import { digestInputs } from "../output/up-to-date.ts";
import { watchFolders } from "../output/watch-folders.ts";
import { buildSite, type SiteOptions } from "./build.ts";
import { startDevServer } from "./local-dev-server.ts";
import { IGNORED_FOLDERS } from "./read-articles.ts";
import { siteInputs } from "./site-inputs.ts";

/** The templates, styles and scripts of the site: editing them while serving rebuilds it, as an article does. */
const LAYOUTS = fileURLToPath(new URL("../../layouts/", import.meta.url));
/** One save fires several events; a build starts once the folders have been quiet this long. */
const QUIET_MS = 200;

export interface ServedSite {
  url: string;
  /** Stops watching and serving, once a build under way has finished. */
  close(): Promise<void>;
}

/**
 * Builds the site into `outDir` as `build` does, in parts, so serving a large archive takes no more memory than
 * building it; serves it with live reload on `port` (or the next free port after it) of this machine only; and
 * builds it again, into a folder that then takes its place, when an article or a layout changes. A failed rebuild
 * is reported on stderr and the last site stays served. Resolves once the server is listening.
 */
export async function serveSite({ port, ...options }: SiteOptions & { port: number }): Promise<ServedSite> {
  const site = options.outDir;
  const build = () => replaceFolder(site, (staging) => buildSite({ ...options, outDir: staging, replaces: site }));
  // What the site being served was built from: a save that changes nothing (an editor's, a `touch`) builds nothing.
  let built = await digestInputs(siteInputs(options));
  await build();
  const server = await startDevServer(site, options.pathPrefix ?? "/", port);
  const rebuilds = oneAtATime(async () => {
    try {
      const inputs = await digestInputs(siteInputs(options));
      if (inputs === built) return;
      await build();
      built = inputs;
      server.reload();
    } catch (error) {
      console.error(`news-archive: ${(error as Error).message}`);
    }
  });
  let quiet: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(quiet);
    quiet = setTimeout(rebuilds.run, QUIET_MS);
  };
  const watcher = watchFolders([options.articlesDir, LAYOUTS], IGNORED_FOLDERS, changed);
  // What changed while the first build ran, before anything watched, is built now.
  rebuilds.run();
  return {
    url: server.url,
    close: async () => {
      watcher.close();
      clearTimeout(quiet);
      if (rebuilds.busy()) console.log("stopping once the build under way is done (Ctrl+C again to stop at once)");
      await rebuilds.finished();
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
