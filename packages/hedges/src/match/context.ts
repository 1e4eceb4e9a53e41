import type { Doc } from '@essaylens/doc';
import { tagsOf } from '@essaylens/parse';

/** What the context rules read about one sentence: normal forms and compromise's tags. */
export class SentenceContext {
  readonly normals: readonly string[];
  /** The latest year the document mentions: a year before it, next to a modal, is past. */
  readonly latestYear: number;

  constructor(
    readonly doc: Doc,
    normals: readonly string[],
    readonly start: number,
    readonly end: number,
    latestYear: number,
  ) {
    this.normals = normals;
    this.latestYear = latestYear;
  }

  /** Normal form of token `i`, or `''` outside the sentence. */
  n(i: number): string {
    return i >= this.start && i < this.end ? (this.normals[i] as string) : '';
  }

  /** Surface text of token `i`, or `''` outside the sentence. */
  text(i: number): string {
    return i >= this.start && i < this.end ? (this.doc.tokens[i] as { text: string }).text : '';
  }

  tags(i: number): readonly string[] {
    return i >= this.start && i < this.end ? tagsOf(this.doc, i) : [];
  }

  has(i: number, tag: string): boolean {
    return this.tags(i).includes(tag);
  }

  /** A noun by compromise's reading and not also read as a verb. */
  isNounOnly(i: number): boolean {
    const tags = this.tags(i);
    return tags.includes('Noun') && !tags.includes('Verb');
  }

  isPunct(i: number): boolean {
    const token = this.doc.tokens[i];
    return i < this.start || i >= this.end || !token || token.kind === 'punct';
  }
}

/** The latest four-digit year (1800–2199) the text mentions, or +Infinity when none. */
export function latestYear(doc: Doc): number {
  let latest = -Infinity;
  for (const token of doc.tokens) {
    if (token.kind === 'number' && /^(18|19|20|21)\d\d$/u.test(token.text)) latest = Math.max(latest, Number(token.text));
  }
  return latest === -Infinity ? Infinity : latest;
}
