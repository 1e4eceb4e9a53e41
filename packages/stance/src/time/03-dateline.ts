import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { resolveWithDates } from './01-dates-plugin.js';

/** How many leading segments may hold the dateline (title, byline, dateline). */
const HEAD_SEGMENTS = 6;
const DATELINE_WORDS = new Set(['published', 'updated', 'posted', 'on', 'dated', 'date', 'as', 'of']);

/**
 * The document's own date (YYYY-MM-DD): `meta.date` when the caller gives one, else a dateline
 * among the first segments (`| February 2nd, 2022`, `Published 3 March 2023`): a segment whose
 * words are all date words and hold a year, resolved by compromise-dates.
 */
export function documentDate(doc: Doc): string | null {
  const given = doc.meta?.date;
  if (typeof given === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(given)) return given;
  for (const s of doc.sentences.slice(0, HEAD_SEGMENTS)) {
    let year = false;
    let other = false;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const token = doc.tokens[t]!;
      if (token.kind === 'punct' || token.kind === 'symbol') continue;
      if (hasTag(doc, t, 'Year') || /^(19|20)\d\d$/.test(token.normal)) year = true;
      else if (!(hasTag(doc, t, 'Date') || hasTag(doc, t, 'Month') || token.kind === 'number' || DATELINE_WORDS.has(token.normal))) other = true;
    }
    if (!year || other) continue;
    // an absolute date does not depend on `today`; a fixed one keeps the result deterministic
    const window = resolveWithDates(s.text.replace(/^[^\p{L}\p{N}]+/u, ''), '2000-01-01');
    if (window?.start) return window.start;
  }
  return null;
}
