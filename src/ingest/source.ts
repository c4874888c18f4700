import type { RemovedLine } from "../article.ts";
import { unshouted } from "./normalize.ts";
import { DATELINE_ATTRIBUTION, DATELINE_REGION, SOURCE_PREFIX, WIRE_DATELINE, WIRE_DATELINE_BRACKETED } from "./patterns.ts";
import type { Block } from "./segment.ts";

export interface LeadAttribution {
  /** the publication or agency named before the lead */
  source?: string;
  /** the places a wire story's dateline names: where it was filed from, and its country or region when given */
  places: string[];
  /** the blocks, with that name taken off the lead */
  blocks: Block[];
  removed: RemovedLine[];
}

/**
 * Takes a publication's name off the front of the lead, where sites put it: `Shafaq News / The Prime Minister …`,
 * `(Reuters) - …`, or a wire story's dateline, `BAGHDAD (Reuters) - …`, `Basra (Iraq) (AFP) – …`, or one printed over
 * lines (`Baghdad, Iraq` / `CNN` / `—`), whose places are kept too. What is taken is recorded, so the lead as printed can be restored.
 */
export function takeLeadAttribution(blocks: Block[]): LeadAttribution {
  const split = takeSplitDateline(blocks);
  if (split) return split;
  const [first, ...rest] = blocks;
  const line = first?.[0];
  if (!first || !line) return { blocks, removed: [], places: [] };
  for (const pattern of [SOURCE_PREFIX, DATELINE_ATTRIBUTION, WIRE_DATELINE, WIRE_DATELINE_BRACKETED]) {
    const match = pattern.exec(line.text);
    if (!match || match[0].length >= line.text.length) continue;
    const lead = [{ ...line, text: line.text.slice(match[0].length) }, ...first.slice(1)];
    const taken = { line: line.no, text: match[0].trim() };
    if (pattern === WIRE_DATELINE || pattern === WIRE_DATELINE_BRACKETED) {
      const removed = [{ ...taken, reason: "dateline: where the story was filed, and the agency (kept as places and source)" }];
      const region = match[2] !== undefined && DATELINE_REGION.test(match[2]) ? [match[2]] : [];
      return { source: match[3]!.trim(), places: [unshouted(match[1]!), ...region], blocks: [lead, ...rest], removed };
    }
    const removed = [{ ...taken, reason: "publication named before the lead (kept as source)" }];
    return { source: match[1]!.trim(), blocks: [lead, ...rest], removed, places: [] };
  }
  return { blocks, removed: [], places: [] };
}

/** The outlet on a line of its own in a dateline printed over lines: `CNN`, `CNN Business`, `BBC News`. */
const OUTLET_LINE = /^\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*){0,2}$/u;
const DASH_LINE = /^[—–-]{1,2}$/;

/**
 * A dateline some sites print in parts that a copy of the page sets on lines of their own above the lead: the place
 * (`Baghdad, Iraq`, or none), the outlet (`CNN`), then a line of only a dash. A line of only a dash is no sentence's
 * part, so the lines above it, at the top of the article, are the dateline's.
 */
function takeSplitDateline(blocks: Block[]): LeadAttribution | undefined {
  const opening = blocks.flatMap((block, b) => block.map((line, l) => ({ line, b, l }))).slice(0, 4);
  const dash = opening.findIndex(({ line }) => DASH_LINE.test(line.text));
  if (dash < 1 || dash > 2 || dash === opening.length - 1) return undefined;
  const [place, outlet] = dash === 2 ? [opening[0]!.line, opening[1]!.line] : [undefined, opening[0]!.line];
  if (!OUTLET_LINE.test(outlet.text)) return undefined;
  const where = place && /^([^,]+)(?:, (.+))?$/.exec(place.text);
  if (place && !(where && DATELINE_REGION.test(where[1]!) && (where[2] === undefined || DATELINE_REGION.test(where[2])))) {
    return undefined;
  }
  const lead = opening[dash + 1]!;
  const taken = opening.slice(0, dash + 1).map(({ line }) => line);
  const removed = taken.map((line) => ({
    line: line.no,
    text: line.written ?? line.text,
    reason: "dateline: where the story was filed, and the outlet (kept as places and source)",
  }));
  const rest = [blocks[lead.b]!.slice(lead.l), ...blocks.slice(lead.b + 1)];
  const places = where ? [where[1]!, ...(where[2] === undefined ? [] : [where[2]])] : [];
  return { source: outlet.text, places, blocks: rest, removed };
}

const TOLD = /\btold (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)\b/gu;
const FEWEST_SELF_REFERENCES = 2;

/**
 * A publication that interviews people for its own story writes "officials told Diyaruna" again and again; the
 * name that follows "told" in several places is the publication itself, unless it is someone in the story.
 */
export function selfReferencedSource(text: string, notSources: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(TOLD)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  const [best] = [...counts]
    .filter(([name, count]) => count >= FEWEST_SELF_REFERENCES && !notSources.some((other) => other.includes(name)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best?.[0];
}
