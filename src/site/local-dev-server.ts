import type { Server } from "node:http";
import { createRequire } from "node:module";

/** The address `serve` listens on, as `preview` does (src/deploy/static-server.ts): this machine only. */
const LOOPBACK = "127.0.0.1";

/** What `serve` uses of Eleventy's dev server (@11ty/eleventy-dev-server 2.1.2). */
export interface DevServer {
  /** the site's address, ending in `/` (the path prefix included) */
  url: string;
  /** tells every open page to load again */
  reload(): void;
  close(): Promise<void>;
}

interface EleventyDevServer {
  serve(port: number): void;
  ready(): Promise<void>;
  getServerUrl(host: string): string;
  reload(event: object): void;
  close(): Promise<void>;
}

interface DevServerClass {
  getServer(name: string, dir: string, options: object): EleventyDevServer;
  prototype: { _serverListen?: unknown };
}

/**
 * Serves the folder `dir` under `pathPrefix` with Eleventy's dev server, which adds its live-reload script to every
 * page, on `port` or the next free port after it, of this machine only. The server is the copy Eleventy itself
 * depends on, found through Eleventy. Its version 2.1.2 listens on every network interface and has no option for
 * the host, so `npm start` would show the archive being worked on to anyone on the same network: the one method
 * that starts it listening is replaced. Throws when a new version of it no longer has that method.
 */
export async function startDevServer(dir: string, pathPrefix: string, port: number): Promise<DevServer> {
  const require = createRequire(import.meta.resolve("@11ty/eleventy"));
  const devServerClass = require("@11ty/eleventy-dev-server") as DevServerClass;
  if (typeof devServerClass.prototype._serverListen !== "function") {
    throw new Error("Eleventy's dev server has changed: serve can no longer make it listen on this machine only");
  }
  devServerClass.prototype._serverListen = function (this: { server: Server }, at: number) {
    this.server.listen({ port: at, host: LOOPBACK });
  };
  const server = devServerClass.getServer("news-archive", dir, {
    pathPrefix,
    // `serve` says where it serves, and reports its own errors.
    messageOnStart: () => false,
    logger: { info() {}, log() {}, error: console.error },
  });
  server.serve(port);
  await server.ready();
  return {
    url: server.getServerUrl("localhost"),
    // With no file named, every open page loads again, whatever changed.
    reload: () => server.reload({}),
    close: () => server.close(),
  };
}
