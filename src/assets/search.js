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
  if (!components || !search || !fallback || !sort || !filters) return;

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

  const query = (params.get("q") ?? "").trim();
  if (query) instance.triggerSearch(query);
})();
