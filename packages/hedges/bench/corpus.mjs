// Reads the Szeged Wikipedia uncertainty corpus (../shared/data/szeged-wiki relative to the repo
// root): one entry per article, its sentences joined by line breaks (a line break always ends a
// sentence for the tokenizer), each sentence with its offsets and gold label.
import fs from 'node:fs';

const root = new URL('../../../', import.meta.url);
export const corpusDir = new URL('../shared/data/szeged-wiki/', root);

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** @returns {{ id: string, text: string, sentences: { start: number, end: number, uncertain: boolean, speculative: boolean, cues: string[] }[] }[]} */
export function readSzeged() {
  const xml = fs.readFileSync(new URL('wiki.xml', corpusDir), 'utf8');
  const articles = [];
  for (const doc of xml.matchAll(/<Document\b[^>]*>([\s\S]*?)<\/Document>/g)) {
    const id = /<DocID[^>]*>([\s\S]*?)<\/DocID>/.exec(doc[1])?.[1] ?? String(articles.length);
    let text = '';
    const sentences = [];
    for (const s of doc[1].matchAll(/<Sentence\b[^>]*>([\s\S]*?)<\/Sentence>/g)) {
      const body = s[1];
      const marks = [...body.matchAll(/<ccue\b([^>]*)>([\s\S]*?)<\/ccue>/g)];
      const cues = marks.map((m) => unescape(m[2]));
      // epistemic and doxastic cues only: the corpus's hypothetical conditions (`if`) and investigation (`whether`) left out
      const speculative = marks.some((m) => !/hypo_(condition|investigation)/.test(m[1]));
      const plain = unescape(body.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
      if (!plain) continue;
      if (text) text += '\n';
      sentences.push({ start: text.length, end: text.length + plain.length, uncertain: cues.length > 0, speculative, cues });
      text += plain;
    }
    articles.push({ id: unescape(id), text, sentences });
  }
  return articles;
}
