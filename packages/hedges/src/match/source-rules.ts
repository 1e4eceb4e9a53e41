import { W } from '../words.js';
import type { SentenceContext } from './context.js';
import { MODALS, type Rule } from './syntax.js';

/** The source rules: passives of opinion (`is seen as`, `is said to`), agentless passives and vague sources. */

const AS_COMPARISON = new Set(['far', 'much', 'many', 'well', 'soon', 'long', 'early', 'late', 'recently', 'often', 'few', 'little', 'quickly', 'high', 'low']);

/** `by some`, `by many observers`, `by critics`: an agent that names no one. */
function byVagueSource(c: SentenceContext, i: number): boolean {
  const w = c.n(i);
  if (W.vagueQuantifiers.has(w) && w !== 'other' && w !== 'certain') return true;
  return W.vagueSources.has(w) || (W.vagueSources.has(c.n(i + 1)) && c.has(i, 'Adjective'));
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
/** `want to be seen as`: a wish about one's image; no one's judgement is reported. */
const IMAGE_VERBS = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'afford', 'like', 'likes', 'need', 'needs', 'needed', 'keen', 'eager', 'anxious', 'careful', 'loath', 'reluctant']);
const RELATIVES = new Set(['what', 'which', 'that', 'whom', 'who', 'whose']);
const CONSENSUS = new Set(['widely', 'generally', 'commonly', 'popularly', 'universally']);

const DELIBERATION_AFTER = new Set(['but', 'and', 'or', 'carefully', 'seriously', 'separately', 'further', 'briefly', 'from', 'later']);

/** A person (or people) as the subject ending at `i`: a personal pronoun, a name, or a noun compromise tags as an actor. */
function interrogated(c: SentenceContext, i: number): boolean {
  return ['he', 'she', 'they', 'i', 'we', 'you', 'suspects', 'witnesses', 'detainees'].includes(c.n(i)) || c.has(i, 'Person') || c.has(i, 'Actor');
}

/** Context rules for passives and vague sources, in the order `RULES` lists them. */
export const SOURCE_RULES: Record<string, Rule> = {
  'ruled-out': () => true,
  // `passive-as`: X is regarded as / considered one of / seen as; not `considered by parliament`
  'passive-as': (c, m) => {
    let next = c.n(m.end);
    // `are being considered`, `was considered but rejected`, `considered separately`: deliberation, not opinion
    if (c.n(m.end - 2) === 'being' || DELIBERATION_AFTER.has(next)) return false;
    // `who ... thought highly of`, `thought about`: an active verb of regard, not an agentless judgement
    if (c.n(m.end - 1) === 'thought' && W.thinkNonEpistemic.has(next) && next !== 'to' && next !== 'of') return false;
    // `can be thought of as`: a way to conceive of it, offered by the writer, not a view reported
    if (c.n(m.end - 1) === 'thought' && next === 'of' && MODALS.has(c.n(m.start - 1) === 'be' ? c.n(m.start - 2) : c.n(m.start - 1))) return false;
    // `will not want to be seen to blink`: how one looks, not what anyone judges
    const to = c.n(m.start) === 'be' ? m.start - 1 : m.start - 2;
    const image = c.n(to) === 'to' && c.n(to + 1) === 'be' && IMAGE_VERBS.has(c.n(to - 1));
    if (image && (next === 'to' || next === 'as') && ['seen', 'viewed', 'perceived'].includes(c.n(m.end - 1))) return false;
    if (next === 'by') return byVagueSource(c, m.end + 1);
    if (next === '"' || next === "'") next = c.n(m.end + 1);
    else if (c.isPunct(m.end)) return false;
    // a participle without its own be-form (`considered`, `then considered`) is passive only after a
    // be-form and adverbs or negation (`is not considered`, `is currently regarded`), or reduced after a
    // comma, `those` or the sentence start (`Berruguete, considered the greatest`); after a subject it
    // is active (`Russia considered the proposal`, `The cabinet later considered it`)
    if (!BE_FORMS.has(c.n(m.start)) && !CONSENSUS.has(c.n(m.start))) {
      let j = m.start - 1;
      while (j >= c.start && j >= m.start - 3 && (c.has(j, 'Adverb') || W.negators.has(c.n(j))) && !BE_FORMS.has(c.n(j))) j--;
      const prev = c.n(m.start - 1);
      const reduced = prev === ',' || prev === '(' || prev === 'those' || m.start === c.start;
      // `and considered one of`, `or regarded as`: coordinated with a passive or a description
      const coordinated = (prev === 'and' || prev === 'or') && (next === 'as' || next === 'one' || (next === 'to' && c.n(m.end + 1) === 'be'));
      // `countries traditionally seen as`: after a noun, `as` or `to be` with no object between is passive;
      // `what Eimert considered to be` is an active verb whose object the relative pronoun took
      const judging = next === 'as' || (next === 'to' && c.n(m.end + 1) === 'be');
      const afterNoun = judging && c.isNounOnly(j) && !c.has(j, 'Pronoun') && !RELATIVES.has(c.n(j - 1)) && !RELATIVES.has(c.n(j - 2));
      if (!BE_FORMS.has(c.n(j)) && !reduced && !coordinated && !afterNoun) return false;
    }
    for (let j = m.end; j < c.end && j < m.end + 5 && !c.isPunct(j); j++) {
      // `seen as far away as Illinois` compares; `seen as a threat` judges
      if (c.n(j) === 'as') {
        if (AS_COMPARISON.has(c.n(j + 1)) && (c.n(j + 2) === 'as' || c.n(j + 3) === 'as')) break;
        // `seen as a whole`: taken together, not judged; `playing football as well`: also
        if ((c.n(j + 1) === 'a' && c.n(j + 2) === 'whole') || c.n(j + 1) === 'well') break;
        return true;
      }
      if (j === m.end && c.n(j) === 'to') return true;
    }
    // `considered for the lead`, `seen in Kyiv`: deliberation or sight, not opinion
    if (c.has(m.end, 'Preposition') && next !== 'among') return false;
    return ['considered', 'deemed', 'thought', 'believed', 'held', 'expected', 'assumed', 'accepted', 'reported'].includes(c.n(m.end - 1));
  },
  // `the assumption in the industry is that`: a belief held by no one in particular, over a place or group
  'predicate-that': (c, m) => {
    if (!['in', 'among', 'at', 'within', 'across', 'inside', 'on'].includes(c.n(m.end))) return false;
    for (let j = m.end + 1; j < c.end && j <= m.end + 6; j++) {
      if (['is', 'was', 'remains', 'remained'].includes(c.n(j))) return c.n(j + 1) === 'that';
      if (c.isPunct(j) || c.has(j, 'Verb')) return false;
    }
    return false;
  },
  // `is said to be`, `was believed to have`; not `held to account`
  raising: (c, m) => c.has(m.end, 'Verb') || ['be', 'have', 'possess', 'hold', 'own', 'control', 'lie', 'live', 'come', 'originate', 'contain', 'date', 'number', 'exceed', 'include', 'represent'].includes(c.n(m.end)),
  // agentless (`has been questioned`) or by a vague agent (`questioned by some observers`)
  // `suspects were questioned`, `both girls are questioned`: people questioned are interrogated, not doubted
  agentless: (c, m) => (c.n(m.end) !== 'by' || byVagueSource(c, m.end + 1)) && !(c.n(m.end - 1) === 'questioned' && interrogated(c, m.start - 1)),
  // `some say`, `reports suggest`: not `the reports suggest`, not `some think tanks`
  'vague-source': (c, m) => !W.definiteDeterminers.has(c.n(m.start - 1)) && !['tank', 'tanks'].includes(c.n(m.end)) && !c.isNounOnly(m.end - 1),
};
