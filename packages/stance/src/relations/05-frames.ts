import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { CAUSING_VERBS, CLOSING, ENDING_VERBS, SENDING } from './02-cues.js';
import { beforeGroup, groupAfter, isSubjectAt, relativeAntecedent, type Group } from './01-groups.js';
import type { CueMatch } from './02-cues.js';
import type { Emit } from './03-find.js';
import { actorMentions, looksLikeOrganisation } from '../actors.js';
import { negatedBefore } from './03a-scope.js';
import { hypothetical } from './08-scope.js';
import { matchesStem, startsWithAny } from '../stems.js';


/** Verbs that end or disparage a cooperation (`suspended`, `cut`, `froze`, `severed`, `mocked`): data/relation-cues.json `ending`. */
const ENDING = ENDING_VERBS;

/** The token before `t` once determiners and adjectives are skipped. */
export function skipDeterminersBack(doc: Doc, t: number, floor: number): number {
  let b = t - 1;
  while (b > floor && (hasTag(doc, b, 'Determiner') || hasTag(doc, b, 'Adjective') || ['the', 'a', 'an', 'its', 'their'].includes(doc.tokens[b]!.normal))) b--;
  return b;
}

const QUANTIFIERS = new Set(['most', 'all', 'much', 'part', 'some', 'half', 'parts', 'many']);

/** True when an ending verb governs the cooperation noun at `t` (`suspended cooperation with`). */
export function endsBefore(doc: Doc, t: number, floor: number): boolean {
  return endingVerbAt(doc, t, floor) >= 0;
}

/** The ending verb that governs the noun at `t`, or -1. */
export function endingVerbAt(doc: Doc, t: number, floor: number): number {
  let b = skipDeterminersBack(doc, t, floor);
  // `has frozen Armenia's participation in`: past the possessor
  const owner = doc.tokens[b]?.normal === "'s" ? actorMentions(doc, doc.tokens[b]!.sentence).find((m) => m.tokenEnd === b) : undefined;
  if (owner) b = skipDeterminersBack(doc, owner.tokenStart, floor);
  // `suspended most of its bilateral aid`: a quantifier and its `of`
  if (doc.tokens[b]?.normal === 'of' && QUANTIFIERS.has(doc.tokens[b - 1]?.normal ?? '')) b = skipDeterminersBack(doc, b - 1, floor);
  // `suspended its military cooperation with`: compromise may read the modifier as a noun
  for (let k = 0; k < 2 && b > floor && hasTag(doc, b, 'Noun') && !hasTag(doc, b, 'Plural') && !hasTag(doc, b, 'Verb') && !startsWithAny(doc.tokens[b]!.stem, ENDING); k++) b = skipDeterminersBack(doc, b, floor);
  // compromise may read the verb itself as a noun after `and` or an auxiliary (`and cut diplomatic ties`)
  // (or right after its subject: `Rwanda cut diplomatic ties`; `cut off trade with`, `tore up its contract with`: past the particle)
  if ((doc.tokens[b]?.normal === 'off' || doc.tokens[b]?.normal === 'up') && b - 1 >= floor && startsWithAny(doc.tokens[b - 1]!.stem, ENDING)) b--;
  const verb = hasTag(doc, b, 'Verb') || ['and', 'has', 'have', 'had', 'to', 'will', 'would'].includes(doc.tokens[b - 1]?.normal ?? '') || actorMentions(doc, doc.tokens[b]?.sentence ?? 0).some((m) => m.tokenEnd === b && m.type !== 'NORP');
  return b >= floor && verb && startsWithAny(doc.tokens[b]!.stem, ENDING) ? b : -1;
}


/**
 * `allowed Russian troops to invade Ukraine`, `urged Moscow to back`: the object of the verb
 * before an infinitive cue is the infinitive's subject. A head noun may follow a nationality
 * adjective (`Russian troops`).
 */
export function infinitiveSubject(doc: Doc, groups: readonly Group[], m: CueMatch, clauseStart: number): Group | undefined {
  const to = m.tokenStart - 1;
  if (!m.verb || doc.tokens[to]?.normal !== 'to') return undefined;
  let h = to;
  while (h > clauseStart && h >= to - 2 && hasTag(doc, h - 1, 'Noun') && !groups.some((g) => g.tokenEnd === h)) h--;
  const g = groups.find((x) => x.tokenEnd === h && x.tokenStart >= clauseStart);
  // (`Ukraine's bid to join NATO`, `Russia's decision to invade`: the possessor of the one noun
  // before `to` is the infinitive's subject, whatever verb governs the noun)
  if (g?.possessive && h === to - 1) return g;
  if (!g || (h < to && !g.norp)) return undefined;
  const before = beforeGroup(doc, g);
  return hasTag(doc, before, 'Verb') && !hasTag(doc, before, 'Auxiliary') && !hasTag(doc, before, 'Copula') ? g : undefined;
}

/**
 * `Ankara bought the S-400 from Russia, which triggered American sanctions`: a `, which` clause
 * whose verb causes the act names the event of the clause before it, so the act falls on that
 * clause's subject.
 */
export function eventRelativeTarget(doc: Doc, groups: readonly Group[], m: CueMatch, clauseStart: number): Group | undefined {
  if (doc.tokens[clauseStart]?.normal !== 'which' || doc.tokens[clauseStart - 1]?.normal !== ',') return undefined;
  const verb = doc.tokens.slice(clauseStart + 1, m.tokenStart).findIndex((t) => matchesStem(t.stem, CAUSING_VERBS));
  if (verb < 0) return undefined;
  const s = doc.sentences[doc.tokens[clauseStart]!.sentence]!;
  // the subject of the clause the relative attaches to: the last subject before it
  return [...groups].reverse().find((g) => g.tokenEnd < clauseStart && g.tokenStart >= s.tokenStart && isSubjectAt(doc, g));
}

const OBJECT_PRONOUNS = new Set(['it', 'them']);

/**
 * `has taken the Emirates to court and cut ties with it`: an object pronoun after a cue stands
 * for the direct object earlier in the sentence (a group right after a verb), not for its subject.
 */
export function objectPronounTarget(doc: Doc, groups: readonly Group[], m: CueMatch, subject: Group | undefined): Group | undefined {
  return pronounObject(doc, groups, m.tokenStart, m.tokenEnd, subject);
}

/** The group an object pronoun after a link at `end` stands for (see {@link objectPronounTarget}). */
export function pronounObject(doc: Doc, groups: readonly Group[], start: number, end: number, subject: Group | undefined): Group | undefined {
  const m = { tokenStart: start };
  // only after the cue's preposition: `criticised it` more often means a thing than an actor
  const t = end + 1;
  if (!['with', 'to', 'on', 'against', 'for'].includes(doc.tokens[end]?.normal ?? '') || !OBJECT_PRONOUNS.has(doc.tokens[t]?.normal ?? '')) return undefined;
  const s = doc.sentences[doc.tokens[t]!.sentence]!;
  return [...groups].reverse().find((g) => {
    if (g === subject || g.names.some((n) => subject?.names.includes(n)) || g.tokenEnd > m.tokenStart || g.tokenStart < s.tokenStart) return false;
    // `joined Paris in rejecting the agreement, and ... criticised it`: a thing named in between is the likelier antecedent
    for (let k = g.tokenEnd; k < m.tokenStart; k++) if (['the', 'a', 'an'].includes(doc.tokens[k]!.normal) && !groups.some((x) => x.tokenStart === k + 1 || x.tokenStart === k)) return false;
    const before = beforeGroup(doc, g);
    return hasTag(doc, before, 'Verb') && !hasTag(doc, before, 'Copula') && !hasTag(doc, before, 'Auxiliary') && (doc.tokens[t]!.normal === 'them') === g.names.length > 1;
  });
}

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
/** Nouns of amount that open a sent thing (`shipped Russia hundreds of drones`). */
const AMOUNTS = new Set(['hundreds', 'thousands', 'dozens', 'millions', 'billions', 'tonnes', 'tons', 'batches', 'shipments', 'consignments']);
/** `refuses to send ammunition`: verbs that deny the sending after them. */
const DENYING = ['refus', 'declin', 'avoid', 'refrain', 'fail', 'reject'];

/** `Germany sent air-defence units to Polish airfields`, `sent Ukraine aid`: sending help to an actor is support of it. */
export function sendingPairs(doc: Doc, sentence: number, groups: readonly Group[], ranges: ReadonlyArray<[number, number]>, emit: Emit): void {
  const s = doc.sentences[sentence]!;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (!hasTag(doc, t, 'Verb') || !matchesStem(doc.tokens[t]!.stem, SENDING.verbs)) continue;
    const help = (from: number, end: number) => doc.tokens.slice(from, end).some((x) => SENDING.items.some((i) => x.stem === i || (i.length >= 5 && x.stem.startsWith(i))));
    // `has sent Ukraine several consignments of aid`: the recipient right after the verb, the help after it
    const first = groupAfter(doc, groups, t);
    // (`sent Wagner fighters to Mali`: a name before its noun is no recipient)
    // (the sent thing opens with a determiner, a number, an adjective or an amount)
    const next = first ? first.tokenEnd : -1;
    const modifies = first && !(hasTag(doc, next, 'Determiner') || hasTag(doc, next, 'Value') || (hasTag(doc, next, 'Adjective') && !hasTag(doc, next, 'Noun')) || AMOUNTS.has(doc.tokens[next]?.normal ?? ''));
    let target = first && !first.possessive && !first.norp && !modifies && help(first.tokenEnd, Math.min(first.tokenEnd + 6, s.tokenEnd)) ? first : undefined;
    if (!target) {
      let to = t + 1;
      while (to < Math.min(t + 7, s.tokenEnd) && doc.tokens[to]!.normal !== 'to' && !groups.some((g) => g.tokenStart === to)) to++;
      if (doc.tokens[to]?.normal !== 'to' || !help(t + 1, to)) continue;
      const at = doc.tokens[to + 1]?.normal === 'the' ? to + 2 : to + 1;
      target = groups.find((g) => g.tokenStart === at);
    }
    const [cs] = ranges.find(([a, b]) => t >= a && t < b)!;
    const subject = [...groups].reverse().find((g) => g.tokenEnd <= t && g.tokenStart >= cs && isSubjectAt(doc, g));
    if (!target || !subject || doc.tokens.slice(subject.tokenEnd, t).some((x) => NEGATORS.has(x.normal) || DENYING.some((d) => x.stem.startsWith(d)))) continue;
    emit(subject.names, target.names, '+', t, t + 1, 'aid', 'sending');
  }
}

/**
 * `has turned to France, which agreed to supply radars, and to India`: after an object followed by
 * a comma (a relative clause or apposition), `and` with the cue's own preposition again coordinates
 * a second object of the same cue.
 */
export function repeatedLinkObject(doc: Doc, groups: readonly Group[], target: Group, link: string): Group | undefined {
  if (doc.tokens[target.tokenEnd]?.normal !== ',') return undefined;
  const end = doc.sentences[doc.tokens[target.tokenStart]!.sentence]!.tokenEnd;
  for (let t = target.tokenEnd + 1; t < Math.min(end, target.tokenEnd + 25); t++) {
    if (doc.tokens[t]!.normal !== 'and' || doc.tokens[t - 1]!.normal !== ',' || doc.tokens[t + 1]?.normal !== link) continue;
    const at = doc.tokens[t + 2]?.normal === 'the' ? t + 3 : t + 2;
    return groups.find((g) => g.tokenStart === at);
  }
  return undefined;
}

/** `Nigeria closed its border with Niger`, `shut its airspace to Russian aircraft`: closing a shared space to an actor is hostile. */
export function closingPairs(doc: Doc, sentence: number, groups: readonly Group[], ranges: ReadonlyArray<[number, number]>, emit: Emit): void {
  const s = doc.sentences[sentence]!;
  // (`closed the Bosphorus to Russian warships`: a named strait or sea, closed to an actor, too)
  const waters = new Map(actorMentions(doc, sentence).filter((m) => m.type === 'LOC').map((m) => [m.tokenEnd - 1, m.tokenStart]));
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const named = waters.get(t);
    if (!(CLOSING.nouns.includes(doc.tokens[t]!.stem) || (named !== undefined && doc.tokens[t + 1]?.normal === 'to')) || !['with', 'to'].includes(doc.tokens[t + 1]?.normal ?? '')) continue;
    const verb = skipDeterminersBack(doc, named ?? t, s.tokenStart);
    if (!matchesStem(doc.tokens[verb]?.stem ?? '', CLOSING.verbs)) continue;
    const at = doc.tokens[t + 2]?.normal === 'the' ? t + 3 : t + 2;
    const target = groups.find((g) => g.tokenStart === at);
    const [cs] = ranges.find(([a, b]) => verb >= a && verb < b)!;
    // `Nigeria, which then chaired the bloc, closed`: an object of the relative's verb is no subject
    const object = (g: Group) => hasTag(doc, beforeGroup(doc, g), 'Verb');
    const subject = [...groups].reverse().find((g) => g.tokenEnd <= verb && g.tokenStart >= cs && isSubjectAt(doc, g) && !object(g)) ?? relativeAntecedent(doc, groups, cs);
    if (!target || !subject || doc.tokens.slice(subject.tokenEnd, verb).some((x) => NEGATORS.has(x.normal) || DENYING.some((d) => x.stem.startsWith(d)))) continue;
    emit(subject.names, target.names, '-', verb, t + 1, 'sanction', 'closing');
  }
}

/** Nouns of leaving an organisation, whose `of` names who leaves. Porter stems. */
const LEAVING_NOUNS = ['exit', 'withdraw', 'departur', 'secess'];

/**
 * `the formal exit of Mali and Niger from ECOWAS`, `the withdrawal of the US from the WHO`: who
 * leaves an organisation, named after `of`, stands against it (the `from` form of `X's exit from`).
 */
export function leavingOfPairs(doc: Doc, sentence: number, groups: readonly Group[], emit: Emit): void {
  const opening = doc.sentences[sentence]!.tokenStart;
  for (const g of groups) {
    const of = beforeGroup(doc, g);
    const noun = of - 1;
    if (doc.tokens[of]?.normal !== 'of' || noun < opening || !startsWithAny(doc.tokens[noun]!.stem, LEAVING_NOUNS) || !hasTag(doc, noun, 'Noun')) continue;
    if (doc.tokens[g.tokenEnd]?.normal !== 'from') continue;
    const target = groupAfter(doc, groups, g.tokenEnd);
    if (!target || !target.names.every(looksLikeOrganisation) || negatedBefore(doc, opening, noun) || hypothetical(doc, opening, noun)) continue;
    emit(g.names, target.names, '-', noun, noun + 1, 'alignment', 'possessor');
  }
}
