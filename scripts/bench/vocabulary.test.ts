import assert from "node:assert/strict";
import { test } from "node:test";
import { ADJECTIVES, AREAS, NOUNS, plural, searchWords } from "./vocabulary.ts";

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

test("search words are distinct nouns, as many as asked", () => {
  const words = searchWords(7);
  assert.equal(words.length, 7);
  assert.equal(new Set(words).size, 7);
  for (const word of words) assert.ok((NOUNS as readonly string[]).includes(word));
});
