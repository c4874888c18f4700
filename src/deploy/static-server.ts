import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";
import { contentTypeOf } from "./content-types.ts";
import { headersFor, parseHeadersFile } from "./headers.ts";

export interface ServeOptions {
  /** the built site */
  root: string;
  /** the path the site is served under, e.g. "/news/" */
  pathPrefix?: string;
  /** 0 for any free port */
  port?: number;
}

export interface StaticServer {
  /** the site's address, ending in `/` (the path prefix included) */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site as a static host does, and nothing more: a file for its path, `dir/index.html` for `dir/`, a
 * redirect from `dir` to `dir/`, the site's 404.html with status 404 for anything else, and the headers of the
 * site's `_headers` file. No rewrites, no live reload. Listens on 127.0.0.1 only.
 */
export async function serveStatic({ root, pathPrefix = "/", port = 0 }: ServeOptions): Promise<StaticServer> {
  const rules = parseHeadersFile(await readFile(join(root, "_headers"), "utf8").catch(() => ""));
  const server = createServer(async (request, response) => {
    const { pathname, search } = new URL(request.url ?? "/", "http://localhost");
    const found =
      `${pathname}/` === pathPrefix ? "folder" : pathname.startsWith(pathPrefix) ? await find(root, pathname.slice(pathPrefix.length)) : undefined;
    if (found === "folder") {
      response.writeHead(301, { location: `${pathname}/${search}` }).end();
      return;
    }
    const [status, path] = found === undefined ? [404, join(root, "404.html")] : [200, found];
    response.writeHead(status, {
      ...headersFor(rules, pathname),
      "content-type": contentTypeOf(path),
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(path).on("error", () => response.end()).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}${pathPrefix}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The file a site-relative path names, "folder" for a folder named without its slash, or undefined. */
async function find(root: string, sitePath: string): Promise<string | "folder" | undefined> {
  const relative = normalize(decodeOrKeep(sitePath));
  // Hosts serve neither dotfiles nor their own configuration files.
  if (relative.startsWith("..") || relative.split("/").some((part) => part.startsWith(".") && part !== ".")) return undefined;
  if (relative === "_headers" || relative === "_redirects") return undefined;
  const path = join(root, relative);
  const found = await stat(path).catch(() => undefined);
  if (found?.isDirectory()) {
    if (!sitePath.endsWith("/") && sitePath !== "") return "folder";
    const index = join(path, "index.html");
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
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
