import { spanOfTokens, type Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import type { Relation } from '../layer.js';
import { imposingVerbs, relationCues, SYMMETRIC_FAMILIES, type CueMatch } from './02-cues.js';
import { actorGroups, clauses, isSubjectAt, relativeAntecedent, type Group } from './01-groups.js';
import { relationalPairs, tone, viewedAsPairs } from './04-relational.js';
import { closingPairs, endsBefore, eventRelativeTarget, infinitiveSubject, repeatedLinkObject, skipDeterminersBack, objectPronounTarget, sendingPairs } from './05-frames.js';

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'without', 'hardly', 'barely']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const NOUN_LINKS = new Set(['for', 'to', 'with', 'on', 'against', 'of', 'toward', 'towards', 'over', 'from', 'upon', 'into']);
const LIST_GAP = new Set(['—', '–', ',', ':', '-', 'the', 'namely', '(']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

/** A pair emitter shared by the rules: names a cue, a rule and the two sides. */
export type Emit = (source: readonly string[], target: readonly string[], polarity: '+' | '-', cueStart: number, cueEnd: number, family: string, rule: string) => void;

const pairsWithin = (emit: Emit, g: Group, m: CueMatch, rule: string) => {
  for (let a = 0; a < g.names.length; a++) emit([g.names[a]!], g.names.slice(a + 1), m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, rule);
};

/** Verbs that deny what follows them (`has avoided criticising Tehran`, `refused to back`). */
const NEGATIVE_IMPLICATIVES = ['avoid', 'refrain', 'refus', 'declin', 'fail'];

function negatedBefore(doc: Doc, from: number, to: number): boolean {
  for (let t = predicateStart(doc, from, to); t < to; t++) {
    const token = doc.tokens[t]!;
    if (NEGATORS.has(token.normal)) return true;
    if (hasTag(doc, t, 'Verb') && NEGATIVE_IMPLICATIVES.some((stem) => token.stem.startsWith(stem))) return true;
  }
  return false;
}

/**
 * Where the predicate holding token `to` starts: after the last `but`/`yet`/`although`/`while`,
 * or the last `and` that opens a coordinated verb phrase (`refuses to recognise X and still relies on Y`: the refusal does not
 * reach `relies`), else at `from`.
 */
const CONTRASTIVE = new Set(['but', 'yet', 'although', 'though', 'while', 'whereas']);
const LINKING_ADVERBS = new Set(['still', 'also', 'now', 'even', 'then', 'often', 'has', 'have', 'had', 'will', 'would', 'is', 'are', 'was', 'were']);

export function predicateStart(doc: Doc, from: number, to: number): number {
  for (let t = to - 1; t > from; t--) {
    // a concessive or contrastive conjunction opens a new clause whatever follows it
    if (CONTRASTIVE.has(doc.tokens[t]!.normal)) return t + 1;
    if (doc.tokens[t]!.normal !== 'and') continue;
    let v = t + 1;
    while (v < to && (hasTag(doc, v, 'Adverb') || LINKING_ADVERBS.has(doc.tokens[v]!.normal))) v++;
    // compromise may read the cue verb itself as a noun after `still` (`and still relies on`)
    if (v === to || (hasTag(doc, v, 'Verb') && !hasTag(doc, v, 'Gerund'))) return t + 1;
  }
  return from;
}

/** Skips adjectives and adverbs backwards from `t` (exclusive); returns the first other token. */
function skipModifiersBack(doc: Doc, t: number, floor: number): number {
  let b = t - 1;
  while (b >= floor && b >= t - 4 && (hasTag(doc, b, 'Adjective') || hasTag(doc, b, 'Adverb') || hasTag(doc, b, 'Gerund') || doc.tokens[b]!.normal === 'and')) b--;
  return b;
}

/**
 * How far after a cue its object may start: up to twelve tokens (`opposed to military blocs such
 * as the QUAD`), but never past another verb, which starts a new predicate.
 */
function reachAfter(doc: Doc, m: CueMatch, clauseEnd: number): number {
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
const EXAMPLES = new Set(['particularly', 'especially', 'notably', 'including', 'such', 'namely', 'mainly', 'chiefly', 'above']);
const LOCATIVES = new Set(['in', 'at', 'near', 'across', 'inside', 'throughout', 'off', 'around', 'without', 'except', 'unlike', 'through', 'via', 'during', 'under']);

/**
 * The first group in `[from, from + reach]` that is not a place named after `in`/`at` (`attacks
 * in the Red Sea`) nor an actor left out by `without`/`except` (`cannot block it without Italy`), nor a means
 * (`courts the region through the C5 format`).
 */
function objectGroup(doc: Doc, groups: readonly Group[], from: number, reach: number, not: Group | undefined): Group | undefined {
  return groups.find((g) => g.tokenStart >= from && g.tokenStart <= from + reach && g !== not && !LOCATIVES.has(doc.tokens[g.tokenStart - 1]?.normal === 'the' ? doc.tokens[g.tokenStart - 2]?.normal ?? '' : doc.tokens[g.tokenStart - 1]?.normal ?? ''));
}

const DETERMINERS = new Set(['of', 'for', 'the', 'a', 'an', 'any', 'all', 'more', 'further', 'fresh', 'new']);

/** Tokens `[from, to)` are only adjectives and determiners: the second cue heads the first's object. */
function modifiersOnly(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!(hasTag(doc, t, 'Adjective') || DETERMINERS.has(doc.tokens[t]!.normal))) return false;
  return true;
}

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she']);
const PERSONAL = new Set(['he', 'she']);
/** An agreement's parties follow `with` or `between`; `a treaty for the Obama administration` names no party. */
const PARTY_LINKS = new Set(['with', 'between', 'among']);

/** Prepositions that frame an act as a time or a cause rather than something the subject does. */
const FRAMING = new Set(['after', 'since', 'before', 'during', 'following', 'amid', 'despite', 'until']);
/**
 * `New Delhi argues ..., and it has criticised`: a clause's subject pronoun, or a subject left
 * out after `but`/`and`, is the sentence's subject.
 */
function pronounSubject(doc: Doc, clauseStart: number, cue: number, sentenceSubject: Group | undefined, previous: Group | undefined): Group | undefined {
  const opening = doc.sentences[doc.tokens[clauseStart]!.sentence]!.tokenStart;
  // `Moscow is the beneficiary. It supports ...`: a pronoun opening the sentence is the previous sentence's subject
  if (clauseStart === opening && previous && (!sentenceSubject || sentenceSubject.tokenStart > clauseStart)) {
    const word = doc.tokens[clauseStart]!.normal;
    const person = previous.types.every((type) => type === 'PERSON');
    const verbNext = hasTag(doc, clauseStart + 1, 'Verb') || hasTag(doc, clauseStart + 1, 'Auxiliary') || hasTag(doc, clauseStart + 1, 'Adverb');
    if (SUBJECT_PRONOUNS.has(word) && PERSONAL.has(word) === person && (word !== 'they' || previous.names.length > 1 || previous.types.includes('NORP')) && verbNext) return previous;
    return undefined;
  }
  if (!sentenceSubject || sentenceSubject.tokenEnd > clauseStart) return undefined;
  // `... insists that X, but welcomes American investment`: a clause with its subject left out
  let v = clauseStart + 1;
  while (v < cue && hasTag(doc, v, 'Adverb')) v++;
  if (['but', 'yet', 'and'].includes(doc.tokens[clauseStart]!.normal) && hasTag(doc, v, 'Verb') && !hasTag(doc, v, 'Gerund')) return sentenceSubject;
  // `he`/`she` stand for a person, `it`/`they` for anything else
  const person = sentenceSubject.types.every((type) => type === 'PERSON');
  for (let t = clauseStart; t < cue; t++) if (SUBJECT_PRONOUNS.has(doc.tokens[t]!.normal) && PERSONAL.has(doc.tokens[t]!.normal) === person && (hasTag(doc, t + 1, 'Verb') || hasTag(doc, t + 1, 'Auxiliary') || hasTag(doc, t + 1, 'Adverb'))) return sentenceSubject;
  return undefined;
}

/**
 * `pit the European Union against China`, `turned Germany against Russia`: a verb's object and
 * the actor after `against` are set against each other.
 */
function objectAgainst(doc: Doc, groups: readonly Group[], emit: Emit): void {
  for (const [k, g] of groups.entries()) {
    const next = groups[k + 1];
    if (!next || doc.tokens[g.tokenEnd]?.normal !== 'against' || next.tokenStart > g.tokenEnd + 2) continue;
    const before = doc.tokens[g.tokenStart - 1]?.normal === 'the' ? g.tokenStart - 2 : g.tokenStart - 1;
    if (hasTag(doc, before, 'Verb') && !hasTag(doc, before, 'Auxiliary') && !hasTag(doc, before, 'Copula')) emit(g.names, next.names, '-', g.tokenEnd, g.tokenEnd + 1, 'opposition', 'against');
  }
}

/** The agent after `by` (`isolation by the West`) and whom the act falls on. */
function byAgent(doc: Doc, m: CueMatch, groups: readonly Group[], inClause: readonly Group[], subject: Group | undefined, clauseStart: number, emit: Emit): boolean {
  if (m.cue.noBy || doc.tokens[m.tokenEnd]?.normal !== 'by') return false;
  const agent = groups.find((g) => g.tokenStart === m.tokenEnd + 1 || g.tokenStart === m.tokenEnd + 2);
  if (!agent) return false;
  const b = skipModifiersBack(doc, m.tokenStart, clauseStart);
  let target: Group | undefined;
  if (POSSESSIVE_PRONOUNS.has(doc.tokens[b]?.normal ?? '')) target = subject;
  else if (m.verb && /(ed|en)$/.test(doc.tokens[m.tokenEnd - 1]!.normal)) {
    // a passive needs its auxiliary: `Russia was isolated by`, not `a view supported by`
    // the passive's subject ends right before its auxiliaries: `Russia was isolated by`,
    // `Sweden has been blocked by`, but not `governments say is backed by`
    if (BE.has(doc.tokens[b]?.normal ?? '')) {
      let a = b;
      while (a > clauseStart && (hasTag(doc, a - 1, 'Auxiliary') || hasTag(doc, a - 1, 'Adverb') || hasTag(doc, a - 1, 'Modal'))) a--;
      target = inClause.find((g) => g.tokenEnd === a);
      // `Lithuania allowed ... and was punished by China`: the coordinated predicate's subject
      if (!target && doc.tokens[a - 1]?.normal === 'and') target = inClause.find((g) => g.tokenEnd < a && isSubjectAt(doc, g));
      // `It was condemned by Iran`: the pronoun's actor, resolved by the caller
      if (!target && SUBJECT_PRONOUNS.has(doc.tokens[a - 1]?.normal ?? '')) target = subject;
    }
  } else target = [...inClause].reverse().find((g) => g.tokenEnd <= m.tokenStart && g !== agent);
  if (target) emit(agent.names, target.names, m.cue.polarity, m.tokenStart, m.tokenEnd + 1, m.cue.family, 'by');
  return true;
}

/** `Russia's impossible demands on`, `Russian support`: the possessor or adjective before a noun cue. */
function ownerGroup(doc: Doc, m: CueMatch, inClause: readonly Group[], cs: number): Group | undefined {
  const b = skipModifiersBack(doc, m.tokenStart, cs);
  return inClause.find((g) => g.tokenEnd === b + 1 && (g.possessive || hasTag(doc, b, 'Adjective') || doc.layers.entities?.mentions.some((x) => x.tokenEnd === b + 1 && x.type === 'NORP')));
}

/**
 * `Saudi Arabia and the UAE, Yemen's neighbours, have bombed`: a subject found inside an
 * apposition (after a comma, closed by one) stands for the group before that comma.
 */
export function appositionHead(doc: Doc, groups: readonly Group[], g: Group | undefined): Group | undefined {
  if (!g || doc.tokens[g.tokenStart - 1]?.normal !== ',') return g;
  const head = groups.find((h) => h.tokenEnd === g.tokenStart - 1);
  if (!head) return g;
  let t = g.tokenEnd;
  while (t < g.tokenEnd + 4 && t < doc.tokens.length && doc.tokens[t]!.normal !== ',' && (hasTag(doc, t, 'Noun') || hasTag(doc, t, 'Adjective'))) t++;
  return doc.tokens[t]?.normal === ',' ? head : g;
}

/**
 * `between the Sudanese army and the Rapid Support Forces`: a side named by a nationality
 * adjective and its noun is still one side; joins it with the actor after `and`.
 */
function sidesAfterBetween(doc: Doc, groups: readonly Group[], g: Group | undefined): Group | undefined {
  if (!g || g.names.length >= 2) return g;
  let t = g.tokenEnd;
  while (t < g.tokenEnd + 3 && hasTag(doc, t, 'Noun') && doc.tokens[t]!.normal !== 'and') t++;
  if (t === g.tokenEnd || doc.tokens[t]?.normal !== 'and') return g;
  const next = groups.find((x) => x.tokenStart === t + 1 || (x.tokenStart === t + 2 && doc.tokens[t + 1]!.normal === 'the'));
  return next ? { ...g, names: [...g.names, ...next.names], tokenEnd: next.tokenEnd } : g;
}

/** The first subject pronoun in `[from, to)` followed by a verb, auxiliary or adverb (-1 if none). */
function pronounAfter(doc: Doc, from: number, to: number): number {
  for (let t = from; t < to; t++) {
    if (!SUBJECT_PRONOUNS.has(doc.tokens[t]!.normal)) continue;
    // `it later imposed`: compromise may read the adverb in between as an adjective
    let v = t + 1;
    while (v < t + 3 && (hasTag(doc, v, 'Adverb') || LINKING_ADVERBS.has(doc.tokens[v]!.normal) || doc.tokens[v]!.normal === 'later')) v++;
    if (hasTag(doc, v, 'Verb') || hasTag(doc, v, 'Auxiliary')) return t;
  }
  return -1;
}

/** Prepositions that close a verb's direct object: an actor past them is a circumstance, not the object. */
const CIRCUMSTANCE = new Set(['in', 'at', 'during', 'over', 'about', 'through', 'into', 'near', 'across', 'under', 'within', 'since', 'after', 'before', 'by', 'until']);

/**
 * `courted the army in the hope of a base on the Red Sea`, `angered the army by hosting an RSF
 * conference`: a verb whose direct object is a noun phrase naming no actor has no actor object
 * past the circumstance that follows.
 */
function pastDirectObject(doc: Doc, from: number, to: number): boolean {
  let noun = false;
  for (let t = from; t < to; t++) {
    if (hasTag(doc, t, 'Noun') && !hasTag(doc, t, 'Pronoun')) noun = true;
    // `by hosting` is a means; `by the opposition` may be a passive's agent
    else if (noun && CIRCUMSTANCE.has(doc.tokens[t]!.normal) && (doc.tokens[t]!.normal !== 'by' || doc.tokens[t + 1]?.normal.endsWith('ing'))) return true;
  }
  return false;
}

/** The act sits in a `with` or `by` phrase (`with Russian support`, `isolated by Western sanctions`). */
function framedByWith(doc: Doc, owner: number, floor: number): boolean {
  return ['with', 'by'].includes(doc.tokens[skipDeterminersBack(doc, owner, floor)]?.normal ?? '');
}

/** Verbs whose subject is the agent of the hostile act they name (`imposed sanctions on`, `threatened tariffs on`). */
const IMPOSING = imposingVerbs;

/** The token after the auxiliaries and adverbs before `t`: where a subject before them ends. */
function skipAuxiliariesBack(doc: Doc, t: number, floor: number): number {
  let b = t;
  while (b > floor && (hasTag(doc, b - 1, 'Auxiliary') || hasTag(doc, b - 1, 'Adverb') || hasTag(doc, b - 1, 'Modal') || BE.has(doc.tokens[b - 1]!.normal))) b--;
  return b;
}

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
  for (let [k, m] of cues.entries()) {
    const [cs, ce] = ranges.find(([a, b]) => m.tokenStart >= a && m.tokenStart < b)!;
    const inClause = groups.filter((g) => g.tokenStart >= cs && g.tokenEnd <= ce);
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
    const owned = !m.verb ? ownerGroup(doc, m, inClause, cs) : undefined;
    if (!owned?.possessive && negatedBefore(doc, cs, m.tokenStart)) continue;
    // `the competition commissioner`, `a sanctions expert`: a cue noun that modifies another noun
    if (!m.verb && hasTag(doc, m.tokenEnd, 'Noun') && !NOUN_LINKS.has(next ?? '') && !groups.some((g) => g.tokenStart === m.tokenEnd)) continue;
    const nearest = appositionHead(doc, groups, [...inClause].reverse().find((g) => g.tokenEnd <= m.tokenStart && isSubjectAt(doc, g)));
    // `Washington sanctioned X after concluding that the RSF had ..., and it later imposed`: a
    // subject pronoun after the nearest subject is the subject, and stands for the sentence's
    const pronoun = nearest ? pronounAfter(doc, nearest.tokenEnd, m.tokenStart) : -1;
    // `allowed Russian troops to invade Ukraine`: the infinitive's own subject comes first
    const subject = infinitiveSubject(doc, inClause, m, cs) ?? (pronoun >= 0 ? pronounSubject(doc, pronoun, m.tokenStart, sentenceSubject, previous) : nearest) ?? relativeAntecedent(doc, groups, cs) ?? pronounSubject(doc, cs, m.tokenStart, sentenceSubject, previous);
    // `opposed new sanctions on Russia`: a noun cue right after another cue is its object, and
    // the pair belongs to neither (who imposes the sanctions is not said)
    const outer = cues[k - 1];
    const nested = outer && !m.verb && outer.tokenEnd >= m.tokenStart - 3 && outer.tokenEnd <= m.tokenStart && modifiersOnly(doc, outer.tokenEnd, m.tokenStart);
    // ... unless the outer verb imposes it (`threatened tariffs on Europe`): its subject is the agent
    const imposer = nested && IMPOSING.some((stem) => doc.tokens[outer.tokenStart]!.stem.startsWith(stem)) ? subject ?? inClause.find((g) => g.tokenEnd === skipAuxiliariesBack(doc, outer.tokenStart, cs)) : undefined;
    // (`suspended cooperation with Russia`: an ending verb leaves the pair to the noun, which it turns)
    if (nested && !owned?.possessive && !imposer && !endsBefore(doc, m.tokenStart, cs)) continue;
    if (byAgent(doc, m, groups, inClause, subject ?? sentenceSubject, cs, emit)) continue;
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
    const ownLink = NOUN_LINKS.has(last) && m.cue.stems.length > 1;
    const examples = doc.tokens.slice(m.tokenEnd, m.tokenEnd + 5).some((t) => EXAMPLES.has(t.normal));
    const reach = ownLink && !examples ? Math.min(2, reachAfter(doc, m, ce)) : reachAfter(doc, m, ce);
    let target: Group | undefined;
    let direct = false;
    const inner = cues[k + 1];
    if (m.verb || NOUN_LINKS.has(last)) {
      target = objectGroup(doc, inClause, m.tokenEnd, reach, source);
      // `sells Bayraktar drones`, `sold BrahMos missiles`: a traded product is no partner; the
      // partner is a state or people, or whoever comes after `to`/`from`
      if (target && m.cue.family === 'trade' && !['to', 'from'].includes(doc.tokens[target.tokenStart - 1]?.normal ?? '') && !target.types.every((t) => t === 'GPE' || t === 'NORP')) target = undefined;
      if (target && inner && inner.tokenStart >= m.tokenEnd && inner.tokenEnd <= target.tokenStart) continue;
      if (target && m.verb && !NOUN_LINKS.has(last) && pastDirectObject(doc, m.tokenEnd, target.tokenStart)) target = undefined;
      // `depends on the easing of American sanctions`: the adjective belongs to the inner cue
      if (target && inner && inner.tokenStart === target.tokenEnd) continue;
      direct = m.verb && !!target && !NOUN_LINKS.has(doc.tokens[target.tokenStart - 1]?.normal ?? '') && !NOUN_LINKS.has(last);
    } else if (NOUN_LINKS.has(next ?? '') && (m.cue.family !== 'agreement' || PARTY_LINKS.has(next ?? ''))) {
      // `support for Beijing`, `attacks on shipping` (no actor): the object follows the link closely
      target = objectGroup(doc, inClause, m.tokenEnd + 1, Math.min(reach, EXAMPLES.has(doc.tokens[m.tokenEnd + 2]?.normal ?? '') ? reach : 3), source);
    }
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
    // `bought the S-400 from Russia, which triggered American sanctions`: the act falls on the buyer
    if (!target && owner && !owner.possessive) target = eventRelativeTarget(doc, groups, m, cs);
    if (!target && owner) target = inClause.find((g) => g !== owner && isSubjectAt(doc, g) && (g.tokenStart > m.tokenEnd || framedByWith(doc, owner.tokenStart, cs)));
    // `support for Beijing ..., given the West's diplomatic boycotts`: a possessor's act falls on
    // the actor the clause is about; an adjective (`American tariffs`) is too weak a tie for that
    if (!target && owner?.possessive) target = [...inClause].reverse().find((g) => g !== owner && g.tokenEnd <= m.tokenStart);
    const symmetric = SYMMETRIC_FAMILIES.has(m.cue.family);
    if (symmetric && target && direct && target.names.length >= 2) pairsWithin(emit, target, m, 'svo');
    // `Manila and Taipei now share information on Chinese vessels`: a symmetric verb's parties are
    // its coordinated subject; an actor after a preposition is the topic, not a party
    else if (symmetric && m.verb && target && !direct && source && source.names.length >= 2 && source.closed) pairsWithin(emit, source, m, 'svo');
    else if (source && target) {
      emit(source.names, target.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, owner ? 'possessor' : 'svo');
      // `turned to France, which agreed to ..., and to India`: the same link repeated after a relative clause
      const more = m.verb && NOUN_LINKS.has(last) ? repeatedLinkObject(doc, groups, target, last) : undefined;
      if (more) emit(source.names, more.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'svo');
    }
    // `China and Russia signed a treaty`, but not `scholars at A and B propose ... rather than treaties`
    else if (symmetric && !target && source && source.names.length >= 2 && (source.closed || source.hyphenated) && (m.verb || m.tokenStart - source.tokenEnd <= 5)) pairsWithin(emit, source, m, 'svo');
  }
  objectAgainst(doc, groups, emit);
  relationalPairs(doc, sentence, groups, ranges, emit);
  sendingPairs(doc, sentence, groups, ranges, emit);
  closingPairs(doc, sentence, groups, ranges, emit);
  viewedAsPairs(doc, sentence, groups, ranges, emit);
  return [...found.values()];
}
