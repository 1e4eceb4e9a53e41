import { W } from '../words.js';
import { attributiveParticiple, beliefAsTopic } from './readings.js';
import { COMPLEMENTIZERS, PERFECT_OR_PASSIVE, type Rule, verb } from './syntax.js';

/** The belief-verb rules: expect, fear, believe, think, assume, suppose, consider/regard as a verb of belief. */

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);

/** Context rules for verbs of belief, in the order `RULES` lists them. */
export const BELIEF_RULES: Record<string, Rule> = {
  verb: (c, m) => verb(c, m) && !attributiveParticiple(c, m),
  // `as expected`, `than expected` are caught as non-cues; here the noun (`expectations`) and the attributive
  // participle (`the shooter's preference, expected angle of attack`) stay out
  expect: (c, m) => verb(c, m) && c.n(m.start - 1) !== 'as' && c.n(m.start - 1) !== 'than' && !attributiveParticiple(c, m),
  // `fear that`, `feared a collapse`; not `want or fear or respect`
  fear: (c, m) => verb(c, m) && !c.isPunct(m.end) && !['or', 'and', 'nor'].includes(c.n(m.end)),
  // `believe in` is faith or trust, not belief that
  believe: (c, m) => verb(c, m) && c.n(m.end) !== 'in' && !beliefAsTopic(c, m),
  think: (c, m) => {
    // `Marxist thought`, `schools of thought`: the noun
    const prev = c.n(m.start - 1);
    if (c.n(m.start) === 'thought' && (['of', 'and', 'or', "'s"].includes(prev) || ((c.has(m.start - 1, 'Adjective') || c.has(m.start - 1, 'Demonym')) && !c.has(m.start - 1, 'Adverb')))) return false;
    // `Marxist thought.`, `Judeo-Christian thought to secular humanism`: a school of thought, however tagged
    if (c.n(m.start) === 'thought' && /(?:ist|ian|ic|al|ern|ese)$/u.test(prev) && (c.isPunct(m.end) || c.has(m.end, 'Preposition') || c.n(m.end) === 'to')) return false;
    // `thought him no better`: a judgement of someone, described, not a hedge (`I think it unlikely` stays one)
    if (OBJECT_PRONOUNS.has(c.n(m.end)) && !W.selfMentions.has(c.n(m.start - 1))) return false;
    return verb(c, m) && !W.thinkNonEpistemic.has(c.n(m.end)) && !beliefAsTopic(c, m);
  },
  // `assume power`, `assume the presidency`, `assume additional duties`: taking on, not supposing
  assume: (c, m) => verb(c, m) && !W.takeOnObjects.has(c.n(m.end)) && !(c.has(m.end, 'Adjective') && W.takeOnObjects.has(c.n(m.end + 1))),
  suppose: (c, m) => verb(c, m) && c.n(m.end) !== 'to',
  // `claims that`, `claimed to be`; not a territorial claim (`claims as its own`, `claimed the island`)
  // `consider it a comet`, `what they consider a soulless corporation`, `regard X as Y`: belief, not deliberation or sight
  doxastic: (c, m) => {
    if (!verb(c, m) || PERFECT_OR_PASSIVE.has(c.n(m.start - 1)) && c.n(m.start - 1) !== 'have' && c.n(m.start - 1) !== 'has') return false;
    const word = c.n(m.start);
    const next = c.n(m.end);
    if (COMPLEMENTIZERS.has(next) || next === 'as' || c.isPunct(m.end)) return false;
    let asSoon = false;
    for (let j = m.end + 1; j < c.end && j <= m.end + 5 && !c.isPunct(j); j++) if (c.n(j) === 'as') asSoon = true;
    if (!word.startsWith('consider')) return asSoon;
    if (asSoon || ['what', 'whom', 'which'].includes(c.n(m.start - 1)) || ['what', 'whom', 'which'].includes(c.n(m.start - 2))) return true;
    for (let j = m.end + 1; j < c.end && j <= m.end + 4 && !c.isPunct(j); j++) if (c.n(j) === 'to' && c.n(j + 1) === 'be') return true;
    return /^(him|her|it|them|themselves|itself|himself|herself|this|that)$/u.test(next) && (c.has(m.end + 1, 'Adjective') || c.has(m.end + 1, 'Determiner'));
  },
};
