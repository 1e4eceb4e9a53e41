import { hasTag } from '@essaylens/parse';
import { expectDoc, requireLayer, spanOfTokens, withLayer, type Doc, type Span, type Stage } from '@essaylens/doc';
import type { Cue } from '@essaylens/hedges';
import { sentenceActors } from './actors.js';
import { certaintyOf, cueEffect, epistemicOf } from './certainty.js';
import { attributionHolder, futureMarkers, isQuestion } from './function.js';
import type { Forecast, SentenceFunction, SentenceStance, StanceLayer } from './layer.js';
import { EVALUATIVE_TERMS, polarityOf } from './polarity.js';
import { prefetchDates, registerDates, resolveWithDateline } from './time/01-dates-plugin.js';
import { timePhrases } from './time/02-phrases.js';
import { DATELINE_TODAY, datelineCandidates, documentDate, givenDate } from './time/03-dateline.js';
import { NO_DATE, resolvePhrase, type TimedPhrase } from './time/04-windows.js';

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

/** Phrases that can carry a sentence into the future on their own (`After February 20, ...`). */
const FORWARD = new Set(['after', 'from', 'beyond', 'next', 'coming', 'upcoming', 'later', 'in', 'during', 'within', 'by', 'ahead', 'this', 'until', 'till', 'before']);
/** Deadlines: the claim runs up to a date (`is keeping the West busy until 20 February`). */
const DEADLINE = new Set(['until', 'till', 'before', 'by']);

/** A phrase that puts a sentence in the future: its window starts after the document date, or a deadline ends after it. */
function pointsAhead(timed: TimedPhrase, today: string): boolean {
  const first = timed.span.text.split(/\s+/)[0]!.toLowerCase();
  if (timed.window.start !== null && timed.window.start > today) return true;
  return DEADLINE.has(first) && timed.window.end !== null && timed.window.end > today;
}

/**
 * The time window a sentence speaks of. compromise-dates costs a few milliseconds a phrase, so
 * it runs only where the answer matters: on the phrases of a sentence already in the future
 * (until one is not wholly before the document date), else only on forward-looking phrases
 * (`after`, `next`, `in`, ...) that could put it there; never on a phrase that names an earlier
 * year or starts with `since`.
 */
/** A sentence told in the past tense (`signed ... in July`) cannot be put in the future by a date. */
function inPast(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  let past = false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (hasTag(doc, t, 'PresentTense') || hasTag(doc, t, 'Modal') || hasTag(doc, t, 'Infinitive')) return false;
    if (hasTag(doc, t, 'PastTense')) past = true;
  }
  return past;
}

/** `in 2024`, `this year`, `during the year 2024`: a phrase naming only the current year starts before any date in it. */
const CURRENT_YEAR = /^(in|during|throughout|through|this)\s+(the\s+)?(year\s*)?((1[89]|2\d)\d\d)?$/i;

/**
 * The time phrases of a sentence worth resolving: `year` is the document date's year (null
 * without a date). A phrase of an earlier year or after `since` cannot put a claim ahead; in a
 * sentence not already in the future, only a forward-looking phrase can, and never one naming
 * just the current year (its window starts on 1 January, not after the document's date).
 */
function candidates(doc: Doc, sentence: number, year: number | null, future: boolean): Span[] {
  return timePhrases(doc, sentence).filter((span) => {
    const first = span.text.split(/\s+/)[0]!.toLowerCase();
    if (first === 'since') return false;
    const years = [...span.text.matchAll(/\b(1[89]|2\d)\d\d\b/g)].map((m) => Number(m[0]));
    if (year !== null && years.length > 0 && years.every((y) => y < year)) return false;
    if (future) return true;
    // without a document date a phrase cannot put a sentence in the future, only date a forecast
    if (year === null || !FORWARD.has(first)) return false;
    const current = CURRENT_YEAR.exec(span.text.trim());
    return !(current && (current[4] === undefined ? first === 'this' : Number(current[4]) === year));
  });
}

const YEAR_IN = /\b(1[89]|2\d)\d\d\b/;
const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);

/**
 * The document date and the time phrases of every sentence, resolved with as few compromise-dates
 * calls as possible: with a dateline, ONE call reads the dateline and the phrases together (the
 * phrases are gathered with the dateline's year, found on the shared parse before any date
 * reading); with `meta.date` or no date, one call reads the phrases.
 */
function datesOf(doc: Doc, wanted: (i: number) => boolean, future: (i: number) => boolean): { today: string | null; spans: Span[][] } {
  const gather = (year: number | null) => doc.sentences.map((_, i) => (wanted(i) ? candidates(doc, i, year, future(i)) : []));
  const texts = (spans: Span[][], dated: boolean) => spans.flat().map((span) => span.text).filter((text) => dated || YEAR_IN.test(text));
  const given = givenDate(doc);
  const head = given ? undefined : datelineCandidates(doc)[0];
  if (head !== undefined) {
    const year = Number(YEAR_IN.exec(head)?.[0]);
    const spans = gather(year);
    const today = resolveWithDateline(head, texts(spans, true), DATELINE_TODAY);
    if (today && yearOf(today) === year) return { today, spans };
  }
  const today = given ?? documentDate(doc);
  const spans = gather(yearOf(today));
  prefetchDates(texts(spans, !!today), today ?? NO_DATE);
  return { today, spans };
}

function windowOf(spans: readonly Span[], today: string | null, future: boolean): TimedPhrase | undefined {
  for (const span of spans) {
    const timed = resolvePhrase(span, today);
    if (!timed) continue;
    if (future ? !today || !timed.window.end || timed.window.end >= today : today !== null && pointsAhead(timed, today)) return timed;
  }
  return undefined;
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
  const sentences: SentenceStance[] = [];
  const forecasts: Forecast[] = [];
  const questions = doc.sentences.map((_, i) => isQuestion(doc, i));
  const markers = doc.sentences.map((_, i) => (questions[i] ? [] : futureMarkers(doc, i)));
  const { today, spans } = datesOf(doc, (i) => !questions[i] && (markers[i]!.length > 0 || !inPast(doc, i)), (i) => markers[i]!.length > 0);
  doc.sentences.forEach((s, i) => {
    const own = cues[i] ?? [];
    const effects = own.map(cueEffect);
    const reading = polarityOf(doc, s.tokenStart, s.tokenEnd);
    const question = questions[i]!;
    const timed = windowOf(spans[i]!, today, markers[i]!.length > 0);
    const laterPhrase = timed && today && pointsAhead(timed, today) ? timed : undefined;
    const isFuture = !question && (markers[i]!.length > 0 || laterPhrase !== undefined);
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
    // the band of the forecast's own holder (`China and Russia anticipate a likely ...`), else the first
    const hasBand = (c: Cue) => c.probabilityLow !== null && c.probabilityHigh !== null;
    const banded = own.find((c) => hasBand(c) && c.holder === (holder ?? 'author')) ?? own.find(hasBand);
    const directed = own.find((c) => c.direction !== null);
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
