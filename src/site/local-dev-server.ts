import type { Server } from "node:http";
import { createRequire } from "node:module";

/** The address `serve` listens on, as `preview` does (src/deploy/static-server.ts): this machine only. */
const LOOPBACK = "127.0.0.1";

/**
 * Makes Eleventy's dev server, which `serve` runs, listen on this machine only. Its version 2.1.2 listens on every
 * network interface and has no option for the host, so `npm start` would show the archive being worked on to
 * anyone on the same network. The one method that starts it listening is replaced; the server is found through
 * Eleventy, so that it is the copy Eleventy runs. Throws when a new version of it no longer has that method.
 */
export function keepDevServerLocal(): void {
  const require = createRequire(import.meta.resolve("@11ty/eleventy"));
  const DevServer = require("@11ty/eleventy-dev-server") as { prototype: { _serverListen?: unknown } };
  if (typeof DevServer.prototype._serverListen !== "function") {
    throw new Error("Eleventy's dev server has changed: serve can no longer make it listen on this machine only");
  }
  DevServer.prototype._serverListen = function (this: { server: Server }, port: number) {
    this.server.listen({ port, host: LOOPBACK });
  };
}
