/** Object patterns: how far after a cue its object may start, and which actor group that is. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import type { CueMatch } from './02-cues.js';
import { beforeGroup, isSubjectAt, type Group } from './01-groups.js';
import { startsWithAny } from '../stems.js';
import type { Emit } from './03-find.js';

/**
 * How far after a cue its object may start: up to twelve tokens (`opposed to military blocs such
 * as the QUAD`), but never past another verb, which starts a new predicate.
 */
export function reachAfter(doc: Doc, m: CueMatch, clauseEnd: number): number {
  let t = m.tokenEnd;
  for (; t < Math.min(clauseEnd, m.tokenEnd + 12); t++) {
    const word = doc.tokens[t]!.normal;
    if (hasTag(doc, t, 'Verb') && !hasTag(doc, t, 'Gerund') && word !== 'led') break;
    // a relative clause or a new list item is past the object: `an island that Beijing claims`
    if (RELATIVES.has(word) || (word === ',' && !EXAMPLES.has(doc.tokens[t + 1]?.normal ?? ''))) break;
  }
  return t - m.tokenEnd;
}

const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
export const EXAMPLES = new Set(['particularly', 'especially', 'notably', 'including', 'such', 'namely', 'mainly', 'chiefly', 'above']);
const LOCATIVES = new Set(['off', 'in', 'at', 'near', 'across', 'inside', 'throughout', 'off', 'around', 'without', 'except', 'unlike', 'through', 'via', 'during', 'under']);

/**
 * The first group in `[from, from + reach]` that is not a place named after `in`/`at` (`attacks
 * in the Red Sea`) nor an actor left out by `without`/`except` (`cannot block it without Italy`), nor a means
 * (`courts the region through the C5 format`).
 */
export function objectGroup(doc: Doc, groups: readonly Group[], from: number, reach: number, not: Group | undefined): Group | undefined {
  // (the cue's own `in` is no place: `participation in the CSTO`)
  const link = (g: Group) => beforeGroup(doc, g);
  return groups.find((g) => g.tokenStart >= from && g.tokenStart <= from + reach && g !== not && !(link(g) >= from && LOCATIVES.has(doc.tokens[link(g)]?.normal ?? '') && !rulersIn(doc, link(g))));
}

/** Nouns for a state's rulers: `the new authorities in Damascus` is Syria's government, not a place. */
const RULERS = new Set(['authorities', 'government', 'regime', 'leadership', 'rulers', 'junta', 'administration']);

/** Token `t` is an `in` right after a rulers noun (`the authorities in Damascus`). */
export function rulersIn(doc: Doc, t: number): boolean {
  return doc.tokens[t]?.normal === 'in' && RULERS.has(doc.tokens[t - 1]?.normal ?? '');
}

const DETERMINERS = new Set(['of', 'for', 'the', 'a', 'an', 'any', 'all', 'more', 'further', 'fresh', 'new']);

/** Tokens `[from, to)` are only adjectives and determiners: the second cue heads the first's object. */
export function modifiersOnly(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!(hasTag(doc, t, 'Adjective') || DETERMINERS.has(doc.tokens[t]!.normal))) return false;
  return true;
}

/** Prepositions that close a verb's direct object: an actor past them is a circumstance, not the object. */
const CIRCUMSTANCE = new Set(['in', 'at', 'during', 'over', 'about', 'through', 'into', 'near', 'across', 'under', 'within', 'since', 'after', 'before', 'by', 'until']);

/**
 * `courted the army in the hope of a base on the Red Sea`, `angered the army by hosting an RSF
 * conference`: a verb whose direct object is a noun phrase naming no actor has no actor object
 * past the circumstance that follows.
 */
export function pastDirectObject(doc: Doc, from: number, to: number): boolean {
  let noun = false;
  for (let t = from; t < to; t++) {
    if (hasTag(doc, t, 'Noun') && !hasTag(doc, t, 'Pronoun')) noun = true;
    // `by hosting` is a means; `by the opposition` may be a passive's agent
    else if (noun && CIRCUMSTANCE.has(doc.tokens[t]!.normal) && !rulersIn(doc, t) && (doc.tokens[t]!.normal !== 'by' || doc.tokens[t + 1]?.normal.endsWith('ing'))) return true;
  }
  return false;
}

/**
 * `pit the European Union against China`, `turned Germany against Russia`: a verb's object and
 * the actor after `against` are set against each other. Whoever sides with, backs or arms that
 * object against the actor is against it too (`partnered with the SDF against the Islamic State`,
 * `India sided with Russia against the West`).
 */
export function objectAgainst(doc: Doc, groups: readonly Group[], emit: Emit): void {
  for (const [k, g] of groups.entries()) {
    const next = groups[k + 1];
    if (!next || doc.tokens[g.tokenEnd]?.normal !== 'against' || next.tokenStart > g.tokenEnd + 2) continue;
    const before = beforeGroup(doc, g);
    const allied = ALLYING_LINKS.has(doc.tokens[before]?.normal ?? '') || startsWithAny(doc.tokens[before]?.stem ?? '', BACKING);
    if (!allied && !(hasTag(doc, before, 'Verb') && !hasTag(doc, before, 'Auxiliary') && !hasTag(doc, before, 'Copula'))) continue;
    emit(g.names, next.names, '-', g.tokenEnd, g.tokenEnd + 1, 'opposition', 'against');
    const ally = allied ? [...groups.slice(0, k)].reverse().find((x) => isSubjectAt(doc, x)) : undefined;
    if (ally) emit(ally.names, next.names, '-', g.tokenEnd, g.tokenEnd + 1, 'opposition', 'against');
  }
}

/** Links after a verb of siding or partnering (`sided with X against Y`). */
const ALLYING_LINKS = new Set(['with', 'behind', 'alongside']);
/** Verbs whose object one backs against a third (`backed Azerbaijan against Armenia`). */
const BACKING = ['back', 'support', 'arm', 'help', 'aid', 'defend', 'assist', 'fund'];
