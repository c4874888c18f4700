import { workerData } from "node:worker_threads";
import { answerInTurn } from "../start-thread.ts";
import type { SiteOptions } from "./build.ts";
import { LiveSite } from "./live-site.ts";
import type { WrittenPages } from "./write-pages.ts";

/**
 * Keeps the site of `workerData` up to date (live-site.ts), in a thread of its own so that serving is never held up:
 * answers each list of changed paths it is sent with what the update changed, or why it failed, one at a time.
 */
const { options, built } = workerData as { options: SiteOptions; built: WrittenPages };
const live = await LiveSite.start(options, built);
// A warm-up that fails costs only time: the update it was for reports what is wrong.
await live.warmUp().catch(() => undefined);
answerInTurn((paths: string[]) => live.update(paths));
