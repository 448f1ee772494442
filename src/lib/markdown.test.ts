import { test } from "node:test";
import assert from "node:assert/strict";
import { parseAttribution, renderMarkdown } from "./markdown.ts";

test("a blockquote ending in an em-dash attribution becomes a quote figure", () => {
  const html = renderMarkdown("> First paragraph.\n>\n> Second paragraph.\n>\n> — Miriam Rosen, Her Majesty’s Chief Inspector\n");
  assert.match(html, /^<figure class="nr-quote">\n<blockquote class="nr-quote__text">/);
  assert.match(html, /<p>First paragraph.<\/p>\n<p>Second paragraph.<\/p>\n<\/blockquote>/);
  assert.match(html, /<figcaption class="nr-quote__caption"><span class="nr-quote__speaker">Miriam Rosen<\/span>, <span class="nr-quote__role">Her Majesty’s Chief Inspector<\/span><\/figcaption>\n<\/figure>/);
  assert.doesNotMatch(html, /—/);
});

test("a plain blockquote stays a blockquote", () => {
  assert.equal(renderMarkdown("> Just quoted.\n"), "<blockquote>\n<p>Just quoted.</p>\n</blockquote>\n");
});

test("an attribution without a role names the speaker only", () => {
  assert.deepEqual(parseAttribution("Miriam Rosen"), { speaker: "Miriam Rosen", role: undefined });
  assert.match(renderMarkdown("> Hello.\n>\n> -- A Person\n"), /<span class="nr-quote__speaker">A Person<\/span><\/figcaption>/);
});

test("the attribution is escaped", () => {
  assert.match(renderMarkdown("> Hi.\n>\n> — <b>Bad</b>, role\n"), /&lt;b&gt;Bad&lt;\/b&gt;/);
});

test("raw HTML is shown as text, never run", () => {
  const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
  assert.doesNotMatch(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;/);
});

test("javascript:, data: and protocol-relative links are not made into links", () => {
  for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "data:image/png;base64,AAAA", "vbscript:x", "//evil.example/x"]) {
    assert.doesNotMatch(renderMarkdown(`[x](${url}) ![y](${url})`), /href=|src=/, url);
  }
});

test("web, mail, phone and site links are kept", () => {
  assert.match(renderMarkdown("[a](https://www.ofsted.gov.uk/)"), /href="https:\/\/www.ofsted.gov.uk\/"/);
  assert.match(renderMarkdown("[a](mailto:press@ofsted.gov.uk)"), /href="mailto:press@ofsted.gov.uk"/);
  assert.match(renderMarkdown("[a](/releases/2011/)"), /href="\/releases\/2011\/"/);
  assert.match(renderMarkdown("[a](#notes)"), /href="#notes"/);
});

test("a top-level heading in the body becomes an h2", () => {
  assert.equal(renderMarkdown("# Background"), "<h2>Background</h2>\n");
});

test("images from other hosts become links, so nothing loads from elsewhere; site images stay", () => {
  assert.equal(renderMarkdown("![A chart](https://tracker.example/p.png)"), '<p><a href="https://tracker.example/p.png">A chart</a></p>\n');
  assert.equal(renderMarkdown("![](http://127.0.0.1:9/x.png)"), '<p><a href="http://127.0.0.1:9/x.png">http://127.0.0.1:9/x.png</a></p>\n');
  assert.equal(renderMarkdown("![A chart](/assets/chart.png)"), '<p><img src="/assets/chart.png" alt="A chart"></p>\n');
});

test("a listed image on a line of its own becomes its placeholder; anything else about images is reported", () => {
  const env = () => ({ names: new Map([["chart.png", 0], ["lead.jpg", 1], ["other.jpg", 2]]), lead: 1, placed: [] as number[], problems: [] as string[] });
  const ok = env();
  assert.equal(renderMarkdown("Before.\n\n![](chart.png)\n\nAfter.", ok), "<p>Before.</p>\n<!--nr-image:0-->\n<p>After.</p>\n");
  assert.deepEqual([ok.placed, ok.problems], [[0], []]);
  const bad = env();
  renderMarkdown("![](missing.jpg)\n\nText ![](other.jpg) inline.\n\n![](lead.jpg)\n\n![](chart.png)\n\n![](chart.png)", bad);
  assert.deepEqual(bad.problems, [
    'the text places "missing.jpg", which is not in "images"; list it there first',
    'the text places "other.jpg" inside a paragraph; put it on a line of its own',
    'the text places "lead.jpg", the lead image, which already shows under the headline',
    'the text places "chart.png" more than once',
  ]);
  // Site paths and other hosts are not references: they keep their old treatment.
  const none = env();
  assert.match(renderMarkdown("![x](https://example.org/a.png) ![y](/favicon.svg)", none), /<a href="https:\/\/example\.org\/a\.png">x<\/a> <img src="\/favicon\.svg" alt="y">/);
  renderMarkdown("![b](\\\\127.0.0.1:9/b.png)\n\n![c](c.png?x)\n\n![d](#d.png)\n\n![e](%5C%5Chost/e.png)", none);
  assert.deepEqual(none.problems, []);
});
