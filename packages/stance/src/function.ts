import type { Doc } from '@essaylens/doc';
import type { Cue } from '@essaylens/hedges';
import { hasTag } from '@essaylens/parse';
import future from '../data/future.json' with { type: 'json' };
import reporting from '../data/reporting.json' with { type: 'json' };
import { actorMentions } from './actors.js';
import { startsWithAny } from './stems.js';
import { actorGroups } from './relations/01-groups.js';

const MODALS = new Set(future.modals);
const EXPECT = future.expectationStems;
const REPORT = reporting.verbStems;
const GROUP_HOLDERS = new Set(reporting.groupHolders);
const SELF = new Set(['i', 'we']);

const matchesAt = (doc: Doc, t: number, words: readonly string[]) => words.every((w, k) => doc.tokens[t + k]?.normal === w);

// one question test for every stage: the Doc's own
export { isQuestion } from '@essaylens/doc';

/**
 * The words that put a sentence in the future: `will`/`shall` as modals (not `the will of`),
 * `going to`, `is yet to come`, `in the coming months`, and verbs of expectation (`I expect`,
 * `are expected to`, not `as expected`). Returns the token indices of the markers.
 */
export function futureMarkers(doc: Doc, sentence: number): number[] {
  const s = doc.sentences[sentence]!;
  const found: number[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const token = doc.tokens[t]!;
    if (MODALS.has(token.normal) && (hasTag(doc, t, 'Modal') || hasTag(doc, t, 'Auxiliary') || hasTag(doc, t, 'Verb'))) found.push(t);
    else if (future.phrases.some((p) => matchesAt(doc, t, p))) found.push(t);
    else if (token.kind === 'word' && startsWithAny(token.stem, EXPECT) && hasTag(doc, t, 'Verb') && doc.tokens[t - 1]?.normal !== 'as') found.push(t);
  }
  return found;
}

/**
 * Who the sentence reports, when it reports someone other than the writer: the holder of a
 * hedges-layer cue that is not the author, the actor (or group: `analysts`) before a reporting
 * or belief verb (`Putin stressed that`, `China views`), or the actor after `according to` /
 * `shared by`. `null` when the writer speaks for themself.
 */
export function attributionHolder(doc: Doc, sentence: number, cues: readonly Cue[]): string | null {
  for (const cue of cues) if (cue.holder && cue.holder !== 'author' && cue.holder !== 'other' && cue.kind !== 'weasel') return cue.holder;
  const s = doc.sentences[sentence]!;
  const mentions = actorMentions(doc, sentence);
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const frame = reporting.frames.find((f) => matchesAt(doc, t, f));
    if (frame) {
      const after = mentions.find((m) => m.tokenStart >= t + frame.length && m.tokenStart <= t + frame.length + 2);
      if (after) return after.canonical;
    }
    const token = doc.tokens[t]!;
    if (token.kind !== 'word' || !hasTag(doc, t, 'Verb') || hasTag(doc, t, 'Auxiliary') || hasTag(doc, t, 'Gerund') || !startsWithAny(token.stem, REPORT)) continue;
    // the subject sits just before the verb, give or take an auxiliary, negation or adverb
    for (let b = t - 1; b >= Math.max(s.tokenStart, t - 5); b--) {
      const n = doc.tokens[b]!.normal;
      if (SELF.has(n)) return null;
      const mention = mentions.find((m) => m.tokenEnd === b + 1);
      if (mention) return (actorGroups(doc, sentence).find((g) => g.tokenEnd === mention.tokenEnd)?.members ?? [mention.canonical]).join(' & ');
      if (GROUP_HOLDERS.has(n)) return n;
      if (!(hasTag(doc, b, 'Auxiliary') || hasTag(doc, b, 'Adverb') || hasTag(doc, b, 'Negative') || n === "n't")) break;
    }
  }
  return null;
}
