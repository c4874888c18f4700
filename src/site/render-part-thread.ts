import { workerData } from "node:worker_threads";
import { answerInTurn } from "../start-thread.ts";
import { partRenderer, type RenderThreadData } from "./render-part.ts";

/** Reads and builds the archive, says it is ready, then renders each part of the site it is sent, in turn. */
answerInTurn(partRenderer(workerData as RenderThreadData));
