/** A one-line progress bar for stderr. */

/** `[#########...........]  45%` for a share 0..1, `width` cells wide. */
export function renderProgressBar(share: number, width = 30): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  const filled = Math.round(clamped * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(clamped * 100)).padStart(3)}%`;
}

/** Redraws the bar on a terminal (at most once per percent); prints nothing when not a TTY. */
export function progressReporter(
  stream: NodeJS.WriteStream,
  label: string,
): { update(share: number): void; done(): void } {
  let last = -1;
  const interactive = stream.isTTY;
  return {
    update(share) {
      const percent = Math.floor(share * 100);
      if (!interactive || percent === last) {
        return;
      }
      last = percent;
      stream.write(`\r${label} ${renderProgressBar(share)}`);
    },
    done() {
      if (interactive && last >= 0) {
        stream.write('\n');
      }
    },
  };
}
