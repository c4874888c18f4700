import { workerData } from "node:worker_threads";
import { answerFromThread } from "../start-thread.ts";
import { planParts, type PlanRequest } from "./plan-parts.ts";

await answerFromThread(() => planParts(workerData as PlanRequest));
