import assert from "node:assert/strict";
import { test } from "node:test";
import { summariseLhr, type LhrLike } from "./lighthouse.ts";

test("scores become 0–100 and the audits that cost points are named", () => {
  const lhr: LhrLike = {
    categories: {
      performance: { score: 0.87, auditRefs: [{ id: "total-blocking-time", weight: 30 }, { id: "largest-contentful-paint", weight: 25 }, { id: "metrics", weight: 0 }] },
      accessibility: { score: 1, auditRefs: [{ id: "color-contrast", weight: 7 }] },
      "best-practices": { score: 1, auditRefs: [] },
      seo: { score: null, auditRefs: [] },
    },
    audits: {
      "total-blocking-time": { title: "Total Blocking Time", score: 0.5, scoreDisplayMode: "numeric", numericValue: 510 },
      "largest-contentful-paint": { title: "Largest Contentful Paint", score: 1, scoreDisplayMode: "numeric", numericValue: 1020 },
      "color-contrast": { title: "Contrast", score: null, scoreDisplayMode: "notApplicable" },
      metrics: { title: "Metrics", score: null, scoreDisplayMode: "informative" },
    },
    environment: { benchmarkIndex: 798.5 },
  };
  const result = summariseLhr("home", "http://localhost:4400/", lhr, [85, 87, 90]);
  assert.deepEqual(result.scores, { performance: 87, accessibility: 100, "best-practices": 100, seo: null });
  assert.deepEqual(result.performanceRuns, [85, 87, 90]);
  assert.deepEqual(result.failing.performance, ["Total Blocking Time"]);
  assert.deepEqual(result.failing.accessibility, []);
  assert.deepEqual(result.metrics, { TBT: 510, LCP: 1020 });
  assert.equal(result.benchmarkIndex, 798.5);
});
