import { isQuestion, spanOfTokens, type Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import type { Relation } from '../layer.js';
import { imposingVerbs, relationCues, SYMMETRIC_FAMILIES } from './02-cues.js';
import { actorGroups, clauses, isSubjectAt, relativeAntecedent, type Group } from './01-groups.js';
import { relationalPairs, tone, viewedAsPairs } from './04-relational.js';
import { closingPairs, endsBefore, eventRelativeTarget, infinitiveSubject, repeatedLinkObject, skipDeterminersBack, objectPronounTarget, sendingPairs } from './05-frames.js';
import { negatedBefore } from './03a-scope.js';
import { appositionHead, BE, pronounAfter, pronounSubject, skipAuxiliariesBack, skipModifiersBack } from './03b-subjects.js';
import { EXAMPLES, modifiersOnly, objectAgainst, objectGroup, pastDirectObject, reachAfter } from './03c-objects.js';
import { byAgent, framedByWith, ownerGroup, pairsWithin, sidesAfterBetween } from './03d-nominal.js';
import { coordinatedObject } from './07-anaphora.js';
import { accusedDoer, closedRelativeSubject, namesProduct, theirGroup, transferAhead, transferPairs } from './06-acts.js';
import { causesEvent, hypothetical, lifted, objectPastPlace, withinObject } from './08-scope.js';

export { appositionHead } from './03b-subjects.js';
export { predicateStart } from './03a-scope.js';

const skipAdverbsBack = (doc: Doc, t: number) => { let b = t - 1; while (b > 0 && hasTag(doc, b, 'Adverb')) b--; return b; };

/** Families for which a product (`Brazilian beef`) is no actor; sanctions or probes of it still reach its state. */
const PRODUCT_BLIND = new Set(['rivalry', 'trade', 'cooperation', 'support', 'confrontation']);
const STATIVE_LINKS = new Set(['to', 'with', 'toward', 'towards', 'against', 'behind', 'on']);
const NOUN_LINKS = new Set(['for', 'to', 'with', 'on', 'against', 'of', 'toward', 'towards', 'over', 'from', 'upon', 'into']);
const LIST_GAP = new Set(['—', '–', ',', ':', '-', 'the', 'namely', '(']);

/** A pair emitter shared by the rules: names a cue, a rule and the two sides. */
export type Emit = (source: readonly string[], target: readonly string[], polarity: '+' | '-', cueStart: number, cueEnd: number, family: string, rule: string) => void;

/** An agreement's parties follow `with` or `between`; `a treaty for the Obama administration` names no party. */
const PARTY_LINKS = new Set(['with', 'between', 'among']);

/** Prepositions that frame an act as a time or a cause rather than something the subject does. */
const FRAMING = new Set(['after', 'since', 'before', 'during', 'following', 'amid', 'despite', 'until']);

/** Verbs whose subject is the agent of the hostile act they name (`imposed sanctions on`, `threatened tariffs on`). */
const IMPOSING = imposingVerbs;

/**
 * The actor-to-actor relations of one sentence: for each relation cue, the frame around it
 * (`between X and Y`, `the two rivals, X and Y`, `isolated by X`, `X's sanctions on Y`,
 * `X supports Y`), with coordinated actors expanded into every pair. A cue under negation in
 * its clause (`does not pose a threat to`) gives no relation.
 */
export function sentenceRelations(doc: Doc, sentence: number): Relation[] {
  const groups = actorGroups(doc, sentence);
  if (groups.length === 0) return [];
  const ranges = clauses(doc, sentence, groups);
  const found = new Map<string, Relation>();
  const emit: Emit = (source, target, polarity, cueStart, cueEnd, family, rule) => {
    for (const a of source) for (const b of target) {
      if (a === b) continue;
      const key = [a, b].sort().join('|') + polarity;
      if (!found.has(key)) found.set(key, { sentence, source: a, target: b, polarity, cue: spanOfTokens(doc, cueStart, cueEnd), family, rule });
    }
  };
  const sentenceSubject = groups.find((g) => isSubjectAt(doc, g));
  const previous = sentence > 0 ? actorGroups(doc, sentence - 1).find((g) => isSubjectAt(doc, g)) : undefined;
  const cues = relationCues(doc, sentence);
  const question = isQuestion(doc, sentence);
  for (let [k, m] of cues.entries()) {
    const [cs, ce] = ranges.find(([a, b]) => m.tokenStart >= a && m.tokenStart < b)!;
    const inClause = groups.filter((g) => g.tokenStart >= cs && g.tokenEnd <= ce);
    // `If China invaded Taiwan, ...`, `Will Ankara side with Moscow?`: a hypothesis or a question asserts no relation
    if (question || hypothetical(doc, cs, m.tokenStart) || lifted(doc, m, cs)) continue;
    const near = negatedBefore(doc, Math.max(cs, m.tokenStart - 3), m.tokenStart);
    const next = doc.tokens[m.tokenEnd]?.normal;
    if (next === 'between' || next === 'among') {
      const g = sidesAfterBetween(doc, groups, groups.find((x) => x.tokenStart > m.tokenEnd && x.tokenStart <= m.tokenEnd + 2));
      if (g && g.names.length >= 2 && !near) {
        // `the partnership between Warsaw and Berlin is strained`: the predicate overrides the noun
        const flipped = m.cue.polarity === '+' && tone(doc, g.tokenEnd, ce) === '-';
        pairsWithin(emit, g, flipped ? { ...m, cue: { ...m.cue, polarity: '-' } } : m, 'between');
      }
      continue;
    }
    if (!m.verb && doc.tokens[m.tokenEnd - 1]!.normal.endsWith('s')) {
      const g = groups.find((x) => x.tokenStart >= m.tokenEnd && x.tokenStart <= m.tokenEnd + 3 && doc.tokens.slice(m.tokenEnd, x.tokenStart).every((t) => LIST_GAP.has(t.normal)));
      if (g && g.names.length >= 2) { if (!near) pairsWithin(emit, g, m, 'pair'); continue; }
    }
    // `the China-India rivalry`, `the US-Japan alliance`: a hyphenated pair right before a noun cue are its two sides
    if (!m.verb) {
      const b = skipModifiersBack(doc, m.tokenStart, cs);
      const pair = inClause.find((g) => g.tokenEnd === b + 1 && g.hyphenated && g.names.length >= 2);
      if (pair) { if (!near) pairsWithin(emit, pair, m, 'hyphen'); continue; }
    }
    // `declined to join the EU's sanctions on Russia`: a possessor's act stands whatever the clause says of it
    if (transferAhead(doc, m)) continue;
    const owned = !m.verb ? ownerGroup(doc, m, inClause, cs) : undefined;
    if (!owned?.possessive && negatedBefore(doc, cs, m.tokenStart)) continue;
    // `the competition commissioner`, `a sanctions expert`: a cue noun that modifies another noun
    if (!m.verb && hasTag(doc, m.tokenEnd, 'Noun') && !NOUN_LINKS.has(next ?? '') && !groups.some((g) => g.tokenStart === m.tokenEnd)) continue;
    const nearest = appositionHead(doc, groups, [...inClause].reverse().find((g) => g.tokenEnd <= m.tokenStart && isSubjectAt(doc, g)));
    // `Washington sanctioned X after concluding that the RSF had ..., and it later imposed`: a
    // subject pronoun after the nearest subject is the subject, and stands for the sentence's
    const pronoun = nearest ? pronounAfter(doc, nearest.tokenEnd, m.tokenStart) : -1;
    // `allowed Russian troops to invade Ukraine`: the infinitive's own subject comes first
    // `accuses Kinshasa of arming the FDLR`: the accused does the gerund's act
    const subject = accusedDoer(doc, inClause, m, cs) ?? closedRelativeSubject(doc, groups, m, cs) ?? infinitiveSubject(doc, inClause, m, cs) ?? (pronoun >= 0 ? pronounSubject(doc, pronoun, m.tokenStart, sentenceSubject, previous) : nearest) ?? (causesEvent(doc, cs, m.tokenStart) ? undefined : relativeAntecedent(doc, groups, cs)) ?? pronounSubject(doc, cs, m.tokenStart, sentenceSubject, previous);
    // `opposed new sanctions on Russia`: a noun cue right after another cue is its object, and
    // the pair belongs to neither (who imposes the sanctions is not said)
    const outer = cues[k - 1];
    // (`a rival maritime agreement`: a noun cue that only modifies the next one is not its head)
    const nested = outer && !m.verb && (outer.verb || /(ing|ed)$/.test(doc.tokens[outer.tokenStart]!.normal) || NOUN_LINKS.has(doc.tokens[outer.tokenEnd - 1]!.normal) || NOUN_LINKS.has(doc.tokens[outer.tokenEnd]?.normal ?? '')) && outer.tokenEnd >= m.tokenStart - 3 && outer.tokenEnd <= m.tokenStart && modifiersOnly(doc, outer.tokenEnd, m.tokenStart)
      // `has blocked almost every EU decision on aid to Ukraine`: a noun cue deep in a verb cue's object
      // (only a cue of the other polarity: `welcomes American investment` is one act, and `its war`
      // has its own agent)
      || (!!outer && !m.verb && outer.verb && outer.cue.polarity !== m.cue.polarity && !['its', 'their'].includes(doc.tokens[skipModifiersBack(doc, m.tokenStart, cs)]?.normal ?? '') && withinObject(doc, outer.tokenEnd, m.tokenStart));
    // ... unless the outer verb imposes it (`threatened tariffs on Europe`): its subject is the agent
    const imposer = nested && IMPOSING.some((stem) => doc.tokens[outer.tokenStart]!.stem.startsWith(stem)) ? subject ?? inClause.find((g) => g.tokenEnd === skipAuxiliariesBack(doc, outer.tokenStart, cs)) : undefined;
    // (`suspended cooperation with Russia`: an ending verb leaves the pair to the noun, which it turns)
    if (nested && !owned?.possessive && !imposer && !endsBefore(doc, m.tokenStart, cs)) continue;
    if (byAgent(doc, m, groups, inClause, subject ?? sentenceSubject, cs, emit)) continue;
    // `officials have been accused of ...`: a passive without its agent names only the patient
    // (`is opposed to`, `is aligned with` are states of the subject, not passives)
    if (m.verb && /(ed|en)$/.test(doc.tokens[m.tokenStart]!.normal) && BE.has(doc.tokens[skipAdverbsBack(doc, m.tokenStart)]?.normal ?? '') && !STATIVE_LINKS.has(doc.tokens[m.tokenEnd]?.normal ?? '') && !STATIVE_LINKS.has(doc.tokens[m.tokenEnd - 1]!.normal)) continue;
    // `Russia's impossible demands on`, `Russian support`: the possessor or adjective is the actor
    const owner = imposer ?? owned;
    // `Venezuela's referendum ... has revived a dispute with Guyana`: the possessor opening the clause
    const opener = inClause.find((g) => g.possessive && g.tokenEnd <= m.tokenStart && (g.tokenStart === cs || (g.tokenStart === cs + 1 && doc.tokens[cs]!.normal === 'the')));
    // `after the invasion of Ukraine`: an act named in a time or cause phrase has no subject agent
    const framed = !m.verb && FRAMING.has(doc.tokens[skipDeterminersBack(doc, m.tokenStart, cs)]?.normal ?? '');
    const source = owner ?? (framed ? undefined : subject ?? (!m.verb ? (sentenceSubject && sentenceSubject.tokenEnd <= m.tokenStart ? sentenceSubject : opener) : undefined));
    // `suspended cooperation with Russia`, `cut ties with`: ending a cooperation is hostile
    const ended = m.cue.polarity === '+' && !m.verb && endsBefore(doc, m.tokenStart, cs);
    if (ended) m = { ...m, cue: { ...m.cue, polarity: '-' } };
    const last = doc.tokens[m.tokenEnd - 1]!.normal;
    // `depends on the route for its exports to Europe`: after a cue's own preposition the object
    // comes at once (`relies on China's backing`), unless examples follow (`particularly the US`)
    const ownLink = (NOUN_LINKS.has(last) || last === 'in') && m.cue.stems.length > 1;
    const examples = doc.tokens.slice(m.tokenEnd, m.tokenEnd + 5).some((t) => EXAMPLES.has(t.normal));
    const reach = ownLink && !examples ? Math.min(2, reachAfter(doc, m, ce)) : reachAfter(doc, m, ce);
    let target: Group | undefined;
    let direct = false;
    const inner = cues[k + 1];
    if (m.verb || NOUN_LINKS.has(last) || (ownLink && last === 'in')) {
      target = objectGroup(doc, inClause, m.tokenEnd, reach, source);
      // `sells Bayraktar drones`, `sold BrahMos missiles`: a traded product is no partner; the
      // partner is a state or people, or whoever comes after `to`/`from`
      if (target && m.cue.family === 'trade' && !['to', 'from'].includes(doc.tokens[target.tokenStart - 1]?.normal ?? '') && !target.types.every((t) => t === 'GPE' || t === 'NORP')) target = undefined;
      if (target && inner && inner.tokenStart >= m.tokenEnd && inner.tokenEnd <= target.tokenStart) continue;
      if (target && m.verb && !NOUN_LINKS.has(last) && pastDirectObject(doc, m.tokenEnd, target.tokenStart)) target = undefined;
      // `depends on the easing of American sanctions`: the adjective belongs to the inner cue
      if (target && inner && inner.tokenStart === target.tokenEnd && target.norp && inner.cue.polarity !== m.cue.polarity) continue;
      direct = m.verb && !!target && !NOUN_LINKS.has(doc.tokens[target.tokenStart - 1]?.normal ?? '') && !NOUN_LINKS.has(last);
    } else if (NOUN_LINKS.has(next ?? '') && (m.cue.family !== 'agreement' || PARTY_LINKS.has(next ?? ''))) {
      // `support for Beijing`, `attacks on shipping` (no actor): the object follows the link closely
      target = objectGroup(doc, inClause, m.tokenEnd + 1, Math.min(reach, EXAMPLES.has(doc.tokens[m.tokenEnd + 2]?.normal ?? '') ? reach : 3), source);
    }
    if (!target && m.cue.needsObject) continue;
    // `sanctions on Iran by the United States`: the agent after the object's `by` acts
    if (!m.verb && target && doc.tokens[target.tokenEnd]?.normal === 'by') {
      const at = target.tokenEnd + (doc.tokens[target.tokenEnd + 1]?.normal === 'the' ? 2 : 1);
      const agent = groups.find((g) => g.tokenStart === at);
      if (agent) { emit(agent.names, target.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'by'); continue; }
    }
    // `with Russian support, Beijing is preparing`: the clause's subject receives it
    // (only a subject after the cue, or after `with ... support`: `Tokayev said Kazakhstan would respect Western sanctions` gives none)
    // `cut diplomatic ties with it`: the pronoun stands for the sentence's earlier direct object
    if (!target && source && !owner) target = objectPronounTarget(doc, groups, m, source);
    // `the kingdom has accused both of free-riding`: `both`/`them` for the one coordination before
    if (!target && source && !owner) target = coordinatedObject(doc, m, source, groups, sentence > 0 ? actorGroups(doc, sentence - 1) : []);
    if (target && m.cue.targets && !target.types.every((type) => m.cue.targets!.includes(type))) continue;
    // `bought the S-400 from Russia, which triggered American sanctions`: the act falls on the buyer
    if (!target && owner && !owner.possessive) target = eventRelativeTarget(doc, groups, m, cs);
    if (!target && owner) target = inClause.find((g) => g !== owner && isSubjectAt(doc, g) && (g.tokenStart > m.tokenEnd || framedByWith(doc, owner.tokenStart, cs)));
    // `support for Beijing ..., given the West's diplomatic boycotts`: a possessor's act falls on
    // the actor the clause is about; an adjective (`American tariffs`) is too weak a tie for that
    if (!target && owner?.possessive) target = [...inClause].reverse().find((g) => g !== owner && g.tokenEnd <= m.tokenStart);
    // `competition from Brazilian beef`: a product is no actor, unless a sanction targets it
    if (namesProduct(doc, target) && PRODUCT_BLIND.has(m.cue.family)) target = undefined;
    if (namesProduct(doc, source) || (m.cue.family === 'trade' && source?.types.every((t) => t === 'LOC'))) continue;
    const symmetric = SYMMETRIC_FAMILIES.has(m.cue.family);
    const their = !target && symmetric && !m.verb ? theirGroup(doc, m, groups, skipModifiersBack(doc, m.tokenStart, cs)) : undefined;
    if (symmetric && target && direct && target.names.length >= 2) pairsWithin(emit, target, m, 'svo');
    // `Manila and Taipei now share information on Chinese vessels`: a symmetric verb's parties are
    // its coordinated subject; an actor after a preposition is the topic, not a party
    else if (symmetric && m.verb && target && !direct && source && source.names.length >= 2 && source.closed) pairsWithin(emit, source, m, 'svo');
    else if (source && target) {
      emit(source.names, target.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, owner ? 'possessor' : 'svo');
      // `turned to France, which agreed to ..., and to India`: the same link repeated after a relative clause
      const more = m.verb && NOUN_LINKS.has(last) ? repeatedLinkObject(doc, groups, target, last) : undefined;
      if (more) emit(source.names, more.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'svo');
      // `arming Hezbollah in Lebanon and the Houthis in Yemen`: a second object past a place
      const second = m.verb ? objectPastPlace(doc, groups, target) : undefined;
      if (second) emit(source.names, second.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'svo');
    }
    // `China and Russia signed a treaty`, but not `scholars at A and B propose ... rather than treaties`
    else if (their) pairsWithin(emit, their, m, 'their');
    else if (symmetric && !target && source && source.names.length >= 2 && doc.tokens[skipModifiersBack(doc, m.tokenStart, cs)]?.normal !== 'their' && (source.closed || source.hyphenated) && (m.verb || m.tokenStart - source.tokenEnd <= 5)) pairsWithin(emit, source, m, 'svo');
  }
  objectAgainst(doc, groups, emit);
  relationalPairs(doc, sentence, groups, ranges, emit);
  sendingPairs(doc, sentence, groups, ranges, emit);
  closingPairs(doc, sentence, groups, ranges, emit);
  transferPairs(doc, sentence, groups, ranges, emit);
  viewedAsPairs(doc, sentence, groups, ranges, emit);
  return [...found.values()];
}
