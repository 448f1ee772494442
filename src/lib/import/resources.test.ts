import { test } from "node:test";
import assert from "node:assert/strict";
import { reportTitles, resourceFromLine } from "./resources.ts";

test("report titles and resource lines", () => {
  assert.deepEqual(reportTitles(["The report found that…", "The report Good practice in schools was published.", "the report, ‘Pupils’ voices’, says"]), [
    { title: "Good practice in schools", quoted: false },
    { title: "Pupils’ voices", quoted: true },
  ]);
  assert.deepEqual(resourceFromLine("School statistics 2012 (CSV, 300kb)"), { title: "School statistics 2012", kind: "statistics", format: "CSV", size: "300 KB" });
  assert.deepEqual(resourceFromLine("Annex (draft)"), { title: "Annex (draft)", kind: "report" });
});
