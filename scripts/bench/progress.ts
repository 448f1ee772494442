/**
 * One progress line per step on stderr, so the report on stdout stays clean. On a terminal the
 * line counts the seconds while a long step (a 10,000-release build) runs; in CI logs each step
 * prints once when it starts and once when it ends.
 */
export interface Step {
  done(result: string): void;
}

export function step(label: string): Step {
  const started = Date.now();
  const tty = process.stderr.isTTY === true;
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  if (tty) process.stderr.write(`[bench] ${label}…`);
  else process.stderr.write(`[bench] ${label}…\n`);
  const timer = tty ? setInterval(() => process.stderr.write(`\r\x1b[2K[bench] ${label}… ${elapsed()}`), 1000) : undefined;
  return {
    done(result: string) {
      if (timer) clearInterval(timer);
      process.stderr.write(tty ? `\r\x1b[2K[bench] ${label}: ${result}\n` : `[bench] ${label}: ${result}\n`);
    },
  };
}

export function note(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
