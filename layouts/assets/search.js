// The search page: a small interface on Pagefind's JavaScript API, styled by the site's own stylesheet. It writes
// no inline style or script, which the site's Content-Security-Policy would refuse.
//
// The page's address is its state: `q` (the words), `sort` (`newest` or `oldest`; best match when absent) and one
// parameter per chosen value of a filter (`source=Shafaq+News&year=2020`). Typing replaces the current history entry;
// choosing a filter value or an order, or pressing Enter, adds one, so Back undoes it and an address can be shared.
// Within a filter the chosen values are alternatives (this source or that one); across filters all must hold.

/** The search index's filters, as article.njk names them, with how the page names them. */
const FILTERS = [
  { name: "source", label: "Source", plural: "sources" },
  { name: "year", label: "Year", plural: "years" },
  { name: "topic", label: "Topic", plural: "topics" },
  { name: "person", label: "Person", plural: "people" },
  { name: "place", label: "Place", plural: "places" },
  { name: "organization", label: "Organisation", plural: "organisations" },
  { name: "language", label: "Language", plural: "languages" },
];
const SORTS = { newest: { date: "desc" }, oldest: { date: "asc" } };
const RESULTS_PER_PAGE = 10;
/** Values a filter shows before its "Show all" button: the most frequent, and any chosen. */
const VALUES_SHOWN = 8;
/** Pagefind adds the words searched for to each result's address under this name; search-highlight.js marks them. */
const HIGHLIGHT_PARAM = "pagefind-highlight";
/** How long the reader has stopped typing before the filters are counted (see `counter` below). */
const COUNT_AFTER_MS = 250;

const form = document.getElementById("search");
if (form) start(form);

function start(form) {
  const box = form.querySelector("input[type='search']");
  const order = form.querySelector("select[name='sort']");
  const status = form.querySelector(".search-status");
  const hits = form.querySelector(".search-hits");
  const more = form.querySelector(".search-more");
  const facets = form.querySelector(".search-facets");
  const toFacets = form.querySelector(".search-to-filters");
  const facetList = form.querySelector(".search-facet-list");
  const pageTitle = document.title;
  const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
  /** Filters whose every value is shown, by name. */
  const expanded = new Set();

  // Found beside this file, so the site's path prefix is kept; Pagefind finds its index beside itself. Two instances
  // of it: `pagefind` finds the results, `counter` counts the filter values among them. Pagefind counts the values
  // of every filter it has loaded at each search, which for thousands of results takes longer than the search
  // itself; so the instance that draws results loads only the filters a search uses, and the counting is done by
  // the other, which loads them all, once the results are on screen and the reader has stopped typing.
  const ready = import(new URL("../pagefind/pagefind.js", import.meta.url).href).then(async (pagefind) => {
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM });
    // Loads the index's start-up files now, not at the first keystroke.
    await pagefind.init();
    // Started at the first count, so that nothing it loads delays the first results.
    let instance;
    let allFilters;
    const counter = {
      // Every filter file, once: the counts need them all.
      loadFilters: () => (allFilters ??= (instance = pagefind.createInstance()).filters()),
      search: (term, options) => instance.search(term, options),
    };
    return { pagefind, counter };
  });

  let state = readAddress(location.search);
  /** The search on screen: each newer one makes older ones stop where they are. */
  let current = { run: 0, results: [], shown: 0 };

  form.hidden = false;
  showState(state);

  box.addEventListener("input", () => update({ ...state, q: box.value }, "replace"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update({ ...state, q: box.value }, "push");
  });
  form.addEventListener("change", (event) => {
    const control = event.target;
    if (control === order) update({ ...state, sort: order.value }, "push");
    if (control.type === "checkbox") update({ ...state, chosen: toggled(state.chosen, control.name, control.value, control.checked) }, "push");
  });
  facetList.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-filter]");
    if (!button) return;
    const name = button.dataset.filter;
    if (expanded.has(name)) expanded.delete(name);
    else expanded.add(name);
    showFacets(current.run, current.counts);
  });
  more.addEventListener("click", async () => {
    const first = await showResults(current.run);
    // The reader asked for more: take them to the first of them.
    first?.querySelector("a")?.focus();
  });
  addEventListener("popstate", () => showState(readAddress(location.search)));

  /** A change made by the reader: into the address (a new history entry, or in place of this one), then searched. */
  function update(next, history) {
    const url = addressOf(next);
    if (url !== `${location.pathname}${location.search}`) {
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    if (sameState(next, state)) return;
    state = next;
    search(state);
  }

  /** A state read from the address (on arrival, Back or Forward): the controls are set from it, then searched. */
  function showState(next) {
    state = next;
    if (box.value !== next.q) box.value = next.q;
    order.value = next.sort;
    search(state);
  }

  async function search(state) {
    const run = ++current.run;
    const term = state.q.trim() || null;
    document.title = term ? `${term} · ${pageTitle}` : pageTitle;
    if (term === null && Object.keys(state.chosen).length === 0) {
      current = { run, results: [], shown: 0 };
      hits.replaceChildren();
      more.hidden = true;
      facets.hidden = toFacets.hidden = true;
      status.textContent = "";
      return;
    }
    let pagefind, counter;
    try {
      ({ pagefind, counter } = await ready);
    } catch (error) {
      status.textContent = "Search could not be loaded. Reload the page to try again.";
      throw error;
    }
    // Without words there is no best match: the newest come first unless the reader asks for the oldest.
    const sort = state.sort ? SORTS[state.sort] : term === null ? SORTS.newest : {};
    const found = await pagefind.search(term, { filters: pagefindFilters(state.chosen), sort });
    if (run !== current.run) return;
    let results = found.results;
    let counted;
    if (state.sort === "oldest") {
      counted = await countFilters(counter, term, state.chosen);
      if (run !== current.run) return;
      results = undatedLast(results, counted.dated);
    }
    current = { run, results, shown: 0 };
    hits.replaceChildren();
    await showResults(run);
    if (run !== current.run) return;
    status.textContent = describe(results.length, term, state.chosen);
    if (!counted) {
      await new Promise((resolve) => setTimeout(resolve, COUNT_AFTER_MS));
      if (run !== current.run) return;
      counted = await countFilters(counter, term, state.chosen);
      if (run !== current.run) return;
    }
    current.counts = counted.counts;
    showFacets(run, current.counts);
  }

  /** Shows the next page of results; returns the first of them. */
  async function showResults(run) {
    const page = current.results.slice(current.shown, current.shown + RESULTS_PER_PAGE);
    const items = await Promise.all(page.map(async (result) => resultItem(await result.data())));
    if (run !== current.run) return undefined;
    hits.append(...items);
    current.shown += items.length;
    more.hidden = current.shown >= current.results.length;
    return items[0];
  }

  function resultItem(data) {
    const language = data.filters.language?.[0];
    const byline = element("p", { class: "byline" });
    if (data.meta.date) {
      const date = data.meta.datetime
        ? element("time", { datetime: data.meta.datetime }, data.meta.date)
        : element("span", { class: "date-unknown" }, data.meta.date);
      date.lang = "en";
      date.dir = "ltr";
      byline.append(date);
    }
    const source = data.filters.source?.[0];
    if (source) byline.append(element("span", { class: "source" }, source));
    // Written the way of the article's language, as the headline shows it (lists on other pages do the same).
    return element(
      "li",
      { lang: language, dir: "auto" },
      element("h3", {}, element("a", { href: data.url }, data.meta.title ?? data.url)),
      byline,
      element("p", { class: "excerpt" }, ...markedText(data.excerpt)),
    );
  }

  /** Redraws the filters, keeping the focus on the control that had it. */
  function showFacets(run, counts) {
    if (run !== current.run || counts === undefined) return;
    const focused = document.activeElement;
    const focusKey = facetList.contains(focused) ? controlKey(focused) : undefined;
    const fieldsets = FILTERS.map((filter) => facetFieldset(filter, counts[filter.name] ?? {})).filter(Boolean);
    facetList.replaceChildren(...fieldsets);
    facets.hidden = toFacets.hidden = fieldsets.length === 0;
    if (focusKey) [...facetList.querySelectorAll("input, button")].find((control) => controlKey(control) === focusKey)?.focus();
  }

  function facetFieldset({ name, label, plural }, counts) {
    const chosen = state.chosen[name] ?? [];
    const values = [...new Set([...chosen, ...Object.keys(counts).filter((value) => counts[value] > 0)])];
    if (values.length === 0) return undefined;
    values.sort(name === "year" ? (a, b) => b.localeCompare(a) : (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
    const all = expanded.has(name) || values.length <= VALUES_SHOWN;
    const shown = all ? values : values.filter((value, i) => i < VALUES_SHOWN || chosen.includes(value));
    const list = element(
      "ul",
      {},
      ...shown.map((value) => {
        const checkbox = element("input", { type: "checkbox", name, value });
        checkbox.checked = chosen.includes(value);
        const text = name === "language" ? languageNames.of(value) : value;
        return element("li", {}, element("label", {}, checkbox, " ", element("span", { dir: "auto" }, text), " ", element("span", { class: "count" }, String(counts[value] ?? 0))));
      }),
    );
    const fieldset = element("fieldset", { class: "search-facet" }, element("legend", {}, label), list);
    if (values.length > VALUES_SHOWN) {
      const toggle = element("button", { type: "button", "data-filter": name, "aria-expanded": String(all) }, all ? `Show fewer ${plural}` : `Show all ${values.length} ${plural}`);
      fieldset.append(toggle);
    }
    return fieldset;
  }
}

/** The state an address gives: words, order, and the chosen values of each known filter. */
function readAddress(search) {
  const params = new URLSearchParams(search);
  const sort = params.get("sort");
  const chosen = {};
  for (const { name } of FILTERS) {
    const values = [...new Set(params.getAll(name).filter((value) => value !== ""))];
    if (values.length > 0) chosen[name] = values;
  }
  return { q: params.get("q") ?? "", sort: Object.hasOwn(SORTS, sort ?? "") ? sort : "", chosen };
}

/** The address of a state, on this page: `/search/?q=…&sort=…&source=…`. */
function addressOf({ q, sort, chosen }) {
  const params = new URLSearchParams();
  if (q.trim() !== "") params.set("q", q);
  if (sort) params.set("sort", sort);
  for (const { name } of FILTERS) for (const value of chosen[name] ?? []) params.append(name, value);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}`;
}

function sameState(a, b) {
  return a.q.trim() === b.q.trim() && addressOf(a) === addressOf(b);
}

function toggled(chosen, name, value, on) {
  const values = (chosen[name] ?? []).filter((other) => other !== value);
  if (on) values.push(value);
  const { [name]: _, ...others } = chosen;
  return values.length > 0 ? { ...others, [name]: values } : others;
}

/** Pagefind's filters for the chosen values: any of a filter's values, every filter; `except` one filter. */
function pagefindFilters(chosen, except) {
  return Object.fromEntries(Object.entries(chosen).filter(([name]) => name !== except).map(([name, values]) => [name, { any: values }]));
}

/**
 * The count beside each filter value: how many results choosing it would give. For a filter with values chosen,
 * that is counted without them, since its values are alternatives; for the others, among the results as they are.
 * And how many of the results are dated: every dated article has one year, so as many as the year filter counts.
 */
async function countFilters(counter, term, chosen) {
  await counter.loadFilters();
  const [found, ...withoutOwn] = await Promise.all([
    counter.search(term, { filters: pagefindFilters(chosen) }),
    ...Object.keys(chosen).map(async (name) => [name, (await counter.search(term, { filters: pagefindFilters(chosen, name) })).filters[name]]),
  ]);
  const dated = Object.values(found.filters.year ?? {}).reduce((sum, count) => sum + count, 0);
  return { counts: { ...found.filters, ...Object.fromEntries(withoutOwn) }, dated };
}

/**
 * Results oldest first with the undated ones last. Their sort key, "0000", puts them first; a reader asking for the
 * oldest articles wants the oldest known dates, and finds the undated at the end, as when the newest come first.
 */
function undatedLast(results, dated) {
  const undated = results.length - dated;
  return [...results.slice(undated), ...results.slice(0, undated)];
}

function describe(count, term, chosen) {
  const what = count === 0 ? "No articles" : count === 1 ? "1 article" : `${count} articles`;
  const words = term === null ? "" : ` for “${term}”`;
  const filtered = Object.keys(chosen).length > 0 ? " with the chosen filters" : "";
  return `${what} found${words}${filtered}.`;
}

/**
 * Pagefind's excerpt is HTML: the article's words, escaped, with <mark> around those searched for. It is read in an
 * inert document and rebuilt from its text and marks alone, so nothing in an article can become markup here.
 */
function markedText(excerpt) {
  const parsed = new DOMParser().parseFromString(excerpt, "text/html");
  return [...parsed.body.childNodes].map((node) =>
    node.nodeName === "MARK" ? element("mark", {}, node.textContent) : document.createTextNode(node.textContent),
  );
}

/** What identifies a filter control across redraws: a value's checkbox, or a filter's "Show all" button. */
function controlKey(control) {
  return control.type === "checkbox" ? `${control.name}=${control.value}` : `toggle ${control.dataset.filter}`;
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined && value !== "") node.setAttribute(name, value);
  node.append(...children);
  return node;
}
