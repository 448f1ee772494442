import assert from "node:assert/strict";
import { test } from "node:test";
import { createRandom } from "./random.ts";
import { ADJECTIVES, AREAS, COMMON_WORDS, countWords, EXCLUDED_WORDS, NOUNS, PLAIN_WORD, plural, rankedWords, searchWords, wordLevels, WORD_LEVELS } from "./vocabulary.ts";

test("plural follows English spelling for the list's nouns", () => {
  assert.equal(plural("school"), "schools");
  assert.equal(plural("authority"), "authorities");
  assert.equal(plural("survey"), "surveys");
  assert.equal(plural("address"), "addresses");
  assert.equal(plural("coach"), "coaches");
  assert.equal(plural("child"), "children");
  assert.equal(plural("evidence"), "evidence");
});

test("the word lists hold no duplicates", () => {
  for (const list of [NOUNS, ADJECTIVES, AREAS]) assert.equal(new Set(list).size, list.length);
});

test("the prose list: about 60,000 plain lowercase words, each once, none excluded", () => {
  const levels = wordLevels();
  assert.equal(levels.length, WORD_LEVELS.length);
  const all = levels.flat();
  assert.ok(all.length > 55_000 && all.length < 70_000, `${all.length} words`);
  assert.equal(new Set(all).size, all.length);
  assert.ok(all.every((word) => PLAIN_WORD.test(word)));
  assert.ok(all.every((word) => !EXCLUDED_WORDS.has(word)));
  // British spellings are in, at the level of the word they spell.
  assert.ok(levels[0]!.includes("behaviour") && levels[0]!.includes("about"));
  assert.ok(!all.includes("café") && !all.includes("OK"));
});

test("ranked words: the commonest English words first, then each level shuffled, the same for the same seed", () => {
  const ranked = rankedWords(createRandom(9));
  assert.deepEqual(ranked.slice(0, COMMON_WORDS.length), [...COMMON_WORDS]);
  assert.equal(new Set(ranked).size, ranked.length);
  assert.equal(ranked.length, wordLevels().flat().length, "every common word is in the list, and so is counted once");
  assert.deepEqual(rankedWords(createRandom(9)), ranked);
  assert.notDeepEqual(rankedWords(createRandom(10)), ranked);
  // Level 10's words all rank above level 20's.
  const level10 = new Set(wordLevels()[0]);
  const lastOf10 = ranked.findLastIndex((w) => level10.has(w));
  assert.equal(lastOf10, level10.size - 1);
});

test("search words: spread from common to rare, never a common function word or the start of another word", () => {
  const counts = countWords([
    "the catalogue of tables and chairs", "the catalogue of tables", "the catalogue and cat", "the catalogue, chairs", "the tables. See https://example.org/zebra",
  ]);
  assert.equal(counts.releases, 5);
  assert.equal(counts.documents.get("catalogue"), 4);
  assert.equal(counts.documents.get("zebra"), undefined, "link targets are not text");
  const chosen = searchWords(counts, 3);
  assert.deepEqual(chosen, [
    { word: "catalogue", releases: 4 },
    { word: "tables", releases: 3 },
    { word: "chairs", releases: 2 },
  ]);
  assert.deepEqual(searchWords(counts, 10).map((c) => c.word), ["catalogue", "tables", "chairs"], "no more words than there are");
  assert.deepEqual(searchWords(countWords([]), 3), []);
});
