/**
 * UK governments and the day each took office, newest last, named as GOV.UK names them
 * (https://www.gov.uk/government/history/past-prime-ministers; the Content API's `government`
 * links, e.g. e2e/fixtures/govuk/news_article_history_mode_translated_arabic.json, give the
 * 2022 and 2024 names and dates). A political release published under any government but the
 * last is shown with a "published under" notice, as GOV.UK's "history mode" does
 * (https://github.com/alphagov/govuk-content-publishing-guidance/blob/main/app/writing-to-gov-uk-standards/plan-manage-content/retire-content.md). Add a line when
 * government changes; the release files need no change.
 */
import type { Government } from "../src/lib/governments.ts";

export const governments: readonly Government[] = [
  { name: "1997 to 2001 Labour government", from: "1997-05-02" },
  { name: "2001 to 2005 Labour government", from: "2001-06-08" },
  { name: "2005 to 2010 Labour government", from: "2005-05-06" },
  { name: "2010 to 2015 Conservative and Liberal Democrat coalition government", from: "2010-05-12" },
  { name: "2015 to 2016 Cameron Conservative government", from: "2015-05-08" },
  { name: "2016 to 2019 May Conservative government", from: "2016-07-13" },
  { name: "2019 to 2022 Johnson Conservative government", from: "2019-07-24" },
  { name: "2022 Truss Conservative government", from: "2022-09-06" },
  { name: "2022 to 2024 Sunak Conservative government", from: "2022-10-25" },
  { name: "2024 Starmer Labour government", from: "2024-07-05" },
];

export default governments;
