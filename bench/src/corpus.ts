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
 * Every third Wikipedia article, in file order: a fixed sample across the file's topics
 * rather than its first few, the same on every machine.
 */
function* wikiArticles(): Generator<BenchDoc> {
  if (!existsSync(wikiJsonl)) throw new Error(`Expected the Szeged Wikipedia corpus at ${wikiJsonl} (the shared folder beside the repository)`);
  const lines = readFileSync(wikiJsonl, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i += 3) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const record = JSON.parse(line) as { id: string; text: string };
    yield { id: `wiki-${i}`, text: record.text };
  }
}

/**
 * The benchmark corpus: the repository's essays (seed and development essays, commentary as
 * essaylens is meant for), then Wikipedia articles until the corpus holds `targetWords` words.
 * Deterministic: the same inputs give the same documents in the same order.
 *
 * @param targetWords - the size to reach, in whitespace-separated words.
 * @throws Error when the sources hold fewer words than asked for.
 */
export function buildCorpus(targetWords: number): BenchDoc[] {
  const docs = essays();
  let words = docs.reduce((sum, doc) => sum + roughWords(doc.text), 0);
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
