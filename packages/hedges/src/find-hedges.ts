import { isQuestion, requireLayer, spanOfTokens, withLayer, type Doc } from '@essaylens/doc';
import { bandOf } from './bands.js';
import type { Cue, CueKind, HedgesLayer } from './layer.js';
import { BUILTIN_CUES, BUILTIN_NON_CUES } from './lexicon/03-builtin.js';
import { compileLexicon } from './lexicon/02-compile.js';
import type { CompiledLexicon } from './lexicon/types.js';
import { userCues } from './lexicon/04-user.js';
import { findCandidates } from './match/01-candidates.js';
import { scope, type Scoped } from './match/02-scope.js';
import { holderOf, indexMentions, type MentionIndex, type MentionLike } from './match/03-holder.js';
import { findVagueSources } from './match/04-weasels.js';
import { SentenceContext, latestYear } from './match/context.js';

/** Options for `findHedges` and `hedgesStage`. */
export interface HedgesOptions {
  /** A user lexicon (parsed JSON); its `cues` section adds entries that win over the built-in ones. */
  lexicon?: unknown;
}

/**
 * Compiles the built-in lexicon plus a user lexicon's `cues` section into the matcher's tries.
 *
 * @throws LexiconError when the `cues` section does not fit its schema.
 */
export function compileHedges(options: HedgesOptions = {}): CompiledLexicon {
  return compileLexicon([...userCues(options.lexicon), ...BUILTIN_CUES], BUILTIN_NON_CUES);
}

let builtin: CompiledLexicon | undefined;

function toCue(c: SentenceContext, s: Scoped, sentence: number, mentions: MentionIndex): Cue {
  const { entry } = s;
  let kind: CueKind = entry.kind;
  let family = entry.family;
  if (s.negated && !s.negatedAfter && entry.kind !== 'weasel') {
    kind = entry.negatedKind ?? 'hedge';
    if (entry.kind === 'booster' && kind === 'hedge') family = 'negated_booster';
  }
  if (s.selfMention && family === 'epistemic_verb') family = 'self_mention';
  const band = entry.direction ? null : bandOf(entry.band, s.negated, entry.negatedBand);
  const span = spanOfTokens(c.doc, s.spanStart, s.spanEnd);
  // every field written out (not `...span`): one V8 hidden class for every cue, see 02-scope
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    tokenStart: span.tokenStart,
    tokenEnd: span.tokenEnd,
    kind,
    family,
    holder: holderOf(c, s, mentions),
    negated: s.negated,
    probabilityLow: band ? band[0] : null,
    probabilityHigh: band ? band[1] : null,
    direction: entry.direction ? (s.negated ? (entry.direction === 'up' ? 'down' : 'up') : entry.direction) : null,
    sentence,
  };
}

/**
 * The cues of one Doc, sentence by sentence: lexicon matches that pass their context rules,
 * widened to their negation and self-mention, with holder and probability band; plus the
 * open-ended vague attributions. Questions carry no cues (ANNOTATION.md).
 */
export function cuesOf(doc: Doc, lexicon: CompiledLexicon): Cue[] {
  requireLayer(doc, 'parse', 'findHedges');
  const normals = doc.tokens.map((t) => t.normal);
  // the entities layer is optional: read structurally, so an empty or absent layer means `other`
  const mentions = indexMentions((doc.layers as { entities?: { mentions?: MentionLike[] } }).entities?.mentions);
  const year = latestYear(doc);
  const cues: Cue[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (isQuestion(doc, index)) return;
    const c = new SentenceContext(doc, normals, sentence.tokenStart, sentence.tokenEnd, year);
    const found = findCandidates(c, lexicon).map((cand) => toCue(c, scope(c, cand), index, mentions));
    for (const vague of findVagueSources(c)) {
      const span = spanOfTokens(doc, vague.start, vague.end);
      if (found.some((f) => f.kind === 'weasel' && f.start < span.end && span.start < f.end)) continue;
      found.push({
        start: span.start,
        end: span.end,
        text: span.text,
        tokenStart: span.tokenStart,
        tokenEnd: span.tokenEnd,
        kind: 'weasel',
        family: 'vague_source',
        holder: 'other',
        negated: false,
        probabilityLow: null,
        probabilityHigh: null,
        direction: null,
        sentence: index,
      });
    }
    cues.push(...found.sort((a, b) => a.start - b.start || b.end - a.end));
  });
  return cues;
}

/**
 * Finds the hedge, booster and weasel cues of a parsed Doc and adds the `hedges` layer.
 * Reads compromise's tags from the `parse` layer and, when present, entity mentions from the
 * `entities` layer (for holders); it never parses again.
 *
 * @param doc - a Doc with the `parse` layer (and optionally `entities`).
 * @param options - a user lexicon whose `cues` section extends the built-in one.
 * @returns a new Doc with `layers.hedges`.
 * @throws TypeError when the `parse` layer is missing; LexiconError for a bad user lexicon.
 * @example
 * const doc = findHedges(parse(tokenize('I do not anticipate an attack.')));
 * doc.layers.hedges?.cues[0]; // { text: 'I do not anticipate', kind: 'hedge', negated: true, probabilityLow: 0.2, ... }
 */
export function findHedges(doc: Doc, options: HedgesOptions = {}): Doc {
  const lexicon = options.lexicon === undefined ? (builtin ??= compileHedges()) : compileHedges(options);
  return withHedges(doc, lexicon);
}

/** Adds the `hedges` layer using an already compiled lexicon (what the stage does per Doc). */
export function withHedges(doc: Doc, lexicon: CompiledLexicon): Doc {
  const layer: HedgesLayer = { cues: cuesOf(doc, lexicon) };
  return withLayer(doc, 'hedges', layer);
}
