import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../src/check/chromium.ts";

/** Debian's Chromium, as `news-archive check` runs it: the only browser these machines have. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Collects what the page reports as errors (console errors and uncaught exceptions), for a test to expect none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
