/** Small numeric helpers for benchmark figures: medians, ratios and human-readable units. */

/** The median; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "1.23×", or "n/a" when the baseline is zero or missing. */
export function formatRatio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return "n/a";
  return `${(value / baseline).toFixed(2)}×`;
}

/** Milliseconds as "850 ms" or "12.34 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Bytes in binary units: "512 B", "13.6 KB", "1.2 MB", "1.05 GB" (KB = 1,024 bytes, as the 14 KB budget means). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "n/a";
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${value} B`;
  return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}
