import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

/** Content types of what the site holds: its pages and assets, and Pagefind's bundle. */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  // Pagefind's own files (.pagefind wasm, .pf_meta, .pf_index, .pf_fragment, .pf_filter) are gzipped binary that
  // its script fetches and unpacks itself.
};

export interface StaticServer {
  /** the site's address, ending in `/` (the path prefix included) */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` over HTTP on 127.0.0.1 and a free port, as a static host would: `dir/` answers with `dir/index.html`,
 * and a missing file with `404.html` and status 404. `pathPrefix` is the folder the site is served under.
 */
export async function serveFolder(root: string, pathPrefix = "/"): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const file = pathname.startsWith(pathPrefix) ? await findFile(root, pathname.slice(pathPrefix.length)) : undefined;
    const [status, path] = file === undefined ? [404, join(root, "404.html")] : [200, file];
    response.writeHead(status, { "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The file a site-relative path names, or undefined when there is none (or the path leaves `root`). */
async function findFile(root: string, sitePath: string): Promise<string | undefined> {
  const relative = normalize(decodeOrKeep(sitePath));
  if (relative.startsWith("..")) return undefined;
  const path = join(root, relative.endsWith("/") || relative === "." ? join(relative, "index.html") : relative);
  const found = await stat(path).catch(() => undefined);
  return found?.isFile() ? path : undefined;
}

/** A malformed escape such as `%E0%A4%A` stays as it is, and then names no file. */
function decodeOrKeep(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
