import type { Doc } from '@essaylens/doc';
import { fitsCase } from './01-keys.js';
import type { Form, Lexicon, TrieNode } from './02-lexicon.js';

/** A lexicon form found on the Doc's tokens `[tokenStart, tokenEnd)`. */
export interface LexiconMatch {
  tokenStart: number;
  tokenEnd: number;
  form: Form;
}

function fits(doc: Doc, start: number, form: Form): boolean {
  for (let k = 0; k < form.shapes.length; k++) if (!fitsCase(doc.tokens[start + k]!.text, form.shapes[k]!)) return false;
  if (form.needsThe) return start > 0 && doc.tokens[start - 1]!.normal === 'the';
  return true;
}

function longestIn(doc: Doc, keys: readonly string[], root: TrieNode, start: number): LexiconMatch | undefined {
  const { tokens } = doc;
  const sentence = tokens[start]!.sentence;
  let node: TrieNode | undefined = root;
  let best: LexiconMatch | undefined;
  for (let end = start; end < tokens.length && tokens[end]!.sentence === sentence; end++) {
    node = node.next.get(keys[end]!);
    if (!node) break;
    const form = node.forms.find((f) => fits(doc, start, f));
    if (form) best = { tokenStart: start, tokenEnd: end + 1, form };
  }
  return best;
}

/**
 * The longest form of the lexicon that starts at token `start`, within its sentence (`keys`: the
 * tokens' matching keys, computed once per document); on equal
 * length the user's lexicon wins over the built-in one.
 */
export function longestMatchAt(doc: Doc, lexicon: Lexicon, start: number, keys: readonly string[]): LexiconMatch | undefined {
  let best: LexiconMatch | undefined;
  for (const root of lexicon.roots) {
    const match = longestIn(doc, keys, root, start);
    if (match && (!best || match.tokenEnd > best.tokenEnd)) best = match;
  }
  return best;
}

/**
 * Every lexicon match in the Doc, longest first and left to right without overlap, indexed by
 * start token: `South China Sea` wins over `China`, `Eurasian Economic Union` over `Eurasian`.
 * Linear in the tokens (times the longest name).
 */
export function matchLexicon(doc: Doc, lexicon: Lexicon): Array<LexiconMatch | undefined> {
  const at = new Array<LexiconMatch | undefined>(doc.tokens.length);
  // the tokenizer's `normal` is already lower case with curly quotes folded: only periods remain
  const keys = doc.tokens.map((t) => (t.normal.includes('.') ? t.normal.replace(/\./gu, '') : t.normal));
  for (let i = 0; i < doc.tokens.length; ) {
    const match = doc.tokens[i]!.kind === 'word' ? longestMatchAt(doc, lexicon, i, keys) : undefined;
    if (match) {
      at[i] = match;
      i = match.tokenEnd;
    } else i++;
  }
  return at;
}
