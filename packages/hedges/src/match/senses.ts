import { W } from '../words.js';
import type { SentenceContext } from './context.js';

/**
 * Non-epistemic senses of cue words that encyclopedic and narrative prose uses far more than
 * commentary does: each says the word at `i` does not estimate how likely something is.
 */

/** The first token after `i` that is not an adverb or `also`/`only`/`not`. */
function skipAdverbs(c: SentenceContext, i: number): number {
  let j = i;
  while (j < c.end && (c.has(j, 'Adverb') || ['also', 'only', 'often', 'sometimes', 'still'].includes(c.n(j)))) j++;
  return j;
}

/**
 * Naming and describing after a modal (`may be called`, `could also be described as`,
 * `might be referred to`): the `can` of what a word or thing can be called, not a possibility.
 */
export function namingPassive(c: SentenceContext, modal: number): boolean {
  const be = skipAdverbs(c, modal + 1);
  if (c.n(be) !== 'be') return false;
  return W.namingVerbs.has(c.n(skipAdverbs(c, be + 1)));
}

/**
 * Permission in rules of games, services and institutions: a subject such as `players`,
 * `users`, `guests` right before the modal (`players may bid`, `guests may always log in`).
 */
export function permissionHolder(c: SentenceContext, modal: number): boolean {
  return W.permissionHolders.has(c.n(modal - 1)) || (c.has(modal - 1, 'Adverb') && W.permissionHolders.has(c.n(modal - 2)));
}

const TIME_PREPOSITIONS = new Set(['in', 'on', 'by', 'from', 'to', 'until', 'till', 'through', 'throughout', 'during', 'since', 'after', 'before', 'circa', 'and']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * A year that dates the clause (`in 1983`, `from 1937 to 1939`, `May 20, 1983`), not one that names
 * a thing (`the free-for-all of 2020`) or a comparison (`than in 2014`, `as in 2014`).
 */
function timeAdjunct(c: SentenceContext, j: number): boolean {
  const prev = c.n(j - 1);
  if (c.n(j - 2) === 'than' || c.n(j - 2) === 'as') return false;
  if (TIME_PREPOSITIONS.has(prev) || MONTHS.has(prev)) return true;
  // a decade (`during the 1970s`, `through the 1930s`)
  if (prev === 'the' && c.n(j).endsWith('s') && TIME_PREPOSITIONS.has(c.n(j - 2))) return true;
  return prev === ',' && c.doc.tokens[j - 2]?.kind === 'number' && MONTHS.has(c.n(j - 3));
}

const PRESENT = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'have', 'does', 'do']);

/**
 * Future-in-the-past of a narrative (`In 1983 Witherspoon would have his first title shot`,
 * `Farrell would portray the character from 1937 to 1939`): the sentence names a year earlier
 * than the document's latest, no condition, and no present-tense verb, so `would` tells what
 * happened next rather than what might happen.
 */
export function narrativeYear(c: SentenceContext, modal: number): boolean {
  return datedPast(c, modal, c.start, c.end);
}

/** What closes a clause before the next one: `;`, or a coordinator or concessive after a comma. */
const CLAUSE_OPENERS = new Set(['but', 'and', 'yet', 'while', 'whereas', 'although', 'though', 'so']);
const isClauseBreak = (c: SentenceContext, j: number) => c.n(j) === ';' || (c.n(j) === ',' && CLAUSE_OPENERS.has(c.n(j + 1))) || c.n(j) === 'but' || c.n(j) === 'yet';

/**
 * As `narrativeYear`, within the modal's own clause only: `Norway could pump more gas in 2015,
 * but output has fallen since` tells a past ability although the next clause is present.
 */
export function narrativeYearInClause(c: SentenceContext, modal: number): boolean {
  let from = modal;
  while (from > c.start && !isClauseBreak(c, from - 1)) from--;
  let to = modal + 1;
  while (to < c.end && !isClauseBreak(c, to)) to++;
  // only a point or span in time dates the clause here: `until 2027` or `by 2030` may lie ahead
  return datedPast(c, modal, from, to, (j) => POINT_IN_TIME.has(c.n(j - 1)) || (c.n(j - 1) === 'the' && POINT_IN_TIME.has(c.n(j - 2))) || MONTHS.has(c.n(j - 1)));
}

const POINT_IN_TIME = new Set(['in', 'during', 'throughout']);

/**
 * Tokens `from`..`to` name a year earlier than the document's latest that dates them (`dates`,
 * by default any time adjunct), and tell a past.
 */
function datedPast(c: SentenceContext, modal: number, from: number, to: number, dates: (j: number) => boolean = (j) => timeAdjunct(c, j)): boolean {
  let year = false;
  for (let j = from; j < to; j++) {
    const t = c.doc.tokens[j];
    if (t?.kind === 'number' && /^\d{4}s?$/u.test(t.text) && Number(t.text.slice(0, 4)) < c.latestYear && Number(t.text.slice(0, 4)) > 1000 && dates(j) && timeAdjunct(c, j)) year = true;
  }
  return year && pastClause(c, modal, from, to);
}

/**
 * No condition, no open question and no present-tense verb in tokens `from`..`to`, apart from the
 * modal's own infinitive (`whether he would complete the project` stays open, whatever year dates it).
 */
function pastClause(c: SentenceContext, modal: number, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (['if', 'unless', 'otherwise', 'whether'].includes(c.n(j))) return false;
    // the bare infinitive after a modal (`would have his first title shot`) is not a present tense
    const afterModal = c.has(j - 1, 'Modal') || (c.has(j - 2, 'Modal') && c.has(j - 1, 'Adverb'));
    if (j !== modal && !afterModal && (PRESENT.has(c.n(j)) || (c.has(j, 'PresentTense') && c.has(j, 'Verb') && !c.has(j, 'Infinitive') && !c.has(j, 'Auxiliary') && !c.has(j, 'Gerund')))) return false;
  }
  return true;
}

/**
 * `appear` as show up, be published or feature (`appears in various works`, `appeared under the
 * name of`, `appears once a week`), and `make X appear` (look, by design): not seeming.
 */
const SEEMING_STATES = new Set(['no', 'trouble', 'danger', 'decline', 'retreat', 'control', 'charge', 'course', 'track', 'line', 'place', 'good', 'better', 'poor', 'full', 'disarray', 'favour', 'favor', 'step']);

/**
 * Feasibility, not likelihood: `possible` said of how often or under which condition something
 * can be done (`is sometimes possible`, `was not often possible`, `is possible only when`,
 * `is possible there`).
 */
export function feasible(c: SentenceContext, start: number, end: number): boolean {
  const next = c.n(end);
  if (next === 'only' || next === 'there' || next === 'here') return true;
  for (let j = start - 1; j >= c.start && j >= start - 3; j--) if (FREQUENCY.has(c.n(j))) return true;
  return false;
}

const FREQUENCY = new Set(['sometimes', 'often', 'usually', 'normally', 'occasionally', 'rarely', 'seldom', 'frequently', 'technically', 'physically']);

export function showsUp(c: SentenceContext, start: number, end: number): boolean {
  // `appears in trouble`, `appears on course`, `appears in no hurry`: a state, so seeming
  if (W.showUpPrepositions.has(c.n(end))) return !SEEMING_STATES.has(c.n(end + 1));
  for (let j = start - 1; j >= c.start && j >= start - 3; j--) if (W.makeVerbs.has(c.n(j)) && !c.n(j).startsWith('bec')) return true;
  return false;
}
