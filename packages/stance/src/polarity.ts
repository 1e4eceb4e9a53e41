import type { Doc } from '@essaylens/doc';
import evaluative from '../data/evaluative.json' with { type: 'json' };
import { loadEnglishAfinnAnalyzer, type SentimentAnalyzer } from './sentiment-loader.js';

/** The international-affairs evaluative lexicon: word → score on AFINN's −5..+5 scale. */
export const EVALUATIVE_TERMS: Readonly<Record<string, number>> = evaluative.terms;

let analyzer: SentimentAnalyzer | undefined;

// loaded when the first sentence is scored, not at import: a caller that never asks for
// polarity should not pay for the analyser
function getAnalyzer(): SentimentAnalyzer {
  if (analyzer) return analyzer;
  const created = loadEnglishAfinnAnalyzer();
  for (const [word, score] of Object.entries(EVALUATIVE_TERMS)) created.vocabulary[word] = score;
  analyzer = created;
  return created;
}

/** A sentence's evaluative reading. */
export interface PolarityReading {
  /** In (−1, 1): `tanh(sum of word scores / 5)`, negative below 0. */
  polarity: number;
  /** Sum of word scores, with natural's negation handling (a negator flips what follows). */
  sum: number;
  /** The sentence's words found in the evaluative lexicon of international affairs. */
  evaluativeTerms: string[];
}

/**
 * Scores the evaluative language of tokens `[tokenStart, tokenEnd)` with natural's AFINN-165
 * analyser, its vocabulary extended by the package's evaluative lexicon (which wins where
 * both score a word).
 */
export function polarityOf(doc: Doc, tokenStart: number, tokenEnd: number): PolarityReading {
  const words: string[] = [];
  const evaluativeTerms: string[] = [];
  for (let t = tokenStart; t < tokenEnd; t++) {
    const token = doc.tokens[t]!;
    if (token.kind !== 'word') continue;
    words.push(token.normal);
    if (EVALUATIVE_TERMS[token.normal] !== undefined) evaluativeTerms.push(token.normal);
  }
  if (words.length === 0) return { polarity: 0, sum: 0, evaluativeTerms };
  const sum = getAnalyzer().getSentiment(words) * words.length;
  return { polarity: Math.round(Math.tanh(sum / 5) * 1000) / 1000, sum: Math.round(sum * 1000) / 1000, evaluativeTerms };
}
