import assert from "node:assert/strict";
import { test } from "node:test";
import { chance, createRandom, int, pick, pickDistinct, shuffle, zipfPicker } from "./random.ts";

test("the same seed gives the same sequence, another seed another", () => {
  const a = createRandom(42);
  const b = createRandom(42);
  const c = createRandom(43);
  const seqA = Array.from({ length: 20 }, () => a.next());
  assert.deepEqual(seqA, Array.from({ length: 20 }, () => b.next()));
  assert.notDeepEqual(seqA, Array.from({ length: 20 }, () => c.next()));
  assert.ok(seqA.every((x) => x >= 0 && x < 1));
});

test("int stays within its bounds and reaches both", () => {
  const rng = createRandom(1);
  const seen = new Set(Array.from({ length: 500 }, () => int(rng, 3, 6)));
  assert.deepEqual([...seen].sort(), [3, 4, 5, 6]);
});

test("pickDistinct never repeats an item and stops at the list's length", () => {
  const rng = createRandom(7);
  const chosen = pickDistinct(rng, ["a", "b", "c", "d"], 3);
  assert.equal(new Set(chosen).size, 3);
  assert.equal(pickDistinct(rng, ["a", "b"], 5).length, 2);
  assert.throws(() => pick(rng, []), /empty/);
});

test("a Zipf picker favours the head of its list", () => {
  const rng = createRandom(3);
  const next = zipfPicker(["first", ...Array.from({ length: 99 }, (_, i) => `w${i}`)], 1);
  const draws = Array.from({ length: 2000 }, () => next(rng));
  const first = draws.filter((w) => w === "first").length;
  assert.ok(first > 200, `"first" drawn ${first} times of 2000`);
  assert.ok(new Set(draws).size > 60, "the tail is drawn too");
  assert.equal(typeof chance(rng, 0.5), "boolean");
});

test("shuffle keeps every item, leaves its input alone, and repeats for the same seed", () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  const a = shuffle(createRandom(5), items);
  assert.deepEqual([...a].sort((x, y) => x - y), items);
  assert.notDeepEqual(a, items);
  assert.deepEqual(shuffle(createRandom(5), items), a);
  assert.equal(items[0], 0);
});
