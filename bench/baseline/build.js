// @ts-check
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";

/** `node bench/baseline/build.js INPUT OUTPUT`: bare Eleventy, through its programmatic API, with the baseline config. */
const [input, output] = process.argv.slice(2);
const eleventy = new Eleventy(input, output, {
  configPath: fileURLToPath(new URL("./eleventy.config.js", import.meta.url)),
  quietMode: true,
});
await eleventy.write();
