import { workerData } from "node:worker_threads";
import { answerFromThread } from "../start-thread.ts";
import { renderPart, type PartToRender } from "./render-part.ts";

await answerFromThread(() => renderPart(workerData as PartToRender));
