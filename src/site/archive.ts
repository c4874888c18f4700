import { ArticleFile } from "../article.ts";
import {
  BROWSE_KINDS,
  DATES_PATH,
  browseSlug,
  groupByValue,
  paginate,
  timeline,
  type ArchiveEntry,
  type BrowseGroup,
  type BrowseKind,
  type ListingPage,
  type Timeline,
  valueKey,
  valueListing,
} from "./browse.ts";
import { CITATION_FILES } from "./citations.ts";
import { compareNewestFirst } from "./collections.ts";
import { relatedItems } from "./related.ts";

/**
 * Everything the archive's pages show about how articles relate: listings, stories, related articles, neighbours
 * by date. Made once per build from the articles, by one pure function.
 */
export interface Archive {
  /** newest first, undated last */
  entries: ArchiveEntry[];
  /** what an article's page shows beside the article, by the article's URL */
  byUrl: Record<string, ArticleContext>;
  /** the index of each kind of value, with its groups */
  kinds: KindIndex[];
  timeline: Timeline;
  /** every page of every listing: each value's, year's and month's articles, and the undated ones */
  listings: ListingPage[];
  /** stories told by more than one article, those with the most sources first */
  stories: Story[];
  /** the most covered values of a kind, by kind path, most articles first */
  mostCovered: Record<string, BrowseGroup[]>;
  /** a page for each article that ingest removed lines from, listing them */
  removals: RemovalPage[];
}

/** The record of the lines ingest left out of an article's raw text. */
export interface RemovalPage {
  url: string;
  title: string;
  description: string;
  entry: ArchiveEntry;
}

/** The removal page of an article, beside its page. */
const REMOVED_PAGE = "removed/";

export interface ArticleContext {
  entry: ArchiveEntry;
  /** the other articles of the same story, newest first */
  otherCoverage: ArchiveEntry[];
  /** articles of other stories that share the most people, places, organisations and topics */
  related: ArchiveEntry[];
  /** the next article forward and back in time; an undated article has neither */
  newer?: ArchiveEntry;
  older?: ArchiveEntry;
  /** the timeline page the article is listed on */
  period: { name: string; url: string };
  /** the record of the lines ingest left out of the article, when it left any out */
  removalUrl?: string;
  /**
   * the names of the pages of the article's source, topics, people, places and organisations, by kind path, in the
   * order the article lists them: the search filters name a value as its page does, once for all its spellings
   */
  pageNames: Record<string, string[]>;
  citations: { bibtex: string; csl: string };
}

export interface KindIndex {
  kind: BrowseKind;
  url: string;
  title: string;
  description: string;
  /** alphabetical */
  groups: BrowseGroup[];
}

export interface Story {
  id: string;
  /** newest first */
  entries: ArchiveEntry[];
  /** the distinct sources that reported it, as the articles name them */
  sources: string[];
}

const RELATED_LIMIT = 3;
const MOST_COVERED_LIMIT = 10;

/** An article as read from Eleventy: its data, the Markdown it was written in, and its page's address. */
export interface ArticleItem {
  url: string;
  data: Record<string, unknown>;
  rawInput: unknown;
}

/**
 * The archive entry of an Eleventy collection item, or undefined for an item whose front matter breaks the schema:
 * collections are built before Eleventy's data schema check, which then fails the build with a proper message.
 */
export function archiveEntry(item: ArticleItem): ArchiveEntry | undefined {
  const parsed = ArticleFile.safeParse(item.data);
  if (!parsed.success) return undefined;
  return {
    url: item.url,
    article: parsed.data,
    words: countWords(typeof item.rawInput === "string" ? item.rawInput : ""),
  };
}

/**
 * Articles of one day and headline (reports that ingest numbered `talks`, `talks-2`, …) in the order they were
 * numbered. Eleventy hands the articles over in no fixed order, and every listing and related list follows this one.
 */
function compareAddresses(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Words as a reader counts them: runs of letters and digits, joined by an apostrophe or a hyphen. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** `entries` in the archive's order: newest first, undated last (compareNewestFirst), then by address. */
export function newestFirst<Entry extends ArchiveEntry>(entries: Entry[]): Entry[] {
  return [...entries].sort(compareEntries);
}

/** The archive's order of two entries (newestFirst). */
export function compareEntries(a: ArchiveEntry, b: ArchiveEntry): number {
  return compareNewestFirst(a.article, b.article) || compareAddresses(a.url, b.url);
}

/**
 * Builds the archive of `entries`, in any order. What an article's page shows beside it (`byUrl`) is made for the
 * articles at the addresses `rendered` holds, when given: a run that renders part of the site needs it for those
 * only, and it was a third of the time it took to build the archive. The listing of a value whose articles are
 * those it had in `previous` is taken from it: one article changed changes the listings of its values only.
 */
export function buildArchive(unordered: ArchiveEntry[], rendered?: ReadonlySet<string>, previous?: Archive): Archive {
  const entries = newestFirst(unordered);
  const dates = timeline(entries);
  const reusable = previous && valueListingsOf.get(previous);
  const kinds = BROWSE_KINDS.map((kind) => ({
    kind,
    url: `/${kind.path}/`,
    title: kind.plural,
    description: `${kind.plural} in the archive, with the number of articles ${kind.relation} each.`,
    groups: groupByValue(kind, entries).map((group) => {
      // The same articles, the same list: what is made of a list once (its digest, page-digests.ts) is made once.
      const known = reusable?.get(group.url);
      return known && sameItems(known.entries, group.entries) ? { ...group, entries: known.entries } : group;
    }),
  }));
  const stories = storiesOf(entries);
  const position = new Map(entries.map((entry, index) => [entry, index]));
  const made: ValueListings = new Map();

  const archive: Archive = {
    entries,
    byUrl: articleContexts(entries, stories, dates, pageNames(kinds), rendered),
    kinds,
    timeline: dates,
    listings: [...timelineListings(dates), ...kinds.flatMap((index) => valueListings(index, reusable, made))],
    stories: [...stories.values()]
      .filter((story) => story.entries.length > 1)
      .sort(
        (a, b) =>
          b.sources.length - a.sources.length ||
          b.entries.length - a.entries.length ||
          position.get(a.entries[0]!)! - position.get(b.entries[0]!)!,
      ),
    removals: entries
      .filter((entry) => entry.article.removed.length > 0)
      .map((entry) => ({
        url: `${entry.url}${REMOVED_PAGE}`,
        title: `Lines left out of “${entry.article.title}”`,
        description: `The lines of the raw text of “${entry.article.title}” that are not part of the article, and why.`,
        entry,
      })),
    mostCovered: Object.fromEntries(
      kinds.map(({ kind, groups }) => [
        kind.path,
        [...groups].sort((a, b) => b.entries.length - a.entries.length).slice(0, MOST_COVERED_LIMIT),
      ]),
    ),
  };
  valueListingsOf.set(archive, made);
  return archive;
}

/**
 * `archive` with what the pages of the articles at the addresses `rendered` show beside them, instead of what it
 * had: a thread that renders parts of the site one after another (render-part.ts) builds the archive once, and
 * this for each part.
 */
export function withContexts(archive: Archive, rendered: ReadonlySet<string>): Archive {
  const { entries, timeline: dates } = archive;
  return { ...archive, byUrl: articleContexts(entries, storiesOf(entries), dates, pageNames(archive.kinds), rendered) };
}

/** The name of the page of each value, by its key (valueKey). */
function pageNames(kinds: KindIndex[]): Map<string, string> {
  return new Map(kinds.flatMap(({ kind, groups }) => groups.map((group) => [`${kind.path}:${group.slug}`, group.name] as const)));
}

/** The pages of each value's listing, by the value's address, with the articles they were made of. */
type ValueListings = Map<string, { entries: ArchiveEntry[]; pages: ListingPage[] }>;

/** Each archive's value listings, for the next archive built from it (buildArchive's `previous`). */
const valueListingsOf = new WeakMap<Archive, ValueListings>();

function storiesOf(entries: ArchiveEntry[]): Map<string, Story> {
  const stories = new Map<string, Story>();
  for (const entry of entries) {
    const { story: id, source } = entry.article;
    if (id === undefined) continue;
    let story = stories.get(id);
    if (!story) stories.set(id, (story = { id, entries: [], sources: [] }));
    story.entries.push(entry);
    if (source !== undefined && !story.sources.some((known) => browseSlug("sources", known) === browseSlug("sources", source))) {
      story.sources.push(source);
    }
  }
  return stories;
}

/**
 * The people, places, organisations and topics of an article, as distinct keys that match across spellings; made
 * once per entry, which serve's updates keep from one archive to the next.
 */
export function relatedFeatures(entry: ArchiveEntry): string[] {
  let features = featuresOf.get(entry);
  if (!features) {
    features = [
      ...new Set(
        BROWSE_KINDS.filter((kind) => kind.path !== "sources").flatMap((kind) =>
          kind.values(entry.article).map((value) => valueKey(kind.path, value)),
        ),
      ),
    ];
    featuresOf.set(entry, features);
  }
  return features;
}

const featuresOf = new WeakMap<ArchiveEntry, string[]>();

function articleContexts(
  entries: ArchiveEntry[],
  stories: Map<string, Story>,
  dates: Timeline,
  names: ReadonlyMap<string, string>,
  rendered: ReadonlySet<string> | undefined,
): Record<string, ArticleContext> {
  const storyOf = (index: number) => entries[index]!.article.story;
  const wanted = (index: number) => rendered === undefined || rendered.has(entries[index]!.url);
  const sameStory = (item: number, other: number) => {
    const story = storyOf(item);
    return story !== undefined && story === storyOf(other);
  };
  const { related } = relatedItems(entries.map(relatedFeatures), RELATED_LIMIT, sameStory, wanted);
  // Newest first, so the newer neighbour of a dated article is the dated one before it.
  const dated = entries.filter((entry) => entry.article.date !== undefined);
  const datedIndex = new Map(dated.map((entry, index) => [entry, index]));
  const periodOf = new Map<ArchiveEntry, { name: string; url: string }>();
  for (const year of dates.years) {
    for (const entry of year.entries) periodOf.set(entry, { name: year.name, url: year.url });
    for (const month of year.months)
      for (const entry of month.entries) periodOf.set(entry, { name: month.name, url: month.url });
  }

  const contexts: Record<string, ArticleContext> = Object.create(null);
  entries.forEach((entry, index) => {
    if (!wanted(index)) return;
    const story = entry.article.story === undefined ? undefined : stories.get(entry.article.story);
    const position = datedIndex.get(entry);
    const newer = position === undefined ? undefined : dated[position - 1];
    const older = position === undefined ? undefined : dated[position + 1];
    contexts[entry.url] = {
      entry,
      otherCoverage: story ? story.entries.filter((other) => other !== entry) : [],
      related: related[index]!.map((other) => entries[other]!),
      ...(newer && { newer }),
      ...(older && { older }),
      period: periodOf.get(entry) ?? { name: dates.undated.name, url: dates.undated.url },
      ...(entry.article.removed.length > 0 && { removalUrl: `${entry.url}${REMOVED_PAGE}` }),
      citations: { bibtex: `${entry.url}${CITATION_FILES.bibtex}`, csl: `${entry.url}${CITATION_FILES.csl}` },
      pageNames: Object.fromEntries(
        BROWSE_KINDS.map((kind) => [
          kind.path,
          kind.values(entry.article).map((value) => names.get(valueKey(kind.path, value)) ?? value),
        ]),
      ),
    };
  });
  return contexts;
}

function timelineListings(dates: Timeline): ListingPage[] {
  const trail = [{ name: "Dates", url: `/${DATES_PATH}/` }];
  return [
    ...dates.years.flatMap((year) => [
      ...paginate(
        { url: year.url, heading: year.name, kind: "Year", trail, about: `from ${year.name}`, months: year.months },
        year.entries,
      ),
      ...year.months.flatMap((month) =>
        paginate(
          {
            url: month.url,
            heading: month.name,
            kind: "Month",
            trail: [...trail, { name: year.name, url: year.url }],
            about: `from ${month.name}`,
          },
          month.entries,
        ),
      ),
    ]),
    ...(dates.undated.entries.length > 0
      ? paginate(
          { url: dates.undated.url, heading: dates.undated.name, kind: "Date", trail, about: "whose date is unknown" },
          dates.undated.entries,
        )
      : []),
  ];
}

/** The listings of a kind's values, into `made`: those `reusable` has of the same articles are taken from it. */
function valueListings({ kind, url, groups }: KindIndex, reusable: ValueListings | undefined, made: ValueListings): ListingPage[] {
  return groups.flatMap((group) => {
    const known = reusable?.get(group.url);
    const pages =
      // A value's name is the spelling its articles use most: the same articles, the same name.
      known?.entries === group.entries
        ? known.pages
        : valueListing(
            {
              url: group.url,
              heading: group.name,
              kind: kind.singular,
              trail: [{ name: kind.plural, url }],
              about: `${kind.relation} ${group.name}`,
            },
            group.entries,
          );
    made.set(group.url, { entries: group.entries, pages });
    return pages;
  });
}

function sameItems<Item>(a: readonly Item[], b: readonly Item[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
