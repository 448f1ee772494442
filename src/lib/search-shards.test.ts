import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { newestFirst } from "./collections.ts";
import { planShards, searchSortKey, shardSizeFrom } from "./search-shards.ts";

const releases = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `/r/${n - i}/`, year: 2000 + Math.floor((n - i) / 10) }));

describe("planShards", () => {
  it("cuts from the oldest release; a small remainder joins the newest shard, which comes first", () => {
    const shards = planShards(releases(24), 10);
    assert.deepEqual(shards.map((s) => [s.id, s.count]), [["s1", 14], ["s0", 10]]);
    assert.deepEqual(shards[0]!.urls.slice(0, 2), ["/r/24/", "/r/23/"]);
    assert.deepEqual(shards[1]!.urls.at(-1), "/r/1/");
    assert.deepEqual([shards[0]!.newestYear, shards[0]!.oldestYear], [2002, 2001]);
    assert.deepEqual(shards.flatMap((s) => s.urls), releases(24).map((r) => r.url));
  });
  it("a remainder of half a shard or more is a shard of its own", () => {
    assert.deepEqual(planShards(releases(25), 10).map((s) => [s.id, s.count]), [["s2", 5], ["s1", 10], ["s0", 10]]);
  });
  it("a small archive is one shard; an empty one none", () => {
    assert.deepEqual(planShards(releases(3), 10).map((s) => s.count), [3]);
    assert.deepEqual(planShards([], 10), []);
  });
  it("adding a release changes only the newest shard", () => {
    const before = planShards(releases(31), 10);
    const after = planShards(releases(32), 10);
    assert.deepEqual(after.slice(1), before.slice(1));
  });
  it("refuses a size that is not a positive whole number", () => {
    assert.throws(() => planShards(releases(3), 0));
    assert.throws(() => shardSizeFrom({ SEARCH_SHARD_SIZE: "ten" }), /SEARCH_SHARD_SIZE/);
    assert.equal(shardSizeFrom({ SEARCH_SHARD_SIZE: "250" }), 250);
  });
});

it("the sort key orders releases as the listing does, ties on one instant included", () => {
  const list = [
    { published: "2024-03-01T09:30:00+00:00", ref: "NR2024-9" },
    { published: "2024-03-01T09:30:00+00:00", ref: "NR2024-10" },
    { published: "2024-06-01T00:00:00+01:00", ref: "NR2024-11" },
    { published: "2023-12-31T23:59:00+00:00", ref: "NR2023-200" },
  ];
  const byKey = [...list].sort((a, b) => (searchSortKey(b) < searchSortKey(a) ? -1 : 1)).map((r) => r.ref);
  assert.deepEqual(byKey, newestFirst(list).map((r) => r.ref));
  assert.deepEqual(byKey, ["NR2024-11", "NR2024-10", "NR2024-9", "NR2023-200"]);
});
