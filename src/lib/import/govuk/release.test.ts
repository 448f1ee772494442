import assert from "node:assert/strict";
import { test } from "node:test";
import { renderMarkdown } from "../../markdown.ts";
import { testOrganisation, testRules } from "../../testing/rules.ts";
import { fixture, fixtureNames } from "./fixtures.ts";
import { type GovukItem, parseItem } from "./item.ts";
import { GovukItemError, releaseFromItem } from "./release.ts";
import { missingWords } from "./words.ts";

function convert(name: string, change: (item: Record<string, any>) => void = () => {}, organisation = "Ofsted") {
  const data = fixture(name);
  change(data);
  const parsed = parseItem(data);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return releaseFromItem(parsed.item as GovukItem, { organisation, rules: testRules });
}
const messages = (r: ReturnType<typeof convert>) => r.warnings.map((w) => `${w.field}: ${w.message}`);

test("title, summary from description, date and time from first_public_at with the London offset", () => {
  const r = convert("best-practice-government-response");
  assert.equal(r.frontMatter.title, "Improving food in hospitals and schools");
  assert.equal(r.frontMatter.summary, "Government publishes a response to Sustain’s school and hospital food campaign.");
  // 14:38:28 UTC in May is 15:38:28 in London (BST).
  assert.equal(r.frontMatter.date, "2014-05-08T15:38:28+01:00");
  assert.equal(convert("news_article").frontMatter.date, "2016-12-25T00:15:02+00:00");
});

test("document types become release types", () => {
  assert.equal(convert("best-practice-press-release").frontMatter.type, "press-release");
  assert.equal(convert("best-practice-news-story").frontMatter.type, "news-story");
  assert.equal(convert("world_news_story_news_article").frontMatter.type, "news-story");
  assert.equal(convert("news_article_government_response").frontMatter.type, "statement");
});

test("the body keeps links (made absolute), lists and headings", () => {
  const { body } = convert("best-practice-news-story");
  assert.match(body, /\[public consultations\]\(https:\/\/www\.gov\.uk\/government\/consultations\/drug-driving-proposed-regulations\)/);
  assert.match(body, /^## Illicit drugs$/m);
  assert.match(body, /^1\. {2}benzoylecgonine, 50 µg\/L$/m);
  const event = convert("best-practice-event", (item) => (item.details.body = item.details.body.replace('href="https://www.gov.uk/government/people/jim-pennycook"', 'href="/government/people/jim-pennycook"')));
  assert.match(event.body, /\[Jim Pennycook\]\(https:\/\/www\.gov\.uk\/government\/people\/jim-pennycook\)/);
});

test("abbreviations keep their expansions, in the body and in each note that uses them", () => {
  const r = convert("news_article_press_release");
  assert.match(r.body, /^\*\[PHE\]: Public Health England$/m);
  assert.match(renderMarkdown(r.body), /<abbr title="Public Health England">PHE<\/abbr>’s One You/);
  assert.match(r.frontMatter.notes!.at(-1)!, /\*\[PHE\]: Public Health England$/);
  assert.doesNotMatch(r.frontMatter.notes![0]!, /\*\[PHE\]/);
});

test("each 'Name, role, said:' and its blockquote become a quote with speaker and role", () => {
  const html = renderMarkdown(convert("news_article_press_release").body);
  const captions = [...html.matchAll(/<figcaption class="nr-quote__caption">(.*?)<\/figcaption>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
  assert.deepEqual(captions, [
    "Professor Kevin Fenton, Director of Health and Wellbeing at PHE",
    // Two quotes in a row from one speaker: both are his.
    "Professor Sir Muir Gray, Clinical Adviser for the One You campaign",
    "Professor Sir Muir Gray, Clinical Adviser for the One You campaign",
    "Dan Howarth, Head of Care at Diabetes UK",
    "Dr Ellie Cannon, NHS Doctor and media medic",
  ]);
  // A quote in two paragraphs stays one quote.
  const fenton = /<figure class="nr-quote">([\s\S]*?)<\/figure>/.exec(html)![1]!;
  assert.equal(fenton.match(/<p>/g)!.length, 2);
});

test("quotes in quote marks after 'said:' (older items) become quotes too, the marks removed", () => {
  const { body } = convert("best-practice-press-release");
  assert.match(body, /^> Distorted information/m);
  assert.match(body, /^> We know FRANK works, .* drugs advice\.$/m);
  assert.match(body, /^> — Jeremy Browne, Home office crime prevention minister$/m);
  assert.match(convert("news_article_with_image_caption").body, /^> — Jane Marriott CMG OBE, British High Commissioner to Pakistan$/m);
});

test("Arabic and Urdu quote introductions name the speaker", () => {
  assert.match(convert("news_article_history_mode_translated_arabic").body, /^> — وزير الخارجية ديفيد كاميرون$/m);
  assert.match(convert("news_article_news_story_translated_arabic").body, /^> — وزیراعظم ٹریزامے$/m);
});

test("a 'Background' or 'Notes to editors' section becomes the notes, one per item", () => {
  const r = convert("news_article_press_release");
  assert.equal(r.frontMatter.notes!.length, 5);
  assert.match(r.frontMatter.notes![0]!, /^Search ‘One You’ online/);
  assert.doesNotMatch(r.body, /Background/);
  assert.ok(messages(r).some((m) => m.startsWith('details.body: the section "Background" became the notes to editors (5)')));
  // Numbered paragraphs: the numbers go (the notes are numbered), a list stays with its paragraph.
  const frank = convert("best-practice-press-release").frontMatter.notes!;
  assert.equal(frank.length, 5);
  assert.match(frank[0]!, /^FRANK is the national/);
  assert.match(frank[1]!, /carried out for the home office:\n\n- {3}The majority/);
  const renamed = convert("news_article_press_release", (item) => (item.details.body = item.details.body.replace(">Background<", ">Notes to editors<")));
  assert.equal(renamed.frontMatter.notes!.length, 5);
});

test("contact blocks become contacts: each phone with its label, and email, address and comments", () => {
  assert.deepEqual(convert("best-practice-news-story").frontMatter.contacts, [
    { name: "Roads media enquiries", role: "Press enquiries", phone: "020 7944 3021" },
    { name: "Roads media enquiries", role: "Out of hours", phone: "020 7944 4292" },
    { name: "Roads media enquiries", role: "Switchboard", phone: "0300 330 3000" },
  ]);
  assert.deepEqual(convert("best-practice-event").frontMatter.contacts![0], {
    name: "Centre for Defence Enterprise",
    role: "Email",
    email: "cde@dstl.gov.uk",
    address: "Building R103, Fermi Avenue, Harwell Oxford, Oxfordshire, OX11 0QX",
    note: "Please email for the quickest response.",
  });
});

test("change_history becomes updated, without the first publication", () => {
  const r = convert("best-practice-news-story", (item) =>
    item.details.change_history.unshift({ public_timestamp: "2014-04-02T10:00:00.000+01:00", note: "Added the amphetamine consultation." }),
  );
  assert.deepEqual(r.frontMatter.updated, [{ date: "2014-04-02T10:00:00+01:00", note: "Added the amphetamine consultation." }]);
  const early = convert("best-practice-news-story", (item) => item.details.change_history.push({ public_timestamp: "2010-01-01T00:00:00Z", note: "Odd." }));
  assert.deepEqual(early.frontMatter.updated, []);
  assert.ok(messages(early).some((m) => m.startsWith("details.change_history[1]: 2010-01-01T00:00:00+00:00 is before first publication")));
});

test("withdrawn_notice becomes withdrawn, the explanation as markdown", () => {
  assert.deepEqual(convert("news_article_withdrawn").frontMatter.withdrawn, { date: "2019-08-22T10:29:02+01:00", explanation: "We’ve withdrawn this news article" });
  assert.equal(convert("news_article").frontMatter.withdrawn, undefined);
  assert.equal(convert("best-practice-event").frontMatter.withdrawn, undefined);
});

test("political items are marked so, and a government name that differs from our data is reported", () => {
  const r = convert("news_article_history_mode");
  assert.equal(r.frontMatter.political, true);
  assert.ok(messages(r).some((m) => m.startsWith('links.government: GOV.UK names the government "2010 to 2015 Conservative and Liberal Democrat coalition government"')));
  assert.equal(convert("news_article_press_release").frontMatter.political, undefined);
});

test("a translation keeps its language and gets its own slug", () => {
  const ar = convert("news_article_history_mode_translated_arabic");
  assert.equal(ar.frontMatter.lang, "ar");
  assert.equal(ar.frontMatter.slug, "uk-and-us-sanction-key-houthi-figures-to-protect-maritime-security-in-the-red-sea-ar");
  assert.equal(convert("news_article_news_story_translated_arabic").frontMatter.lang, "ur");
  assert.equal(convert("news_article").frontMatter.lang, undefined);
});

test("world locations become areas; other organisations become related links", () => {
  const r = convert("news_article_with_image_caption");
  assert.deepEqual(r.frontMatter.areas, ["Pakistan"]);
  assert.deepEqual(r.frontMatter.related!.map((l) => l.title), ["British Deputy High Commission Karachi", "British High Commission Islamabad"]);
  assert.match(r.frontMatter.related![0]!.url!, /^https:\/\/www\.gov\.uk\/world\//);
});

test("organisations other than the site's own become related links to their GOV.UK pages, and said so", () => {
  const r = convert("best-practice-government-response");
  assert.deepEqual(r.frontMatter.related, [
    { title: "Department for Education", url: "https://www.gov.uk/government/organisations/department-for-education" },
    { title: "Department for Environment, Food & Rural Affairs", url: "https://www.gov.uk/government/organisations/department-for-environment-food-rural-affairs" },
    { title: "Department of Health and Social Care", url: "https://www.gov.uk/government/organisations/department-of-health-and-social-care" },
  ]);
  assert.ok(messages(r).some((m) => m.startsWith("links.organisations: published on GOV.UK by Department for Education, ")));
  // The site's own organisation (any case) is the publisher, not a related link; an item with no other has no warning.
  const own = convert("best-practice-press-release", () => {}, "home office");
  assert.deepEqual(own.frontMatter.related, []);
  assert.ok(!messages(own).some((m) => m.startsWith("links.organisations")));
  // A GOV.UK link with only a base_path is made absolute on www.gov.uk.
  const relative = convert("best-practice-press-release", (item) => (item.links.organisations[0].web_url = undefined));
  assert.deepEqual(relative.frontMatter.related, [{ title: "Home Office", url: "https://www.gov.uk/government/organisations/home-office" }]);
});

test("the lead image is found with its alt text, caption and credit; GOV.UK's default images are left out", () => {
  assert.deepEqual(convert("news_article_with_image_caption").leadImage, {
    field: "details.images[0]",
    url: "https://assets.publishing.service.gov.uk/media/67389cee72f19089dfdade59/s960_British_High_Commissioner__Jane_Marriott_CMG_OBE_with_Chief_Guest_at_the_Islamabad_KBP_Federal_Minister_Ahsan_Iqbal.jpg",
    name: "British_High_Commissioner__Jane_Marriott_CMG_OBE_with_Chief_Guest_at_the_Islamabad_KBP_Federal_Minister_Ahsan_Iqbal.jpg",
    alt: undefined,
    caption: "British High Commissioner, Jane Marriott CMG OBE with Chief Guest, Ahsan Iqbal at the Islamabad KBP.",
    credit: undefined,
  });
  assert.equal(convert("news_article").leadImage?.credit, "Number 10 elf, Published under Creative Commons");
  const defaults = convert("best-practice-press-release");
  assert.equal(defaults.leadImage, undefined);
  assert.ok(messages(defaults).some((m) => m.startsWith("details.images[0]: is GOV.UK's default image for the organisation")));
  // The older form of the field, details.image with a url.
  const older = convert("best-practice-news-story", (item) => {
    delete item.details.images;
    item.details.image = { url: "https://assets.publishing.service.gov.uk/x/s300_old.jpg", alt_text: "An old photo", caption: "Then" };
  });
  assert.deepEqual({ ...older.leadImage }, { field: "details.image", url: "https://assets.publishing.service.gov.uk/x/s300_old.jpg", name: "old.jpg", alt: "An old photo", caption: "Then", credit: undefined });
});

test("content_id and the GOV.UK URL are kept", () => {
  assert.deepEqual(convert("best-practice-press-release").frontMatter.govuk, {
    content_id: "5dc52233-7631-11e4-a3cb-005056011aef",
    url: "https://www.gov.uk/government/news/new-frank-adverts-mark-tenth-anniversary--2",
  });
});

test("no usable date is an error for the item", () => {
  assert.throws(
    () => convert("news_article", (item) => { delete item.details.first_public_at; delete item.first_published_at; }),
    (error: unknown) => error instanceof GovukItemError && error.problems[0] === "details.first_public_at: is missing",
  );
});

test("nothing is lost: every word of every example's body reaches the body, notes or contacts", () => {
  for (const name of fixtureNames()) {
    const r = convert(name.replace(/\.json$/, ""));
    const contacts = (r.frontMatter.contacts ?? []).map((c) => Object.values(c).join(" ")).join(" ");
    const page = [renderMarkdown(r.body), ...r.frontMatter.notes!.map((n) => renderMarkdown(n)), `<p>${contacts}</p>`].join("\n");
    let source = fixture(name.replace(/\.json$/, "")).details.body as string;
    // Notes numbered by hand ("1. FRANK is…") are numbered by the page's list instead (and warned about).
    if (r.warnings.some((w) => w.message.includes("own numbers"))) source = source.replace(/<p>\s*\d{1,2}[.)]\s/g, "<p>");
    // The notes section's own heading is replaced by the page's (and warned about).
    const heading = r.warnings.find((w) => w.message.includes("became the notes to editors"))?.message.match(/"([^"]+)"/)?.[1];
    assert.deepEqual(missingWords(source, `${page} ${heading ?? ""}`), [], name);
  }
});
