/**
 * Site data for unit tests: a few topics, one press office and the governments since 2010, in
 * the shapes _data/ declares them. Tests in src/lib use these rather than _data/, which src/lib
 * never imports (layers.test.ts), so a change to the site's topics or contacts cannot break them.
 */
import type { Government } from "../governments.ts";
import type { Contact } from "../release-schema.ts";
import { releaseRules } from "../release-rules.ts";
import type { Topic } from "../topics.ts";

export const testTopics: readonly Topic[] = [
  { slug: "youth-services", title: "Youth services", description: "Services and support for young people outside school." },
  { slug: "local-authorities", title: "Local authorities", description: "Councils and the children's services they run and commission." },
  { slug: "schools", title: "Schools", description: "Inspection of maintained schools and academies." },
  { slug: "early-years", title: "Early years and childcare", description: "Nurseries, childminders and other early years providers." },
  { slug: "corporate", title: "About Ofsted", description: "Ofsted's own plans, reports and appointments." },
];

export const testPressOffice: readonly Contact[] = [{ name: "Ofsted Press Office", phone: "020 7421 6899" }];

export const testGovernments: readonly Government[] = [
  { name: "2010 to 2015 Conservative and Liberal Democrat coalition government", from: "2010-05-12" },
  { name: "2015 to 2016 Cameron Conservative government", from: "2015-05-08" },
  { name: "2016 to 2019 May Conservative government", from: "2016-07-13" },
  { name: "2019 to 2022 Johnson Conservative government", from: "2019-07-24" },
  { name: "2022 Truss Conservative government", from: "2022-09-06" },
  { name: "2022 to 2024 Sunak Conservative government", from: "2022-10-25" },
  { name: "2024 Starmer Labour government", from: "2024-07-05" },
];

export const testRules = releaseRules({ topics: testTopics, pressOffice: testPressOffice, governments: testGovernments });

/** The organisation the GOV.UK importer treats as the site's own. */
export const testOrganisation = "Ofsted";
