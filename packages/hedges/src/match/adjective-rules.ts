import { W } from '../words.js';
import { feasible } from './senses.js';
import { afterCopula, predicative, type Rule } from './syntax.js';

/** The adjective rules: likely, possible, certain, sure, potential — predicative or attributive as the cue needs. */

/** Context rules for hedging and boosting adjectives, in the order `RULES` lists them. */
export const ADJECTIVE_RULES: Record<string, Rule> = {
  likely: (c, m) => !W.likelyNouns.has(c.n(m.end)),
  // `a possible war` is a hedge; `as soon as possible`, `the best possible`, `made possible`, `possible to build` are not
  possible: (c, m) => {
    const prev = c.n(m.start - 1);
    if (prev === 'as' || W.possibleNonCue.has(prev) || c.doc.tokens[m.start - 1]?.kind === 'number') return false;
    // `the number of possible moves`, `the set of possible values`: the range of options, not a hedge
    if (prev === 'of' && W.possibleNonCue.has(c.n(m.start - 2))) return false;
    if (feasible(c, m.start, m.end)) return false;
    for (let j = m.start - 1; j >= c.start && j >= m.start - 3; j--) if (W.makeVerbs.has(c.n(j))) return false;
    return c.n(m.end) !== 'to' && c.n(m.end) !== 'for';
  },
  impossible: (c, m) => predicative(c, m) && c.n(m.end) !== 'to',
  predicative,
  // `certain countries`, `a certain extent`: a determiner, not certainty
  certain: (c, m) => predicative(c, m) || (c.n(m.end) === 'to' && afterCopula(c, m.start)),
  sure: (c, m) => predicative(c, m) && !['make', 'makes', 'made', 'making'].includes(c.n(m.start - 1)),
  // `a potential conflict`; not `the potential for`
  attributive: (c, m) => !afterCopula(c, m.start) && (c.has(m.end, 'Noun') || c.has(m.end, 'Adjective')) && !c.isPunct(m.end),
  // `alleged members`, also after a copula when a noun follows (`the cause was alleged livestock theft`);
  // not the passive `was alleged to`, `was suspected of`
  // `hard to see how`, not the literal `hard to see.` closing its clause (`hard to believe.` still doubts)
  'not-final': (c, m) => c.n(m.end - 1) !== 'see' || !['.', ',', ';', ':', '!'].includes(c.n(m.end)) && m.end < c.end,
  hearsay: (c, m) => (c.has(m.end, 'Noun') || c.has(m.end, 'Adjective')) && !c.isPunct(m.end) && (!afterCopula(c, m.start) || c.isNounOnly(m.end) && !c.has(m.end, 'Pronoun')),
};
