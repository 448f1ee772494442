/** A path as the person running a tool typed it: relative to the working directory when inside it. */
import path from "node:path";

export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}
