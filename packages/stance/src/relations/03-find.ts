/** The relation finder's dispatcher: the sentence's groups, clauses and cues, then each cue's frames. */
import { isQuestion, spanOfTokens, type Doc } from '@essaylens/doc';
import { oneParty } from '../actors.js';
import type { Relation } from '../layer.js';
import { relationCues, type CueMatch } from './02-cues.js';
import { actorGroups, clauses, isSubjectAt, type Group } from './01-groups.js';
import { relationalPairs, viewedAsPairs } from './04-relational.js';
import { closingPairs, leavingOfPairs, sendingPairs } from './05-frames.js';
import { objectAgainst } from './03c-objects.js';
import { closedRelativeSubject, recallPairs, transferPairs } from './06-acts.js';
import { AUX, skipAuxiliariesBack, pronounSubject } from './03b-subjects.js';
import { sideFrames } from './03e-sides.js';
import { cueRelations } from './03f-cue.js';
import { coAgentPairs } from './09-pairs.js';
import { isVerbAt } from './02-cues.js';

export { appositionHead } from './03b-subjects.js';
export { predicateStart } from './03a-scope.js';

/** A pair emitter shared by the rules: names a cue, a rule and the two sides. */
export type Emit = (source: readonly string[], target: readonly string[], polarity: '+' | '-', cueStart: number, cueEnd: number, family: string, rule: string) => void;

/** What every cue of a sentence shares. */
export interface SentenceContext {
  doc: Doc;
  sentence: number;
  groups: readonly Group[];
  ranges: ReadonlyArray<[number, number]>;
  cues: readonly CueMatch[];
  /** The sentence's first subject, and the previous sentence's (for pronouns). */
  sentenceSubject: Group | undefined;
  previous: Group | undefined;
  emit: Emit;
}

/**
 * The actor-to-actor relations of one sentence: for each relation cue, the frame around it
 * (`between X and Y`, `the two rivals, X and Y`, `isolated by X`, `X's sanctions on Y`,
 * `X supports Y`), with coordinated actors expanded into every pair; then the frames that need
 * no cue of their own (relation nouns, sending, closing, transfers, `views X as`). A cue under
 * negation in its clause (`does not pose a threat to`), in a hypothesis or in a question gives no
 * relation.
 */
export function sentenceRelations(doc: Doc, sentence: number): Relation[] {
  const groups = actorGroups(doc, sentence);
  if (groups.length === 0) return [];
  const ranges = clauses(doc, sentence, groups);
  const found = new Map<string, Relation>();
  const emit: Emit = (source, target, polarity, cueStart, cueEnd, family, rule) => {
    for (const a of source) for (const b of target) {
      // an actor never stands toward itself, also when a capital kept its city name (`Ottawa,
      // Canada`) or an organ is named after its state (`the US Navy`)
      if (oneParty(a, b)) continue;
      const key = [a, b].sort().join('|') + polarity;
      if (!found.has(key)) found.set(key, { sentence, source: a, target: b, polarity, cue: spanOfTokens(doc, cueStart, cueEnd), family, rule });
    }
  };
  const ctx: SentenceContext = {
    doc, sentence, groups, ranges, emit,
    cues: relationCues(doc, sentence),
    sentenceSubject: groups.find((g) => isSubjectAt(doc, g)),
    previous: sentence > 0 ? actorGroups(doc, sentence - 1).find((g) => isSubjectAt(doc, g)) : undefined,
  };
  // `Will Ankara side with Moscow?`: a question asserts no relation
  if (!isQuestion(doc, sentence)) for (const k of ctx.cues.keys()) if (!sideFrames(ctx, k)) cueRelations(ctx, k);
  objectAgainst(doc, groups, emit);
  relationalPairs(doc, sentence, groups, ranges, emit, (t) => verbSubject(ctx, t));
  sendingPairs(doc, sentence, groups, ranges, emit);
  closingPairs(doc, sentence, groups, ranges, emit);
  leavingOfPairs(doc, sentence, groups, emit);
  transferPairs(doc, sentence, groups, ranges, emit);
  recallPairs(doc, sentence, groups, (verb) => verbSubject(ctx, verb), emit);
  viewedAsPairs(doc, sentence, groups, ranges, emit);
  const actsAfter = (t: number) => [...found.values()].some((r) => r.cue.start >= doc.tokens[t]!.end);
  coAgentPairs(doc, groups, ctx.sentenceSubject, (t) => isVerbAt(doc, t) || AUX.has(doc.tokens[t]?.normal ?? ''), actsAfter, emit);
  return [...found.values()];
}

/**
 * The actor of the verb at `t`: a closed relative clause's antecedent (`X, which ... Y, recalled`),
 * the subject right before it or its clause's, or a subject pronoun's.
 */
export function verbSubject(ctx: SentenceContext, verb: number): Group | undefined {
  const [cs] = clauseOf(ctx, verb);
  const at = skipAuxiliariesBack(ctx.doc, verb, cs);
  return closedRelativeSubject(ctx.doc, ctx.groups, verb, cs)
    ?? ctx.groups.find((g) => g.tokenEnd === at && g.tokenStart >= cs && !g.norp)
    ?? [...ctx.groups].reverse().find((g) => g.tokenEnd <= verb && g.tokenStart >= cs && isSubjectAt(ctx.doc, g))
    ?? pronounSubject(ctx.doc, cs, verb, ctx.sentenceSubject, ctx.previous);
}

/** The clause `[start, end)` holding token `t`. */
export function clauseOf(ctx: SentenceContext, t: number): [number, number] {
  return ctx.ranges.find(([a, b]) => t >= a && t < b)!;
}
