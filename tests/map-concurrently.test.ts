import { describe, expect, it } from "vitest";
import { mapConcurrently } from "../src/map-concurrently.ts";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("mapConcurrently", () => {
  it("gives the results in the order of the items, however long each takes", async () => {
    const items = [30, 5, 20, 0, 10, 15];
    expect(await mapConcurrently(items, async (ms) => (await tick(ms), ms * 2), 3)).toEqual(items.map((ms) => ms * 2));
  });

  it("fails with the first error only once every call under way has ended, and starts no other", async () => {
    const started: number[] = [];
    const ended: number[] = [];
    const failing = mapConcurrently(
      [0, 1, 2, 3, 4, 5, 6, 7],
      async (item) => {
        started.push(item);
        await tick(item === 1 ? 1 : 40);
        ended.push(item);
        if (item === 1 || item === 2) throw new Error(`item ${item} failed`);
        return item;
      },
      3,
    );
    await expect(failing).rejects.toThrow("item 1 failed");
    // Items 0 and 2 were under way when item 1 failed: both had ended before the failure was told.
    expect(started.sort()).toEqual([0, 1, 2]);
    expect(ended.sort()).toEqual([0, 1, 2]);
  });
});
