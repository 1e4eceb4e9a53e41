import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import data from '../../data/relation-cues.json' with { type: 'json' };
import { actorMentions } from '../actors.js';
import { isVerb, misreadVerb } from './02a-verbs.js';

/** One entry of `data/relation-cues.json`. */
export interface RelationCue {
  stems: string[];
  polarity: '+' | '-';
  family: string;
  /** compromise tag the first word must carry (`Verb`: `back` the verb, not the adverb). */
  pos?: string;
  /** compromise tag the first word must not carry (`against`, which compromise may tag a preposition or an adjective). */
  notPos?: string;
  /** Words that, right after the cue, make it another phrase (`fight for X` defends X). */
  notNext?: string[];
  /** The cue's own `by` is part of it (`stand by`), not a passive agent. */
  noBy?: boolean;
  /** Only an object named right after the cue counts (`Sweden's membership of NATO`); no fallback to other actors of the clause. */
  needsObject?: boolean;
  /** Entity types the object must have (`granted Ukraine a loan`, not `granted Samsung waivers`). */
  targets?: string[];
  /** The object may follow the cue through `of` only (`hosts the office of Hamas`, not `hosted talks on Ukraine`). */
  ofOnly?: boolean;
  /** The object must come right after the verb (past `the`), as its recipient (`paid Ankara billions`, not `paid little attention to`; `left the EU`, not `left the meeting with the EU`). */
  recipientFirst?: boolean;
  /** Only the actors after the cue are its parties; its subject never is (`X mediated between Y and Z`). */
  partiesOnly?: boolean;
  /** The act is done together: its parties are the members of its coordinated subject, or the subject and a partner after `with`, never its object (`X and Y jointly settled Z's arrears`). */
  membersOnly?: boolean;
  /** The act has two parties alike, whatever its family (`X and Y fought a war`). */
  symmetric?: boolean;
  /** Stems that, within the next four words, make the cue another phrase (`struck a trade deal`). */
  notBefore?: string[];
  /** Stems one of which must come within five words after the object (`took Beijing to the WTO`, `showed French troops the door`). */
  thenWords?: string[];
  /** A nationality adjective object counts only before one of these heads (`killed Pakistani soldiers`, not `a Sikh activist`). */
  norpHeads?: string[];
}

/** The relation cues, longest first so `side with` wins over a shorter entry. */
export const RELATION_CUES: readonly RelationCue[] = (data.cues as RelationCue[]).slice().sort((a, b) => b.stems.length - a.stems.length);
/** The cues by their first stem, longest first: a token is tried only against cues that can start on it. */
const BY_FIRST = new Map<string, RelationCue[]>();
for (const cue of RELATION_CUES) BY_FIRST.set(cue.stems[0]!, [...(BY_FIRST.get(cue.stems[0]!) ?? []), cue]);
/** One-word cues of the agreement family and partnerships: the head words of named agreements. */
const AGREEMENT_HEADS = new Set(RELATION_CUES.filter((c) => c.stems.length === 1 && c.polarity === '+' && (c.family === 'agreement' || c.stems[0] === 'partnership')).map((c) => c.stems[0]!));
/** Families whose relation holds among the members of one group (`China and Russia joined forces`). */
export const SYMMETRIC_FAMILIES = new Set(['cooperation', 'rivalry', 'confrontation', 'agreement']);
/** Neutral relation nouns and the words that give them a polarity. */
export const RELATIONAL = data.relational;
/** Verbs whose subject is the agent of the hostile act they name (`imposed sanctions on`). */
export const imposingVerbs: readonly string[] = data.imposing;
/** `X views Y as Z`. */
export const VIEWED_AS = data.viewedAs;
/** Verbs that end or disparage the cooperation named after them (`suspended cooperation with`). */
export const ENDING_VERBS: readonly string[] = data.ending.stems;
/** `X sent instructors to Y`: the sending verbs and the kinds of help they carry. */
export const SENDING = data.sending;
/** Verbs of a `, which` clause that make the clause before it the cause of an act (`which triggered`). */
/** `closed its border with X`: the closing verbs and the spaces they close. */
export const CLOSING = data.closing;
export const CAUSING_VERBS: readonly string[] = data.causing.stems;
/** States with a monarch, for `the kingdom`. */
export const MONARCHIES: ReadonlySet<string> = new Set(data.monarchies.names);
/** Monarchies ruled by an emir, for `the emirate`. */
export const EMIRATES: ReadonlySet<string> = new Set(data.monarchies.emirates);
/** Monarchies ruled by a sultan, for `the sultanate`. */
export const SULTANATES: ReadonlySet<string> = new Set(data.monarchies.sultanates);
/** `approved the sale of jets to X`: transfer nouns and the verbs that allow or stop them. */
export const ACTS = data.acts;
/** `accuses X of arming Y`: verbs whose object does the act of the gerund after `of`. */
export const ACCUSING: readonly string[] = data.accusing.stems;

/**
 * The end of a cue's words from token `t`, or `t` when they are not there. An adverb may sit
 * between the words of a multiword cue (`sided firmly with`).
 */
function matchStems(doc: Doc, t: number, limit: number, stems: readonly string[]): number {
  let at = t;
  for (const [k, stem] of stems.entries()) {
    if (k > 0 && at < limit && hasTag(doc, at, 'Adverb') && doc.tokens[at]!.stem !== stem) at++;
    // (`joint naval exercises`, `joint air patrols`: one modifier inside a `joint` cue)
    else if (k === 1 && stems[0] === 'joint' && at + 1 < limit && doc.tokens[at]!.kind === 'word' && doc.tokens[at]!.stem !== stem) at++;
    if (at >= limit || doc.tokens[at]!.stem !== stem) return t;
    at++;
  }
  return at;
}

/** A cue found in a sentence. */
export interface CueMatch {
  cue: RelationCue;
  tokenStart: number;
  tokenEnd: number;
  /** compromise tags the first word as a verb. */
  verb: boolean;
}

/** `verb` of a cue match: exported for the subject test, which must agree with it. */
export const isVerbAt = isVerb;

/** One of `stems` is the stem of a token in `[from, to)`. */
export function stemWithin(doc: Doc, from: number, to: number, stems: readonly string[]): boolean {
  for (let t = from; t < to; t++) if (stems.includes(doc.tokens[t]!.stem)) return true;
  return false;
}

/**
 * The relation cues of a sentence, on token stems. A word inside an entity's name
 * (`Shanghai Cooperation Organization`) is not a cue.
 */
export function relationCues(doc: Doc, sentence: number): CueMatch[] {
  const s = doc.sentences[sentence]!;
  const inside = new Set<number>();
  for (const m of actorMentions(doc, sentence)) for (let t = m.tokenStart; t < m.tokenEnd; t++) inside.add(t);
  for (const m of doc.layers.entities?.mentions ?? []) {
    if (m.sentence !== sentence) continue;
    // (`signed a Reciprocal Access Agreement`, `the ICE Pact with Finland`: a named agreement's
    // head word is still the agreement it names)
    const end = m.type === 'MISC' && AGREEMENT_HEADS.has(doc.tokens[m.tokenEnd - 1]!.stem) ? m.tokenEnd - 1 : m.tokenEnd;
    for (let t = m.tokenStart; t < end; t++) inside.add(t);
  }
  const found: CueMatch[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (inside.has(t) || doc.tokens[t]!.kind !== 'word') continue;
    let end = t;
    const cue = BY_FIRST.get(doc.tokens[t]!.stem)?.find((c) => (end = matchStems(doc, t, s.tokenEnd, c.stems)) > t && (!c.pos || hasTag(doc, t, c.pos) || (c.pos === 'Verb' && misreadVerb(doc, t))) && (!c.notPos || !hasTag(doc, t, c.notPos)) && !c.notNext?.includes(doc.tokens[end]?.normal ?? '') && !(c.notBefore && stemWithin(doc, end, Math.min(end + 4, s.tokenEnd), c.notBefore))
      // (`took`, `show`: a cue whose object must be followed by certain words is no cue without them)
      && !(c.thenWords && !stemWithin(doc, end, Math.min(end + 12, s.tokenEnd), c.thenWords)));
    if (!cue) continue;
    found.push({ cue, tokenStart: t, tokenEnd: end, verb: isVerb(doc, t) });
    t = end - 1;
  }
  return found;
}
