// @ts-check
/**
 * The search page's own behaviour on top of Pagefind's Component UI
 * (https://pagefind.app/docs/search-ui/): open with the results of a deep link
 * (/search/?q=cumbria&sort=relevance), offer newest-first or relevance order, and keep the
 * address bar in step so a search can be shared. Loaded on /search/ only.
 */
(() => {
  /** @type {any} Pagefind's Component UI global. */
  const components = /** @type {any} */ (window).PagefindComponents;
  const search = document.getElementById("nr-search");
  const fallback = document.getElementById("nr-search-fallback");
  const sort = /** @type {HTMLSelectElement | null} */ (document.getElementById("nr-search-sort"));
  const filters = /** @type {HTMLDetailsElement | null} */ (document.getElementById("nr-search-filters"));
  const list = document.querySelector("pagefind-results");
  const more = document.getElementById("nr-search-more");
  const moreButton = document.getElementById("nr-search-more-button");
  const shown = document.getElementById("nr-search-shown");
  if (!components || !search || !fallback || !sort || !filters || !list || !more || !moreButton || !shown) return;

  const instance = components.getInstanceManager().getInstance("default");
  const params = new URLSearchParams(window.location.search);

  const applySort = () => {
    instance.searchSort = sort.value === "relevance" ? {} : { date: "desc" };
  };

  const syncAddress = () => {
    const next = new URLSearchParams();
    if (instance.searchTerm) next.set("q", instance.searchTerm);
    if (sort.value === "relevance") next.set("sort", "relevance");
    const query = next.toString();
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
  };

  search.hidden = false;
  fallback.hidden = true;
  // Filters sit beside the results on wide screens; on phones they stay folded above them.
  filters.open = window.matchMedia("(min-width: 48rem)").matches;
  sort.value = params.get("sort") === "relevance" ? "relevance" : "date";
  applySort();
  sort.addEventListener("change", () => {
    applySort();
    syncAddress();
    if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
  });
  instance.on("search", syncAddress);

  // Results come a page at a time (max-results on <pagefind-results>). Pagefind would announce
  // only the count it shows ("20 results"), so for two or more results the count is ours: its
  // own message is blanked, and the full count is announced and written into the summary.
  const pageSize = Number(search.dataset.pageSize) || 20;
  const number = new Intl.NumberFormat("en-GB");
  /** @param {string} template @param {Record<string, string | number>} values */
  const fill = (template, values) =>
    template.replace(/\[([A-Z_]+)\]/g, (whole, key) => (key in values ? (typeof values[key] === "number" ? number.format(/** @type {number} */ (values[key])) : String(values[key])) : whole));
  instance.setTranslations({ many_results: "" });
  let limit = pageSize;
  /** Set by "Show more": the position of the first new result, to move focus to once it loads. */
  let focusFrom = -1;

  /** Moves focus to the link of result `index` once Pagefind has filled it in. @param {number} index */
  const focusResult = (index) => {
    const find = () => list.querySelectorAll(".pf-results > li")[index]?.querySelector("a");
    const link = find();
    if (link) return link.focus();
    const watch = new MutationObserver(() => {
      const found = find();
      if (found) { watch.disconnect(); found.focus(); }
    });
    watch.observe(list, { childList: true, subtree: true });
    setTimeout(() => watch.disconnect(), 10_000);
  };

  instance.on("results", (/** @type {{ results?: unknown[] } | null} */ result) => {
    const total = result?.results?.length ?? 0;
    const count = Math.min(total, limit);
    const term = instance.searchTerm;
    shown.textContent = fill(search.dataset.shown ?? "", { SHOWN: count, COUNT: total });
    more.hidden = total <= count;
    if (term && total > 1) {
      const message = fill(search.dataset.resultsFor ?? "", { COUNT: total, SEARCH_TERM: term });
      const summary = document.querySelector(".pf-summary");
      if (summary) summary.textContent = message;
      // After "Show more" the news is how many are now shown; after a search, how many match.
      instance.announceRaw(focusFrom >= 0 ? shown.textContent : message);
    }
    if (focusFrom >= 0) focusResult(focusFrom);
    focusFrom = -1;
  });
  // A new search starts again from the first page.
  instance.on("search", () => {
    if (focusFrom >= 0) return;
    limit = pageSize;
    list.setAttribute("max-results", String(limit));
  });
  moreButton.addEventListener("click", () => {
    focusFrom = limit;
    limit += pageSize;
    list.setAttribute("max-results", String(limit));
    instance.triggerSearch(instance.searchTerm);
  });

  const query = (params.get("q") ?? "").trim();
  if (query) instance.triggerSearch(query);
})();
