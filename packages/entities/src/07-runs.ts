import type { Doc } from '@essaylens/doc';
import { tagsOf } from '@essaylens/parse';
import type { EntityType } from './layer.js';
import type { LexiconMatch } from './04-gazetteer.js';
import { PARTICLES, headClass, isCommonWord, isDateWord, isFirstName, isNameWord, isPersonWord, isSentenceInitial, isTitleWord, looksCommon } from './05-words.js';
import { endsSyllable, headType, personAt, runEnd, textOf, type Candidate } from './06-candidates.js';

type Matches = ReadonlyArray<LexiconMatch | undefined>;
const SPEECH = /^(?:said|says|argued|argues|wrote|writes|warned|warns|noted|notes|told|insisted|insists|claimed|claims|observed|remarked|quipped)$/u;
// `Rice said`, `Rice once said`: a speech verb right after the word, one adverb allowed between
const speaks = (doc: Doc, i: number) =>
  SPEECH.test(doc.tokens[i]?.normal ?? '') || (/^(?:once|also|later|famously|recently|\p{L}+ly)$/u.test(doc.tokens[i]?.normal ?? '') && SPEECH.test(doc.tokens[i + 1]?.normal ?? ''));
// words that open a sentence and a comma without naming anything (`However, the`, `Worse, a`)
const NOT_DESCRIBED = ['Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'Adverb', 'Comparative', 'Superlative', 'Date', 'QuestionWord', 'Expression', 'Value'];
const APPOSITION = /^(?:the|a|an|founded|based|headquartered|led|owned|run|created|backed|chaired|controlled|which|whose|who)$/u;
/** Words the document writes capitalised inside sentences, and words it writes in lower case. */
interface Seen {
  capitalised: Set<string>;
  lower: Set<string>;
}

/** What a run of capitalised words that no lexicon knows most likely names. */
function guessType(doc: Doc, start: number, end: number): EntityType {
  const tags = new Set<string>();
  for (let i = start; i < end; i++) for (const tag of tagsOf(doc, i)) tags.add(tag);
  if ([...tags].some((t) => t === 'FirstName' || t === 'LastName' || t === 'MaleName' || t === 'FemaleName')) return 'PERSON';
  // after `in`, `at` or `near` a name is a place (`talks in Sharm el-Sheikh`)
  if (start > 0 && /^(?:in|at|near|outside|across)$/u.test(doc.tokens[start - 1]!.normal)) return 'GPE';
  if (tags.has('Person')) return 'PERSON';
  // a hyphened lower-case syllable is a Korean-style given name (`Geun-hye`)
  for (let i = start + 2; i < end; i++) if (endsSyllable(doc, i)) return 'PERSON';
  if (tags.has('Organization')) return 'ORG';
  if (tags.has('Country') || tags.has('City')) return 'GPE';
  if (tags.has('Place') || tags.has('Region')) return 'LOC';
  if (doc.tokens[end - 1]!.kind === 'number') return 'MISC';
  const text = textOf(doc, start, end);
  if (/^[\p{Lu}\d&]{2,}$/u.test(text)) return 'ORG';
  // a name that speaks or holds a post is a person (`Velina is Director of`, `Tinubu said`)
  const next = doc.tokens[end]?.normal ?? '';
  if (/^(?:believes|added)$/u.test(next) || speaks(doc, end)) return 'PERSON';
  if ((next === 'is' || next === 'was') && end + 1 < doc.tokens.length && isTitleWord(doc, end + 1)) return 'PERSON';
  // two to four capitalised words without a head noun are most often a personal name, unless
  // every one is an ordinary English word (`Great Powers`, `White Punks`)
  if (end - start >= 2) {
    for (let i = start; i < end; i++) if (doc.tokens[i]!.kind === 'word' && !isCommonWord(doc.tokens[i]!.normal)) return 'PERSON';
    return 'MISC';
  }
  return start > 0 && doc.tokens[start - 1]!.normal === 'the' ? 'MISC' : 'ORG';
}

/**
 * An unknown name from capitalisation alone, or nothing when the words read as ordinary
 * English: a sentence-initial common word, a lone title or head noun, a month.
 */
function unknownName(doc: Doc, start: number, end: number, heading: boolean, seen: Seen): Candidate | undefined {
  // a sentence-initial word the text also uses in lower case is an ordinary word (`Joint exercises`),
  // unless an apposition describes it as a name (`Anthropic, founded by ...`) or it speaks (`Rice once said`)
  const word = doc.tokens[start]!.normal;
  // a plural of an ordinary noun (`Bondholders, led by`) is not described as a name; `Gécamines` is
  const ordinaryPlural = tagsOf(doc, start).includes('Plural') && (/ers$/u.test(word) || isCommonWord(word.replace(/e?s$/u, '')) || isCommonWord(word.replace(/s$/u, '')));
  const described = end - start === 1 && !ordinaryPlural && !tagsOf(doc, start).some((t) => NOT_DESCRIBED.includes(t)) && !/ly$/u.test(word) && (
    (doc.tokens[end]?.text === ',' && APPOSITION.test(doc.tokens[end + 1]?.normal ?? '')) || speaks(doc, end));
  while (!described && start < end && isSentenceInitial(doc, start) && (looksCommon(doc, start) || seen.lower.has(doc.tokens[start]!.normal))) start++;
  while (start < end && isTitleWord(doc, start)) start++;
  if (start >= end) return undefined;
  const single = end - start === 1;
  // a lone letter is an initial or a label (`F` in `F-16`, `Plan B`), not a name
  if (single && /^\p{L}$/u.test(doc.tokens[start]!.text)) return undefined;
  if (single && (headClass(doc.tokens[start]!.text) || isDateWord(doc, start))) return undefined;
  if (single && isSentenceInitial(doc, start)) {
    const tags = tagsOf(doc, start);
    const named = tags.some((t) => t === 'Person' || t === 'Place' || t === 'Organization' || t === 'Acronym');
    const next = tagsOf(doc, start + 1);
    // an unknown word opening a sentence is a name unless it modifies the word after it
    const after = doc.tokens[start + 1];
    const modifier = after?.kind === 'word' && /^\p{Ll}/u.test(after.text) && next.some((t) => t === 'Noun' || t === 'Adjective') && !next.includes('Verb');
    const brand = /^\p{Lu}\p{Ll}+\p{Lu}/u.test(doc.tokens[start]!.text);
    if (!named && !brand && !seen.capitalised.has(doc.tokens[start]!.normal) && modifier) return undefined;
  }
  // in a title-case heading capitals say nothing: keep persons and names the body capitalises too
  if (heading && !isPersonWord(doc, start)) {
    for (let i = start; i < end; i++) if (doc.tokens[i]!.kind === 'word' && !seen.capitalised.has(doc.tokens[i]!.normal)) return undefined;
  }
  return { tokenStart: start, tokenEnd: end, type: guessType(doc, start, end), canonical: textOf(doc, start, end), source: 'unknown' };
}

function lexiconCandidate(match: LexiconMatch): Candidate {
  const type = match.form.kind === 'adjective' ? 'NORP' : match.form.type;
  return { tokenStart: match.tokenStart, tokenEnd: match.tokenEnd, type, canonical: match.form.canonical, source: 'lexicon', match };
}

/** The mentions inside one run of capitalised words `[start, end)`. */
function splitRun(doc: Doc, start: number, end: number, matches: Matches, heading: boolean, elsewhere: Seen): Candidate[] {
  while (start < end && /^(?:the|a|an)$/u.test(doc.tokens[start]!.normal) && !matches[start]) start++;
  if (start >= end) return [];
  const only = matches[start];
  if (only && only.tokenEnd === end) return [lexiconCandidate(only)];
  // `When Zamboanga City`: an ordinary word opening the sentence is not part of the name
  while (start < end - 1 && !matches[start] && isSentenceInitial(doc, start) && looksCommon(doc, start) && !headClass(doc.tokens[start]!.text)) start++;
  // a run with a head noun is one name (`Austrian Institute for European and Security Policy`)
  const head = headType(doc, start, end, matches);
  if (head && !heading) return [{ tokenStart: start, tokenEnd: end, type: head, canonical: textOf(doc, start, end), source: 'unknown' }];
  // a state or nationality followed by unknown words names a company or body (`Tokyo Electron`)
  if (!heading && only && (only.form.type === 'GPE' || only.form.kind === 'adjective') && end - only.tokenEnd <= 2 && !matches[only.tokenEnd]) {
    let k = only.tokenEnd;
    while (k < end && isNameWord(doc, k) && !matches[k] && !isPersonWord(doc, k) && !isTitleWord(doc, k)) k++;
    if (k === end && !isSentenceInitial(doc, only.tokenEnd)) return [{ tokenStart: start, tokenEnd: end, type: 'ORG', canonical: textOf(doc, start, end), source: 'unknown' }];
  }
  // a particle inside binds the run into one name, even around a known place (`Petróleos de Venezuela`)
  if (!only && !heading) {
    for (let k = start + 1; k < end - 1; k++) {
      if (!PARTICLES.has(doc.tokens[k]!.normal) || !isNameWord(doc, k - 1) || !matches.slice(k + 1, end).some(Boolean)) continue;
      const first = tagsOf(doc, start);
      const type = isPersonWord(doc, start) ? 'PERSON' : first.includes('City') || first.includes('Place') ? 'GPE' : 'ORG';
      return [{ tokenStart: start, tokenEnd: end, type, canonical: textOf(doc, start, end), source: 'unknown' }];
    }
  }
  // a given name opens a personal name even when a place follows (`George Washington`)
  if (!only && end - start >= 2 && isFirstName(doc, start) && !isSentenceInitial(doc, start)) {
    return [{ tokenStart: start, tokenEnd: end, type: 'PERSON', canonical: textOf(doc, start, end), source: 'unknown' }];
  }
  const out: Candidate[] = [];
  let gap = start;
  const flush = (to: number) => {
    let a = gap;
    while (a < to && !isNameWord(doc, a)) a++;
    let b = to;
    while (b > a && !isNameWord(doc, b - 1) && !endsSyllable(doc, b - 1) && !(doc.tokens[b - 1]!.kind === 'number' && b - 1 > a)) b--;
    if (b > a) {
      const found = unknownName(doc, a, b, heading, elsewhere);
      if (found) out.push(found);
    }
  };
  for (let i = start; i < end; ) {
    const match = matches[i];
    if (match) {
      flush(i);
      out.push(lexiconCandidate(match));
      i = gap = match.tokenEnd;
    } else i++;
  }
  flush(end);
  return out;
}

/** A title-case heading (`The Future Of Oil: Why OPEC Still Matters`): only lexicon names count. */
const MINOR = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'on', 'in', 'to', 'at', 'by', 'with', 'from', 'as']);
function isHeading(doc: Doc, sentence: number): boolean {
  const { tokenStart, tokenEnd } = doc.sentences[sentence]!;
  let words = 0;
  let capitalised = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const token = doc.tokens[i]!;
    if (token.kind !== 'word' || MINOR.has(token.normal)) continue;
    words++;
    if (/^\p{Lu}/u.test(token.text)) capitalised++;
  }
  const last = doc.tokens[tokenEnd - 1]!.text;
  return words >= 2 && capitalised / words >= 0.7 && last !== '.' && last !== '!';
}

/** Every mention candidate of the Doc, left to right, without overlap. */
export function findCandidates(doc: Doc, matches: Matches): Candidate[] {
  const headings = doc.sentences.map((_, s) => isHeading(doc, s));
  const elsewhere: Seen = { capitalised: new Set(), lower: new Set() };
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    if (headings[token.sentence]) continue;
    if (token.kind !== 'word') continue;
    if (/^\p{Ll}/u.test(token.text)) elsewhere.lower.add(token.normal);
    else if (isNameWord(doc, i) && !isSentenceInitial(doc, i)) elsewhere.capitalised.add(token.normal);
  }
  const out: Candidate[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const { tokenStart, tokenEnd } = doc.sentences[s]!;
    const heading = headings[s]!;
    for (let i = tokenStart; i < tokenEnd; ) {
      const person = personAt(doc, i, tokenEnd, matches);
      if (person) {
        out.push(person);
        i = person.tokenEnd;
        continue;
      }
      if (!matches[i] && !isNameWord(doc, i)) {
        i++;
        continue;
      }
      const end = runEnd(doc, i, tokenEnd, matches);
      out.push(...splitRun(doc, i, end, matches, heading, elsewhere));
      i = Math.max(end, i + 1);
    }
  }
  return out;
}
