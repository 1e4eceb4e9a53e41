import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, wikiJsonl } from './paths.js';

/** One benchmark document. */
export interface BenchDoc {
  id: string;
  text: string;
}

/** Words as the corpus size is counted when it is built: runs of non-space characters. */
export function roughWords(text: string): number {
  return text.split(/\s+/).filter((part) => part !== '').length;
}

function essays(): BenchDoc[] {
  const docs: BenchDoc[] = [];
  for (const folder of ['fixtures/essays', 'fixtures/dev']) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
      docs.push({ id: `${path.basename(folder)}-${path.basename(name, '.txt')}`, text: readFileSync(path.join(dir, name), 'utf8') });
    }
  }
  return docs;
}

/**
 * The Wikipedia articles, every third one first (articles 0, 3, 6, ..., then 1, 4, 7, ...): a
 * small corpus samples the whole file's topics rather than its first few, a large one still
 * has all of it, and the order is the same on every machine.
 */
function* wikiArticles(): Generator<BenchDoc> {
  if (!existsSync(wikiJsonl)) throw new Error(`Expected the Szeged Wikipedia corpus at ${wikiJsonl} (the shared folder beside the repository)`);
  const lines = readFileSync(wikiJsonl, 'utf8').split('\n');
  for (let offset = 0; offset < 3; offset++) {
    for (let i = offset; i < lines.length; i += 3) {
      const line = lines[i]!.trim();
      if (line === '') continue;
      const record = JSON.parse(line) as { id: string; text: string };
      yield { id: `wiki-${i}`, text: record.text };
    }
  }
}

/** Share of the corpus's words that comes from the repository's essays, at most. */
const ESSAY_SHARE = 0.4;

/**
 * The benchmark corpus: the repository's essays (the seed essay first, then development essays
 * in name order: commentary, what essaylens is for) up to 40% of the words, then Wikipedia
 * articles until the corpus holds `targetWords` words. The essay share is capped so the corpus
 * keeps its size and mix as more development essays are added. Deterministic: the same inputs
 * give the same documents in the same order.
 *
 * @param targetWords - the size to reach, in whitespace-separated words.
 * @throws Error when the sources hold fewer words than asked for.
 */
export function buildCorpus(targetWords: number): BenchDoc[] {
  const docs: BenchDoc[] = [];
  let words = 0;
  for (const essay of essays()) {
    if (docs.length > 0 && words + roughWords(essay.text) > targetWords * ESSAY_SHARE) break;
    docs.push(essay);
    words += roughWords(essay.text);
  }
  if (words < targetWords) {
    for (const article of wikiArticles()) {
      docs.push(article);
      words += roughWords(article.text);
      if (words >= targetWords) break;
    }
  }
  if (words < targetWords) throw new Error(`Expected ${targetWords} words of benchmark text, found only ${words}`);
  return docs;
}
