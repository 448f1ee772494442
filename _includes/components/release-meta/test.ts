import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render, words } from "../render.ts";

const $ = fragment(await render("release-meta", example("release-meta")));
const row = (term: string) => $("dl > div").filter((_, div) => $(div).find("dt").text() === term);

test("releaseMeta: a description list named by its label, with each term and its value", () => {
  assert.equal($("dl").attr("aria-label"), "About this release");
  assert.deepEqual($("dl > div").map((_, div) => [[$(div).find("dt").text(), words($(div).find("dd").text())]]).get(), [
    ["From", "Ofsted"],
    ["Published", "20 September 2011"],
    ["Last updated", "1 October 2011 (see changes)"],
    ["Reference", "NR2011-40"],
    ["Topics", "Youth services, Local authorities"],
    ["Areas", "Merton, Cumbria"],
  ]);
});

test("releaseMeta: dates are machine-readable, changes and topics are links", () => {
  assert.deepEqual($("time").map((_, t) => $(t).attr("datetime")).get(), ["2011-09-20T00:00:00.000+01:00", "2011-10-01T00:00:00.000+01:00"]);
  assert.equal(row("Last updated").find("a").attr("href"), "#history");
  assert.deepEqual(row("Topics").find("a").map((_, a) => $(a).attr("href")).get(), ["/topics/youth-services/", "/topics/local-authorities/"]);
});

test("releaseMeta: search indexes the reference (weighted), topics and areas, not who published it or when", () => {
  assert.deepEqual($("dl > div").map((_, div) => [[$(div).find("dt").text(), $(div).attr("data-pagefind-ignore") !== undefined]]).get().filter(([, ignored]) => !ignored).map(([term]) => term), ["Reference", "Topics", "Areas"]);
  assert.equal(row("Reference").find("dd").attr("data-pagefind-weight"), "10");
});

test("releaseMeta: a release never changed, without topics or areas, has no rows for them", async () => {
  const { release } = example("release-meta") as { release: Record<string, unknown> };
  const $plain = fragment(await render("release-meta", { ...example("release-meta"), release: { ...release, history: [], topics: [], areas: [] } }));
  assert.deepEqual($plain("dt").map((_, dt) => $plain(dt).text()).get(), ["From", "Published", "Reference"]);
});

// Unlike the others this component does not render nothing without data: the `readableDate`
// filter stops the render, as it would stop the build (the release layout always gives it a
// release). Kept as it is; reported on issue #15.
test("releaseMeta: without data, fails on the missing date rather than rendering nothing", async () => {
  await assert.rejects(render("release-meta", {}), (error: Error & { cause?: { originalError?: Error } }) => {
    assert.match(error.message, /readableDate/);
    assert.match(String(error.cause?.originalError?.message), /not a date: undefined/);
    return true;
  });
});
