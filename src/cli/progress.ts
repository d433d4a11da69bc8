/**
 * The progress line on a terminal (`files parsed / total`): only on a TTY stderr, only once a scan has run
 * for about a second (short scans stay quiet), redrawn at most ten times a second, and erased at the end
 * so the report starts on a clean line.
 */
const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;
const ERASE_LINE = '\r\u001b[2K';

export interface Progress {
  update: (done: number, total: number) => void;
  /** Erase the line, if one was drawn. */
  done: () => void;
}

export const noProgress: Progress = { update: () => {}, done: () => {} };

export function terminalProgress(write: (text: string) => void, now: () => number = Date.now): Progress {
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - started < SHOW_AFTER_MS || (time - lastDraw < REDRAW_EVERY_MS && done < total)) return;
      lastDraw = time;
      drawn = true;
      write(`${ERASE_LINE}arch-lint: ${done} / ${total} files parsed`);
    },
    done() {
      if (drawn) write(ERASE_LINE);
      drawn = false;
    },
  };
}
