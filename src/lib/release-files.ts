/**
 * The files a release carries, read at build time: each image's format, pixel size and bytes
 * (from sharp's header read, which decodes no pixels: https://sharp.pixelplumbing.com/api-input#metadata),
 * and each attachment's size. Checks that a file exists, stays inside the releases folder (even
 * through a symbolic link), is an image where one is needed and is wide enough for its use.
 * The messages are in release-schema.ts, with the others.
 */
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { fileMessages, fileName, type FrontMatter, IMAGE_FORMATS, type Image, MIN_IMAGE_WIDTH, type Resource } from "./release-schema.ts";
import { mediaPath } from "./urls.ts";

/** An image of a release with what its file says about itself. */
export interface ReleaseImage extends Image {
  /** The name the body places it by and its original is published under. */
  name: string;
  /** Absolute path of the file. */
  source: string;
  /** Site path of the original, for download. */
  download: string;
  /** "JPEG", "PNG" or "WebP". */
  format: (typeof IMAGE_FORMATS)[keyof typeof IMAGE_FORMATS];
  width: number;
  height: number;
  bytes: number;
}

/** A resource; a local one has its url, format and size filled in from its file. */
export interface ReleaseResource extends Resource {
  /** Absolute path of a local file. */
  source?: string | undefined;
}

export interface FileProblem {
  field: string;
  reason: string;
}

/** "3.2 MB", "640 KB": decimal units, as file managers and GOV.UK attachments show them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

type Located = { ok: true; source: string; bytes: number } | { ok: false; reason: string };

/** Finds `file` beside the release and checks it really is inside `root`. */
async function locate(releaseFile: string, file: string, root: string): Promise<Located> {
  const source = path.resolve(path.dirname(releaseFile), file);
  let real: string;
  try {
    real = await realpath(source);
  } catch {
    return { ok: false, reason: fileMessages.missing(file) };
  }
  const realRoot = await realpath(root);
  if (!real.startsWith(realRoot + path.sep)) return { ok: false, reason: fileMessages.outside(file) };
  const info = await stat(real);
  if (!info.isFile()) return { ok: false, reason: fileMessages.notAFile(file) };
  return { ok: true, source, bytes: info.size };
}

async function inspectImage(releaseFile: string, ref: string, image: Image, root: string): Promise<ReleaseImage | string> {
  const found = await locate(releaseFile, image.file, root);
  if (!found.ok) return found.reason;
  let meta: sharp.Metadata;
  try {
    meta = await sharp(found.source).metadata();
  } catch {
    return fileMessages.notAnImage(image.file, undefined);
  }
  const format = IMAGE_FORMATS[meta.format as keyof typeof IMAGE_FORMATS];
  if (!format || !meta.width || !meta.height) return fileMessages.notAnImage(image.file, meta.format);
  // A photo straight from a camera is often stored sideways with an EXIF note to turn it;
  // images.ts has it turned before encoding, so the sizes readers see are the turned ones.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  if (width < (image.lead ? MIN_IMAGE_WIDTH.lead : MIN_IMAGE_WIDTH.other)) return fileMessages.tooSmall(image.file, width, image.lead);
  const name = fileName(image.file);
  return { ...image, name, source: found.source, download: mediaPath(ref, name), format, width, height, bytes: found.bytes };
}

async function inspectResource(releaseFile: string, ref: string, resource: Resource, root: string): Promise<ReleaseResource | string> {
  if (resource.file === undefined) return resource;
  const found = await locate(releaseFile, resource.file, root);
  if (!found.ok) return found.reason;
  const name = fileName(resource.file);
  const extension = path.extname(name).slice(1);
  if (!/^[A-Za-z0-9]{2,8}$/.test(extension)) return fileMessages.noExtension(resource.file);
  return { ...resource, source: found.source, url: mediaPath(ref, name), format: extension.toUpperCase(), size: formatBytes(found.bytes) };
}

/** Reads every image and local resource of a release; each problem names its field. */
export async function inspectFiles(
  releaseFile: string,
  fm: Pick<FrontMatter, "ref" | "images" | "resources">,
  root: string,
): Promise<{ images: ReleaseImage[]; resources: ReleaseResource[]; problems: FileProblem[] }> {
  const problems: FileProblem[] = [];
  const images = await Promise.all(fm.images.map((image) => inspectImage(releaseFile, fm.ref, image, root)));
  const resources = await Promise.all(fm.resources.map((resource) => inspectResource(releaseFile, fm.ref, resource, root)));
  images.forEach((r, i) => typeof r === "string" && problems.push({ field: `images[${i}].file`, reason: r }));
  resources.forEach((r, i) => typeof r === "string" && problems.push({ field: `resources[${i}].file`, reason: r }));
  return {
    images: images.filter((r): r is ReleaseImage => typeof r !== "string"),
    resources: resources.filter((r): r is ReleaseResource => typeof r !== "string"),
    problems,
  };
}
