import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadEnglishAfinnAnalyzer } from '../src/sentiment-loader.js';

const require = createRequire(import.meta.url);
type Analyzer = { vocabulary: Record<string, number>; getSentiment(words: string[]): number };
type AnalyzerClass = new (language: string, stemmer: null, type: string) => Analyzer;

const SENTENCES = [
  ['a', 'good', 'and', 'stable', 'partnership'],
  ['this', 'is', 'not', 'good', 'news'],
  ['a', 'disastrous', 'war', 'with', 'no', 'winners'],
  ['the', 'talks', 'continue'],
];

describe('natural’s English AFINN analyser, loaded without the vocabularies it never reads', () => {
  const ours = loadEnglishAfinnAnalyzer();

  it('scores as natural does: positive, negated, negative and neutral sentences', () => {
    const [good, notGood, bad, neutral] = SENTENCES.map((words) => ours.getSentiment(words));
    expect(good).toBeGreaterThan(0);
    expect(notGood).toBeLessThan(0);
    expect(bad).toBeLessThan(0);
    expect(neutral).toBe(0);
  });

  it('leaves the process as it was: natural’s analyser loads whole afterwards, and agrees on English', () => {
    const file = require.resolve('natural/lib/natural/sentiment/SentimentAnalyzer.js');
    expect(Object.keys(require.cache).filter((key) => key.includes('/sentiment/') && key.endsWith('.json') && Object.keys(require.cache[key]!.exports as object).length === 0)).toEqual([]);
    const Full = require(file) as AnalyzerClass;
    const spanish = new Full('Spanish', null, 'afinn');
    expect(Object.keys(spanish.vocabulary).length).toBeGreaterThan(1000);
    const english = new Full('English', null, 'afinn');
    expect(Object.keys(ours.vocabulary).length).toBe(Object.keys(english.vocabulary).length);
    for (const words of SENTENCES) expect(ours.getSentiment(words)).toBe(english.getSentiment(words));
  });
});
