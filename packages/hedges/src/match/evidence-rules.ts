import { W } from '../words.js';
import type { SentenceContext } from './context.js';
import { afterCopula, COMPLEMENTIZERS, MODALS, nextVerb, PERFECT_OR_PASSIVE, type Rule, verb } from './syntax.js';

/** The evidence rules: show, prove and know as the verbs of evidence and fact, not of display or skill. */

const EVIDENCE_OBJECTS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'both', 'some', 'once', 'again', 'beyond', 'conclusively', 'clearly']);

const modalAfter = (c: SentenceContext, i: number) => MODALS.has(c.n(i - 1)) || MODALS.has(c.n(i - 2)) && c.has(i - 1, 'Adverb');

/** Context rules for verbs of evidence and knowledge, in the order `RULES` lists them. */
export const EVIDENCE_RULES: Record<string, Rule> = {
  // evidence (`the data show that`), not display (`show restraint`), not a show, not after a modal
  show: (c, m) => {
    const next = c.n(nextVerb(c, m.end));
    if (c.n(m.start - 1) === 'as' || modalAfter(c, m.start) || W.displayObjects.has(next)) return false;
    if (COMPLEMENTIZERS.has(next)) return true;
    if (!verb(c, m) || c.n(m.start - 1) === 'to') return false;
    return EVIDENCE_OBJECTS.has(next) || PERFECT_OR_PASSIVE.has(c.n(m.start - 1)) && (next === 'to' || c.isPunct(m.end));
  },
  prove: (c, m) => verb(c, m) && c.n(m.start - 1) !== 'as' && !modalAfter(c, m.start) && !(c.has(m.end, 'Noun') && !c.has(m.end, 'Pronoun') && !afterCopula(c, m.start)),
  // factive know takes a clause (`knowing that`, `we know it is`), not an object (`know the region`)
  know: (c, m) => {
    if (!verb(c, m)) return false;
    const next = c.n(m.end);
    // `know how to`, `know when to`: a skill
    if (COMPLEMENTIZERS.has(next) && c.n(m.end + 1) === 'to') return false;
    // `diplomats know it.`: the fact just stated
    if (['it', 'this', 'that'].includes(next) && c.isPunct(m.end + 1)) return true;
    return next === 'that' || next === 'full' || next === 'for' || next === 'from' || COMPLEMENTIZERS.has(next) || (c.has(m.end, 'Pronoun') && c.has(m.end + 1, 'Verb')) || next === 'there';
  },
};
