/**
 * Where an import gets a lead image's file. Online (the default), it is downloaded from GOV.UK
 * with Node's own fetch. With `--images <folder>` it is taken from that folder, by the file name
 * in GOV.UK's URL ("s960_Christmas.jpg", or the same name without GOV.UK's size prefix,
 * "Christmas.jpg"), and nothing is downloaded: an import that can be repeated offline, with the
 * same result. Either way a file that cannot be had is a reason in words, never an exception.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { imageName, type ObtainedImage } from "./lead-image.ts";

export type ImageSource = (url: string) => Promise<ObtainedImage>;

/** A lead image is a photo of a few hundred kilobytes; anything past this is not one. */
const MAX_BYTES = 50 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

/** The file for `url` in `folder`, by the URL's file name with or without GOV.UK's size prefix. */
export function imagesFromFolder(folder: string): ImageSource {
  return async (url) => {
    const original = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
    const names = [...new Set([original, original.replace(/^s\d+_/, ""), imageName(url)])].filter(Boolean);
    for (const name of names) {
      const file = path.join(folder, name);
      try {
        return { ok: true, bytes: await readFile(file), from: file };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") return { ok: false, reason: `${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
      }
    }
    return { ok: false, reason: `no ${names.join(" or ")} in ${folder}` };
  };
}

/** Downloads `url`; `fetchImpl` is Node's fetch, replaced in tests. */
export function imagesOnline(fetchImpl: typeof fetch = fetch): ImageSource {
  return async (url) => {
    try {
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "follow" });
      if (!response.ok) return { ok: false, reason: `downloading it answered ${response.status} ${response.statusText}`.trim() };
      const length = Number(response.headers.get("content-length") ?? 0);
      if (length > MAX_BYTES) return { ok: false, reason: `it is ${length} bytes, more than an image should be` };
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength > MAX_BYTES) return { ok: false, reason: `it is ${bytes.byteLength} bytes, more than an image should be` };
      return { ok: true, bytes, from: url };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { ok: false, reason: `it could not be downloaded: ${cause ?? (error instanceof Error ? error.message : String(error))}` };
    }
  };
}
