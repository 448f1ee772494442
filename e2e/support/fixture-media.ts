/**
 * Images and attachments for the test sites, made by sharp here rather than downloaded or kept
 * in the repository: a camera-sized photo, a chart with flat colours, a smaller photo, a PDF and
 * a CSV for the fixture releases (e2e/fixtures/releases), and the broken files the invalid
 * fixtures point at (e2e/fixtures/invalid). The same inputs make the same bytes every time, so
 * the image cache works across test runs too.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

/** A fixed pseudo-random number in [0, 1) for a cell of the picture (a 32-bit integer hash). */
function cellNoise(a: number, b: number, seed: number): number {
  let h = (a * 374761393 + b * 668265263 + seed * 2246822519) ^ 0x5bd1e995;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * A photo-like picture: soft gradients, a few round shapes and a grain of 6-pixel cells that
 * survives resizing, so it compresses about as a detailed photograph does (its 800-pixel AVIF is
 * some 35 KB), not like a flat test card. The same arguments always make the same pixels.
 */
export function photo(width: number, height: number, seed = 1): sharp.Sharp {
  const pixels = Buffer.alloc(width * height * 3);
  const blobs = Array.from({ length: 6 }, (_, i) => ({ x: ((i * 0.37 + seed * 0.11) % 1) * width, y: ((i * 0.61 + 0.2) % 1) * height, r: (0.08 + (i % 3) * 0.05) * width }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const grain = cellNoise(Math.floor(x / 6), Math.floor(y / 6), seed) * 36 - 18;
      let r = 90 + (120 * y) / height;
      let g = 140 + 60 * Math.sin((x / width) * Math.PI);
      let b = 200 - (100 * y) / height;
      for (const blob of blobs) {
        const d = Math.hypot(x - blob.x, y - blob.y);
        if (d < blob.r) {
          const k = 1 - d / blob.r;
          r += 80 * k;
          g -= 40 * k;
          b -= 60 * k;
        }
      }
      const i = (y * width + x) * 3;
      pixels[i] = Math.max(0, Math.min(255, r + grain));
      pixels[i + 1] = Math.max(0, Math.min(255, g + grain));
      pixels[i + 2] = Math.max(0, Math.min(255, b + grain * 0.8));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** A bar chart's worth of flat colour, as a PNG. */
function chart(width: number, height: number): sharp.Sharp {
  const bars = [0.3, 0.55, 0.8, 0.45].map((h, i) => `<rect x="${100 + i * 350}" y="${height * (1 - h)}" width="250" height="${height * h}" fill="#1d70b8"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#ffffff"/>${bars.join("")}</svg>`;
  return sharp(Buffer.from(svg)).flatten({ background: "#ffffff" });
}

/** A one-page PDF saying `text`: the smallest file a PDF reader opens. */
function pdf(text: string): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${`BT /F1 24 Tf 72 760 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 24 Tf 72 760 Td (${text}) Tj ET\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

async function write(file: string, contents: Buffer | sharp.Sharp): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, Buffer.isBuffer(contents) ? contents : await contents.toBuffer());
}

/** Fixture release NR2012-5's lead photo: its size, as the download link must show it. */
export const LEAD_PHOTO = { width: 3000, height: 2000 } as const;

/** The files the fixture releases list, written into a content folder assembled from them. */
export async function writeFixtureMedia(releasesDir: string): Promise<void> {
  const dir = (ref: string, year: number) => path.join(releasesDir, String(year), ref);
  await Promise.all([
    write(path.join(dir("NR2012-5", 2012), "headteacher.jpg"), photo(LEAD_PHOTO.width, LEAD_PHOTO.height).jpeg({ quality: 90 })),
    write(path.join(dir("NR2012-5", 2012), "inspections-chart.png"), chart(1600, 900).png()),
    write(path.join(dir("NR2012-5", 2012), "classroom.jpg"), photo(1200, 800, 7).jpeg({ quality: 85 })),
    write(path.join(dir("NR2012-5", 2012), "annual-report-summary.pdf"), pdf("Annual report summary")),
    write(path.join(dir("NR2012-5", 2012), "inspection-outcomes.csv"), Buffer.from("phase,good or outstanding\nprimary,69%\nsecondary,66%\n")),
    // The embargoed and draft releases carry files too, to show that none of them is published.
    write(path.join(dir("NR2013-9", 2013), "zephyrine-photo.jpg"), photo(1400, 900, 3).jpeg({ quality: 80 })),
    write(path.join(dir("NR2013-9", 2013), "zephyrine-report.pdf"), pdf("Embargoed")),
    write(path.join(dir("NR2013-10", 2013), "quillwort-photo.jpg"), photo(1400, 900, 5).jpeg({ quality: 80 })),
  ]);
}

/** The files the invalid fixtures point at, in `invalid-media/` of a content folder. */
export async function writeInvalidMedia(releasesDir: string): Promise<void> {
  const dir = path.join(releasesDir, "invalid-media");
  const flat = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#1d70b8" } }).jpeg();
  await Promise.all([
    write(path.join(dir, "wide.jpg"), flat(1200, 800)),
    write(path.join(dir, "other-wide.jpg"), flat(1300, 800)),
    write(path.join(dir, "small.jpg"), flat(640, 480)),
    write(path.join(dir, "notes.jpg"), Buffer.from("These are meeting notes saved with the wrong name, not a photograph.\n")),
    write(path.join(dir, "scan.gif"), flat(1200, 800).gif()),
  ]);
}
