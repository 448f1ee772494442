/**
 * `npm run new -- "Headline"`: writes a draft release with the next free ref for this year, today's
 * date in London (BUILD_TIME, if set, is "now", as for the build) and every field described, and
 * prints its path. RELEASES_DIR points it at another folder, as it does the build.
 */
import type { DateTime } from "luxon";
import { createRelease, NewReleaseError } from "../src/lib/new-release.ts";
import { publishingContext } from "../src/lib/publishing.ts";
import { rules } from "../_data/releases.ts";
import { releasesDir } from "../src/lib/release-loader.ts";
import { shownPath } from "../src/lib/shown-path.ts";

async function main(headline: string): Promise<number> {
  let now: DateTime;
  try {
    now = publishingContext(process.env).now;
  } catch (error) {
    console.error(`npm run new: ${(error as Error).message}`);
    return 1;
  }
  try {
    console.log(shownPath(await createRelease(headline, releasesDir(), now, rules.topicSlugs)));
    return 0;
  } catch (error) {
    if (!(error instanceof NewReleaseError)) throw error;
    console.error(`npm run new: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2).join(" "));
