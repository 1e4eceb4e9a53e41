import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { resolveWithDates } from './01-dates-plugin.js';

/** How many leading segments may hold the dateline (title, byline, dateline). */
const HEAD_SEGMENTS = 6;
const DATELINE_WORDS = new Set(['published', 'updated', 'posted', 'on', 'dated', 'date', 'as', 'of']);

/** The stand-in `today` a dateline is read against: it names its own year, so any fixed date works. */
export const DATELINE_TODAY = '2000-01-01';

/** The date given by the caller as `meta.date` (YYYY-MM-DD), if any. */
export function givenDate(doc: Doc): string | null {
  const given = doc.meta?.date;
  return typeof given === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(given) ? given : null;
}

/**
 * The segments among the first few that look like a dateline (`| February 2nd, 2022`,
 * `Published 3 March 2023`): all their words are date words and they hold a year. Found on the
 * shared parse alone, without compromise-dates; returned as the text compromise-dates reads.
 */
export function datelineCandidates(doc: Doc): string[] {
  const found: string[] = [];
  for (const s of doc.sentences.slice(0, HEAD_SEGMENTS)) {
    let year = false;
    let other = false;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const token = doc.tokens[t]!;
      if (token.kind === 'punct' || token.kind === 'symbol') continue;
      if (hasTag(doc, t, 'Year') || /^(19|20)\d\d$/.test(token.normal)) year = true;
      else if (!(hasTag(doc, t, 'Date') || hasTag(doc, t, 'Month') || token.kind === 'number' || DATELINE_WORDS.has(token.normal))) other = true;
    }
    if (year && !other) found.push(s.text.replace(/^[^\p{L}\p{N}]+/u, ''));
  }
  return found;
}

/**
 * The document's own date (YYYY-MM-DD): `meta.date` when the caller gives one, else the first
 * dateline candidate that compromise-dates resolves. (The stance stage resolves the first
 * candidate together with the time phrases, in one call; this is the one-off path.)
 */
export function documentDate(doc: Doc): string | null {
  const given = givenDate(doc);
  if (given) return given;
  for (const text of datelineCandidates(doc)) {
    // an absolute date does not depend on `today`; a fixed one keeps the result deterministic
    const window = resolveWithDates(text, DATELINE_TODAY);
    if (window?.start) return window.start;
  }
  return null;
}
