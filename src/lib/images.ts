/**
 * Image processing with @11ty/eleventy-img (sharp underneath): every image of a published
 * release as AVIF, WebP and a JPEG fallback at a few widths
 * (https://www.11ty.dev/docs/plugins/image/).
 *
 * Versions: @11ty/eleventy-img 6.0.4 with sharp 0.33.5, its own range. eleventy-img 7 requires
 * Node 22 (its package.json "engines"), and this site builds on Node 20 (netlify.toml).
 *
 * Cache: eleventy-img names each output by a hash of the source's bytes and the encoder options,
 * and skips encoding when that file already exists in its output folder
 * (https://www.11ty.dev/docs/plugins/image/#disk-cache). Its output folder is therefore not the
 * site (a build writes a fresh staging folder, scripts/build.ts) but IMAGE_CACHE_DIR
 * (.cache/images), which Netlify keeps between deploys (netlify/plugins/build-cache); media-files.ts
 * copies the files a build uses into the site. An unchanged image is never encoded twice.
 */
import { statSync } from "node:fs";
import path from "node:path";
import eleventyImage from "@11ty/eleventy-img";
import type { ReleaseImage } from "./release-files.ts";
import { SITE_PATHS } from "./urls.ts";

/** Widths made of each image: a phone, the text column, and twice it (and the social card). */
export const IMAGE_WIDTHS = [400, 800, 1200] as const;
/** Newest first: a browser takes the first <source> it can show. */
export const OUTPUT_FORMATS = ["avif", "webp", "jpeg"] as const;

export interface Rendition {
  /** Site path. */
  url: string;
  /** File in the cache folder. */
  outputPath: string;
  width: number;
  height: number;
  format: string;
  /** MIME type, such as image/avif. */
  sourceType: string;
  size: number;
}

/** Every rendition of one image, by format, narrowest first. */
export type Renditions = Record<string, Rendition[]>;

type ImageFunction = (src: string, options: Record<string, unknown>) => Promise<Renditions>;
// eleventy-img is JavaScript without type declarations; this is the part used here
// (https://github.com/11ty/eleventy-img/blob/v6.0.4/img.js).
const image = eleventyImage as unknown as ImageFunction & { concurrency: number };

// The machine builds other things too; sharp already uses every core for each encode.
image.concurrency = 2;

/** IMAGE_CACHE_DIR, else .cache/images in the working directory. */
export function imageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.IMAGE_CACHE_DIR || ".cache/images");
}

/**
 * Encoder settings. AVIF at quality 50 and WebP at 70 look like the JPEG at 75 at a fraction of
 * its size (https://web.dev/articles/compress-images-avif); mozjpeg and progressive JPEG for the
 * browsers that need the fallback. Changing any of them changes every file name, so readers and
 * the cache never mix old and new.
 */
const ENCODING = {
  sharpAvifOptions: { quality: 50, effort: 4 },
  sharpWebpOptions: { quality: 70 },
  sharpJpegOptions: { quality: 75, mozjpeg: true, progressive: true },
};

// eleventy-img remembers, per process, that an output file did not exist when first asked, so a
// second call for the same image in one process (every rebuild of the dev server, or a test)
// encodes it all again. Each image is therefore processed once per process, and again only
// when its file changes.
const processed = new Map<string, Promise<Renditions>>();

/** Encodes (or finds in the cache) every rendition of an image. */
export function processImage(source: Pick<ReleaseImage, "source">, cacheDir = imageCacheDir()): Promise<Renditions> {
  const { size, mtimeMs } = statSync(source.source);
  const key = JSON.stringify([cacheDir, source.source, size, mtimeMs]);
  let renditions = processed.get(key);
  if (!renditions) {
    renditions = encode(source.source, cacheDir);
    // A failure is not remembered: the next build tries again.
    renditions.catch(() => processed.delete(key));
    processed.set(key, renditions);
  }
  return renditions;
}

function encode(source: string, cacheDir: string): Promise<Renditions> {
  return image(source, {
    widths: [...IMAGE_WIDTHS],
    formats: [...OUTPUT_FORMATS],
    outputDir: cacheDir,
    urlPath: SITE_PATHS.renditions,
    // Camera photos stored sideways with an EXIF orientation are turned before encoding.
    fixOrientation: true,
    ...ENCODING,
  });
}

/** The renditions a browser falls back to (<img>): JPEG, or for a transparent PNG the PNG. */
export function fallbackFormat(renditions: Renditions): Rendition[] {
  const formats = Object.keys(renditions);
  const fallback = formats.includes("jpeg") ? "jpeg" : formats.includes("png") ? "png" : formats.at(-1)!;
  return renditions[fallback]!;
}
