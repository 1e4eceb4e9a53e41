/** Nominal and possessive patterns: pairs named around a noun cue, `by` agents, possessors and owners. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import type { CueMatch } from './02-cues.js';
import { groupAfter, isSubjectAt, type Group } from './01-groups.js';
import type { Emit } from './03-find.js';
import { BE, SUBJECT_PRONOUNS, skipModifiersBack } from './03b-subjects.js';
import { skipDeterminersBack } from './05-frames.js';

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const RELATIVE_SUBJECTS = new Set(['which', 'who']);
const FRAMES = new Set(['with', 'by', 'under']);

export const pairsWithin = (emit: Emit, g: Group, m: CueMatch, rule: string) => {
  for (let a = 0; a < g.names.length; a++) emit([g.names[a]!], g.names.slice(a + 1), m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, rule);
};

/** The agent after `by` (`isolation by the West`) and whom the act falls on. */
export function byAgent(doc: Doc, m: CueMatch, groups: readonly Group[], inClause: readonly Group[], subject: Group | undefined, clauseStart: number, emit: Emit): boolean {
  // (`armed and trained by Iran`: the first of two coordinated participles shares the second's `by`)
  const by = doc.tokens[m.tokenEnd]?.normal === 'and' && /ed$/.test(doc.tokens[m.tokenEnd + 1]?.normal ?? '') && doc.tokens[m.tokenEnd + 2]?.normal === 'by' ? m.tokenEnd + 2 : m.tokenEnd;
  if (m.cue.noBy || doc.tokens[by]?.normal !== 'by') return false;
  const agent = groups.find((g) => g.tokenStart === by + 1 || g.tokenStart === by + 2);
  if (!agent) return false;
  // `the committee, co-chaired by China and France`: an act done together relates its agents
  if (m.cue.membersOnly) {
    // (`co-founded by Arthur Mensch, and Germany worried`: two names joined by `, and` are two clauses, not a list)
    const clauses = agent.names.length === 2 && doc.tokens.slice(agent.tokenStart, agent.tokenEnd).some((t, i, all) => t.normal === ',' && all[i + 1]?.normal === 'and');
    if (agent.names.length >= 2 && agent.closed && !clauses) pairsWithin(emit, agent, m, 'by');
    return true;
  }
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
      // `Syria, which is backed by Iran,`: a non-restrictive relative's antecedent is the patient
      if (!target && RELATIVE_SUBJECTS.has(doc.tokens[a - 1]?.normal ?? '') && doc.tokens[a - 2]?.normal === ',') target = groups.find((g) => g.tokenEnd === a - 2);
    } else {
      // `small island states backed by the EU`, `Hungary, backed by Russia,`: a participle right
      // after an actor (or its comma) describes that actor
      // (`Syria, long backed by Iran,`: an adverb may stand before the participle)
      let p = m.tokenStart;
      // (`The Houthis, armed and trained by Iran,`: past the first coordinated participle)
      if (doc.tokens[p - 1]?.normal === 'and' && /ed$/.test(doc.tokens[p - 2]?.normal ?? '')) p -= 2;
      if (p > clauseStart + 1 && (hasTag(doc, p - 1, 'Adverb') || hasTag(doc, p - 1, 'Adjective')) && doc.tokens[p - 2]?.normal === ',') p--;
      const at = doc.tokens[p - 1]?.normal === ',' ? p - 1 : p;
      target = inClause.find((g) => g.tokenEnd === at);
    }
  } else target = [...inClause].reverse().find((g) => g.tokenEnd <= m.tokenStart && g !== agent);
  if (target) emit(agent.names, target.names, m.cue.polarity, m.tokenStart, by === m.tokenEnd ? by + 1 : m.tokenEnd, m.cue.family, 'by');
  return true;
}

/** `Russia's impossible demands on`, `Russian support`: the possessor or adjective before a noun cue. */
export function ownerGroup(doc: Doc, m: CueMatch, inClause: readonly Group[], cs: number): Group | undefined {
  // `weigh Western requests against Chinese loans`: an adjective before `against` modifies the noun before it
  if (m.cue.family === 'opposition' && m.cue.stems[0] === 'against') return undefined;
  // `Western sanctions`: compromise may tag the nationality adjective itself as a modifier, so
  // the search stops at the end of an actor
  let b = m.tokenStart - 1;
  // (`Indonesia's largest trading partner`: a noun modifier or two may sit in between)
  let nouns = 0;
  while (b >= cs && b >= m.tokenStart - 4 && !inClause.some((g) => g.tokenEnd === b + 1) && (hasTag(doc, b, 'Adjective') || hasTag(doc, b, 'Adverb') || hasTag(doc, b, 'Gerund') || doc.tokens[b]!.normal === 'and' || (nouns++ < 2 && hasTag(doc, b, 'Noun') && !hasTag(doc, b, 'Possessive') && doc.tokens[b]!.kind === 'word' && doc.tokens[b + 1]?.kind === 'word'))) b--;
  return inClause.find((g) => g.tokenEnd === b + 1 && (g.possessive || hasTag(doc, b, 'Adjective') || doc.layers.entities?.mentions.some((x) => x.tokenEnd === b + 1 && x.type === 'NORP') || organisationModifier(doc, g, m)));
}

/**
 * `the Hamas attack on Israel`, `an M23 offensive against Goma`: an organisation's name used as a
 * noun modifier of a hostile act is its agent. A state's name there is rather a place or a target
 * (`the Ukraine war`, `the Iran sanctions`), so only organisations count, right after `the`/`a`.
 */
function organisationModifier(doc: Doc, g: Group, m: CueMatch): boolean {
  return m.cue.family === 'force' && g.types.every((t) => t === 'ORG') && g.names.length === 1 && g.tokenEnd === m.tokenStart && ['the', 'a', 'an'].includes(doc.tokens[g.tokenStart - 1]?.normal ?? '');
}

/**
 * `between the Sudanese army and the Rapid Support Forces`: a side named by a nationality
 * adjective and its noun is still one side; joins it with the actor after `and`.
 */
export function sidesAfterBetween(doc: Doc, groups: readonly Group[], g: Group | undefined): Group | undefined {
  if (!g || g.names.length >= 2) return g;
  let t = g.tokenEnd;
  while (t < g.tokenEnd + 3 && hasTag(doc, t, 'Noun') && doc.tokens[t]!.normal !== 'and') t++;
  if (t === g.tokenEnd || doc.tokens[t]?.normal !== 'and') return g;
  const next = groupAfter(doc, groups, t);
  return next ? { ...g, names: [...g.names, ...next.names], tokenEnd: next.tokenEnd } : g;
}

/**
 * The act sits in a `with`, `by` or `under` phrase (`with Russian support`, `isolated by Western
 * sanctions`, `Iran is under heavy Western sanctions`): the clause's subject receives it.
 */
export function framedByWith(doc: Doc, owner: number, floor: number): boolean {
  // (compromise may tag `under` after a copula as an adjective, so the words are looked at first)
  for (let b = owner - 1; b >= floor && b >= owner - 4; b--) {
    if (FRAMES.has(doc.tokens[b]!.normal)) return true;
    if (b === skipDeterminersBack(doc, b + 1, floor)) return false;
  }
  return false;
}
