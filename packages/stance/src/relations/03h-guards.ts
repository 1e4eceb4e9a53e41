/** Guards of the cue frame: nested cues, comparisons, agents after a passive, head nouns after a name. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import type { CueMatch } from './02-cues.js';
import type { Group } from './01-groups.js';
import { skipModifiersBack } from './03b-subjects.js';
import { modifiersOnly } from './03c-objects.js';
import { NOUN_LINKS } from './03g-target.js';
import { withinObject } from './08-scope.js';
import { startsWithAny } from '../stems.js';
import data from '../../data/relation-cues.json' with { type: 'json' };

/**
 * `opposed new sanctions on Russia`: a noun cue right after another cue is its object, and the pair
 * belongs to neither (who imposes the sanctions is not said); so is a noun cue of the other
 * polarity deep in a verb cue's object (`blocked every EU decision on aid to Ukraine`).
 */
export function nestedIn(doc: Doc, m: CueMatch, outer: CueMatch | undefined, cs: number): outer is CueMatch {
  // (`wary of any confrontation with Beijing`: a cue that needs a named object did not take this one)
  if (!outer || m.verb || outer.cue.needsObject) return false;
  // (`a rival maritime agreement`: a noun cue that only modifies the next one is not its head)
  const heads = outer.verb || /(ing|ed)$/.test(doc.tokens[outer.tokenStart]!.normal) || NOUN_LINKS.has(doc.tokens[outer.tokenEnd - 1]!.normal) || NOUN_LINKS.has(doc.tokens[outer.tokenEnd]?.normal ?? '');
  if (heads && outer.tokenEnd >= m.tokenStart - 3 && outer.tokenEnd <= m.tokenStart && modifiersOnly(doc, outer.tokenEnd, m.tokenStart)) return true;
  // (only a cue of the other polarity: `welcomes American investment` is one act; `its war` has its own agent)
  return outer.verb && outer.cue.polarity !== m.cue.polarity && !['its', 'their'].includes(doc.tokens[skipModifiersBack(doc, m.tokenStart, cs)]?.normal ?? '') && withinObject(doc, outer.tokenEnd, m.tokenStart);
}

/** `at home by the opposition`: the actor after a `by` within four tokens, no verb between. */
export function laterAgent(doc: Doc, groups: readonly Group[], from: number, to: number): Group | undefined {
  for (let t = from; t < Math.min(from + 4, to); t++) {
    if (hasTag(doc, t, 'Verb') || doc.tokens[t]!.normal === ',') return undefined;
    // (`by the opposition Democratic Party`: past a determiner and a modifier or two)
    if (doc.tokens[t]!.normal === 'by') return groups.find((g) => g.tokenStart > t && g.tokenStart <= t + 4 && doc.tokens.slice(t + 1, g.tokenStart).every((x, i) => (i === 0 && x.normal === 'the') || (x.kind === 'word' && !hasTag(doc, t + 1 + i, 'Verb'))));
  }
  return undefined;
}
const COMPARING: readonly string[] = data.comparing.stems;
/** `will weigh Western requests against Chinese loans`: `against` after a verb of comparing sets no one against anyone. */
export function weighedAgainst(doc: Doc, m: CueMatch, cs: number): boolean {
  if (m.cue.stems[0] !== 'against') return false;
  for (let t = m.tokenStart - 1; t >= Math.max(cs, m.tokenStart - 6); t--) if (startsWithAny(doc.tokens[t]!.stem, COMPARING)) return true;
  return false;
}
/** Token `t` can be the head noun after a name (compromise may tag `talks` a verb). */
export function headWord(doc: Doc, t: number): boolean {
  const token = doc.tokens[t];
  if (!token || token.kind !== 'word' || NOT_HEADS.has(token.normal)) return false;
  return !['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Auxiliary', 'Modal', 'Copula', 'Pronoun'].some((tag) => hasTag(doc, t, tag));
}
const NOT_HEADS = new Set(['and', 'or', 'to', 'as', 'that', 'which', 'who', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'of', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);

/** The stem of the noun a nationality adjective modifies (`Pakistani soldiers` → `soldier`). */
export function headAfter(doc: Doc, g: Group): string {
  let t = g.tokenEnd;
  while (t < g.tokenEnd + 3 && hasTag(doc, t + 1, 'Noun') && !hasTag(doc, t + 1, 'Pronoun') && doc.tokens[t + 1]!.kind === 'word') t++;
  return doc.tokens[t]?.stem ?? '';
}

/** Nouns that name someone's proposal: the act of their infinitive is not the act of whoever blocks them. */
const PROPOSALS = new Set(['bid', 'bids', 'proposal', 'proposals', 'plan', 'plans', 'request', 'requests', 'attempt', 'attempts', 'motion', 'resolution', 'push', 'call', 'calls', 'effort', 'efforts', 'move']);

/**
 * `Hungary blocked a bid to join NATO`, `vetoed a resolution to condemn Russia`: an infinitive
 * cue after a proposal noun that a hostile cue governs (with no possessor naming the proposer)
 * is not the act of that cue's subject.
 */
export function blockedProposal(doc: Doc, m: CueMatch, outer: CueMatch | undefined): boolean {
  return !!outer && m.verb && outer.cue.polarity === '-' && doc.tokens[m.tokenStart - 1]?.normal === 'to' && PROPOSALS.has(doc.tokens[m.tokenStart - 2]?.normal ?? '')
    && !doc.tokens.slice(outer.tokenEnd, m.tokenStart).some((x) => x.normal === "'s");
}
