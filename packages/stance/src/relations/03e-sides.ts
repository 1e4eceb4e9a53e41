/** Frames that name both sides around a cue: `between X and Y`, `the two rivals, X and Y`, `the US-Japan alliance`. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { startsWithAny } from '../stems.js';
import { negatedBefore } from './03a-scope.js';
import { skipModifiersBack } from './03b-subjects.js';
import { pairsWithin, sidesAfterBetween } from './03d-nominal.js';
import { clauseOf, type SentenceContext } from './03-find.js';
import { tone } from './04-relational.js';
import { hypothetical, lifted } from './08-scope.js';

const LIST_GAP = new Set(['—', '–', ',', ':', '-', 'the', 'namely', '(']);

/** Verbs by which a conflict or a partnership comes about (`fighting broke out in Khartoum between`). */
const ONSET_VERBS = ['broke', 'break', 'erupt', 'flare', 'rage', 'began', 'begin', 'start', 'resum', 'escal', 'intensif', 'grew', 'grow', 'develop', 'emerg'];
/** Words a place or time may add before `between` (`in Khartoum`, `along the border`, `in 2020`). */
const ONSET_FILLER = new Set(['out', 'up', 'again', 'in', 'on', 'along', 'across', 'at', 'near', 'the', 'its', 'their', 'last', 'this', 'year', 'month', 'week', 'border', 'frontier', 'soon', 'quickly', 'then', 'once', 'openly']);

/**
 * `fighting broke out in Khartoum between X and Y`: a noun cue whose `between` follows the verb of
 * its onset (and a place or a time); returns the token at which its sides open, `from` when none.
 */
function brokeOutBetween(doc: Doc, from: number, to: number): number {
  let onset = false;
  for (let t = from; t < Math.min(to, from + 9); t++) {
    const token = doc.tokens[t]!;
    if (token.normal === 'between') return onset ? t : from;
    if (!onset && startsWithAny(token.stem, ONSET_VERBS) && hasTag(doc, t, 'Verb')) { onset = true; continue; }
    if (!onset || !(ONSET_FILLER.has(token.normal) || hasTag(doc, t, 'Value') || hasTag(doc, t, 'ProperNoun'))) return from;
  }
  return from;
}

/**
 * Tries the frames that name both sides of cue `k`; true when the cue is settled (a pair was
 * emitted, or the cue gives none: a hypothesis, lifted sanctions, a denied `between`).
 */
export function sideFrames(ctx: SentenceContext, k: number): boolean {
  const { doc, groups, emit } = ctx;
  const m = ctx.cues[k]!;
  const [cs, ce] = clauseOf(ctx, m.tokenStart);
  // `If China invaded Taiwan, ...`: a hypothesis asserts no relation; `eased sanctions on` lifts one
  if (hypothetical(doc, cs, m.tokenStart) || lifted(doc, m, cs)) return true;
  const near = negatedBefore(doc, Math.max(cs, m.tokenStart - 3), m.tokenStart);
  const at = brokeOutBetween(doc, m.tokenEnd, ce);
  const next = doc.tokens[at]?.normal;
  if (next === 'between' || next === 'among') {
    const g = sidesAfterBetween(doc, groups, groups.find((x) => x.tokenStart > at && x.tokenStart <= at + 2));
    if (g && g.names.length >= 2 && !near) {
      // `the partnership between Warsaw and Berlin is strained`: the predicate overrides the noun
      const flipped = m.cue.polarity === '+' && tone(doc, g.tokenEnd, ce) === '-';
      pairsWithin(emit, g, flipped ? { ...m, cue: { ...m.cue, polarity: '-' } } : m, 'between');
    }
    return true;
  }
  // (a plural noun: `the two rivals, X and Y`; not `tilt towards X and Y`)
  if (!m.verb && doc.tokens[m.tokenEnd - 1]!.normal.endsWith('s') && !hasTag(doc, m.tokenEnd - 1, 'Preposition') && !['towards', 'as', 'across', 'alongside'].includes(doc.tokens[m.tokenEnd - 1]!.normal)) {
    const g = groups.find((x) => x.tokenStart >= m.tokenEnd && x.tokenStart <= m.tokenEnd + 3 && doc.tokens.slice(m.tokenEnd, x.tokenStart).every((t) => LIST_GAP.has(t.normal)));
    if (g && g.names.length >= 2) {
      // (`Azerbaijan's closest partners, Turkey and Israel`: a possessor's partners are its partners,
      // not each other's)
      const owner = groups.find((x) => x.possessive && x.tokenEnd === skipModifiersBack(doc, m.tokenStart, cs) + 1);
      if (!near) {
        if (owner) emit(owner.names, g.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'possessor');
        else pairsWithin(emit, g, m, 'pair');
      }
      return true;
    }
  }
  // `the China-India rivalry`, `the US-Japan alliance`: a hyphenated pair right before a noun cue are its two sides
  if (!m.verb) {
    const b = skipModifiersBack(doc, m.tokenStart, cs);
    const pair = groups.find((g) => g.tokenStart >= cs && g.tokenEnd <= ce && g.tokenEnd === b + 1 && g.hyphenated && g.names.length >= 2);
    if (pair) { if (!near) pairsWithin(emit, pair, m, 'hyphen'); return true; }
  }
  return false;
}
