import { existsSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import path from 'node:path';

/** What essaylens uses of natural's analyser: AFINN-165 for English. */
export interface SentimentAnalyzer {
  vocabulary: Record<string, number>;
  getSentiment(words: string[]): number;
}

type AnalyzerClass = new (language: string, stemmer: null, type: string) => SentimentAnalyzer;

const ANALYZER = 'natural/lib/natural/sentiment/SentimentAnalyzer.js';

/**
 * The vocabularies natural's analyser module reads at import for every language and method
 * (about 5 MB of JSON, about 110 ms: a third of the command's cold start) although the English
 * AFINN analyser uses only `afinn-165` and the English negations. Paths are relative to the
 * analyser's folder; a bare name is a package.
 */
const UNUSED_VOCABULARIES = [
  'afinn-165-financialmarketnews',
  'Spanish/afinnShortSortedSpanish.json', 'Spanish/senticon_es.json', 'Spanish/negations_es.json',
  'Portuguese/afinnShortSortedPortuguese.json', 'Portuguese/negations_pt.json',
  'English/senticon_en.json', 'English/pattern-sentiment-en.json',
  'Galician/senticon_gl.json', 'Catalan/senticon_ca.json', 'Basque/senticon_eu.json',
  'Dutch/pattern-sentiment-nl.json', 'Dutch/negations_du.json', 'Italian/pattern-sentiment-it.json',
  'French/pattern-sentiment-fr.json', 'German/pattern-sentiment-de.json', 'German/negations_de.json',
];

/**
 * Builds natural's English AFINN analyser, loaded by subpath (natural's root loads database
 * clients and prints at import), without paying for the vocabularies it never reads: they
 * stand in the require cache as empty modules while the analyser module loads, and afterwards
 * the cache is left as it was, so any other code in the process that loads natural's analyser
 * gets it whole.
 */
export function loadEnglishAfinnAnalyzer(): SentimentAnalyzer {
  const require = createRequire(import.meta.url);
  const analyzerFile = require.resolve(ANALYZER);
  const folder = path.dirname(analyzerFile);
  const stubs: string[] = [];
  for (const name of UNUSED_VOCABULARIES) {
    let file: string;
    try {
      file = name.includes('/') ? path.join(folder, name) : createRequire(analyzerFile).resolve(name);
    } catch {
      continue;
    }
    if (!existsSync(file) || require.cache[file]) continue;
    const stub = new Module(file);
    stub.filename = file;
    stub.loaded = true;
    stub.exports = {};
    require.cache[file] = stub;
    stubs.push(file);
  }
  const alreadyLoaded = require.cache[analyzerFile] !== undefined;
  try {
    const Analyzer = require(ANALYZER) as AnalyzerClass;
    return new Analyzer('English', null, 'afinn');
  } finally {
    for (const file of stubs) delete require.cache[file];
    // the module just loaded saw the stubs; the next one to ask for it loads it afresh
    if (!alreadyLoaded && stubs.length > 0) delete require.cache[analyzerFile];
  }
}
