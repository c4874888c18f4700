import { spawn } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint } from "../support/fingerprint.ts";

/**
 * `news-archive build` killed at moments spread over a whole build: the site and every article must each be
 * either what the last finished build left or what this build would have made, never something in between.
 */
const KILL_POINTS = [0.15, 0.35, 0.55, 0.75, 0.9];
let killed = 0;

let root: string;
const raw = () => join(root, "raw");
const articles = () => join(root, "articles");
const site = () => join(root, "_site");

/** Runs the CLI build; with `killAfter`, kills it (and Pagefind's process) that many milliseconds in. */
function build(args: string[], killAfter?: number): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  const child = spawn("node", ["bin/news-archive.js", "build", ...args], { detached: true, stdio: "ignore" });
  const timer = killAfter === undefined ? undefined : setTimeout(() => process.kill(-child.pid!, "SIGKILL"), killAfter);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, ms: Date.now() - started });
    });
  });
}
const buildArchive = (killAfter?: number) => build(["--raw", raw(), "--articles", articles(), "--out", site()], killAfter);

let before: { site: Record<string, string>; articles: Record<string, string> };
let after: { site: Record<string, string>; articles: Record<string, string> };
let buildMs: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-killed-"));
  await cp("content/raw", raw(), { recursive: true });
  await buildArchive();
  before = { site: await fingerprint(site()), articles: await fingerprint(articles()) };
  await cp(site(), join(root, "before", "_site"), { recursive: true });
  await cp(articles(), join(root, "before", "articles"), { recursive: true });

  // The next build changes an article (a sidecar corrects its source) and adds one.
  await writeFile(join(raw(), "002_93a106fb8c86acfd.meta.yaml"), "source: An outlet named by the archivist\n");
  await writeFile(join(raw(), "new-article.txt"), "Bridge opens\n\nBy Jane Doe\n\nThe minister opened the new bridge over the river on Friday, ending ten years of delays.\n");
  const reference = join(root, "reference");
  await build(["--raw", raw(), "--articles", join(reference, "articles"), "--out", join(reference, "_site")]);
  after = { site: await fingerprint(join(reference, "_site")), articles: await fingerprint(join(reference, "articles")) };
  // The kill points are spread over the build each kill interrupts: from the last build's state, not from nothing,
  // which ingests every article again and takes longer, so that a point near the end would fall after it finished.
  await restore();
  buildMs = (await buildArchive()).ms;
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("a build killed part way", () => {
  it.each(KILL_POINTS)("leaves the site and articles whole when killed %s of the way through", async (point) => {
    await restore();
    // A build that beats its reference time to the end is not killed; the state must be whole all the same.
    const { code } = await buildArchive(Math.round(buildMs * point));
    if (code !== 0) killed++;

    const siteNow = await fingerprint(site());
    expect([before.site, after.site]).toContainEqual(siteNow);
    for (const [file, hash] of Object.entries(await fingerprint(articles()))) {
      if (file.startsWith(".") && file.endsWith(".unfinished")) continue;
      expect([before.articles[file], after.articles[file]], file).toContain(hash);
    }

    // The next build finishes what the killed one started.
    expect((await buildArchive()).code).toBe(0);
    expect(await fingerprint(site())).toEqual(after.site);
    expect(await fingerprint(articles())).toEqual(after.articles);
  });

  it("was really killed part way most of those times", () => {
    expect(killed).toBeGreaterThanOrEqual(3);
  });
});

/** Puts back the site and articles of the build before the change, as the killed build found them. */
async function restore(): Promise<void> {
  await rm(site(), { recursive: true, force: true });
  await rm(articles(), { recursive: true, force: true });
  await cp(join(root, "before", "_site"), site(), { recursive: true });
  await cp(join(root, "before", "articles"), articles(), { recursive: true });
}
