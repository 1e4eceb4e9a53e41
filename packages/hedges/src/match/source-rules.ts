import { W } from '../words.js';
import type { SentenceContext } from './context.js';
import type { Rule } from './syntax.js';

/** The source rules: passives of opinion (`is seen as`, `is said to`), agentless passives and vague sources. */

const AS_COMPARISON = new Set(['far', 'much', 'many', 'well', 'soon', 'long', 'early', 'late', 'recently', 'often', 'few', 'little', 'quickly', 'high', 'low']);

/** `by some`, `by many observers`, `by critics`: an agent that names no one. */
function byVagueSource(c: SentenceContext, i: number): boolean {
  const w = c.n(i);
  if (W.vagueQuantifiers.has(w) && w !== 'other' && w !== 'certain') return true;
  return W.vagueSources.has(w) || (W.vagueSources.has(c.n(i + 1)) && c.has(i, 'Adjective'));
}

const DELIBERATION_AFTER = new Set(['but', 'and', 'or', 'carefully', 'seriously', 'separately', 'further', 'briefly', 'from', 'later']);

/** Context rules for passives and vague sources, in the order `RULES` lists them. */
export const SOURCE_RULES: Record<string, Rule> = {
  'ruled-out': () => true,
  // `passive-as`: X is regarded as / considered one of / seen as; not `considered by parliament`
  'passive-as': (c, m) => {
    let next = c.n(m.end);
    // `are being considered`, `was considered but rejected`, `considered separately`: deliberation, not opinion
    if (c.n(m.end - 2) === 'being' || DELIBERATION_AFTER.has(next)) return false;
    if (next === 'by') return byVagueSource(c, m.end + 1);
    if (next === '"' || next === "'") next = c.n(m.end + 1);
    else if (c.isPunct(m.end)) return false;
    // a bare participle is a reduced passive only after a comma or `those` (`Berruguete, considered the
    // greatest`); after a subject it is active (`Russia considered the proposal`)
    if (m.end - m.start === 1 && !(c.n(m.start - 1) === ',' || c.n(m.start - 1) === '(' || c.n(m.start - 1) === 'those')) return false;
    for (let j = m.end; j < c.end && j < m.end + 5 && !c.isPunct(j); j++) {
      // `seen as far away as Illinois` compares; `seen as a threat` judges
      if (c.n(j) === 'as') {
        if (AS_COMPARISON.has(c.n(j + 1)) && (c.n(j + 2) === 'as' || c.n(j + 3) === 'as')) break;
        return true;
      }
      if (j === m.end && c.n(j) === 'to') return true;
    }
    // `considered for the lead`, `seen in Kyiv`: deliberation or sight, not opinion
    if (c.has(m.end, 'Preposition') && next !== 'among') return false;
    return ['considered', 'deemed', 'thought', 'believed', 'held', 'expected', 'assumed', 'accepted', 'reported'].includes(c.n(m.end - 1));
  },
  // `is said to be`, `was believed to have`; not `held to account`
  raising: (c, m) => c.has(m.end, 'Verb') || ['be', 'have', 'possess', 'hold', 'own', 'control', 'lie', 'live', 'come', 'originate', 'contain', 'date', 'number', 'exceed', 'include', 'represent'].includes(c.n(m.end)),
  // agentless (`has been questioned`) or by a vague agent (`questioned by some observers`)
  agentless: (c, m) => c.n(m.end) !== 'by' || byVagueSource(c, m.end + 1),
  // `some say`, `reports suggest`: not `the reports suggest`, not `some think tanks`
  'vague-source': (c, m) => !W.definiteDeterminers.has(c.n(m.start - 1)) && !['tank', 'tanks'].includes(c.n(m.end)) && !c.isNounOnly(m.end - 1),
};
