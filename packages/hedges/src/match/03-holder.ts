/**
 * The part of an entities-layer mention a holder needs (`@essaylens/entities`' `Mention`; kept
 * structural so this package does not depend on the entities package, which runs before it).
 */
export interface MentionLike {
  canonical: string;
  tokenStart: number;
  tokenEnd: number;
}
import { W } from '../words.js';
import type { Scoped } from './02-scope.js';
import type { SentenceContext } from './context.js';

/** Entity mentions indexed by the token they end on, for subject look-ups. */
export type MentionIndex = ReadonlyMap<number, MentionLike>;

/** Indexes the entities layer's mentions by their last token (empty when the layer is empty). */
export function indexMentions(mentions: readonly MentionLike[] | undefined): MentionIndex {
  const index = new Map<number, MentionLike>();
  for (const mention of mentions ?? []) index.set(mention.tokenEnd - 1, mention);
  return index;
}

const SKIP_BEFORE_VERB = new Set(['also', 'still', 'now', 'already', 'clearly', 'apparently', 'reportedly', 'increasingly', 'widely', 'privately', 'openly', 'certainly', 'probably', 'only', 'even', 'too', 'long', 'themselves', 'itself']);
const IMPERSONAL = new Set(['it', 'there', 'this', 'that', 'one']);

/** The canonical names of the mentions ending at `end`, with a coordinated one before (`China and Russia`). */
function entitiesEndingAt(c: SentenceContext, mentions: MentionIndex, end: number): string | undefined {
  const last = mentions.get(end);
  if (!last) return undefined;
  const names = [last.canonical];
  const conj = last.tokenStart - 1;
  if (c.n(conj) === 'and' || c.n(conj) === ',') {
    const first = mentions.get(conj - 1);
    if (first && !names.includes(first.canonical)) names.unshift(first.canonical);
  }
  return names.join(' & ');
}

/**
 * Who holds the belief a cue expresses (ANNOTATION.md): the author for self-mention, modals,
 * adverbs, adjectives and unattributed passives (`are expected to`); for verbs whose subject
 * believes (`Russia does not expect`), the subject's canonical entity name when the entities
 * layer found one, otherwise `other`.
 */
export function holderOf(c: SentenceContext, cue: Scoped, mentions: MentionIndex): string {
  if (cue.entry.kind === 'weasel') return 'other';
  if (cue.selfMention || !cue.entry.subject) return 'author';
  if (cue.passive) {
    if (c.n(cue.end) !== 'by') return 'author';
    for (let j = cue.end + 1; j < c.end && j <= cue.end + 5; j++) {
      const m = [...mentions.values()].find((x) => x.tokenStart === j);
      if (m) return entitiesEndingAt(c, mentions, m.tokenEnd - 1) ?? m.canonical;
    }
    return 'other';
  }
  let subject = cue.chainStart - 1;
  while (subject >= c.start && (SKIP_BEFORE_VERB.has(c.n(subject)) || W.auxiliaries.has(c.n(subject)) || W.negators.has(c.n(subject)))) subject--;
  const w = c.n(subject);
  if (subject < c.start || c.isPunct(subject) || /ing$/u.test(c.n(cue.start)) && cue.chainStart === cue.start) {
    // a participle clause (`..., knowing that`): the holder is the sentence's first named actor
    for (let j = c.start; j < cue.start; j++) {
      const named = entitiesEndingAt(c, mentions, j);
      if (named) return named;
      if (c.n(j) === 'i' || c.n(j) === 'we') return 'author';
    }
    return 'other';
  }
  if (w === 'i' || w === 'we') return 'author';
  if (IMPERSONAL.has(w)) return 'author';
  return entitiesEndingAt(c, mentions, subject) ?? 'other';
}
