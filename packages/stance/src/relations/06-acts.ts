/** Rules added after the seventh round of blind essays: transfers, accusations, products, `their`. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { ACCUSING, ACTS, type CueMatch } from './02-cues.js';
import data from '../../data/relation-cues.json' with { type: 'json' };
import { beforeGroup, groupAfter, isSubjectAt, PREPOSITIONS, relativeAntecedent, type Group } from './01-groups.js';
import type { Emit } from './03-find.js';
import { negatedBefore } from './03a-scope.js';
import { skipAuxiliariesBack } from './03b-subjects.js';
import { startsWithAny } from '../stems.js';

const GOODS = new Set(data.goods.stems);

/**
 * `competition from Brazilian beef`, `French farmers fear`: a nationality adjective whose head is
 * a product or a trade (farmers, firms) names no state for a relation, except as the target of a
 * sanctions-family cue (`tariffs on Chinese steel` still hits China).
 */
export function namesProduct(doc: Doc, g: Group | undefined): boolean {
  if (!g || !g.norp || g.possessive) return false;
  // the head is the last noun of the compound: `Saudi oil facilities` are no product
  let t = g.tokenEnd;
  while (t < g.tokenEnd + 2 && hasTag(doc, t, 'Adjective') && !GOODS.has(doc.tokens[t]!.stem)) t++;
  while (t < g.tokenEnd + 4 && hasTag(doc, t + 1, 'Noun') && !hasTag(doc, t + 1, 'Pronoun') && doc.tokens[t + 1]!.kind === 'word') t++;
  return GOODS.has(doc.tokens[t]?.stem ?? '');
}

/**
 * `Kigali accuses Kinshasa of arming the FDLR`: the object of an accusing verb does the act of the
 * gerund after `of`, not the accuser.
 */
export function accusedDoer(doc: Doc, groups: readonly Group[], m: CueMatch, clauseStart: number): Group | undefined {
  if (doc.tokens[m.tokenStart - 1]?.normal !== 'of' || !doc.tokens[m.tokenStart]!.normal.endsWith('ing')) return undefined;
  const g = groups.find((x) => x.tokenEnd === m.tokenStart - 1 && x.tokenStart >= clauseStart);
  return g && startsWithAny(doc.tokens[beforeGroup(doc, g)]?.stem ?? '', ACCUSING) ? g : undefined;
}

/**
 * `the administration approved the sale of F-35s to Greece` (+), `Congress blocked the sale of
 * F-16s to Turkey` (−), `Washington's sale of jets to Taipei` (+): a transfer noun whose recipient
 * follows `to`, with the verb before it saying whether the transfer goes ahead.
 */
export function transferPairs(doc: Doc, sentence: number, groups: readonly Group[], ranges: ReadonlyArray<[number, number]>, emit: Emit): void {
  const s = doc.sentences[sentence]!;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    // (`the sale of F-35s to Greece`, or the goods before the noun: `halted gas deliveries to Moldova`)
    const direct = doc.tokens[t + 1]?.normal === 'to';
    if (!startsWithAny(doc.tokens[t]!.stem, ACTS.nouns) || !hasTag(doc, t, 'Noun') || (doc.tokens[t + 1]?.normal !== 'of' && !direct)) continue;
    let to = t + 1;
    while (to < Math.min(t + 8, s.tokenEnd) && doc.tokens[to]!.normal !== 'to' && !hasTag(doc, to, 'Verb')) to++;
    if (doc.tokens[to]?.normal !== 'to') continue;
    const at = doc.tokens[to + 1]?.normal === 'the' ? to + 2 : to + 1;
    const target = groups.find((g) => g.tokenStart === at);
    if (!target) continue;
    const [cs] = ranges.find(([a, b]) => t >= a && t < b)!;
    let b = t - 1;
    // (the goods named before a direct transfer: `gas`, `arms`; two words at most)
    const goodsFrom = t - 2;
    while (b > cs && (hasTag(doc, b, 'Adjective') || ['the', 'a', 'its', 'their', 'further', 'any', 'all'].includes(doc.tokens[b]!.normal) || (direct && b >= goodsFrom && hasTag(doc, b, 'Noun') && !startsWithAny(doc.tokens[b]!.stem, [...ACTS.allowing, ...ACTS.stopping]) && !groups.some((g) => b >= g.tokenStart && b < g.tokenEnd)))) b--;
    const owner = groups.find((g) => g.tokenEnd === b + 1 && g.possessive);
    const verb = doc.tokens[b]!.stem;
    // (`Gazprom's exports to China`: a direct transfer needs its verb; a possessor alone may be a firm's trade)
    const polarity = owner && !direct ? '+' : startsWithAny(verb, ACTS.allowing) ? '+' : startsWithAny(verb, ACTS.stopping) ? '-' : null;
    if (!polarity || negatedBefore(doc, cs, b)) continue;
    // `after Washington approved the sale`: the actor right before the verb, else the clause's subject
    const source = owner ?? groups.find((g) => g.tokenEnd === skipAuxiliariesBack(doc, b, cs) && g.tokenStart >= cs) ?? [...groups].reverse().find((g) => g.tokenEnd <= b && g.tokenStart >= cs && isSubjectAt(doc, g)) ?? relativeAntecedent(doc, groups, cs);
    if (!source) continue;
    // `the sale of F-35s to Greece and F-16s to Turkey`: a named thing after `and` is transferred, not
    // a recipient, and its own `to` names one more recipient
    const recipients = target.types.length === target.names.length ? target.names.filter((_, i) => target.types[i] !== 'MISC') : target.names;
    emit(source.names, recipients, polarity, owner ? t : b, t + 1, 'aid', 'transfer');
    const more = secondRecipient(doc, groups, target, s.tokenEnd);
    if (more) emit(source.names, more.names, polarity, owner ? t : b, t + 1, 'aid', 'transfer');
  }
}

/** `to Greece and F-16s to Turkey`: the recipient after a second `to` within a few words past `and`. */
function secondRecipient(doc: Doc, groups: readonly Group[], target: Group, end: number): Group | undefined {
  let k = target.tokenEnd;
  let and = false;
  for (; k < Math.min(end, target.tokenEnd + 6) && doc.tokens[k]!.normal !== 'to'; k++) {
    if (doc.tokens[k]!.normal === 'and') and = true;
    if (doc.tokens[k]!.normal === ',' || hasTag(doc, k, 'Verb')) return undefined;
  }
  if (doc.tokens[k]?.normal !== 'to' || (!and && !target.closed)) return undefined;
  const at = doc.tokens[k + 1]?.normal === 'the' ? k + 2 : k + 1;
  return groups.find((g) => g.tokenStart === at && g.types.every((x) => x !== 'MISC'));
}

/**
 * `Saudi Arabia and Russia have cut output, and their partnership has survived`: `their` before a
 * symmetric noun cue stands for the coordinated subject before it.
 */
export function theirGroup(doc: Doc, m: CueMatch, groups: readonly Group[], before: number): Group | undefined {
  if (doc.tokens[before]?.normal !== 'their') return undefined;
  // (a coordination not governed by a preposition: compromise may miss the verb after it, `cut`)
  const candidates = groups.filter((g) => g.tokenEnd <= before && g.names.length >= 2 && !PREPOSITIONS.has(doc.tokens[beforeGroup(doc, g)]?.normal ?? ''));
  return candidates.length === 1 && m.tokenStart - candidates[0]!.tokenEnd < 30 ? candidates[0] : undefined;
}

/** `blocked the sale of F-16s to Turkey`: a verb cue whose object is a transfer; {@link transferPairs} reads it. */
export function transferAhead(doc: Doc, m: CueMatch): boolean {
  let t = m.tokenEnd;
  while (['the', 'a', 'any', 'further', 'its', 'their'].includes(doc.tokens[t]?.normal ?? '') || hasTag(doc, t, 'Adjective')) t++;
  return m.verb && startsWithAny(doc.tokens[t]?.stem ?? '', ACTS.nouns) && doc.tokens[t + 1]?.normal === 'of';
}

/**
 * `Egypt, which has its own feud with Ankara, then signed an agreement with Greece`: once a
 * relative clause has closed at its comma, the verb after it belongs to the relative's antecedent.
 */
export function closedRelativeSubject(doc: Doc, groups: readonly Group[], verb: number, clauseStart: number): Group | undefined {
  const word = doc.tokens[clauseStart]?.normal;
  if ((word !== 'which' && word !== 'who') || doc.tokens[clauseStart - 1]?.normal !== ',') return undefined;
  for (let t = verb - 1; t > clauseStart; t--) {
    if (doc.tokens[t]!.normal !== ',') continue;
    let v = t + 1;
    while (v < verb && (hasTag(doc, v, 'Adverb') || ['then', 'also', 'still', 'now', 'later'].includes(doc.tokens[v]!.normal))) v++;
    return v === verb || hasTag(doc, v, 'Verb') || hasTag(doc, v, 'Auxiliary') ? relativeAntecedent(doc, groups, clauseStart) : undefined;
  }
  return undefined;
}

const RECALLING = data.recalling;

/**
 * `recalled its ambassador from Paris` (−), `summoned the Chinese ambassador` (−): recalling one's
 * envoy from a state, or summoning or expelling a state's envoy. `subjectOf` resolves the actor
 * (a pronoun included) for the verb at a token.
 */
export function recallPairs(doc: Doc, sentence: number, groups: readonly Group[], subjectOf: (verb: number) => Group | undefined, emit: Emit): void {
  const s = doc.sentences[sentence]!;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (!startsWithAny(doc.tokens[t]!.stem, RECALLING.verbs) || hasTag(doc, t, 'Noun') && !hasTag(doc, t, 'Verb')) continue;
    let e = t + 1;
    while (e < t + 4 && ['its', 'his', 'her', 'their', 'the', 'a', 'an', "'s", 'senior', 'top'].includes(doc.tokens[e]?.normal ?? '') || groups.some((g) => g.tokenStart <= e && e < g.tokenEnd)) e++;
    if (!startsWithAny(doc.tokens[e]?.stem ?? '', RECALLING.envoys)) continue;
    const owner = groups.find((g) => g.tokenEnd > t && g.tokenEnd <= e && (g.norp || g.possessive));
    let after = e + 1;
    if (doc.tokens[e]!.normal === 'high') after++;
    while (after < e + 3 && hasTag(doc, after, 'Noun') && doc.tokens[after]!.normal !== 'from') after++;
    const from = doc.tokens[after]?.normal === 'from' || doc.tokens[after]?.normal === 'to' ? groupAfter(doc, groups, after) : undefined;
    const target = owner ?? from;
    const source = subjectOf(t);
    if (target && source && !negatedBefore(doc, source.tokenEnd, t)) emit(source.names, target.names, '-', t, e + 1, 'sanctions', 'recall');
  }
}

/** Nouns of a war an owner wages somewhere: `Russia's war in Ukraine` is waged against that state. */
const WAGED = new Set(['war', 'wars', 'invasion', 'occupation']);

/**
 * `Russia's war in Ukraine`, `to fund its war in Ukraine`: a war owned by an actor (a possessor or
 * `its`/`their`) is waged on the state named after `in`. Without an owner (`the war in Gaza`) the
 * state is only where it is fought.
 */
export function wagedIn(doc: Doc, m: CueMatch, inClause: readonly Group[], owner: Group | undefined): Group | undefined {
  if (m.verb || !WAGED.has(doc.tokens[m.tokenEnd - 1]!.normal) || doc.tokens[m.tokenEnd]?.normal !== 'in') return undefined;
  let b = m.tokenStart - 1;
  while (b > 0 && hasTag(doc, b, 'Adjective')) b--;
  if (!owner?.possessive && !['its', 'their'].includes(doc.tokens[b]?.normal ?? '')) return undefined;
  return inClause.find((g) => g.tokenStart === m.tokenEnd + 1 && g.types.every((t) => t === 'GPE'));
}
