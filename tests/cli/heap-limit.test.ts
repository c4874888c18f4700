import { describe, expect, it } from "vitest";
import { heapLimitToSet } from "../../src/cli/heap-limit.ts";

const GiB = 2 ** 30;

describe("the heap limit the CLI runs with", () => {
  it("is half the machine's memory when Node's own limit is lower", () => {
    expect(heapLimitToSet({ execArgv: [], nodeOptions: "", memoryBytes: 24 * GiB, heapLimitBytes: 4 * GiB })).toBe(12 * 1024);
  });

  it("is left to Node when its limit is already as large", () => {
    expect(heapLimitToSet({ execArgv: [], nodeOptions: "", memoryBytes: 4 * GiB, heapLimitBytes: 2 * GiB })).toBeUndefined();
  });

  it("is the person's own when they gave one, however small", () => {
    const small = { memoryBytes: 24 * GiB, heapLimitBytes: 1 * GiB };
    expect(heapLimitToSet({ ...small, execArgv: ["--max-old-space-size=1024"], nodeOptions: "" })).toBeUndefined();
    expect(heapLimitToSet({ ...small, execArgv: [], nodeOptions: "--enable-source-maps --max-old-space-size=1024" })).toBeUndefined();
    expect(heapLimitToSet({ ...small, execArgv: ["--max_old_space_size=1024"], nodeOptions: "" })).toBeUndefined();
  });
});
