import { W } from '../words.js';
import { SentenceContext } from './context.js';
import { namingPassive, narrativeYear, narrativeYearInClause, permissionHolder } from './senses.js';
import { MODALS, nextVerb, type Rule } from './syntax.js';

/**
 * The modal rules: when may, might, could, would and must estimate a likelihood rather than name a
 * month, grant permission, state an ability or tell a past narrative.
 */

/** Verbs whose `could ... no` is an inability (`could find no trace`, `could offer no explanation`, `could do nothing`). */
const FINDING = new Set(['find', 'see', 'discover', 'detect', 'locate', 'identify', 'trace', 'get', 'obtain', 'offer', 'do', 'say', 'hear', 'recall']);
const NOUN_PREPOSITIONS = new Set(['of', 'with', 'from', 'by', 'against', 'through']);
const TIME_PREPOSITIONS = new Set(['in', 'by', 'since', 'until', 'after', 'before', 'during', 'from', 'of']);

/**
 * Past context: the sentence opens with a time phrase naming a year earlier than the document's
 * latest (`In 1990 she could read Greek`, `By 2014, Russia could ...`), and the modal follows it.
 */
function pastYearBefore(c: SentenceContext, i: number): boolean {
  for (let j = c.start; j < i && j < c.start + 5; j++) {
    const t = c.doc.tokens[j];
    // a year or a decade (`In the 1990s, Moscow could ...`)
    const decade = c.n(j - 1) === 'the' && TIME_PREPOSITIONS.has(c.n(j - 2));
    if (t?.kind === 'number' && /^\d{4}s?$/u.test(t.text) && Number(t.text.slice(0, 4)) < c.latestYear && (TIME_PREPOSITIONS.has(c.n(j - 1)) || decade)) return true;
  }
  return false;
}

const PERFECT_AUX = new Set(['has', 'have', 'had', "'ve", 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const PAST_FORMS = new Set(['was', 'were', 'had', 'did']);
const HYPOTHETICAL_SUBJECT = new Set(['a', 'an', 'any', 'such', 'another']);
const HABITUAL = new Set(['usually', 'often', 'regularly', 'typically', 'normally', 'frequently', 'occasionally', 'whenever', 'routinely', 'customarily', 'traditionally', 'sometimes']);
const NARRATIVE_ADVERBS = new Set(['later', 'eventually', 'subsequently', 'afterwards', 'thereafter', 'soon']);
const CONDITIONAL = new Set(['if', 'unless', 'whether', 'otherwise', 'suppose', 'imagine', 'without']);

/** The tense of token `j` when it is a finite verb: `past`, `present`, or null for anything else. */
function finiteTense(c: SentenceContext, j: number, auxiliaryPast = true): 'past' | 'present' | null {
  const tags = c.tags(j);
  if (!tags.includes('Verb') || tags.includes('Modal') || tags.includes('Gerund')) return null;
  const prev = c.n(j - 1);
  // compromise tags bare presents `Infinitive` too, so the word before decides: `to go`, `would go`
  if (prev === 'to' || MODALS.has(prev) || prev === "n't" || prev === 'not') return null;
  // compromise leaves the past of `be`, `have` and `do` untagged for tense when they are auxiliaries (`was inherited`)
  if (auxiliaryPast && PAST_FORMS.has(c.n(j))) return 'past';
  if (tags.includes('PastTense')) return PERFECT_AUX.has(prev) || prev === ',' ? null : 'past';
  return tags.includes('PresentTense') || ['is', 'are', 'am', "'s", "'re", 'has', 'have', 'does', 'do'].includes(c.n(j)) ? 'present' : null;
}

/**
 * Narrative past around a modal at `i`: the nearest finite verb before it in the sentence, or
 * else the first (main) one of the previous sentence, is past tense (`people would play in honour of`,
 * `Parliament could create more problems than it solved`). A condition (`if`) keeps the modal.
 */
function narrativePast(c: SentenceContext, i: number): boolean {
  for (let j = c.start; j < i; j++) if (CONDITIONAL.has(c.n(j))) return false;
  for (let j = i - 1; j >= c.start; j--) {
    const tense = finiteTense(c, j);
    // a possibility someone reported (`the ombudsman stated could violate`) is still a possibility
    if (tense) return tense === 'past' && !(c.n(i) === 'could' && W.reportingVerbs.has(c.n(j)));
  }
  const previous = c.doc.sentences[(c.doc.tokens[c.start - 1]?.sentence ?? -1)];
  // a hypothetical subject (`A full embargo would hurt`, `Such a move would`) after a past sentence
  // weighs a possibility; it does not continue the story
  if (!previous || HYPOTHETICAL_SUBJECT.has(c.n(c.start))) return false;
  const outer = new SentenceContext(c.doc, c.normals, previous.tokenStart, previous.tokenEnd, c.latestYear);
  // the previous sentence's main verb: its first finite one
  for (let j = previous.tokenStart; j < previous.tokenEnd; j++) {
    // the auxiliary past counts only inside the sentence: `X was ...` opens commentary as often as a story
    const tense = finiteTense(outer, j, false);
    if (tense) return tense === 'past';
  }
  return false;
}

/**
 * Deontic and purpose uses of may/might: permission (`only one element may be addressed`, `you may
 * check`), purpose (`so that we may serve`) and the optative (`may God's curse be upon him`,
 * where no verb follows).
 */
function permissionOrPurpose(c: SentenceContext, i: number): boolean {
  if (c.n(i - 1) === 'you') return true;
  for (let j = i - 1; j >= c.start && j >= i - 8 && !c.isPunct(j); j--) {
    if (c.n(j) === 'only') return true;
    // purpose (`in order that all members may vote`) and the optative after a comma (`..., that we may
    // serve you`); `so that` far from the modal is as often a result (`so that gum ... may be visible`)
    if (c.n(j) === 'that' && (c.n(j - 1) === 'order' || (c.n(j - 1) === ',' && c.has(j + 1, 'Pronoun')))) return true;
  }
  if ((c.n(i - 2) === 'that' && c.n(i - 3) === 'so') || (c.n(i - 3) === 'that' && c.n(i - 4) === 'so')) return true;
  const next = nextVerb(c, i + 1);
  return next < c.end && c.isNounOnly(next) && !c.has(next, 'Pronoun');
}

/** Context rules for the modal auxiliaries, in the order `RULES` lists them. */
export const MODAL_RULES: Record<string, Rule> = {
  // the month and the name (`in May`, `Theresa May`): a capital May inside a sentence, or a May before a number
  may: (c, m) => {
    // a capital May is the month or a name; the optative (`May he rest`) is no hedge either
    const surface = c.text(m.start);
    if (surface === 'May' || (surface === 'MAY' && c.doc.tokens[m.start + 1]?.kind === 'number')) return false;
    return !permissionOrPurpose(c, m.start) && !namingPassive(c, m.start) && !permissionHolder(c, m.start);
  },
  // `military might`, `the might of`: the noun
  // `a handful of might`, `might makes right`: after a preposition, or before a verb with a third-person -s
  might: (c, m) => {
    if (W.determiners.has(c.n(m.start - 1)) && c.n(m.start - 1) !== 'that' && c.n(m.start - 1) !== 'this') return false;
    if (c.n(m.end) === 'of') return false;
    // after an adjective it is the noun (`military might is unmatched`) unless a bare verb follows
    // (`a government of the right might loosen the terms`)
    const next = nextVerb(c, m.end);
    const modal = c.has(next, 'Infinitive') || ['be', 'have', 'not', "n't", 'well'].includes(c.n(next));
    if (c.has(m.start - 1, 'Adjective') && !c.has(m.start - 1, 'Pronoun') && !modal) return false;
    if (NOUN_PREPOSITIONS.has(c.n(m.start - 1))) return false;
    return !(c.has(m.end, 'PresentTense') && !c.has(m.end, 'Infinitive') && c.n(m.end).endsWith('s'));
  },
  // ability (`could read`), inability (`could not agree`) and past possibility (`In 1990 ... could`)
  could: (c, m) => {
    const next = c.n(m.end);
    if (W.negators.has(next) || next === 'only' || next === 'barely' || next === 'hardly') return false;
    if (W.abilityVerbs.has(c.n(nextVerb(c, m.end)))) return false;
    // `could find no trace`: inability, as `could not find`; `the best they could do`: the limit of an ability
    const object = nextVerb(c, m.end) + 1;
    if (FINDING.has(c.n(object - 1)) && (['no', 'nothing', 'none', 'nobody'].includes(c.n(object)) || (c.n(object - 1) === 'do' && c.n(object) === 'little'))) return false;
    if (c.n(nextVerb(c, m.end)) === 'do' && ['best', 'all', 'most', 'least'].some((w) => [c.n(m.start - 2), c.n(m.start - 3), c.n(m.start - 4)].includes(w))) return false;
    if (next === 'have') return true;
    if (namingPassive(c, m.start)) return false;
    // `so that it could concentrate`: purpose in a past narrative
    if ((c.n(m.start - 2) === 'that' && c.n(m.start - 3) === 'so') || (c.n(m.start - 3) === 'that' && c.n(m.start - 4) === 'so')) return false;
    if (narrativeYearInClause(c, m.start)) return false;
    return !pastYearBefore(c, m.start) && !W.pastMarkers.has(c.n(m.start - 2)) && !W.pastMarkers.has(c.n(m.start - 3)) && !narrativePast(c, m.start);
  },
  // reported future-in-the-past (`said it would`), preference (`would like`), narrative (`would later`)
  would: (c, m) => {
    const next = c.n(m.end);
    if (W.wouldNonHedge.has(next) || next === '-') return false;
    for (let j = c.start; j < m.start; j++) if (NARRATIVE_ADVERBS.has(c.n(j))) return false;
    // habitual past (`people would often start to leave`, `whenever ... he would`): reported past, not a hedge
    for (let j = c.start; j < c.end; j++) if (HABITUAL.has(c.n(j))) return false;
    for (let j = m.start - 1; j >= c.start && j >= m.start - 6; j--) {
      if (W.reportingVerbs.has(c.n(j))) return false;
      if (c.isPunct(j) && c.n(j) !== ',') break;
    }
    if (next === 'have' && (c.has(m.end + 1, 'Participle') || c.has(m.end + 1, 'PastTense') || c.n(m.end + 1) === 'been')) return true;
    return !pastYearBefore(c, m.start) && !narrativePast(c, m.start) && !narrativeYear(c, m.start);
  },
  // epistemic must only with a perfect infinitive (`must have known`); otherwise obligation
  'must-have': (c, m) => c.has(m.end, 'Participle') || c.has(m.end, 'PastTense') || c.n(m.end) === 'been',
};
