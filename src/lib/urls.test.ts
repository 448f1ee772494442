import { test } from "node:test";
import assert from "node:assert/strict";
import { absoluteUrl, isPreview, isWebUrl, refRedirectPaths, releasePath, resolveSiteUrl, slugify } from "./urls.ts";

test("SITE_URL wins over Netlify's URL, which wins over the default", () => {
  assert.equal(resolveSiteUrl({ SITE_URL: "https://a.example/", URL: "https://b.example" }, "https://c.example"), "https://a.example");
  assert.equal(resolveSiteUrl({ URL: "https://b.example" }, "https://c.example"), "https://b.example");
  assert.equal(resolveSiteUrl({}, "https://c.example/"), "https://c.example");
});

test("deploy previews and branch deploys use their own address and are not indexable", () => {
  const preview = { CONTEXT: "deploy-preview", DEPLOY_PRIME_URL: "https://deploy-preview-7--news.netlify.app", URL: "https://news.example.org" };
  assert.equal(resolveSiteUrl(preview, "https://c.example"), "https://deploy-preview-7--news.netlify.app");
  assert.equal(isPreview(preview), true);
  assert.equal(isPreview({ CONTEXT: "branch-deploy" }), true);
  const production = { CONTEXT: "production", DEPLOY_PRIME_URL: "https://main--news.netlify.app", URL: "https://news.example.org" };
  assert.equal(resolveSiteUrl(production, "https://c.example"), "https://news.example.org");
  assert.equal(isPreview(production), false);
  assert.equal(isPreview({}), false);
});

test("a site URL that is not http(s) stops the build", () => {
  assert.throws(() => resolveSiteUrl({ SITE_URL: "not a url" }, "https://c.example"), /not a URL/);
  assert.throws(() => resolveSiteUrl({ SITE_URL: "ftp://c.example" }, "https://c.example"), /http/);
});

test("absolute URLs keep sub-paths of the site URL", () => {
  assert.equal(absoluteUrl("/releases/2011/x/", "https://news.example.org"), "https://news.example.org/releases/2011/x/");
  assert.equal(absoluteUrl("https://elsewhere.example/a", "https://news.example.org"), "https://elsewhere.example/a");
});

test("slugs are lower-case ASCII with apostrophes dropped", () => {
  assert.equal(slugify("Councils should adopt young people’s services"), "councils-should-adopt-young-peoples-services");
  assert.equal(slugify("Schools & colleges: 2011/12 results"), "schools-and-colleges-2011-12-results");
  assert.equal(slugify("Éducation à Paris"), "education-a-paris");
});

test("release paths follow the URL scheme", () => {
  assert.equal(releasePath(2011, "a-b"), "/releases/2011/a-b/");
});

test("only http and https links are web links", () => {
  assert.ok(isWebUrl("https://www.ofsted.gov.uk/"));
  for (const bad of ["javascript:alert(1)", "data:text/html,x", "ftp://x.example", "/relative", "mailto:a@b.c"]) {
    assert.equal(isWebUrl(bad), false, bad);
  }
});

test("a ref redirects from its written, lower and upper case forms, once each", () => {
  assert.deepEqual(refRedirectPaths("NR2011-31"), ["/NR2011-31", "/nr2011-31"]);
  assert.deepEqual(refRedirectPaths("Pn2024-7"), ["/Pn2024-7", "/pn2024-7", "/PN2024-7"]);
});
