import { workerData } from "node:worker_threads";
import { answerInTurn } from "../start-thread.ts";
import { SearchIndexKeeper } from "./live-search-index.ts";
import type { IndexedPage } from "./search-index.ts";

/**
 * Keeps the search index of a served site up to date (live-search-index.ts): says it is ready once it has read the
 * index and warmed up, then answers each update it is sent, one at a time, with done or why it failed.
 */
const { site, pages } = workerData as { site: string; pages: IndexedPage[] };
const keeper = new SearchIndexKeeper(site, pages);
// A warm-up that fails costs only time: the update it was for reports what is wrong.
await keeper.warmUp().catch(() => undefined);
answerInTurn(({ removed, pages: changed }: { removed: string[]; pages: IndexedPage[] }) => keeper.update(removed, changed));
