import { test } from "node:test";
import assert from "node:assert/strict";
import { figureHtml, pictureHtml } from "./figure.ts";
import type { Renditions } from "./images.ts";
import type { ReleaseImage } from "./release-files.ts";

const r = (format: string, width: number) => ({ url: `/media/img/h-${width}.${format}`, outputPath: "x", width, height: (width * 3) / 4, format, sourceType: `image/${format}`, size: 1 });
const renditions: Renditions = { avif: [r("avif", 400), r("avif", 800)], webp: [r("webp", 400), r("webp", 800)], jpeg: [r("jpeg", 400), r("jpeg", 800)] };
const image: ReleaseImage = {
  file: "NR1-1/p.jpg", name: "p.jpg", alt: 'Pupils "at" <play>', decorative: false, lead: false, caption: "A & B", credit: "Jane", licence: "CC BY 4.0",
  source: "/x/p.jpg", download: "/media/nr1-1/p.jpg", format: "JPEG", width: 4000, height: 3000, bytes: 3_200_000,
};
const labels = { credit: "Credit:", licence: "Licence:", download: "Download original", pixels: "pixels" };

test("a picture: AVIF and WebP sources, JPEG fallback with its shape, lazy unless it leads", () => {
  const html = pictureHtml(image, renditions, { lead: false });
  assert.match(html, /^<picture class="nr-figure__picture"><source type="image\/avif" srcset="\/media\/img\/h-400\.avif 400w, \/media\/img\/h-800\.avif 800w" sizes="[^"]+"><source type="image\/webp"/);
  assert.match(html, /<img class="nr-figure__img" src="\/media\/img\/h-800\.jpeg" srcset="[^"]+" sizes="[^"]+" width="800" height="600" alt="Pupils &quot;at&quot; &lt;play&gt;" loading="lazy" decoding="async">/);
  const lead = pictureHtml(image, renditions, { lead: true });
  assert.match(lead, / fetchpriority="high"/);
  assert.doesNotMatch(lead, /loading=/);
  assert.match(pictureHtml({ ...image, alt: undefined, decorative: true }, renditions, { lead: false }), / alt="" /);
});

test("phones get no rendition wider than 800 pixels; wider screens every width", () => {
  const wide: Renditions = { avif: [r("avif", 400), r("avif", 800), r("avif", 1200)], jpeg: [r("jpeg", 400), r("jpeg", 800), r("jpeg", 1200)] };
  const html = pictureHtml(image, wide, { lead: true });
  assert.match(html, /<source type="image\/avif" media="\(max-width: 41\.99rem\)" srcset="\/media\/img\/h-400\.avif 400w, \/media\/img\/h-800\.avif 800w" sizes="[^"]+"><source type="image\/avif" srcset="[^"]*h-1200\.avif 1200w"/);
});

test("a figure: caption, credit, licence, and the original with format, pixels and size", () => {
  const html = figureHtml(image, renditions, { lead: true, labels });
  assert.match(html, /^<figure class="nr-figure nr-figure--lead">/);
  assert.match(html, /<span class="nr-figure__text">A &amp; B<\/span> <span class="nr-figure__credit">Credit: Jane\. Licence: CC BY 4\.0<\/span>/);
  assert.match(html, /<a class="nr-figure__download" href="\/media\/nr1-1\/p\.jpg" download>Download original <span class="nr-figure__details">\(JPEG, 4000 × 3000 pixels, 3\.2 MB\)<\/span><\/a>/);
});
