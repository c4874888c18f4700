import type { Browser, Page } from "playwright-core";
import { afterEach, beforeEach, expect } from "vitest";
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

/**
 * Gives each test of the suite it is called in a page of its own in `browser()`, handed to `opened` before the test
 * and closed after it; a test fails when its page logged an error, but for those it takes out of `errors`.
 */
export function pagePerTest(browser: () => Browser, opened: (page: Page, errors: string[]) => void): void {
  let page: Page;
  let errors: string[];
  beforeEach(async () => {
    page = await browser().newPage();
    errors = collectErrors(page);
    opened(page, errors);
  });
  afterEach(async () => {
    await page.close();
    expect(errors, "errors in the browser console").toEqual([]);
  });
}
