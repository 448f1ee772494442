/** The site's identity. Absolute URLs come from SITE_URL, else Netlify's URL, else `defaultUrl`. */
import { isPreview, resolveSiteUrl } from "../src/lib/urls.ts";

const defaultUrl = "https://newsroom.example.org";

export const site = {
  name: "Ofsted newsroom",
  description: "Press releases, news stories and statements from Ofsted.",
  language: "en-GB",
  locale: "en_GB",
  url: resolveSiteUrl(process.env, defaultUrl),
  /** False on Netlify deploy previews: pages say noindex, robots.txt disallows all. */
  indexable: !isPreview(process.env),
  organisation: {
    name: "Ofsted",
    legalName: "The Office for Standards in Education, Children's Services and Skills",
    url: "https://www.gov.uk/government/organisations/ofsted",
  },
  /** Releases per archive, year and topic page. */
  pageSize: 20,
  /** Releases on the home page. */
  latestCount: 10,
  /** Search results shown at once; "Show more results" adds as many again. */
  searchPageSize: 20,
} as const;

export type Site = typeof site;
export default site;
