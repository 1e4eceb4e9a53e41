import type { Doc } from '@essaylens/doc';
import { tagsOf } from '@essaylens/parse';
import type { LexiconMatch } from './04-gazetteer.js';
import { PARTICLES, STATE_FORMS, headClass, isFirstName, isNameWord, isPersonWord, isSentenceInitial, isTitleWord, looksCommon } from './05-words.js';
import { endsSyllable, headType, personAt, runEnd, textOf, type Candidate } from './07-candidates.js';
import { opensWithGivenName, unknownName, type Seen } from './08-unknown.js';
import { holidayEnd, possessiveFirmEnd } from './08b-fixed-forms.js';

type Matches = ReadonlyArray<LexiconMatch | undefined>;

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
  // but a singular noun before one unknown name is a given name (`Hun Manet, who`), when the text
  // never writes it in lower case
  const givenName = !matches[start + 1] && opensWithGivenName(doc, start, end, elsewhere);
  while (!givenName && start < end - 1 && !matches[start] && isSentenceInitial(doc, start) && looksCommon(doc, start) && !headClass(doc.tokens[start]!.text)) start++;
  // a run with a head noun is one name (`Austrian Institute for European and Security Policy`)
  const head = headType(doc, start, end, matches);
  if (head && !heading) return [{ tokenStart: start, tokenEnd: end, type: head, canonical: textOf(doc, start, end), source: 'unknown' }];
  // in a heading a head noun counts only when the body writes the name too; leading words the
  // body never capitalises are headline words (`Fraying Mahakali Treaty`)
  if (head && heading) {
    let from = start;
    while (from < end - 1 && !matches[from] && doc.tokens[from]!.kind === 'word' && !elsewhere.capitalised.has(doc.tokens[from]!.normal)) from++;
    const bodyName = doc.tokens.slice(from, end).every((t) => t.kind !== 'word' || /^\p{Ll}/u.test(t.text) || elsewhere.capitalised.has(t.normal));
    const type = headType(doc, from, end, matches);
    if (bodyName && type) return [{ tokenStart: from, tokenEnd: end, type, canonical: textOf(doc, from, end), source: 'unknown' }];
  }
  // a state or nationality followed by unknown words names a company or body (`Tokyo Electron`)
  // (or a project with its number: `Arctic LNG 2`)
  const numbered = doc.tokens[end - 1]!.kind === 'number';
  const placeLike = only && (only.form.type === 'GPE' || only.form.type === 'LOC' || only.form.kind === 'adjective');
  if (!heading && only && placeLike && end - only.tokenEnd <= (numbered ? 3 : 2) && !matches[only.tokenEnd]) {
    let k = only.tokenEnd;
    while (k < end && isNameWord(doc, k) && !matches[k] && !isPersonWord(doc, k) && !isTitleWord(doc, k)) k++;
    if (numbered && k === end - 1) k = end;
    if (k === end && !isSentenceInitial(doc, only.tokenEnd)) return [{ tokenStart: start, tokenEnd: end, type: numbered ? 'MISC' : 'ORG', canonical: textOf(doc, start, end), source: 'unknown' }];
  }
  // a formal state name is the state (`Kingdom of Denmark`, `Republic of Guinea`)
  const last = matches[end - 1] ?? matches.slice(start, end).filter(Boolean).pop();
  if (!only && last && last.tokenEnd === end && last.form.type === 'GPE' && last.form.kind === 'name' && STATE_FORMS.test(doc.tokens[start]!.normal) && doc.tokens[start + 1]?.normal === 'of') {
    return [{ tokenStart: start, tokenEnd: end, type: 'GPE', canonical: last.form.canonical, source: 'lexicon', match: last }];
  }
  // an unknown word before a known programme or event is part of its name (`Polar Silk Road`)
  const tail = matches[start + 1];
  if (!heading && !only && tail && tail.tokenEnd === end && (tail.form.type === 'MISC' || tail.form.type === 'EVENT') && !isSentenceInitial(doc, start)) {
    return [{ tokenStart: start, tokenEnd: end, type: tail.form.type, canonical: textOf(doc, start, end), source: 'unknown' }];
  }
  // a particle or a hyphened syllable binds the run into one name, even around known names
  // (`Petróleos de Venezuela`, `Tehreek-e-Taliban Pakistan`)
  if (!only && !heading) {
    for (let k = start + 1; k < end - 1; k++) {
      const binds = (PARTICLES.has(doc.tokens[k]!.normal) && isNameWord(doc, k - 1)) || endsSyllable(doc, k);
      if (!binds || !matches.slice(k + 1, end).some(Boolean)) continue;
      if (matches.slice(k + 1, end).some((m) => m?.form.type === 'ORG')) return [{ tokenStart: start, tokenEnd: end, type: 'ORG', canonical: textOf(doc, start, end), source: 'unknown' }];
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
      const holiday = holidayEnd(doc, i, tokenEnd);
      if (holiday > i) {
        i = holiday;
        continue;
      }
      const firm = possessiveFirmEnd(doc, i, tokenEnd, matches);
      if (firm > i) {
        out.push({ tokenStart: i, tokenEnd: firm, type: 'ORG', canonical: textOf(doc, i, firm), source: 'unknown' });
        i = firm;
        continue;
      }
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
