#!/usr/bin/env node
// The CLI is written in TypeScript; tsx's loader lets Node run it as it is, with no build step to forget.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
