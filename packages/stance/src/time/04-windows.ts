import type { Span } from '@essaylens/doc';
import { resolveWithDates, type Window } from './01-dates-plugin.js';

/** A time phrase with the window it names. */
export interface TimedPhrase {
  span: Span;
  window: Window;
}

/** The stand-in date for documents without one: only absolute phrases are resolved against it. */
export const NO_DATE = '1970-01-01';

const OPEN_ENDED = new Set(['after', 'from', 'since', 'beyond']);

/**
 * Resolves a time phrase against the document date. compromise-dates gives `after X` a
 * two-week end by default; an `after`/`from`/`since` window is open, so its end is dropped.
 * Without a document date only phrases that name a year are resolved (a relative phrase would
 * otherwise depend on the day the program runs), and a deadline's start stays open.
 */
export function resolvePhrase(span: Span, today: string | null): TimedPhrase | null {
  const hasYear = /\b(1[89]|2\d)\d\d\b/.test(span.text);
  if (!today && !hasYear) return null;
  const window = resolveWithDates(span.text, today ?? NO_DATE);
  if (!window) return null;
  const first = span.text.trim().split(/\s+/)[0]!.toLowerCase();
  if (OPEN_ENDED.has(first)) window.end = null;
  if (!today && (first === 'before' || first === 'by' || first === 'until' || first === 'till')) window.start = null;
  return { span, window };
}
