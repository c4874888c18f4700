import { readdirSync, readFileSync } from "node:fs";

const SAMPLE_EVERY_MS = 50;

/**
 * Watches the peak resident memory of a process and every process it starts (Pagefind runs as a process of its
 * own), from Linux's /proc: the highest sum of their resident memory across samples, and never less than the
 * high-water mark the kernel kept for any one of them, which catches a peak between two samples.
 */
export function peakMemory(root: number): { stop(): number } {
  let peak = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of processTree(root)) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rss;
      peak = Math.max(peak, status.hwm);
    }
    peak = Math.max(peak, sum);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** `root` and every process below it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(Number(name));
    if (!fields) continue;
    // The parent's id is the second field after the command name.
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/**
 * The fields of /proc/<pid>/stat after the command name (the state is the first), or undefined once the process
 * has exited. The command name, in parentheses, may hold spaces, so it is cut off at its last parenthesis.
 */
export function statFields(pid: number): string[] | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function readStatus(pid: number): { rss: number; hwm: number } | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return undefined;
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib("VmRSS"), hwm: kib("VmHWM") };
}
