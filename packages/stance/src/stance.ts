import { expectDoc, requireLayer, spanOfTokens, withLayer, type Doc, type Stage } from '@essaylens/doc';
import type { Cue } from '@essaylens/hedges';
import { sentenceActors } from './actors.js';
import { certaintyOf, cueEffect, epistemicOf } from './certainty.js';
import { attributionHolder, futureMarkers, isQuestion } from './function.js';
import type { Forecast, SentenceFunction, SentenceStance, StanceLayer } from './layer.js';
import { EVALUATIVE_TERMS, polarityOf } from './polarity.js';
import { registerDates } from './time/01-dates-plugin.js';
import { timePhrases } from './time/02-phrases.js';
import { documentDate } from './time/03-dateline.js';
import { resolvePhrase, type TimedPhrase } from './time/04-windows.js';

/** A sentence is `evaluation` when its words sum to at least this on AFINN's scale. */
export const EVALUATION_THRESHOLD = 4;

function cuesBySentence(doc: Doc): Cue[][] {
  const cues: Cue[][] = doc.sentences.map(() => []);
  for (const cue of requireLayer(doc, 'hedges', 'findStance').cues) cues[cue.sentence]?.push(cue);
  return cues;
}

/** The sentence's statement: the sentence without its closing punctuation. */
function statementOf(doc: Doc, sentence: number) {
  const s = doc.sentences[sentence]!;
  let end = s.tokenEnd;
  while (end > s.tokenStart + 1 && doc.tokens[end - 1]!.kind === 'punct') end--;
  return spanOfTokens(doc, s.tokenStart, end);
}

/** The window to report: the first phrase that is not wholly before the document date. */
function pickWindow(phrases: readonly TimedPhrase[], today: string | null): TimedPhrase | undefined {
  return phrases.find((p) => !today || !p.window.end || p.window.end >= today);
}

/**
 * Reads every sentence's stance (certainty, epistemic kind, function, evaluative polarity,
 * actors) and the forecasts the writer or others make, with time windows resolved against the
 * document's date. Needs the `parse`, `entities` and `hedges` layers.
 *
 * @returns a new Doc with the `stance` layer.
 */
export function findStance(doc: Doc): Doc {
  expectDoc(doc, 'findStance');
  requireLayer(doc, 'parse', 'findStance');
  const cues = cuesBySentence(doc);
  const today = documentDate(doc);
  const sentences: SentenceStance[] = [];
  const forecasts: Forecast[] = [];
  doc.sentences.forEach((s, i) => {
    const own = cues[i] ?? [];
    const effects = own.map(cueEffect);
    const reading = polarityOf(doc, s.tokenStart, s.tokenEnd);
    const question = isQuestion(doc, i);
    const phrases = timePhrases(doc, i).map((p) => resolvePhrase(p, today)).filter((p): p is TimedPhrase => p !== null);
    const laterPhrase = today ? phrases.find((p) => p.window.start !== null && p.window.start > today) : undefined;
    const isFuture = !question && (futureMarkers(doc, i).length > 0 || laterPhrase !== undefined);
    const holder = question ? null : attributionHolder(doc, i, own);
    const evaluative = reading.evaluativeTerms.some((w) => Math.abs(EVALUATIVE_TERMS[w] ?? 0) >= 2) || Math.abs(reading.sum) >= EVALUATION_THRESHOLD;
    const fn: SentenceFunction = holder ? 'attribution' : isFuture ? 'forecast' : evaluative ? 'evaluation' : 'assertion';
    sentences.push({
      sentence: i,
      certainty: certaintyOf(effects),
      epistemic: epistemicOf(effects),
      function: fn,
      polarity: reading.polarity,
      holder: holder ?? 'author',
      actors: sentenceActors(doc, i),
    });
    if (!isFuture) return;
    const banded = own.find((c) => c.probabilityLow !== null && c.probabilityHigh !== null);
    const directed = own.find((c) => c.direction !== null);
    const timed = laterPhrase ?? pickWindow(phrases, today);
    forecasts.push({
      sentence: i,
      holder: holder ?? 'author',
      statement: statementOf(doc, i),
      probabilityLow: banded?.probabilityLow ?? null,
      probabilityHigh: banded?.probabilityHigh ?? null,
      timeText: timed?.span.text ?? null,
      windowStart: timed?.window.start ?? null,
      windowEnd: timed?.window.end ?? null,
      direction: directed?.direction ?? null,
      certainty: certaintyOf(effects),
    });
  });
  const layer: StanceLayer = { sentences, forecasts, documentDate: today };
  return withLayer(doc, 'stance', layer);
}

/**
 * The stance stage for `composeStages`. Creating it registers compromise-dates' vocabulary with
 * the shared compromise instance (without its per-document hook), so every document the
 * pipeline parses afterwards sees the same lexicon.
 */
export function stanceStage(): Stage {
  registerDates();
  return { name: 'stance', requires: ['parse', 'entities', 'hedges'], adds: 'stance', run: findStance };
}
