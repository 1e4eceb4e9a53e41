/** One cue's subject-verb-object frame: who acts (subject, possessor, adjective), on whom, with which polarity. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { imposingVerbs, SYMMETRIC_FAMILIES, type CueMatch } from './02-cues.js';
import { beforeGroup, isSubjectAt, PREPOSITIONS, relativeAntecedent, type Group } from './01-groups.js';
import { negatedBefore } from './03a-scope.js';
import { appositionHead, BE, commonNounRelative, frontedParticipleSubject, GENERIC_DETERMINERS, possessiveSubject, pronounAfter, pronounSubject, skipAuxiliariesBack, skipModifiersBack } from './03b-subjects.js';
import { byAgent, framedByWith, ownerGroup, pairsWithin } from './03d-nominal.js';
import { clauseOf, type SentenceContext } from './03-find.js';
import { NOUN_LINKS, objectAfter } from './03g-target.js';
import { endsBefore, eventRelativeTarget, infinitiveSubject, objectPronounTarget, repeatedLinkObject, skipDeterminersBack } from './05-frames.js';
import { reciprocalAt } from './09-pairs.js';
import { accusedDoer, closedRelativeSubject, namesProduct, theirGroup, transferAhead, wagedIn } from './06-acts.js';
import { struckIn } from './06a-strikes.js';
import { actorGroups } from './01-groups.js';
import { coordinatedObject, relativeObject } from './07-anaphora.js';
import { causesEvent, objectPastPlace } from './08-scope.js';
import { blockedProposal, headAfter, headWord, laterAgent, nestedIn, weighedAgainst } from './03h-guards.js';
import { startsWithAny } from '../stems.js';
import { enduredBy, merePlace, objectFits, togetherPairs, topicPairs } from './03i-parties.js';

/** Families for which a product (`Brazilian beef`) is no actor; sanctions or probes of it still reach its state. */
const PRODUCT_BLIND = new Set(['rivalry', 'trade', 'cooperation', 'support', 'confrontation']);
/** `is opposed to`, `is aligned with`: states of the subject, not passives. */
const STATIVE_LINKS = new Set(['to', 'with', 'toward', 'towards', 'against', 'behind', 'on']);
/** Prepositions that frame an act as a time, a cause or a topic rather than something the subject does (`neutral on the invasion of Ukraine`). */
const FRAMING = new Set(['after', 'since', 'before', 'during', 'following', 'amid', 'despite', 'until', 'on', 'about', 'regarding', 'concerning', 'over']);

const skipAdverbsBack = (doc: Doc, t: number) => { let b = t - 1; while (b > 0 && hasTag(doc, b, 'Adverb')) b--; return b; };
const turned = (m: CueMatch): CueMatch => ({ ...m, cue: { ...m.cue, polarity: '-' } });
/** Adverbs between a copula and its predicate noun, whatever compromise tagged them. */
const PREDICATE_ADVERBS = new Set(['now', 'still', 'also', 'already', 'increasingly', 'even', 'again', 'long']);
/** Verbs whose `from` names what is kept away (`protect X from Y`). */
const SHIELDING = ['protect', 'shield', 'defend', 'guard', 'save'];

/** The subject-verb-object frame of cue `k`, with its possessor, passive and anaphora variants. */
export function cueRelations(ctx: SentenceContext, k: number): void {
  const { doc, sentence, groups, emit, sentenceSubject, previous } = ctx;
  let m = ctx.cues[k]!;
  const [cs, ce] = clauseOf(ctx, m.tokenStart);
  const inClause = groups.filter((g) => g.tokenStart >= cs && g.tokenEnd <= ce);
  const next = doc.tokens[m.tokenEnd]?.normal;
  if (transferAhead(doc, m) || weighedAgainst(doc, m, cs)) return;
  // `declined to join the EU's sanctions on Russia`: a possessor's act stands whatever the clause says of it
  const owned = !m.verb ? ownerGroup(doc, m, inClause, cs) : undefined;
  // (`refusing to join Western sanctions on Moscow`: sanctions named by their owner's adjective exist too)
  // (`did not join Washington's effort to confront the Houthis`: so does a possessor's infinitive act)
  const stands = owned?.possessive || (owned?.norp && m.cue.family === 'sanctions') || infinitiveSubject(doc, inClause, m, cs)?.possessive;
  if (!stands && negatedBefore(doc, cs, m.tokenStart)) return;
  // `the competition commissioner`, `a sanctions expert`: a cue noun that modifies another noun
  if (!m.verb && hasTag(doc, m.tokenEnd, 'Noun') && !NOUN_LINKS.has(next ?? '') && !groups.some((g) => g.tokenStart === m.tokenEnd)) return;
  const nearest = appositionHead(doc, groups, [...inClause].reverse().find((g) => g.tokenEnd <= m.tokenStart && isSubjectAt(doc, g)));
  // `Washington sanctioned X after concluding that the RSF had ..., and it later imposed`: a
  // subject pronoun after the nearest subject is the subject, and stands for the sentence's
  const pronoun = nearest ? pronounAfter(doc, nearest.tokenEnd, m.tokenStart) : -1;
  // `accuses Kinshasa of arming the FDLR`: the accused does the gerund's act; `Egypt, which ...,
  // then signed`: the antecedent of a closed relative; `allowed Russian troops to invade Ukraine`:
  // the infinitive's own subject; `, which led to calls for`: an event, no actor
  // (what the accused is said to do is reported, not asserted: no pair)
  if (accusedDoer(doc, inClause, m, cs)) return;
  // `planes carrying deported Colombians`: a participle right after another verb is adjectival
  if (m.verb && /ed$/.test(doc.tokens[m.tokenStart]!.normal) && (hasTag(doc, m.tokenStart - 1, 'Gerund') || (hasTag(doc, m.tokenStart - 1, 'Verb') && !hasTag(doc, m.tokenStart - 1, 'Auxiliary') && !BE.has(doc.tokens[m.tokenStart - 1]!.normal) && !['has', 'have', 'had'].includes(doc.tokens[m.tokenStart - 1]!.normal)))) return;
  // `any country that struck a deal with X`: the subject is a relative on a noun that names no actor
  const orphanRelative = commonNounRelative(doc, groups, cs, m.tokenStart);
  const subject = orphanRelative ? undefined : closedRelativeSubject(doc, groups, m.tokenStart, cs) ?? appositionHead(doc, groups, infinitiveSubject(doc, inClause, m, cs))
    ?? (pronoun >= 0 ? pronounSubject(doc, pronoun, m.tokenStart, sentenceSubject, previous, groups) : nearest)
    ?? (causesEvent(doc, cs, m.tokenStart) ? undefined : relativeAntecedent(doc, groups, cs)) ?? pronounSubject(doc, cs, m.tokenStart, sentenceSubject, previous, groups)
    ?? possessiveSubject(doc, cs, m.tokenStart, groups, previous, (g) => isSubjectAt(doc, g))
    ?? frontedParticipleSubject(doc, groups, m);
  const outer = ctx.cues[k - 1];
  // `Hungary blocked a bid to join NATO`: the act a blocked proposal names is not the blocker's
  if (blockedProposal(doc, m, outer)) return;
  const nested = nestedIn(doc, m, outer, cs);
  // ... unless the outer verb imposes it (`threatened tariffs on Europe`): its subject is the agent
  const imposer = nested && startsWithAny(doc.tokens[outer.tokenStart]!.stem, imposingVerbs) ? subject ?? inClause.find((g) => g.tokenEnd === skipAuxiliariesBack(doc, outer.tokenStart, cs)) : undefined;
  // (`suspended cooperation with Russia`: an ending verb leaves the pair to the noun, which it turns)
  if (nested && !stands && !imposer && !endsBefore(doc, m.tokenStart, cs)) return;
  if (byAgent(doc, m, groups, inClause, subject ?? sentenceSubject, cs, emit)) return;
  // `officials have been accused of ...`: a passive without its agent names only the patient;
  // `was criticised at home by the opposition`: with its agent a little later, the agent acts
  if (m.verb && /(ed|en)$/.test(doc.tokens[m.tokenStart]!.normal) && BE.has(doc.tokens[skipAdverbsBack(doc, m.tokenStart)]?.normal ?? '') && !STATIVE_LINKS.has(doc.tokens[m.tokenEnd]?.normal ?? '') && !STATIVE_LINKS.has(doc.tokens[m.tokenEnd - 1]!.normal)) {
    const agent = laterAgent(doc, groups, m.tokenEnd, ce);
    if (agent && subject) emit(agent.names, subject.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'by');
    return;
  }
  // `Russia's impossible demands on`, `Russian support`: the possessor or adjective is the actor
  const owner = imposer ?? owned;
  // `Venezuela's referendum ... has revived a dispute with Guyana`: the possessor opening the clause
  const opener = inClause.find((g) => g.possessive && g.tokenEnd <= m.tokenStart && (g.tokenStart === cs || (g.tokenStart === cs + 1 && doc.tokens[cs]!.normal === 'the')));
  // `after the invasion of Ukraine`: an act named in a time or cause phrase has no subject agent
  const framed = !m.verb && FRAMING.has(doc.tokens[skipDeterminersBack(doc, m.tokenStart, cs)]?.normal ?? '');
  // `treat any attack on Qatar as ...`: an act anyone might do has no agent in the clause's
  // subject (a symmetric one still has its parties: `wary of any confrontation with Beijing`);
  // `praises Trump as a true friend of`: nor has a predicate noun after `as`, unless a possessor
  // owns the noun before `as` (`Russia's role as a partner for China`)
  // `the gap is now a threat to Europe`, `called the verdict an attack on`: a predicate noun after
  // a copula whose subject is a noun naming no actor has no agent, nor has one after a non-actor
  // object (`Germany, long accused ..., is now a supplier`: a parenthesis keeps the clause subject)
  const modifier = skipModifiersBack(doc, m.tokenStart, cs);
  const article = !m.verb && ['a', 'an'].includes(doc.tokens[modifier]?.normal ?? '');
  // (compromise may tag `now` a conjunction: `is now a threat`)
  let copula = article ? modifier - 1 : -1;
  while (copula > cs && (hasTag(doc, copula, 'Adverb') || PREDICATE_ADVERBS.has(doc.tokens[copula]!.normal))) copula--;
  const beforeCopula = copula >= 0 && BE.has(doc.tokens[copula]!.normal) ? skipAdverbsBack(doc, copula) : -1;
  // (`the gap with the United States is`: an actor inside the subject's phrase is not its head)
  const copulaGroup = inClause.find((g) => g.tokenEnd === beforeCopula + 1);
  const nounSubject = beforeCopula >= 0 && hasTag(doc, beforeCopula, 'Noun') && !hasTag(doc, beforeCopula, 'Pronoun') && !(copulaGroup && isSubjectAt(doc, copulaGroup));
  // (`gives it a veto over`: a verb's pronoun object may be an actor, the noun its second object;
  // `the verdict against him an attack`: a pronoun inside the first object's phrase is not)
  const pronounObject = hasTag(doc, modifier - 1, 'Pronoun') && !PREPOSITIONS.has(doc.tokens[modifier - 2]?.normal ?? '');
  const objectPredicate = article && beforeCopula < 0 && hasTag(doc, modifier - 1, 'Noun') && !pronounObject && !inClause.some((g) => g.tokenEnd === modifier);
  const predicative = article && (doc.tokens[modifier - 1]?.normal === 'as' || nounSubject || objectPredicate);
  const asOwner = predicative ? inClause.find((g) => g.possessive && (g.tokenEnd === modifier - 2 || g.tokenEnd === modifier - 3)) : undefined;
  const unowned = !m.verb && !asOwner && ((GENERIC_DETERMINERS.has(doc.tokens[modifier]?.normal ?? '') && !SYMMETRIC_FAMILIES.has(m.cue.family)) || predicative);
  const source = owner ?? asOwner ?? (framed || orphanRelative || unowned ? undefined : subject ?? (!m.verb ? (sentenceSubject && sentenceSubject.tokenEnd <= m.tokenStart ? sentenceSubject : opener) : undefined));
  // `suspended cooperation with Russia`, `cut ties with`: ending a cooperation is hostile
  if (m.cue.polarity === '+' && !m.verb && endsBefore(doc, m.tokenStart, cs)) m = turned(m);
  // (`lobbied to end Syria's isolation`: ending a hostile state of affairs is no hostility, as lifted sanctions are none)
  else if (m.cue.polarity === '-' && !m.verb && endsBefore(doc, m.tokenStart, cs)) return;
  const found = objectAfter(doc, m, inClause, ce, source, ctx.cues[k + 1]);
  if (found.yields) return;
  // (`Russia's war in Ukraine`: the owned war's `in` names its enemy, not a place)
  let target = found.target ?? wagedIn(doc, m, inClause, owner) ?? struckIn(doc, m, inClause, ce);
  // `punish New Delhi for financing what Trump calls ...`: the subject of a free relative is no object
  if (target && doc.tokens[target.tokenStart - 1]?.normal === 'what') target = undefined;
  // (`the leader whom Lithuania has sheltered`: a cue that needs its object may find it in the relative's antecedent)
  if (!target && m.cue.needsObject && !m.cue.recipientFirst && source && !owner && m.verb) target = relativeObject(doc, groups, source, m.tokenStart);
  if ((!target && m.cue.needsObject) || (m.cue.recipientFirst && target?.tokenStart !== m.tokenEnd + (doc.tokens[m.tokenEnd]?.normal === 'the' ? 1 : 0))) return;
  // `sanctions on Iran by the United States`: the agent after the object's `by` acts
  if (!m.verb && target && doc.tokens[target.tokenEnd]?.normal === 'by') {
    const at = target.tokenEnd + (doc.tokens[target.tokenEnd + 1]?.normal === 'the' ? 2 : 1);
    const agent = groups.find((g) => g.tokenStart === at);
    if (agent) { emit(agent.names, target.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'by'); return; }
  }
  // `cut diplomatic ties with it`: the pronoun stands for the sentence's earlier direct object
  if (!target && source && !owner) target = objectPronounTarget(doc, groups, m, source);
  // `the kingdom has accused both of free-riding`: `both`/`them` for the one coordination before
  if (!target && source && !owner) target = coordinatedObject(doc, m, source, groups, sentence > 0 ? actorGroups(doc, sentence - 1) : []);
  // `Bolsonaro, whom Trump has praised`: the relative's antecedent
  if (!target && source && !owner && m.verb) target = relativeObject(doc, groups, source, m.tokenStart);
  if (target && m.cue.targets && !target.types.every((type) => m.cue.targets!.includes(type))) return;
  if (target && !objectFits(doc, m, target, ce)) return;
  // `protect its trawlers from Icelandic gunboats`: what one shields a thing from is opposed
  if (target && m.verb && SHIELDING.includes(doc.tokens[m.tokenStart]!.stem) && doc.tokens[beforeGroup(doc, target)]?.normal === 'from') m = turned(m);
  // `killed Pakistani soldiers`, but not `plotting to kill a Sikh activist` or `hosted the Jeddah talks`
  const modifies = target && (target.norp || (!target.possessive && headWord(doc, target.tokenEnd) && !groups.some((g) => g.tokenStart === target!.tokenEnd)));
  if (target && m.cue.ofOnly && doc.tokens.slice(m.tokenEnd, target.tokenStart).some((x, i) => x.normal !== 'of' && hasTag(doc, m.tokenEnd + i, 'Preposition'))) return;
  if (modifies && m.cue.norpHeads && !startsWithAny(headAfter(doc, target!), m.cue.norpHeads)) return;
  // `bought the S-400 from Russia, which triggered American sanctions`: the act falls on the buyer
  if (!target && owner && !owner.possessive) target = eventRelativeTarget(doc, groups, m, cs);
  // `with Russian support, Beijing is preparing`: the clause's subject receives it (only a subject
  // after the cue, or after `with ... support`: `Kazakhstan would respect Western sanctions` gives none)
  // (`Iran is not under Western sanctions`: a negated clause receives nothing)
  // (`Saudi bombing, American bombing and Israeli bombing`: the owner of the same act in a list is no subject)
  const sameAct = (g: Group) => g.norp && doc.tokens[g.tokenEnd]?.stem === doc.tokens[m.tokenStart]!.stem;
  if (!target && owner) target = inClause.find((g) => g !== owner && !sameAct(g) && isSubjectAt(doc, g) && (g.tokenStart > m.tokenEnd || (framedByWith(doc, owner.tokenStart, cs) && !negatedBefore(doc, cs, m.tokenStart))));
  // `Malaysia faces Chinese incursions`: the subject bears the adjective's hostile act
  if (!target && owner && subject !== owner && enduredBy(doc, m, owner)) target = subject;
  // `support for Beijing ..., given the West's diplomatic boycotts`: a possessor's act falls on
  // the actor the clause is about; an adjective (`American tariffs`) is too weak a tie for that
  if (!target && owner?.possessive) target = [...inClause].reverse().find((g) => g !== owner && g.tokenEnd <= m.tokenStart);
  // `competition from Brazilian beef`: a product is no actor, unless a sanction targets it
  if (namesProduct(doc, target) && PRODUCT_BLIND.has(m.cue.family)) target = undefined;
  if (namesProduct(doc, source) || (m.cue.family === 'trade' && source?.types.every((t) => t === 'LOC'))) return;
  emitFrame(ctx, m, source, target, found.direct, !!owner, cs);
}

/** Emits the pairs of a cue whose source and target are settled. */
function emitFrame(ctx: SentenceContext, m: CueMatch, source: Group | undefined, target: Group | undefined, direct: boolean, owned: boolean, cs: number): void {
  const { doc, groups, emit } = ctx;
  const symmetric = SYMMETRIC_FAMILIES.has(m.cue.family) || m.cue.symmetric === true;
  const before = doc.tokens[skipModifiersBack(doc, m.tokenStart, cs)]?.normal;
  const last = doc.tokens[m.tokenEnd - 1]!.normal;
  if (m.cue.membersOnly) return togetherPairs(ctx, m, source, target);
  // `their dispute over the Nile dam`: what a two-party act is about is no party
  if (symmetric && target && topicPairs(ctx, m, source, target, owned)) return;
  if (symmetric && target && direct && target.names.length >= 2) return pairsWithin(emit, target, m, 'svo');
  // (`offered to mediate between Kabul and its neighbours`: the mediator is no party)
  if (m.cue.partiesOnly) return;
  // `India and Pakistan accused each other`: a reciprocal object relates the coordinated subject
  if (m.verb && !target && source && source.names.length >= 2 && source.closed && reciprocalAt(doc, m.tokenEnd)) return pairsWithin(emit, source, m, 'svo');
  // `Manila and Taipei now share information on Chinese vessels`: a symmetric verb's parties are
  // its coordinated subject; an actor after a preposition is the topic, not a party
  if (symmetric && m.verb && target && !direct && source && source.names.length >= 2 && source.closed) return pairsWithin(emit, source, m, 'svo');
  // (`Israeli jets bombed the port of Hodeidah`: force on a mere place acts on no party)
  if (source && target && m.cue.family === 'force' && merePlace(doc, target)) return;
  if (source && target) {
    emit(source.names, target.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, owned ? 'possessor' : 'svo');
    // `Japan and South Korea held a joint exercise with the US`: a joint act makes its coordinated subject partners too
    if (m.cue.stems[0] === 'joint' && source.names.length >= 2 && source.closed) pairsWithin(emit, source, m, 'svo');
    if (m.cue.stems[0] === 'joint' && target.names.length >= 2 && target.closed) pairsWithin(emit, target, m, 'svo');
    // `turned to France, which agreed to ..., and to India`: the same link repeated after a relative clause
    const more = m.verb && NOUN_LINKS.has(last) ? repeatedLinkObject(doc, groups, target, last) : undefined;
    if (more) emit(source.names, more.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'svo');
    // `arming Hezbollah in Lebanon and the Houthis in Yemen`: a second object past a place
    const second = m.verb ? objectPastPlace(doc, groups, target) : undefined;
    if (second) emit(source.names, second.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'svo');
    return;
  }
  // `Saudi Arabia and Russia cut output, and their partnership`: `their` for the one coordination
  const their = !target && symmetric && !m.verb ? theirGroup(doc, m, groups, skipModifiersBack(doc, m.tokenStart, cs)) : undefined;
  if (their) return pairsWithin(emit, their, m, 'their');
  // `China and Russia signed a treaty`, but not `scholars at A and B propose ... rather than treaties`
  // (`the three juntas can quarrel with almost everyone`: a partner after `with` that names no actor is not each other)
  const otherPartner = doc.tokens[m.tokenEnd]?.normal === 'with' || last === 'with';
  if (symmetric && !target && !otherPartner && source && source.names.length >= 2 && before !== 'their' && (source.closed || source.hyphenated) && (m.verb || m.tokenStart - source.tokenEnd <= 5)) pairsWithin(emit, source, m, 'svo');
}
