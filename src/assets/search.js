// @ts-check
/**
 * The search page's client, on Pagefind's JS API (https://pagefind.app/docs/api/) over the index
 * cut into shards of consecutive releases (src/lib/search-index.ts). Loaded on /search/ only.
 *
 * Why not Pagefind's Component UI or its mergeIndex: the UI loads every filter before its first
 * search, and a merged search re-sorts all indexes by score (coupled_search.ts,
 * `results.sort((a, b) => b.score - a.score)`), so a newest-first search across shards would
 * interleave years. Here each shard is its own Pagefind instance, sharing one pagefind.js and one
 * WebAssembly module, and the merge is ours:
 * - newest first: the shards hold consecutive dates, newest shard first, and each answers in
 *   date order, so the results are the shards' lists one after another. The first page is exact
 *   as soon as the shards before it have answered: usually the newest shard alone.
 * - relevance: every shard answers, then one ranking by Pagefind's score.
 * The count is exact once every shard has answered; until then the page says it is counting.
 * Filter values and counts load after the first results are on screen.
 *
 * The address bar carries the whole search (q, year, topic, type, area, sort): typing replaces
 * the current history entry, a submitted search, a filter or a sort adds one, and Back restores it.
 */

export const FILTERS = /** @type {const} */ (["year", "topic", "type", "area"]);
const PAGEFIND = "/pagefind/pagefind.js";
/** Older shards asked at once, in date order: about the connections a browser opens to one host. */
const SHARDS_AT_ONCE = 4;
/** Rows whose text loads before the others': about a phone's screenful. */
const FIRST_ROWS = 3;
/** A ref such as NR2011-31: letters, digits and hyphens, with a digit and a hyphen. */
const REF_LIKE = /^(?=.*\d)[a-z0-9]+(?:-[a-z0-9]+)+$/i;

/**
 * @typedef {{ q: string, sort: "date" | "relevance", filters: Record<string, string[]> }} SearchState
 * @typedef {{ id: string, count: number, years: [number, number], meta: string }} Shard
 * @typedef {{ id: string, score: number, data: () => Promise<any> }} Result
 * @typedef {{ results: Result[], filters?: Record<string, Record<string, number>> }} Answer
 */

// ---- The pure part: state, merge and counts (unit-tested in search.test.ts). ----

/** A search from the address: `?q=school&topic=early-years&year=2024&sort=relevance`. @param {URLSearchParams} params @returns {SearchState} */
export function readState(params) {
  /** @type {Record<string, string[]>} */
  const filters = {};
  for (const key of FILTERS) filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
  return { q: (params.get("q") ?? "").trim(), sort: params.get("sort") === "relevance" ? "relevance" : "date", filters };
}

/** The address's query string for a search ("" for none). @param {SearchState} state */
export function writeState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const key of FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === "relevance") params.set("sort", "relevance");
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Pagefind's filter option: any of the chosen values of one filter, and every filter chosen. @param {Record<string, string[]>} filters */
export function pagefindFilters(filters) {
  /** @type {Record<string, { any: string[] }>} */
  const out = {};
  for (const key of FILTERS) if (filters[key]?.length) out[key] = { any: filters[key] };
  return out;
}

/** The shards that can hold a match: a year filter skips shards with none of its years. @param {readonly Shard[]} shards @param {readonly string[]} years */
export function shardsFor(shards, years) {
  if (!years.length) return [...shards];
  const wanted = years.map(Number).filter(Number.isFinite);
  return shards.filter(({ years: [newest, oldest] }) => wanted.some((y) => y <= newest && y >= oldest));
}

/**
 * The results known so far, in order, and whether that list is final.
 * Newest first: the answered shards before the first unanswered one, one after another; every
 * position in that list is final, since later shards hold only older releases. Relevance: one
 * ranking by score once every shard has answered (ties keep the newer shard first).
 * @param {ReadonlyArray<Answer | undefined>} answers one per shard, newest shard first
 * @param {"date" | "relevance"} sort
 * @returns {{ results: Result[], complete: boolean, counted: number }}
 */
export function merge(answers, sort) {
  const complete = answers.every(Boolean);
  const counted = answers.reduce((sum, a) => sum + (a ? a.results.length : 0), 0);
  if (sort === "relevance") {
    if (!complete) return { results: [], complete, counted };
    const all = answers.flatMap((a) => /** @type {Answer} */ (a).results);
    return { results: all.map((r, i) => ({ r, i })).sort((a, b) => b.r.score - a.r.score || a.i - b.i).map(({ r }) => r), complete, counted };
  }
  /** @type {Result[]} */
  const results = [];
  for (const answer of answers) {
    if (!answer) break;
    results.push(...answer.results);
  }
  return { results, complete, counted };
}

/** The merged list with one result moved to the top (a ref's own release). @param {{ results: Result[], complete: boolean, counted: number }} merged @param {Result | undefined} pinned */
export function withPinned(merged, pinned) {
  if (!pinned) return merged;
  return { ...merged, results: [pinned, ...merged.results.filter((r) => r.id !== pinned.id)] };
}

/** Adds up per-shard filter counts. @param {ReadonlyArray<Record<string, Record<string, number>> | undefined>} all */
export function sumCounts(all) {
  /** @type {Record<string, Record<string, number>>} */
  const total = {};
  for (const counts of all) {
    for (const [filter, values] of Object.entries(counts ?? {})) {
      const into = (total[filter] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return total;
}

/** Whether a query looks like a release's reference. @param {string} q */
export const isRefLike = (q) => REF_LIKE.test(q.trim());

/** Counts as the site writes them: 1,234. */
const number = new Intl.NumberFormat("en-GB");

/** `[COUNT] results for [SEARCH_TERM]` with en-GB thousands. @param {string} template @param {Record<string, string | number>} values */
export function fill(template, values) {
  return template.replace(/\[([A-Z_]+)\]/g, (whole, key) => (key in values ? (typeof values[key] === "number" ? number.format(/** @type {number} */ (values[key])) : String(values[key])) : whole));
}

/**
 * An element with its properties set and its children appended.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {Partial<HTMLElementTagNameMap[K]>} [props] @param {(Node | string)[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, props = {}, ...children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/**
 * An excerpt as nodes: Pagefind marks matches with <mark> in text whose < and > it escaped
 * (coupled_search.ts, loadFragment); nothing else in it becomes markup.
 * @param {string} excerpt @returns {Node[]}
 */
function excerptNodes(excerpt) {
  const unescape = (/** @type {string} */ s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  return excerpt.split(/(<mark>.*?<\/mark>)/g).filter(Boolean).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(unescape(part));
    return el("mark", { textContent: unescape(marked[1] ?? "") });
  });
}

// ---- The page. ----

function main() {
  const form = /** @type {HTMLFormElement | null} */ (document.getElementById("nr-search"));
  const fallback = document.getElementById("nr-search-fallback");
  const shardList = document.getElementById("nr-search-shards");
  if (!form || !fallback || !shardList) return;
  const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const input = /** @type {HTMLInputElement} */ ($("nr-search-input"));
  const sort = /** @type {HTMLSelectElement} */ ($("nr-search-sort"));
  const filtersBox = /** @type {HTMLDetailsElement} */ ($("nr-search-filters"));
  const groups = $("nr-search-filter-groups");
  const list = $("nr-search-results");
  const summary = $("nr-search-summary");
  const status = $("nr-search-status");
  const more = $("nr-search-more");
  const moreButton = $("nr-search-more-button");
  const shown = $("nr-search-shown");
  const text = /** @type {Record<string, string>} */ ({ ...form.dataset });
  /** @type {Record<string, string>} */
  const filterNames = JSON.parse(text.filterNames ?? "{}");
  /** @type {Record<string, Record<string, string>>} */
  const labels = JSON.parse(text.labels ?? "{}");
  const pageSize = Number(text.pageSize) || 20;
  /** @type {Shard[]} */
  const shards = JSON.parse(shardList.textContent ?? "[]");

  form.hidden = false;
  fallback.hidden = true;
  // Filters sit beside the results on wide screens; on phones they stay folded above them.
  filtersBox.open = window.matchMedia("(min-width: 48rem)").matches;

  // Pagefind instances, one per shard, made when first needed, in two pools. The newest shard's
  // first answer comes from an instance on the page's own thread: no worker to start, so the
  // first results are soonest. Everything after it (older shards, counts, filters) runs in
  // Pagefind's web worker, so scoring thousands of matches never blocks scrolling or typing.
  // In each pool the instances share one WebAssembly module, which the first instance must have
  // set up before another starts: two set-ups at once would each compile it, and the second
  // would strand the first's index. The worker's script is in the newest shard's folder, so
  // that shard's worker instance is made first (search_wrapper.ts starts the worker from the
  // first instance's folder).
  /** @type {Promise<any> | undefined} */
  let pagefind;
  /** @param {boolean} onPage */
  const pool = (onPage) => {
    /** @type {Map<string, Promise<any>>} */
    const made = new Map();
    /** @type {Promise<unknown> | undefined} */
    let ready;
    /** @param {Shard} shard @returns {Promise<any>} */
    const get = (shard) => {
      let one = made.get(shard.id);
      if (!one) {
        const first = shards[0];
        if (!ready && first && shard.id !== first.id) get(first);
        one = (async () => {
          pagefind ??= import(PAGEFIND);
          const api = await pagefind;
          if (ready) await ready;
          const it = api.createInstance({ basePath: `/pagefind/${shard.id}/`, metaCacheTag: shard.meta, noWorker: onPage, excerptLength: 24 });
          // An empty search returns once the instance is ready (coupled_search.ts, getPtr).
          ready ??= it.search("");
          await ready;
          return it;
        })();
        made.set(shard.id, one);
      }
      return one;
    };
    return get;
  };
  const onPage = pool(true);
  const instance = pool(false);

  /** @type {SearchState} */
  let state = readState(new URLSearchParams(window.location.search));
  let generation = 0;
  let limit = pageSize;
  /** @type {{ results: Result[], complete: boolean, counted: number }} */
  let current = { results: [], complete: true, counted: 0 };
  /** @type {HTMLLIElement[]} */
  let rows = [];
  /** @type {Promise<unknown>[]} */
  let firstRows = [];
  let focusFrom = -1;

  const showControls = () => {
    input.value = state.q;
    sort.value = state.sort;
    for (const box of groups.querySelectorAll("input[type=checkbox]")) {
      const checkbox = /** @type {HTMLInputElement} */ (box);
      checkbox.checked = (state.filters[checkbox.name] ?? []).includes(checkbox.value);
    }
  };

  /** Fills row i from its result's data; moves focus there after "Show more". @param {HTMLLIElement} row @param {Result} result @param {number} gen @param {number} i */
  const fillRow = async (row, result, gen, i) => {
    const data = await result.data();
    if (gen !== generation) return;
    const meta = data.meta ?? {};
    row.className = "nr-search-result";
    const link = el("a", { href: data.url, textContent: meta.title ?? data.url });
    const about = el("p", { className: "nr-search-result__meta" },
      el("span", { className: "nr-search-result__date", textContent: meta.date ?? "" }), " · ",
      el("span", { className: "nr-search-result__ref", textContent: meta.ref ?? "" }));
    // A withdrawn release stays findable, marked as its listing row is (meta from release.njk).
    if (meta.withdrawn) about.append(" · ", el("strong", { className: "nr-search-result__withdrawn", textContent: `${text.withdrawn ?? "Withdrawn"} ${meta.withdrawn}` }));
    row.replaceChildren(el("h2", { className: "nr-search-result__title" }, link), about, el("p", { className: "nr-search-result__summary", textContent: meta.summary ?? "" }));
    // Pagefind's excerpt is a window into the text: ellipses say so.
    if (data.excerpt) row.append(el("p", { className: "nr-search-result__excerpt" }, "… ", ...excerptNodes(data.excerpt), " …"));
    if (i === focusFrom) {
      focusFrom = -1;
      link.focus();
    }
  };

  /** Shows what is known of the search `gen`: rows up to the limit, the count, the button. @param {number} gen */
  const render = (gen) => {
    if (gen !== generation) return;
    const { results, complete, counted } = current;
    const want = Math.min(limit, results.length);
    if (rows.length === 0 && want === 0 && !complete) return; // nothing final yet: keep the last screen
    if (rows.length === 0) {
      list.replaceChildren();
      firstRows = [];
    }
    for (let i = rows.length; i < want; i++) {
      const row = el("li", { className: "nr-search-pending" });
      rows.push(row);
      list.append(row);
      const result = /** @type {Result} */ (results[i]);
      // Each row's text is a request of its own (a Pagefind fragment, ~2.5 KB): the first few
      // rows, a phone's screenful, go first, and the rest of the page once they are in.
      const fillIt = () => fillRow(row, result, gen, i).catch(() => {
        if (gen === generation) row.textContent = text.failed ?? "";
      });
      if (i < FIRST_ROWS) firstRows.push(fillIt());
      else Promise.allSettled(firstRows).then(fillIt);
    }
    const values = { COUNT: counted, SEARCH_TERM: state.q, SHOWN: rows.length };
    summary.textContent = !complete
      ? fill(text.counting ?? "", values)
      : fill((counted === 0 ? text.noResultsFor : counted === 1 ? text.oneResultFor : text.resultsFor) ?? "", values);
    shown.textContent = fill((complete ? text.shown : text.showingSoFar) ?? "", values);
    more.hidden = complete && rows.length >= counted;
    if (complete) status.textContent = focusFrom >= 0 || rows.length > pageSize ? shown.textContent : summary.textContent;
  };

  /** Answers from every shard that can match, in the order the sort needs; filters after. @param {number} gen */
  const run = async (gen) => {
    limit = pageSize;
    rows = [];
    if (!state.q) {
      current = { results: [], complete: true, counted: 0 };
      list.replaceChildren();
      summary.textContent = text.prompt ?? "";
      status.textContent = "";
      more.hidden = true;
      groups.replaceChildren();
      return;
    }
    const searched = shardsFor(shards, state.filters.year ?? []);
    const options = { sort: state.sort === "date" ? { date: "desc" } : {}, filters: pagefindFilters(state.filters) };
    /** @type {(Answer | undefined)[]} */
    const answers = searched.map(() => undefined);
    const pinned = isRefLike(state.q) ? await findRef(searched, options.filters) : undefined;
    if (gen !== generation) return;
    const ask = async (/** @type {number} */ i) => {
      const shard = /** @type {Shard} */ (searched[i]);
      const one = await (i === 0 && state.sort === "date" && shard.id === shards[0]?.id ? onPage(shard) : instance(shard));
      if (gen !== generation) return; // a newer search has started: this one's answers are not wanted
      const answer = await one.search(state.q, options);
      if (gen !== generation) return;
      answers[i] = answer;
      current = withPinned(merge(answers, state.sort), pinned);
      render(gen);
    };
    if (searched.length === 0) {
      current = merge([], state.sort);
      render(gen);
    } else if (state.sort === "date") {
      // The newest shard first: for most searches it fills the first page on its own. Then every
      // other shard at once (one round trip more for a rare word, however many shards there are);
      // rows appear as soon as every newer shard has answered.
      await ask(0);
      // When the newest shard filled the first page, its rows' text goes first: the browser
      // opens only so many connections at once, and forty shards' files would queue ahead of it.
      if (current.results.length >= limit) await Promise.allSettled(firstRows);
      // Then the older shards, newest first, a few at a time: a rare word's first rows wait only
      // for the shards before them, not for forty shards' files racing for the same connections.
      let next = 1;
      const lane = async () => {
        while (next < searched.length && gen === generation) await ask(next++);
      };
      await Promise.all(Array.from({ length: SHARDS_AT_ONCE }, lane));
    } else {
      await Promise.all(searched.map((_, i) => ask(i)));
    }
    if (gen !== generation) return;
    await showFilters(gen, searched);
  };

  /**
   * A search for a ref lists its release first, whatever the sort. Its ref is the most heavily
   * weighted text on its page, so it is each shard's best match by relevance: of those, the one
   * whose ref it is (any case) is the release. Found before the first page is shown.
   * @param {Shard[]} searched @param {Record<string, unknown>} filters
   * @returns {Promise<Result | undefined>}
   */
  const findRef = async (searched, filters) => {
    const wanted = state.q.toLowerCase();
    const best = await Promise.all(searched.map(async (shard) => (await (await instance(shard)).search(state.q, { filters }))?.results?.[0]));
    for (const result of best) {
      if (result && ((await result.data()).meta?.ref ?? "").toLowerCase() === wanted) return result;
    }
    return undefined;
  };

  /**
   * Exact counts for every filter value: each shard loads its filter chunks (Pagefind counts
   * only the filters it has loaded) and answers again. A filter with values chosen counts as if
   * it had none, so its other values say how many they would add.
   * @param {number} gen @param {Shard[]} searched
   */
  const showFilters = async (gen, searched) => {
    const countsFor = async (/** @type {string | undefined} */ without) => {
      const filters = { ...state.filters };
      if (without) filters[without] = [];
      const from = without === "year" ? shards : searched;
      const options = { sort: {}, filters: pagefindFilters(filters) };
      const answers = await Promise.all(from.map(async (shard) => {
        const one = await instance(shard);
        if (gen !== generation) return undefined;
        await one.filters();
        return (await one.search(state.q, options))?.filters;
      }));
      return sumCounts(answers);
    };
    const base = await countsFor(undefined);
    /** @type {Record<string, Record<string, number>>} */
    const counts = { ...base };
    for (const key of FILTERS) if (state.filters[key]?.length && gen === generation) counts[key] = (await countsFor(key))[key] ?? {};
    if (gen !== generation) return;
    drawFilters(counts);
  };

  /** Checkbox groups, updated in place so focus stays where it is. @param {Record<string, Record<string, number>>} counts */
  const drawFilters = (counts) => {
    for (const key of FILTERS) {
      const values = counts[key] ?? {};
      const chosen = state.filters[key] ?? [];
      let group = /** @type {HTMLFieldSetElement | null} */ (groups.querySelector(`fieldset[data-filter="${key}"]`));
      if (!group) {
        group = el("fieldset", { className: "nr-search-filter" }, el("legend", { className: "nr-search-filter__name", textContent: filterNames[key] ?? key }));
        group.dataset.filter = key;
        groups.append(group);
      }
      const label = (/** @type {string} */ v) => labels[key]?.[v] ?? v;
      const order = Object.keys(values).concat(chosen.filter((v) => !(v in values)));
      order.sort((a, b) => (key === "year" ? Number(b) - Number(a) : label(a).localeCompare(label(b), "en-GB")));
      let visible = 0;
      for (const value of order) {
        const id = `nr-filter-${key}-${value}`.replace(/[^\w-]/g, "_");
        let item = /** @type {HTMLElement | null} */ (group.querySelector(`[data-value="${CSS.escape(value)}"]`));
        if (!item) {
          item = el("div", { className: "nr-search-filter__option" },
            el("input", { type: "checkbox", name: key, value, id }),
            el("label", { htmlFor: id }, label(value), " ", el("span", { className: "nr-search-filter__count" })));
          item.dataset.value = value;
          // Keep the sorted order: before the first existing option that sorts after it.
          const after = [...group.querySelectorAll(".nr-search-filter__option")].find((el) => order.indexOf(/** @type {HTMLElement} */ (el).dataset.value ?? "") > order.indexOf(value));
          group.insertBefore(item, after ?? null);
        }
        const n = values[value] ?? 0;
        const box = /** @type {HTMLInputElement} */ (item.querySelector("input"));
        box.checked = chosen.includes(value);
        /** @type {HTMLElement} */ (item.querySelector(".nr-search-filter__count")).textContent = `(${number.format(n)})`;
        item.hidden = n === 0 && !box.checked;
        if (!item.hidden) visible++;
      }
      for (const item of group.querySelectorAll(".nr-search-filter__option")) {
        if (!order.includes(/** @type {HTMLElement} */ (item).dataset.value ?? "")) /** @type {HTMLElement} */ (item).hidden = true;
      }
      group.hidden = visible === 0;
    }
  };

  /** Starts the search in `state`; `how` says what the history entry does. @param {"push" | "replace" | "none"} how */
  const search = (how) => {
    const address = `${window.location.pathname}${writeState(state)}`;
    if (how === "push" && address !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, "", address);
    if (how === "replace") window.history.replaceState(null, "", address);
    const gen = ++generation;
    run(gen).catch((error) => {
      if (gen !== generation) return;
      console.error(error);
      summary.textContent = text.failed ?? "";
      status.textContent = text.failed ?? "";
      fallback.hidden = false;
    });
  };

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let typing;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      if (input.value.trim() === state.q) return;
      state = { ...state, q: input.value.trim() };
      search("replace");
    }, 200);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    const q = input.value.trim();
    const changed = q !== state.q;
    state = { ...state, q };
    if (changed) search("push");
  });
  sort.addEventListener("change", () => {
    state = { ...state, sort: sort.value === "relevance" ? "relevance" : "date" };
    search("push");
  });
  groups.addEventListener("change", (event) => {
    const box = /** @type {HTMLInputElement} */ (event.target);
    const chosen = new Set(state.filters[box.name] ?? []);
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
    state = { ...state, filters: { ...state.filters, [box.name]: [...chosen] } };
    search("push");
  });
  moreButton.addEventListener("click", () => {
    focusFrom = rows.length;
    limit += pageSize;
    render(generation);
  });
  window.addEventListener("popstate", () => {
    state = readState(new URLSearchParams(window.location.search));
    showControls();
    search("none");
  });

  showControls();
  // Start loading the newest shard at once: its files are preloaded by the page's head.
  if (shards[0]) onPage(shards[0]).catch(() => {});
  if (state.q) search("none");
}

if (typeof document !== "undefined") main();
