/** The search client's pure part: the address, the merge across shards, counts and pinning. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isRefLike, merge, pagefindFilters, readState, shardsFor, sumCounts, withPinned, writeState } from "./search.js";

/** A shard's answer: results named by id, with Pagefind's score (a position when sorted by date). */
const answer = (...ids: string[]) => ({ results: ids.map((id, i) => ({ id, score: ids.length - i, data: async () => ({}) })) });
const ids = (merged: { results: { id: string }[] }) => merged.results.map((r) => r.id);

describe("the address carries the whole search", () => {
  it("reads and writes every part, in a stable order", () => {
    const state = readState(new URLSearchParams("q=school&topic=early-years&year=2024&year=2023&sort=relevance&type=&area=Cumbria"));
    assert.deepEqual(state, { q: "school", sort: "relevance", filters: { year: ["2024", "2023"], topic: ["early-years"], type: [], area: ["Cumbria"] } });
    assert.equal(writeState(state), "?q=school&year=2024&year=2023&topic=early-years&area=Cumbria&sort=relevance");
    assert.equal(writeState(readState(new URLSearchParams(""))), "");
    assert.equal(readState(new URLSearchParams("sort=nonsense")).sort, "date");
  });
  it("asks Pagefind for any chosen value of a filter, and every chosen filter", () => {
    assert.deepEqual(pagefindFilters({ year: ["2024", "2023"], topic: [], type: ["statement"], area: [] }), { year: { any: ["2024", "2023"] }, type: { any: ["statement"] } });
  });
});

describe("merging the shards' answers", () => {
  it("newest first: the shards' lists one after another, final as far as every earlier shard answered", () => {
    const partial = merge([answer("a1", "a2"), undefined, answer("c1")], "date");
    assert.deepEqual(ids(partial), ["a1", "a2"]);
    assert.equal(partial.complete, false);
    assert.equal(partial.counted, 3);
    const whole = merge([answer("a1", "a2"), answer("b1"), answer("c1")], "date");
    assert.deepEqual(ids(whole), ["a1", "a2", "b1", "c1"]);
    assert.equal(whole.complete, true);
    assert.equal(whole.counted, 4);
  });
  it("a shard with no matches does not stop the ones after it", () => {
    assert.deepEqual(ids(merge([answer(), answer("b1", "b2"), answer(), answer("d1")], "date")), ["b1", "b2", "d1"]);
  });
  it("ties on one date keep each shard's own order, the newer shard first", () => {
    // Pagefind orders a shard by the sort key (date, then ref): within a shard its order stands.
    assert.deepEqual(ids(merge([answer("same-date-2", "same-date-1"), answer("same-date-0")], "date")), ["same-date-2", "same-date-1", "same-date-0"]);
  });
  it("relevance: nothing until every shard answered, then one ranking by score", () => {
    const a = { results: [{ id: "a", score: 2, data: async () => ({}) }, { id: "b", score: 0.5, data: async () => ({}) }] };
    const c = { results: [{ id: "c", score: 3, data: async () => ({}) }, { id: "d", score: 2, data: async () => ({}) }] };
    assert.deepEqual(ids(merge([a, undefined], "relevance")), []);
    const merged = merge([a, c], "relevance");
    assert.deepEqual(ids(merged), ["c", "a", "d", "b"]);
    assert.equal(merged.counted, 4);
  });
  it("exact totals: every shard counted once, none when nothing matches", () => {
    assert.equal(merge([answer("a"), answer("b", "c"), answer()], "date").counted, 3);
    const none = merge([answer(), answer()], "relevance");
    assert.deepEqual([none.counted, none.complete, none.results.length], [0, true, 0]);
  });
  it("a ref's release moves to the top without appearing twice", () => {
    const merged = merge([answer("a", "b"), answer("ref", "c")], "date");
    assert.deepEqual(ids(withPinned(merged, merged.results[2])), ["ref", "a", "b", "c"]);
    assert.deepEqual(ids(withPinned(merged, undefined)), ["a", "b", "ref", "c"]);
  });
});

describe("filters", () => {
  const shards = [
    { id: "s2", count: 10, years: [2025, 2024] as [number, number], meta: "m2" },
    { id: "s1", count: 10, years: [2024, 2020] as [number, number], meta: "m1" },
    { id: "s0", count: 10, years: [2019, 2015] as [number, number], meta: "m0" },
  ];
  it("a year filter asks only the shards that hold that year", () => {
    assert.deepEqual(shardsFor(shards, ["2024"]).map((s) => s.id), ["s2", "s1"]);
    assert.deepEqual(shardsFor(shards, ["2016", "2025"]).map((s) => s.id), ["s2", "s0"]);
    assert.deepEqual(shardsFor(shards, ["1999"]), []);
    assert.equal(shardsFor(shards, []).length, 3);
  });
  it("counts add up across shards", () => {
    assert.deepEqual(sumCounts([{ year: { "2024": 2 }, topic: { schools: 1 } }, undefined, { year: { "2024": 3, "2023": 1 } }]), {
      year: { "2024": 5, "2023": 1 },
      topic: { schools: 1 },
    });
  });
});

it("refs are recognised in any case, words are not", () => {
  for (const q of ["NR2011-31", "nr2011-31", " NR2011-31 "]) assert.equal(isRefLike(q), true, q);
  for (const q of ["school", "year-round", "2011", "NR2011 31"]) assert.equal(isRefLike(q), false, q);
});
