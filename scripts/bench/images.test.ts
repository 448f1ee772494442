import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseRendition } from "./images.ts";

test("the rendition a browser takes: the narrowest at least slot × density wide, else the widest", () => {
  const srcset = "/a-400.avif 400w, /a-800.avif 800w, /a-1200.avif 1200w";
  assert.deepEqual([1, 2, 3, 4].map((dpr) => chooseRendition(srcset, 358, dpr)), ["/a-400.avif", "/a-800.avif", "/a-1200.avif", "/a-1200.avif"]);
});
