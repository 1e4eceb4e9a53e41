/** The object a cue's act falls on: after the cue or its link, or, failing that, the actor the clause is about. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import type { CueMatch } from './02-cues.js';
import { beforeGroup, type Group } from './01-groups.js';
import { EXAMPLES, objectGroup, pastDirectObject, reachAfter } from './03c-objects.js';

/** Prepositions that link a cue to its object (`support for`, `sanctions on`, `alliance with`). */
export const NOUN_LINKS = new Set(['for', 'to', 'with', 'on', 'against', 'of', 'toward', 'towards', 'over', 'from', 'upon', 'into']);
/** An agreement's parties follow `with` or `between`; `a treaty for the Obama administration` names no party. */
const PARTY_LINKS = new Set(['with', 'between', 'among']);

const groups = (inClause: readonly Group[], t: number) => inClause.some((g) => g.tokenStart === t);

/** Verbs of a relative clause without `that` after a partner noun (`the ally Washington has`). */
const HAVING = new Set(['has', 'had', 'have', 'needs', 'needed', 'found', 'trusts', 'trusted', 'counts', 'relies']);

/** The object found right after a cue, and whether it is a verb's direct object. */
export interface ObjectFound {
  target: Group | undefined;
  direct: boolean;
  /** The object belongs to the next cue instead: this cue gives no pair. */
  yields: boolean;
}

/**
 * The object after cue `m` (in clause `[.., clauseEnd)`): a verb's object or the actor after its
 * link, never past another verb; a traded product, or an actor a nearer cue takes, is none.
 */
export function objectAfter(doc: Doc, m: CueMatch, inClause: readonly Group[], clauseEnd: number, source: Group | undefined, inner: CueMatch | undefined): ObjectFound {
  const last = doc.tokens[m.tokenEnd - 1]!.normal;
  const next = doc.tokens[m.tokenEnd]?.normal ?? '';
  // `depends on the route for its exports to Europe`: after a cue's own preposition the object
  // comes at once (`relies on China's backing`), unless examples follow (`particularly the US`)
  const ownLink = (NOUN_LINKS.has(last) || last === 'in') && m.cue.stems.length > 1;
  const examples = doc.tokens.slice(m.tokenEnd, m.tokenEnd + 5).some((t) => EXAMPLES.has(t.normal));
  // (`participation in the Russian-led CSTO`: a `X-led` modifier is one word of the object's phrase)
  const reach = ownLink && !examples ? Math.min(2 + ledModifierAt(doc, m.tokenEnd), reachAfter(doc, m, clauseEnd)) : reachAfter(doc, m, clauseEnd);
  const none = { target: undefined, direct: false, yields: false };
  if (m.verb || NOUN_LINKS.has(last) || (ownLink && last === 'in')) {
    let target = objectGroup(doc, inClause, m.tokenEnd, reach, source);
    // `sells Bayraktar drones`, `sold BrahMos missiles`: a traded product is no partner; the
    // partner is a state or people, or whoever comes after `to`/`from`
    const link = (g: Group) => doc.tokens[beforeGroup(doc, g)]?.normal ?? '';
    const partner = (g: Group) => ['to', 'from'].includes(link(g)) || g.types.every((t) => t === 'GPE' || t === 'NORP');
    // (`buys Rafale fighters from France`: the partner after the product)
    // (`supplied Bayraktar drones to the Sudanese army`: a named product given as aid, too)
    // (compromise may read the product's plural noun as a verb: `Bayraktar drones`)
    const headAfter = (t: number) => doc.tokens[t]?.kind === 'word' && !hasTag(doc, t, 'Preposition') && !hasTag(doc, t, 'Conjunction') && (hasTag(doc, t, 'Noun') || doc.tokens[t]!.normal.endsWith('s'));
    const product = (g: Group) => m.cue.family === 'aid' && !g.possessive && g.types.every((type) => type === 'ORG' || type === 'MISC') && !['to', 'from'].includes(link(g)) && headAfter(g.tokenEnd) && !groups(inClause, g.tokenEnd);
    if (target && ((m.cue.family === 'trade' && !partner(target)) || product(target))) target = inClause.find((g) => g.tokenStart > target!.tokenStart && g.tokenStart <= target!.tokenEnd + 4 && ['to', 'from'].includes(link(g)));
    // `supplied the Idlib opposition`: a place or a named thing modifying the object's noun is not the object
    if (target && target.types.every((t) => t === 'MISC' || t === 'LOC') && hasTag(doc, target.tokenEnd, 'Noun') && !groups(inClause, target.tokenEnd)) target = undefined;
    if (target && inner && inner.tokenStart >= m.tokenEnd && inner.tokenEnd <= target.tokenStart) return { ...none, yields: true };
    if (target && m.verb && !NOUN_LINKS.has(last) && pastDirectObject(doc, m.tokenEnd, target.tokenStart)) target = undefined;
    // `depends on the easing of American sanctions`: the adjective belongs to the inner cue
    if (target && inner && inner.tokenStart === target.tokenEnd && target.norp && inner.cue.polarity !== m.cue.polarity) return { ...none, yields: true };
    const direct = m.verb && !!target && !NOUN_LINKS.has(doc.tokens[target.tokenStart - 1]?.normal ?? '') && !NOUN_LINKS.has(last);
    return { target, direct, yields: false };
  }
  // `the most reliable partner the United States had`: a relative clause without `that`
  if (!m.verb && ['cooperation', 'support', 'alignment'].includes(m.cue.family)) {
    const g = inClause.find((x) => x.tokenStart === m.tokenEnd || (x.tokenStart === m.tokenEnd + 1 && next === 'the'));
    if (g && !g.norp && g !== source && HAVING.has(doc.tokens[g.tokenEnd]?.normal ?? '')) return { ...none, target: g };
  }
  if (NOUN_LINKS.has(next) && (m.cue.family !== 'agreement' || PARTY_LINKS.has(next))) {
    // `support for Beijing`, `attacks on shipping` (no actor): the object follows the link closely
    return { ...none, target: objectGroup(doc, inClause, m.tokenEnd + 1, Math.min(reach, EXAMPLES.has(doc.tokens[m.tokenEnd + 2]?.normal ?? '') ? reach : 3), source) };
  }
  return none;
}

/** Extra tokens of a `Russian-led`, `US-backed` modifier after an optional determiner at `t` (0 if none). */
function ledModifierAt(doc: Doc, t: number): number {
  const at = ['the', 'a', 'an'].includes(doc.tokens[t]?.normal ?? '') ? t + 1 : t;
  return doc.tokens[at + 1]?.normal === '-' && LED.has(doc.tokens[at + 2]?.normal ?? '') ? 2 : 0;
}
const LED = new Set(['led', 'backed', 'sponsored', 'funded', 'brokered', 'dominated', 'run']);
