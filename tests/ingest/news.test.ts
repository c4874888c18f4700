import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { aliasesFrom, parseAliasFile } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";

/**
 * News stories written the way wire services and papers write them (tests/fixtures/news/), where the seeds and the
 * synthetic archive, which recombines the seeds' sentences, say little: titles before names, possessives, names run
 * into each other, lists of towns; and news of other kinds (markets, storms, football). Each one's author, people,
 * places, organisations and topics, as ingest finds them with the default alias file, are in tests/golden/news/<name>.yaml,
 * with what an editor would list that ingest misses (`missed`), which the test does not read. UPDATE_GOLDEN=1
 * rewrites a file whose lists differ, keeping `missed` and the comments beside it as written; read the diff before
 * committing it.
 */
const NEWS = "tests/fixtures/news";
const GOLDEN = "tests/golden/news";
const aliases = aliasesFrom(parseAliasFile(parse(readFileSync("content/entities.yaml", "utf8"))).aliases);
const stories = readdirSync(NEWS).filter((name) => name.endsWith(".txt")).sort();

describe("the author, people, places, organisations and topics of news stories", () => {
  it.each(stories)("finds in %s what its golden file lists", (file) => {
    const result = ingestArticle({ file, bytes: readFileSync(join(NEWS, file)) }, aliases);
    if (!result.ok) throw new Error(result.reason);
    const { author, people, places, organizations, topics } = result.article.frontMatter;
    const found = { author, people, places, organizations, topics };
    const golden = join(GOLDEN, file.replace(/\.txt$/, ".yaml"));
    const read = () => (existsSync(golden) ? readFileSync(golden, "utf8") : "");
    const { missed: _, ...before } = (parse(read()) ?? {}) as Record<string, unknown>;
    if (process.env.UPDATE_GOLDEN && JSON.stringify(before) !== JSON.stringify(found)) {
      // `missed` is the file's last key: its lines, comments and all, are kept as they are.
      const missedLines = read().match(/^missed:[^]*/m)?.[0] ?? "";
      writeFileSync(golden, stringify(found) + missedLines);
    }
    const { missed: __, ...lists } = (parse(read()) ?? {}) as Record<string, unknown>;
    expect(found, `${file} differs from ${golden}`).toEqual(lists);
  });
});
