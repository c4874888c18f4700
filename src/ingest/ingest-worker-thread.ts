import { parentPort, workerData } from "node:worker_threads";
import { aliasesFrom, type AliasFile } from "./aliases.ts";
import { ingestOrReport, type RawArticle } from "./ingest.ts";

/** Ingests each batch of raw articles it is sent and sends back the results, in order. */
const aliases = aliasesFrom((workerData as { aliasFile: AliasFile }).aliasFile);
parentPort!.on("message", (raws: RawArticle[]) => parentPort!.postMessage(raws.map((raw) => ingestOrReport(raw, aliases))));
