/** `npm run import`: the importer (src/lib/import/main.ts), given the site's organisation and release rules from _data. */
import { rules } from "../_data/releases.ts";
import { site } from "../_data/site.ts";
import { main } from "../src/lib/import/main.ts";

process.exitCode = await main(process.argv.slice(2), { organisation: site.organisation.name, rules });
