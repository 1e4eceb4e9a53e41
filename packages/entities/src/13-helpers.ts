import { spanOfTokens, type Doc } from '@essaylens/doc';
import { keyOf, fitsCase, namePieces } from './01-keys.js';
import { builtinTrie, type TrieNode } from './02-lexicon.js';
import type { EntityType, Mention } from './layer.js';

/**
 * The mention covering token `index`, or `undefined`. Binary search over the layer's mentions,
 * which are sorted and do not overlap.
 */
export function mentionAt(doc: Doc, index: number): Mention | undefined {
  const mentions = doc.layers.entities?.mentions ?? [];
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.tokenEnd <= index) lo = mid + 1;
    else hi = mid;
  }
  const found = mentions[lo];
  return found && found.tokenStart <= index ? found : undefined;
}

/**
 * A mention of tokens `tokenStart` to `tokenEnd` (exclusive) with its canonical name and type,
 * for stages that add mentions of their own (an anaphor resolved to its antecedent).
 *
 * Every field is written out in one literal, never `{ ...span, canonical }`: Node 20's V8
 * gives each object built by a spread plus new keys a hidden class of its own, and every
 * function reading mentions then deoptimises over and over (thousands of classes per hundred
 * documents, and an optimising compiler busy on a second core for the whole run).
 */
export function mentionOf(doc: Doc, tokenStart: number, tokenEnd: number, canonical: string, type: EntityType): Mention {
  const span = spanOfTokens(doc, tokenStart, tokenEnd);
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    tokenStart,
    tokenEnd,
    canonical,
    type,
    sentence: doc.tokens[tokenStart]!.sentence,
  };
}

/**
 * Resolves a word or name to the referent the built-in lexicon gives it: a state for its name,
 * alias, nationality adjective or capital (`Russian`, `Moscow`, `U.S.` → `Russia`, ...,
 * `United States`), an organisation for its acronym (`SCO`).
 *
 * @returns the canonical name and the referent's own type (GPE for a state), or `undefined`.
 * @example
 * resolveName('Moscow'); // { canonical: 'Russia', type: 'GPE' }
 */
export function resolveName(word: string): { canonical: string; type: EntityType } | undefined {
  const pieces = namePieces(word);
  let node: TrieNode | undefined = builtinTrie();
  for (const piece of pieces) node = node?.next.get(keyOf(piece));
  const form = node?.forms.find((f) => f.shapes.every((shape, k) => fitsCase(pieces[k] ?? '', shape)));
  return form ? { canonical: form.canonical, type: form.type } : undefined;
}
