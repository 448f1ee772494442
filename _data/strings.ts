/** Every label a reader sees, in one place, so wording stays consistent and can be changed once. */
export const strings = {
  skipLink: "Skip to main content",
  home: "Home",
  nav: { label: "Site", releases: "Releases", topics: "Topics", search: "Search" },
  search: {
    label: "Search releases",
    button: "Search",
    placeholder: "Words, a name or a reference such as NR2011-31",
    prompt: "Type to search every release.",
    sortLabel: "Sort by",
    sortNewest: "Newest first",
    sortRelevance: "Most relevant",
    filtersHeading: "Filter results",
    showMore: "Show more results",
    /** [SHOWN] and [COUNT] are filled in by src/assets/search.js, with thousands separated. */
    shown: "Showing [SHOWN] of [COUNT]",
    resultsFor: "[COUNT] results for [SEARCH_TERM]",
    noScript: "Searching needs JavaScript, which is off or has not loaded. You can still browse every release:",
  },
  breadcrumbs: "Breadcrumb",
  types: { "press-release": "Press release", "news-story": "News story", statement: "Statement" },
  meta: {
    label: "About this release",
    from: "From",
    published: "Published",
    updated: "Last updated",
    ref: "Reference",
    topics: "Topics",
    areas: "Areas",
  },
  resources: { heading: "Associated resources", noLink: "Not available online" },
  notes: "Notes to editors",
  contacts: { heading: "Media enquiries", hours: "Hours" },
  related: "Related",
  history: { heading: "Full page history", published: "First published." },
  share: { heading: "Share this release", opensNewTab: "(opens in new tab)" },
  neighbours: { label: "More releases", previous: "Previous release", next: "Next release" },
  pagination: { label: "Pages", previous: "Newer releases", next: "Older releases", page: "Page" },
  listing: { empty: "There are no releases here yet.", count: "releases", one: "release" },
  draft: "Draft: this release is not published. It shows only on the dev server.",
  /** [DATE] is filled in with the date the release was withdrawn. */
  withdrawn: { heading: "This release was withdrawn on [DATE]", tag: "Withdrawn", feed: "Withdrawn on [DATE]:" },
  /** [GOVERNMENT] is filled in from _data/governments.ts. */
  formerGovernment: "This was published under the [GOVERNMENT]",
  footer: { feeds: "Feeds", sitemap: "Sitemap" },
  feeds: {
    heading: "Subscribe",
    intro: "Get every new release in your feed reader. Copy a feed’s address into the reader, or follow the link:",
    topicHeading: "Subscribe to this topic",
    topicIntro: "Get this topic’s new releases in your feed reader:",
    formats: { rss: "RSS", atom: "Atom", json: "JSON Feed" },
    api: "Every release as JSON (reference, title, summary, dates, link, topics and areas)",
  },
} as const;

export default strings;
