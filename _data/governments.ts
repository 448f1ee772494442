/**
 * UK governments and the day each took office, newest last, named as GOV.UK names them. A
 * political release published under any government but the last is shown with a "published
 * under" notice, as GOV.UK's "history mode" does. Add a line when government changes; the release
 * files need no change.
 *
 * Checked against GOV.UK's own data (25 November 2026): the Content API's `government` links and
 * `details.government` in alphagov/publishing-api's content_schemas/examples at commit
 * 64d2c150d7272c08c7cc6d3520b45bd21c6011f2 give the coalition (started_on 2010-05-12, ended_on
 * 2015-05-08; e.g. consultation/frontend/best-practice-consultation.json), the May government
 * (started_on 2016-07-13; html_publication/frontend/withdrawn.json), Sunak's (2022-10-25 to
 * 2024-07-05; news_article/frontend/news_article_history_mode_translated_arabic.json) and
 * Starmer's (2024-07-05; news_article/frontend/news_article_with_image_caption.json), and a
 * government from 2015-05-08 (named "2015 Conservative government" while it was current).
 * alphagov/whitehall's features/governments.feature (commit 06ae02d8) uses "2005 to 2010 Labour
 * government" from 6 May 2005. src/lib/governments.test.ts checks this file against those
 * examples. NOT verified against a checked-in source (none of these repositories holds them):
 * the names of the 1997 and 2001 Labour governments, Cameron's 2015 to 2016, Johnson's and
 * Truss's, and the first days 2 May 1997, 8 June 2001, 24 July 2019 and 6 September 2022 (the
 * day after each election, or the day the new Prime Minister was appointed). Check them online
 * against GOV.UK's list of governments (the "Government" filter of https://www.gov.uk/search/all).
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
