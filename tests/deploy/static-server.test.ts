import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatHeadersFile, headersFor, parseHeadersFile } from "../../src/deploy/headers.ts";
import { CONTENT_SECURITY_POLICY, siteHeaderRules } from "../../src/deploy/security-headers.ts";
import { serveStatic, type StaticServer } from "../../src/deploy/static-server.ts";

let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-static-"));
  await mkdir(join(root, "articles", "bridge"), { recursive: true });
  await writeFile(join(root, "index.html"), "home");
  await writeFile(join(root, "404.html"), "not found");
  await writeFile(join(root, "articles", "bridge", "index.html"), "bridge");
  await mkdir(join(root, "raw"));
  await writeFile(join(root, "raw", "bridge.txt"), "Bridge opens");
  await writeFile(join(root, "raw", "PORT.TXT"), "Port reopens");
  await writeFile(join(root, ".news-archive-files"), "index.html\n");
  await writeFile(join(root, "_headers"), formatHeadersFile(siteHeaderRules("/news/"), ["test"]));
  server = await serveStatic({ root, pathPrefix: "/news/" });
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.url), { redirect: "manual" });

describe("serving the built site as a static host would", () => {
  it("serves a page for its folder, under the path prefix only", async () => {
    expect(await (await get("/news/articles/bridge/")).text()).toBe("bridge");
    expect((await get("/articles/bridge/")).status).toBe(404);
  });

  it("serves a raw text as text, whatever the case of its extension", async () => {
    for (const path of ["/news/raw/bridge.txt", "/news/raw/PORT.TXT"]) {
      expect((await get(path)).headers.get("content-type"), path).toBe("text/plain; charset=utf-8");
    }
  });

  it("redirects a folder named without its slash", async () => {
    const response = await get("/news/articles/bridge");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/news/articles/bridge/");
    expect((await get("/news")).headers.get("location")).toBe("/news/");
  });

  it("answers a missing page with the site's 404 page and status 404, and hides dotfiles and _headers", async () => {
    for (const path of ["/news/nothing-here/", "/news/.news-archive-files", "/news/_headers", "/news/../index.html"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe("not found");
    }
  });

  it("sends the security headers of the site's _headers file", async () => {
    const response = await get("/news/");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });
});

describe("the _headers file", () => {
  it("reads back what it writes", () => {
    const rules = siteHeaderRules("/");
    expect(parseHeadersFile(formatHeadersFile(rules, ["a comment"]))).toEqual(rules);
  });

  it("lets Pagefind's hashed files be cached for a year and revalidates everything else", () => {
    const rules = siteHeaderRules("/news/");
    expect(headersFor(rules, "/news/pagefind/fragment/und_1234567.pf_fragment")["Cache-Control"]).toBe("public, max-age=31536000, immutable");
    expect(headersFor(rules, "/news/pagefind/pagefind.js")["Cache-Control"]).toBe("public, max-age=0, must-revalidate");
    expect(headersFor(rules, "/news/index.html")["Cache-Control"]).toBe("public, max-age=0, must-revalidate");
  });

  it("allows Pagefind's WebAssembly and nothing inline", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
  });
});
