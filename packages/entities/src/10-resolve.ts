import type { Doc } from '@essaylens/doc';
import { keyOf } from './01-keys.js';
import { PARTICLES, headClass } from './05-words.js';
import type { Candidate } from './07-candidates.js';

// a capital after one of these is the city, not its government (`talks in Vienna`)
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'throughout', 'within', 'inside', 'into', 'via', 'of']);
// `to`/`from` make a capital a place only after travel (`a visit to Beijing`, `flights from Moscow`)
const TRAVEL = /^(?:shuttled|shuttles|shuttling|shuttle|visit|visits|visited|visiting|trip|trips|travel|travels|travelled|traveled|flew|fly|flight|flights|went|go|goes|came|come|return|returned|returning|arrived|arrive|moved|relocated|embassy|embassies|road|train|way|back)$/u;
// `visited Moscow`, `took Damascus`: the object of a visit or an attack is the city
const VISIT = /^(?:visit|visits|visited|visiting|toured|touring|tour|took|take|taken|captured|capture|seized|entered|besieged|shelled|bombed|bombing|struck|liberated|occupied|surrounded|evacuated|fled|reached)$/u;
// `the Beijing government`: a capital naming the government itself
const GOVERNMENT = /^(?:government|governments|leadership|regime|authorities|administration|elite|elites|establishment|position|line|view|policy|officials)$/u;
// `the Vienna talks`: a capital naming where a meeting happens
const MEETING = /^(?:talks|summit|summits|conference|meeting|meetings|negotiations|round|process|format|protocol|declaration|airport|office|offices|bureau|correspondent|residents|streets?)$/u;

/**
 * Whether a capital stands for its government (`Moscow is preparing`, `between Washington and
 * Beijing`) or is the city itself (`talks in Vienna`, `Vienna, Austria`, `the Vienna talks`).
 */
export function capitalIsPlace(doc: Doc, start: number, end: number): boolean {
  const before = doc.tokens[start - 1]?.normal ?? '';
  if (LOCATIVE.has(before) || VISIT.test(before)) return true;
  const after = doc.tokens[end];
  // `a Paris start-up`, `the Moscow office`: a capital modifying a noun is where something is
  const nounAfter = after !== undefined && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && !GOVERNMENT.test(after.normal);
  if ((before === 'a' || before === 'an') && nounAfter) return true;
  if (before === 'the' && nounAfter && !/^(?:is|was|has|had|will|would|and|or|to|of)$/u.test(after.normal)) return true;
  if (before === 'to' || before === 'from' || before === 'between') {
    for (let i = start - 2; i >= Math.max(0, start - 4); i--) if (TRAVEL.test(doc.tokens[i]!.normal)) return true;
  }
  if (after && MEETING.test(after.normal)) return true;
  // `from Abuja to Kano`: one end of a stretch of places
  if (before === 'from' && after?.normal === 'to' && /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '')) return true;
  return after?.text === ',' && /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '') && doc.tokens[end + 2]?.text !== ',';
}

/** Capitals become their state unless used as a place; the type stays GPE either way. */
export function resolveCapitals(doc: Doc, candidates: Candidate[]): void {
  let lastPlace = -1;
  for (const c of candidates) {
    const form = c.match?.form;
    const place = capitalIsPlace(doc, c.tokenStart, c.tokenEnd);
    // `flew to Cairo and Asmara`, `labs in San Francisco and Beijing`: coordinated with a place, a capital is a place too
    const coordinated = lastPlace >= 0 && c.tokenStart - lastPlace === 1 && /^(?:and|or|,)$/u.test(doc.tokens[lastPlace]!.normal);
    if ((c.type === 'GPE' || c.type === 'LOC') && (place || coordinated)) lastPlace = c.tokenEnd;
    if (form?.kind === 'capital' && (place || coordinated)) c.canonical = form.city ?? c.canonical;
  }
}

/**
 * Acronyms defined in the text: `Shanghai Cooperation Organization (SCO)` makes every `SCO` in
 * the document share the expansion's canonical name and type.
 */
export function resolveAcronyms(doc: Doc, candidates: Candidate[]): void {
  const defined = new Map<string, Candidate>();
  const { tokens } = doc;
  for (const c of candidates) {
    const open = tokens[c.tokenEnd];
    const inner = tokens[c.tokenEnd + 1];
    if (open?.text !== '(' || !inner || tokens[c.tokenEnd + 2]?.text !== ')') continue;
    if (!/^[\p{Lu}][\p{L}\d&]*[\p{Lu}\d]$/u.test(inner.text) || c.tokenEnd - c.tokenStart < 2) continue;
    defined.set(inner.text, c);
  }
  if (defined.size === 0) return;
  for (const c of candidates) {
    if (c.tokenEnd - c.tokenStart !== 1) continue;
    const source = defined.get(tokens[c.tokenStart]!.text);
    if (source && source !== c) {
      c.canonical = source.canonical;
      c.type = source.type;
    }
  }
}

const nameKeys = (doc: Doc, c: Candidate) => {
  const keys: string[] = [];
  for (let i = c.nameStart ?? c.tokenStart; i < c.tokenEnd; i++) {
    const token = doc.tokens[i]!;
    if (token.kind === 'word' && !PARTICLES.has(token.normal)) keys.push(keyOf(token.text));
  }
  return keys;
};

/**
 * Short forms of a personal name link to the full name seen in the document (`Putin` and
 * `Russian President Putin` → `Vladimir Putin`, `Xi` → `Xi Jinping`). A short form that fits
 * two different full names stays as it is.
 */
export function resolvePersons(doc: Doc, candidates: Candidate[]): void {
  // only a personal name lends itself to its short forms: a name with a head noun (`Indus Waters
  // Treaty`, `Lahore Institute`) is a document or a body, whatever type it was given, and its
  // leading word is often a place of its own (`on the Indus`)
  const personal = (c: Candidate) => {
    for (let i = c.nameStart ?? c.tokenStart; i < c.tokenEnd; i++) if (headClass(doc.tokens[i]!.text)) return false;
    return true;
  };
  const full = candidates.filter((c) => c.type === 'PERSON' && nameKeys(doc, c).length >= 2 && personal(c));
  if (full.length === 0) return;
  // longest names first, so `Lula da Silva` joins `Luiz Inácio Lula da Silva` instead of rivalling it
  full.sort((a, b) => nameKeys(doc, b).length - nameKeys(doc, a).length);
  const owner = new Map<string, string | null>();
  for (const c of full) {
    const keys = nameKeys(doc, c);
    const owners = new Set(keys.map((k) => owner.get(k)));
    const [only] = owners;
    if (owners.size === 1 && typeof only === 'string') {
      c.canonical = only;
      continue;
    }
    for (const key of keys) {
      const seen = owner.get(key);
      owner.set(key, seen === undefined || seen === c.canonical ? c.canonical : null);
    }
  }
  for (const c of candidates) {
    if (c.source === 'lexicon') continue;
    const keys = nameKeys(doc, c);
    if (keys.length === 0 || (c.type !== 'PERSON' && keys.length > 1)) continue;
    const owners = new Set(keys.map((k) => owner.get(k)));
    const [only] = owners;
    if (owners.size === 1 && typeof only === 'string' && only.split(/\s+/u).length >= keys.length) {
      c.canonical = only;
      c.type = 'PERSON';
    }
  }
}
