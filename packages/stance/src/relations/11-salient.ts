/**
 * The essay's salient pair: the states and organisations it keeps naming together, read as a
 * relation when no rule found one between them. An essay about a rivalry or an alignment states
 * it across sentences more often than in one clause of its own (`Canberra and Beijing` in the
 * title, trade and warships in the body), so the pair and the tone of the sentences that name it
 * together carry what no single sentence says.
 */
import { spanOfTokens, type Doc } from '@essaylens/doc';
import { actorMentions, oneParty, relationActor } from '../actors.js';
import { RELATION_CUES, RELATIONAL } from './02-cues.js';
import type { Relation } from '../layer.js';

/** Entity types that make a party to the essay's setting; people act through their states. */
const PARTY_TYPES = new Set(['GPE', 'ORG', 'NORP']);
/** How many sentences must name the pair together for it to be the essay's subject, not a passing mention. */
const MIN_SENTENCES = 3;

/**
 * The one-word relation cues and the relation nouns' tone words, by polarity (a longer cue's first
 * word alone, `at` of `at war`, says nothing; nor does a cue that needs its object: `quit` is `quite`).
 */
const toneWords = (polarity: '+' | '-', tone: readonly string[]) => new Set([...RELATION_CUES.filter((c) => c.polarity === polarity && c.stems.length === 1 && !c.targets && !c.needsObject).map((c) => c.stems[0]!), ...tone]);
const POSITIVE = toneWords('+', RELATIONAL.positive);
const NEGATIVE = toneWords('-', RELATIONAL.negative);

interface Pair {
  a: string;
  b: string;
  sentences: number[];
}

/**
 * At most one relation: the pair of parties named together in the most sentences (at least
 * {@link MIN_SENTENCES}) that no relation in `found` links, with the polarity the cue words of
 * those sentences lean to; none when they are balanced. It cites the sentence that leans most that
 * way and its first word of that polarity, with the rule `co-mention`.
 */
export function salientPair(doc: Doc, found: readonly Relation[]): Relation | undefined {
  const related = new Set(found.map((r) => pairKey(r.source, r.target)));
  const pairs = new Map<string, Pair>();
  for (let s = 0; s < doc.sentences.length; s++) {
    const names = [...new Set(actorMentions(doc, s).filter((m) => PARTY_TYPES.has(m.type)).map((m) => relationActor(doc, m.canonical)))];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [names[i]!, names[j]!];
        // (an actor and its own capital, city or organ are one party)
        if (oneParty(a, b)) continue;
        const key = pairKey(a, b);
        if (related.has(key)) continue;
        const pair = pairs.get(key) ?? { a, b, sentences: [] };
        pair.sentences.push(s);
        pairs.set(key, pair);
      }
    }
  }
  // (each sentence's tone once: a sentence is shared by every pair it names)
  const tones = new Map<number, number>();
  const toneOf = (s: number) => tones.get(s) ?? tones.set(s, sentenceTone(doc, s)).get(s)!;
  let best: { pair: Pair; tone: number } | undefined;
  for (const pair of pairs.values()) {
    if (pair.sentences.length < MIN_SENTENCES) continue;
    const tone = pair.sentences.reduce((sum, s) => sum + toneOf(s), 0);
    if (tone === 0) continue;
    if (!best || pair.sentences.length > best.pair.sentences.length || (pair.sentences.length === best.pair.sentences.length && Math.abs(tone) > Math.abs(best.tone))) best = { pair, tone };
  }
  if (!best) return undefined;
  const polarity = best.tone > 0 ? '+' : '-';
  const sign = best.tone > 0 ? 1 : -1;
  const sentence = best.pair.sentences.reduce((top, s) => (toneOf(s) * sign > toneOf(top) * sign ? s : top));
  const cue = toneWord(doc, sentence, polarity);
  return { sentence, source: best.pair.a, target: best.pair.b, polarity, cue: spanOfTokens(doc, cue, cue + 1), family: 'setting', rule: 'co-mention' };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Positive cue words minus negative ones in sentence `s`. */
function sentenceTone(doc: Doc, s: number): number {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  let tone = 0;
  for (let t = tokenStart; t < tokenEnd; t++) {
    const stem = doc.tokens[t]!.stem;
    if (POSITIVE.has(stem)) tone++;
    if (NEGATIVE.has(stem)) tone--;
  }
  return tone;
}

/** The first token of sentence `s` whose stem leans to `polarity`. */
function toneWord(doc: Doc, s: number, polarity: '+' | '-'): number {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  const words = polarity === '+' ? POSITIVE : NEGATIVE;
  for (let t = tokenStart; t < tokenEnd; t++) if (words.has(doc.tokens[t]!.stem)) return t;
  return tokenStart;
}
