/** Every label a reader sees, in one place, so wording stays consistent and can be changed once. */
export const strings = {
  skipLink: "Skip to main content",
  home: "Home",
  nav: { label: "Site", releases: "Releases", topics: "Topics", search: "Search" },
  search: { label: "Search releases", button: "Search" },
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
  footer: { feeds: "Feeds", sitemap: "Sitemap" },
} as const;

export default strings;
