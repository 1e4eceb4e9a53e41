import type { Doc, Row } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { isQuestion, futureMarkers } from './function.js';
import { EVALUATIVE_TERMS } from './polarity.js';

const SELF = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'nobody', 'without']);

const rate = (count: number, words: number) => (words ? Math.round((count / words) * 1000 * 100) / 100 : 0);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * One row per document: the contract's counts and rates, then forecasts, actors, the most and
 * least certain claims, and LIWC-style rates per 1,000 words (Pennebaker et al., LIWC2015
 * manual: self-mentions ~ `i`+`we`, negations, future focus) so essays of any length compare.
 * Words are word and number tokens. Most/least certain look only at claims: sentences of at
 * least four words that are not questions (a title or dateline is no claim).
 */
export function summaryRow(doc: Doc): Row {
  const words = doc.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;
  const cues = doc.layers.hedges?.cues ?? [];
  const count = (kind: string) => cues.filter((c) => c.kind === kind).length;
  const stance = doc.layers.stance?.sentences ?? [];
  const claims = stance.filter((s) => {
    const span = doc.sentences[s.sentence]!;
    return !isQuestion(doc, s.sentence) && doc.tokens.slice(span.tokenStart, span.tokenEnd).filter((t) => t.kind === 'word').length >= 4;
  });
  const most = claims.reduce<typeof claims[number] | undefined>((best, s) => (!best || s.certainty > best.certainty ? s : best), undefined);
  const least = claims.reduce<typeof claims[number] | undefined>((best, s) => (!best || s.certainty < best.certainty ? s : best), undefined);
  const mentions = new Map<string, number>();
  for (const s of stance) for (const a of s.actors) mentions.set(a, (mentions.get(a) ?? 0) + 1);
  const top = [...mentions.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([a]) => a);
  let self = 0;
  let negations = 0;
  let evaluative = 0;
  doc.tokens.forEach((t, i) => {
    if (SELF.has(t.normal) && (t.normal !== 'us' || !hasTag(doc, i, 'Acronym'))) self++;
    if (NEGATIONS.has(t.normal)) negations++;
    if (EVALUATIVE_TERMS[t.normal] !== undefined) evaluative++;
  });
  const future = doc.sentences.reduce((n, _, i) => n + futureMarkers(doc, i).length, 0);
  const hedges = count('hedge');
  const boosters = count('booster');
  const forecasts = doc.layers.stance?.forecasts.length ?? 0;
  return {
    doc_id: doc.id,
    words,
    sentences: doc.sentences.length,
    hedges,
    boosters,
    hedges_per_1000_words: rate(hedges, words),
    boosters_per_1000_words: rate(boosters, words),
    mean_certainty: stance.length ? round3(stance.reduce((n, s) => n + s.certainty, 0) / stance.length) : null,
    weasels: count('weasel'),
    weasels_per_1000_words: rate(count('weasel'), words),
    forecasts,
    forecasts_per_1000_words: rate(forecasts, words),
    actors: mentions.size,
    top_actors: top.join('; '),
    relations: doc.layers.relations?.relations.length ?? 0,
    most_certain_sentence_id: most?.sentence ?? null,
    least_certain_sentence_id: least?.sentence ?? null,
    document_date: doc.layers.stance?.documentDate ?? null,
    self_mentions_per_1000_words: rate(self, words),
    negations_per_1000_words: rate(negations, words),
    future_per_1000_words: rate(future, words),
    evaluative_per_1000_words: rate(evaluative, words),
  };
}
