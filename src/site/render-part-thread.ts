import { parentPort, workerData } from "node:worker_threads";
import { renderPart, type PartToRender, type RenderPartOutcome } from "./render-part.ts";

const outcome: RenderPartOutcome = await renderPart(workerData as PartToRender).then(
  (pages) => ({ pages }),
  (error: unknown) => ({
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  }),
);
parentPort!.postMessage(outcome);
