import { unlinkSync } from 'node:fs';

/**
 * Temporary files this process has open. They are removed however the process ends (an
 * error, Ctrl-C, an uncaught exception), so no half-written report is ever left behind.
 */
const live = new Set<string>();

/** Records a temporary file to remove unless it is renamed into place. */
export function trackTemp(file: string): void {
  live.add(file);
}

/** Forgets a temporary file that was renamed or removed. */
export function untrackTemp(file: string): void {
  live.delete(file);
}

/** Removes every temporary file still recorded; synchronous, so it also works in an `exit` handler. */
export function removeTemps(): void {
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone: nothing to clean.
    }
  }
  live.clear();
}
