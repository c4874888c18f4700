import { serveStatic, type StaticServer } from "../../src/deploy/static-server.ts";

export type { StaticServer };

/**
 * Serves a built site on 127.0.0.1 and a free port exactly as `news-archive preview` does: as a static host, with
 * the headers of the site's own `_headers` file, so every browser test runs under the site's CSP.
 */
export function serveFolder(root: string, pathPrefix = "/"): Promise<StaticServer> {
  return serveStatic({ root, pathPrefix });
}
