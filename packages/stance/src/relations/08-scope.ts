/** What a relation cue's clause asserts: hypotheses, lifted sanctions, event relatives, second objects. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { CAUSING_VERBS, type CueMatch } from './02-cues.js';
import data from '../../data/relation-cues.json' with { type: 'json' };
import { groupAfter, type Group } from './01-groups.js';
import { matchesStem, startsWithAny } from '../stems.js';

const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const MODALS = new Set(['would', 'could', 'might', 'may']);
/** Words that open another clause between a modal and a cue. */
const MODAL_STOPS = new Set(['as', 'that', 'which', 'who', 'while', 'when', 'because', 'and', 'but', 'or', 'since', 'after', 'before']);

const LIFTING: readonly string[] = data.lifting.stems;

/**
 * `If China invaded Taiwan, ...`: a cue inside an `if`, `unless` or `whether` clause (up to its
 * comma) is a hypothesis, not a relation the writer asserts.
 */
export function hypothetical(doc: Doc, clauseStart: number, cue: number): boolean {
  const opening = doc.sentences[doc.tokens[cue]!.sentence]!.tokenStart;
  // `Indonesia would recognise Israel only if ...`: a conditional main clause
  const end = doc.sentences[doc.tokens[cue]!.sentence]!.tokenEnd;
  if ([cue - 1, cue - 2, cue - 3].some((t) => t >= opening && ['would', 'could', 'might'].includes(doc.tokens[t]!.normal))) {
    for (let t = cue + 1; t < end && doc.tokens[t]!.normal !== ';'; t++) if (CONDITIONALS.has(doc.tokens[t]!.normal)) return true;
  }
  // `If the opposition gains, X and Y might resume relations`: a modal in the main clause after an
  // `if` clause asserts no act (a modal alone may: annotators take `it may recognise X` as a relation)
  if (CONDITIONALS.has(doc.tokens[opening]!.normal) && modalBefore(doc, Math.max(opening, clauseStart), cue) >= 0) return true;
  for (let t = cue - 1; t >= Math.max(opening, clauseStart - 1); t--) {
    const word = doc.tokens[t]!.normal;
    if (word === ',' || word === ';' || word === 'then') return false;
    if (CONDITIONALS.has(word)) return true;
  }
  return false;
}

/** The modal within six words before the cue in its clause (no comma between), or -1. */
function modalBefore(doc: Doc, floor: number, cue: number): number {
  for (let t = cue - 1; t >= Math.max(floor, cue - 6); t--) {
    const word = doc.tokens[t]!.normal;
    // (the modal governs the cue's own verb: not past `as`, `that`, `and` ...; `In May` is a month)
    if (word === ',' || word === ';' || MODAL_STOPS.has(word)) return -1;
    if (MODALS.has(word) && doc.tokens[t]!.text === word) return t;
  }
  return -1;
}

/**
 * `eased sanctions on Venezuela`, `the lifting of sanctions on Syria`: a sanction that is being
 * lifted is neither hostility nor support, so it gives no pair.
 */
export function lifted(doc: Doc, m: CueMatch, clauseStart: number): boolean {
  if (m.cue.family !== 'sanctions') return false;
  if (doc.tokens[m.tokenEnd]?.normal === 'relief') return true;
  for (let b = m.tokenStart - 1; b >= Math.max(clauseStart, m.tokenStart - 6); b--) {
    const token = doc.tokens[b]!;
    if (matchesStem(token.stem, LIFTING)) return true;
    // the noun phrase before the cue: determiners, adjectives, an actor's adjective (`American`)
    if (!(NP_WORDS.has(token.normal) || hasTag(doc, b, 'Adjective') || /^[A-Z]/.test(token.text))) return false;
  }
  return false;
}

const NP_WORDS = new Set(['the', 'a', 'its', 'their', 'some', 'all', 'of', 'partial', 'further', 'most', 'many']);

/**
 * `..., which triggered/led to calls for a boycott`: a `, which` clause whose verb causes the act
 * has the previous clause's event for subject, not the actor the relative follows.
 */
export function causesEvent(doc: Doc, clauseStart: number, cue: number): boolean {
  if (doc.tokens[clauseStart]?.normal !== 'which' || doc.tokens[clauseStart - 1]?.normal !== ',') return false;
  for (let t = clauseStart + 1; t < cue; t++) if (hasTag(doc, t, 'Verb') && startsWithAny(doc.tokens[t]!.stem, CAUSING_VERBS)) return true;
  return false;
}

/**
 * `arming Hezbollah in Lebanon and the Houthis in Yemen`: after an object and a place named with
 * `in`/`at`, `and` coordinates a second object of the same verb.
 */
export function objectPastPlace(doc: Doc, groups: readonly Group[], target: Group): Group | undefined {
  let t = target.tokenEnd;
  if (!['in', 'at'].includes(doc.tokens[t]?.normal ?? '')) return undefined;
  const place = groupAfter(doc, groups, t);
  if (!place) return undefined;
  // `in Lebanon and the Houthis in Yemen`: the groups may have joined the place and the object;
  // a second place after them shows the parallel
  if (place.names.length === 2 && ['in', 'at'].includes(doc.tokens[place.tokenEnd]?.normal ?? '')) return { ...place, names: [place.names[1]!], members: [place.members[1] ?? place.names[1]!] };
  if (place.names.length > 1) return undefined;
  t = place.tokenEnd;
  if (doc.tokens[t]?.normal !== 'and') return undefined;
  return groupAfter(doc, groups, t);
}

/**
 * Tokens `[from, to)` are one noun phrase with its prepositional phrases (no verb, no comma, no
 * conjunction, at most eight tokens): a cue after them sits inside the object of the verb before.
 */
export function withinObject(doc: Doc, from: number, to: number): boolean {
  if (to - from > 8 || to <= from) return false;
  for (let t = from; t < to; t++) {
    const word = doc.tokens[t]!.normal;
    if (word === ',' || word === 'and' || word === 'but' || word === 'to' || word === 'for' || (hasTag(doc, t, 'Verb') && !hasTag(doc, t, 'Gerund'))) return false;
  }
  return true;
}
