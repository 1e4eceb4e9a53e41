/** What the progress line shows. */
export interface ProgressState {
  docs: number;
  words: number;
  /** Input bytes done and in all, when the total is known (files), for the time left. */
  bytesDone: number;
  bytesTotal: number | undefined;
  elapsedMs: number;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * One progress line: a bar when the total is known, documents done, words per second and the
 * time left (estimated from bytes done).
 *
 * @example
 * progressLine({ docs: 3, words: 3000, bytesDone: 50, bytesTotal: 100, elapsedMs: 2000 }, 20);
 * // '[#####     ] 50%  3 docs  1,500 words/s  0:02 left'
 */
export function progressLine(state: ProgressState, width = 20): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(state.words / seconds) : 0;
  const parts: string[] = [];
  if (state.bytesTotal !== undefined && state.bytesTotal > 0) {
    const fraction = Math.min(1, state.bytesDone / state.bytesTotal);
    const filled = Math.round(fraction * width / 2);
    parts.push(`[${'#'.repeat(filled)}${' '.repeat(width / 2 - filled)}] ${Math.floor(fraction * 100)}%`);
  }
  parts.push(`${state.docs.toLocaleString('en-US')} docs`, `${rate.toLocaleString('en-US')} words/s`);
  if (state.bytesTotal !== undefined && state.bytesDone > 0 && state.bytesDone < state.bytesTotal) {
    parts.push(`${clock((seconds * (state.bytesTotal - state.bytesDone)) / state.bytesDone)} left`);
  }
  return parts.join('  ');
}

/**
 * A progress display on standard error, redrawn at most ten times a second. It shows only when
 * standard error is a terminal and `--quiet` is off, so logs and pipes stay clean.
 */
export function createProgress(enabled: boolean, bytesTotal: number | undefined) {
  const started = Date.now();
  const state: ProgressState = { docs: 0, words: 0, bytesDone: 0, bytesTotal, elapsedMs: 0 };
  let lastDraw = 0;
  let drawn = false;
  const draw = () => {
    state.elapsedMs = Date.now() - started;
    process.stderr.write(`\r${progressLine(state)}\x1b[K`);
    drawn = true;
  };
  return {
    /** Counts one finished document. */
    tick(words: number, bytes: number): void {
      state.docs++;
      state.words += words;
      state.bytesDone += bytes;
      if (!enabled) return;
      const now = Date.now();
      if (now - lastDraw >= 100) {
        lastDraw = now;
        draw();
      }
    },
    /** Clears the line so messages that follow start on a clean line. */
    clear(): void {
      if (enabled && drawn) process.stderr.write('\r\x1b[K');
      drawn = false;
    },
    /** Draws the final state and ends the line. */
    done(): void {
      if (!enabled) return;
      draw();
      process.stderr.write('\n');
      drawn = false;
    },
  };
}
