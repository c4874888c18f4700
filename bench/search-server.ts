import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Text the benchmark's server gzips, as static hosts (GitHub Pages, Netlify, Cloudflare Pages) do. Pagefind's own
 * files (.pf_meta, .pf_index, .pf_fragment, .pf_filter, the .pagefind WebAssembly) are gzipped already.
 */
const TEXT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
};

export interface FileSent {
  path: string;
  bytes: number;
}

export interface BenchServer {
  /** the site's address, ending in `/` */
  url: string;
  /** every byte sent so far, headers included, as it went over the wire */
  bytesSent(): number;
  /** each file sent so far, in order: its path in the site and the bytes of its body as sent (headers left out) */
  filesSent(): readonly FileSent[];
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 and a free port, as a static host serves it to a browser: `dir/` answers with
 * `dir/index.html`, text is sent gzipped to a browser that accepts it, and a file the browser has is not sent again,
 * so the bytes counted are those a reader would download.
 */
export async function serveGzipped(root: string): Promise<BenchServer> {
  const compressed = new Map<string, Buffer>();
  const sent: FileSent[] = [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const relative = normalize(decodeURIComponent(pathname)).replace(/^\/+/, "");
    const path = join(root, relative.endsWith("/") || relative === "" ? join(relative, "index.html") : relative);
    const found = relative.startsWith("..") ? undefined : await stat(path).catch(() => undefined);
    if (!found?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    // Hosts name each version of a file, so a browser asking for it again is told it has it already.
    const etag = `"${found.size.toString(36)}-${found.mtimeMs.toString(36)}"`;
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    const type = TEXT_TYPES[extname(path)];
    if (type === undefined || !/\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      const body = await readFile(path);
      sent.push({ path: relative, bytes: body.length });
      response.writeHead(200, { "content-type": type ?? "application/octet-stream", etag }).end(body);
      return;
    }
    let body = compressed.get(path);
    if (body === undefined) compressed.set(path, (body = gzipSync(await readFile(path))));
    sent.push({ path: relative, bytes: body.length });
    response.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding", etag }).end(body);
  });
  // Counted on the sockets, not in the browser: Chromium reports no size for a Web Worker's script.
  const open = new Set<Socket>();
  let closedBytes = 0;
  server.on("connection", (socket) => {
    open.add(socket);
    socket.on("close", () => {
      open.delete(socket);
      closedBytes += socket.bytesWritten;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    bytesSent: () => [...open].reduce((sum, socket) => sum + socket.bytesWritten, closedBytes),
    filesSent: () => sent,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
