import { W } from '../words.js';
import type { SentenceContext } from './context.js';
import { asTheNameSays, attributiveParticiple, clauseWithNameSubject, compoundNoun, MARKING_PURPOSE, proposal, specificSubject } from './readings.js';
import { showsUp } from './senses.js';
import { nextVerb, PERFECT_OR_PASSIVE, type Rule, verb } from './syntax.js';

/**
 * The claim and inference rules: allegations, the writer's own estimates, claims, doubt, and the
 * verbs that infer or estimate (appear, suggest, indicate, estimate).
 */

/** `used to indicate`, `used by many writers to indicate`: a purpose of marking before the `to` at `to`, in its clause. */
function markingPurposeBefore(c: SentenceContext, to: number): boolean {
  for (let j = to - 1; j >= c.start && j >= to - 8 && !c.isPunct(j); j--) if (MARKING_PURPOSE.has(c.n(j))) return true;
  return false;
}

/** Nouns of states and situations by their suffix (`emergency`, `recovery`, `situation`, `agreement`, `weakness`). */
const ABSTRACT = /(?:cy|ity|ion|ment|ness|ance|ence|ship|ism|ery|ure)$/u;

const FORECAST = new Set(['will', 'would', 'could', 'may', 'might', "'ll", 'should', 'likely']);

/**
 * `estimates that 2.2 million workers stayed home`, `is estimated to be as high as 75 percent`: an
 * estimate of a quantity is an approximation (as `an estimated 20,000` and `estimated at` are), not a
 * judgement of likelihood; a forecast (`estimates that growth will slow to 2%`) still is.
 */
function countEstimate(c: SentenceContext, from: number): boolean {
  for (let j = from; j < c.end && j < from + 14 && !c.isPunct(j); j++) if (FORECAST.has(c.n(j))) return false;
  // the quantity opens the clause: `that 2.2 million employees`, `there are 10 to 20 million`, `to be as high as 75 percent`
  const countAt = (start: number) => {
    let j = start;
    while (j < c.end && j < start + 7 && COUNT_LEAD.has(c.n(j))) j++;
    return c.doc.tokens[j]?.kind === 'number' || (c.has(j, 'Value') && !c.has(j, 'Ordinal'));
  };
  if (countAt(from)) return true;
  // or the clause's verb has or reaches a quantity: `that Chile holds about 9 million tonnes`, `that the war killed 300,000`
  for (let j = from; j < c.end && j < from + 8 && !c.isPunct(j); j++) if (COUNT_VERBS.has(c.n(j))) return countAt(j + 1);
  return false;
}

const COUNT_VERBS = new Set(['has', 'have', 'had', 'holds', 'hold', 'held', 'contains', 'contain', 'contained', 'numbers', 'numbered', 'totals', 'totalled', 'totaled', 'reached', 'reaches', 'exceeds', 'exceeded', 'produces', 'produced', 'employs', 'employed', 'killed', 'kills', 'displaced', 'hosts', 'hosted', 'houses', 'housed', 'lost', 'owns', 'owned']);

const COUNT_LEAD = new Set(['that', 'there', 'are', 'were', 'is', 'was', 'to', 'be', 'have', 'has', 'been', 'about', 'around', 'almost', 'nearly', 'some', 'over', 'under', 'up', 'as', 'high', 'low', 'many', 'much', 'roughly', 'approximately', 'at', 'least', 'most', 'more', 'fewer', 'less', 'than', 'between', 'only', 'just', 'a', 'total', 'of', 'well', 'above', 'below', 'now', 'currently', 'still', '$']);

/** Context rules for claims, estimates and inferences, in the order `RULES` lists them. */
export const CLAIM_RULES: Record<string, Rule> = {
  // `allegations of fraud`, `amid rumours`; not `his allegations`, not a modifier (`allegation rates`)
  unpossessed: (c, m) => !W.definiteDeterminers.has(c.n(m.start - 1)) && c.n(m.start - 1) !== "'s" && !c.has(m.start - 1, 'Possessive') && !(c.has(m.end, 'Noun') && c.has(m.end, 'Plural')),
  // `we judge that`, `I do not assess that`, `we reckon`: estimative only in the writer's own voice;
  // `the court judged`, `we assess the damage` (an object, not a clause) are not estimates
  'first-person-estimate': (c, m) => {
    let j = m.start - 1;
    while (j >= c.start && j >= m.start - 4 && (W.auxiliaries.has(c.n(j)) || W.negators.has(c.n(j)) || c.has(j, 'Adverb'))) j--;
    if (!W.selfMentions.has(c.n(j))) return false;
    const next = c.n(m.end);
    return c.n(m.start).startsWith('reckon') || next === 'that' || next === 'it' || next === 'there' || (c.has(m.end, 'Pronoun') && c.has(m.end + 1, 'Verb'));
  },
  // a claim by a named or specific source reports what it said, as `said` or `argued` would; an unnamed
  // one (`critics claim`, `users who claimed`) or a coordination keeps the distance of `claim`
  claim: (c, m) => verb(c, m) && !(c.n(m.start).startsWith('claim') && specificSubject(c, m.start)) && (c.n(m.end) === 'that' || c.n(m.end) === 'to' || clauseWithNameSubject(c, m.end) || (c.has(m.end, 'Copula') && !W.determiners.has(c.n(m.start - 1)))),
  doubt: (c, m) => c.n(m.start - 1) !== 'the' || c.n(m.end) === 'that',
  // `appear to`, `appears that`, `appears unlikely`; not `appeared on television`
  appear: (c, m) => {
    const next = c.n(m.end);
    if (showsUp(c, m.start, m.end)) return false;
    // `appears more frequently`: a comparison of how often, not of how likely
    if (['more', 'less', 'increasingly'].includes(next) && c.has(m.end + 1, 'Adverb')) return false;
    if (W.appearComplements.has(next)) return true;
    if (next === 'as') return c.n(m.end + 1) === 'if' || c.n(m.end + 1) === 'though';
    if (c.has(m.end, 'Adjective') && !c.has(m.end, 'Noun') && !c.has(m.end, 'Preposition')) return true;
    // `it appears there were`, `it appears, ...`: the impersonal form always hedges
    return c.n(m.start - 1) === 'it';
  },
  // evidential, not resemblance: `it looks like`, `looks as if`, `looks like the deal will fail`, a situation
  // (`the emergency looks like a new normal`); not `the chrysalis looks like a piece of wood`
  'looks-like': (c, m) => {
    if (c.n(m.end - 1) !== 'like') return true;
    if (clauseWithNameSubject(c, m.end)) return true;
    let s = m.start - 1;
    while (s >= c.start && c.has(s, 'Adverb')) s--;
    const subject = c.n(s);
    if (subject === 'it' || subject === 'this' || ((subject === 'that' || subject === 'which') && !c.has(s - 1, 'Noun'))) return true;
    if (m.end - m.start > 2) return true;
    return c.isNounOnly(s) && ABSTRACT.test(subject);
  },
  suggest: (c, m) => verb(c, m) && !asTheNameSays(c, m.start) && !attributiveParticiple(c, m) && !c.has(nextVerb(c, m.end), 'Gerund') && !proposal(c, m),
  // `is indicated by a prefix`: marking, not inference
  // `the first letter indicates`, `zero indicates level`, `with 1 indicating the best`: a sign marks a meaning; nothing is inferred
  indicate: (c, m) => verb(c, m) && !asTheNameSays(c, m.start) && !PERFECT_OR_PASSIVE.has(c.n(m.start - 1)) && !(c.n(m.start - 1) === 'to' && markingPurposeBefore(c, m.start - 1)) && !W.signNouns.has(c.n(m.start - 1)) && c.doc.tokens[m.start - 1]?.kind !== 'number',
  // `devices to estimate body fat`: measuring
  estimate: (c, m) => verb(c, m) && c.n(m.start - 1) !== 'to' && !compoundNoun(c, m) && !attributiveParticiple(c, m) && !countEstimate(c, m.end),
};
