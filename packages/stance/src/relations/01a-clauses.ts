/** Clauses and subjects: where a clause starts, and whether an actor group is a clause's subject. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { isVerbAt } from './02-cues.js';
import { beforeGroup, isMention, joinWord, type Group } from './01-groups.js';

/** Words that start a new clause: the subject search does not cross them. */
const CLAUSE_WORDS = new Set(['when', 'while', 'whereas', 'although', 'though', 'but', 'because', 'which', 'who', 'whom', 'whose', 'where', 'unless', 'whereby', 'so', 'yet']);
const CLAUSE_PUNCT = new Set([';', ':', '(', ')', '—', '–', '"', '[', ']']);

/** Clause ranges `[start, end)` of a sentence, cut at `;`, dashes, brackets and subordinators. */
export function clauses(doc: Doc, sentence: number, groups: readonly Group[]): Array<[number, number]> {
  const s = doc.sentences[sentence]!;
  const cuts: number[] = [];
  for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
    const n = doc.tokens[t]!.normal;
    // (an en dash set tight between two names joins them: `the EU–Mercosur agreement`)
    if (CLAUSE_PUNCT.has(n) && joinWord(doc, t) !== '-') cuts.push(t);
    else if (CLAUSE_WORDS.has(n) && doc.tokens[t - 1]?.normal !== 'and') cuts.push(t);
    // `, and Beijing is siding with`: a new subject with its own verb
    else if (n === 'and' && doc.tokens[t - 1]?.normal === ',') {
      const next = groups.find((g) => g.tokenStart === t + 1 || g.tokenStart === t + 2);
      if ((next && isSubjectAt(doc, next)) || nounThenVerb(doc, t + 1)) cuts.push(t);
    }
  }
  const ranges: Array<[number, number]> = [];
  let start = s.tokenStart;
  for (const c of cuts) { if (c > start) ranges.push([start, c]); start = c; }
  ranges.push([start, s.tokenEnd]);
  return ranges;
}

/** `, and the economy depends on`: a determiner, a noun or two, then a verb start a clause. */
function nounThenVerb(doc: Doc, t: number): boolean {
  if (!['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that'].includes(doc.tokens[t]?.normal ?? '')) return false;
  let k = t + 1;
  while (k < t + 4 && hasTag(doc, k, 'Noun') && !hasTag(doc, k, 'Verb')) k++;
  return k > t + 1 && (hasTag(doc, k, 'Verb') || hasTag(doc, k, 'Auxiliary'));
}

/** Auxiliaries, whatever compromise tagged them (it reads `has` after `the Philippines` as a noun). */
export const AUX_WORDS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'does', 'do', 'did']);

/** Prepositions that make the noun phrase after them an oblique, not a subject. */
export const PREPOSITIONS = new Set(['with', 'of', 'in', 'on', 'for', 'to', 'from', 'against', 'by', 'at', 'about', 'regarding', 'than', 'into', 'toward', 'towards', 'over', 'under', 'between', 'among', 'through', 'within', 'like', 'including', 'as', 'via', 'after', 'before', 'during']);

/** Adverbs compromise may tag otherwise (`now` as a conjunction): `X and Y, ..., now coordinate`. */
const TIME_ADVERBS = new Set(['now', 'still', 'also', 'already', 'then', 'often', 'increasingly', 'again', 'nonetheless', 'nevertheless', 'however', 'meanwhile', 'instead']);

/** Singular or uncountable heads after a nationality adjective that name an organ of the state. */
const STATE_ORGANS = new Set(['army', 'military', 'navy', 'troops', 'government', 'ministry', 'administration', 'cabinet', 'leadership', 'regime', 'junta', 'authorities', 'police', 'guard', 'force', 'president', 'minister', 'premier', 'parliament', 'embassy', 'state', 'aircraft']);
/** Singular heads that name a state's executive (`the Lee government`, `the Biden administration`). */
const EXECUTIVE_HEADS = new Set(['government', 'administration', 'cabinet']);

/** Plural heads of officials whose `of` names the parties they act for. */
const OFFICIALS = new Set(['ministers', 'leaders', 'presidents', 'officials', 'governments', 'delegations', 'envoys', 'negotiators', 'representatives', 'diplomats', 'generals']);

/** True when a verb follows the group (past adverbs): the group is a subject. */
export function isSubjectAt(doc: Doc, g: Group): boolean {
  // `a speech to the Federal Assembly, accusing`: an oblique, even with its determiner
  const before = beforeGroup(doc, g);
  // (`Warsaw, together with Hungary and Slovakia, imposed`: a co-agent, not an oblique)
  // (`with Russia openly supporting China's position`: the subject of an absolute clause)
  let v = g.tokenEnd;
  while (v < g.tokenEnd + 2 && hasTag(doc, v, 'Adverb')) v++;
  // (`after the Wagner Group had worked with`: `after`, `before`, `since`, `until` open a clause too)
  // (`after Donald Trump complained that`: a finite verb in the past right after the group too)
  const subordinate = ['after', 'before', 'since', 'until'].includes(doc.tokens[before]?.normal ?? '') && (AUX_WORDS.has(doc.tokens[g.tokenEnd]?.normal ?? '') || hasTag(doc, g.tokenEnd, 'PastTense'));
  const comitative = subordinate || doc.tokens[before]?.normal === 'with' && (['together', 'along'].includes(doc.tokens[before - 1]?.normal ?? '') || hasTag(doc, v, 'Gerund'));
  // (`the foreign ministers of the DRC and Rwanda signed`: the plural officials of a coordination act for it)
  const officials = doc.tokens[before]?.normal === 'of' && OFFICIALS.has(doc.tokens[before - 1]?.normal ?? '') && g.names.length >= 2;
  if (PREPOSITIONS.has(doc.tokens[before]?.normal ?? '') && doc.tokens[before]?.normal !== 'as' && !comitative && !officials) return false;
  let from = g.tokenEnd;
  // `Turkey still disputes`: compromise may tag the adverb an adjective and the verb a noun
  let adv = from;
  while (adv < from + 2 && TIME_ADVERBS.has(doc.tokens[adv]?.normal ?? '')) adv++;
  if (adv > from && isVerbAt(doc, adv)) return true;
  // `Budapest's vetoes have frustrated`, `Caribbean states have rallied`: the group heads or
  // modifies the subject noun
  // phrase (`Chinese officials accuse`; but not `a Trump presidency would`, where the name only
  // modifies a singular head)
  while (from < g.tokenEnd + 3 && (hasTag(doc, from, 'Noun') || hasTag(doc, from, 'Adjective')) && !hasTag(doc, from, 'Verb') && !AUX_WORDS.has(doc.tokens[from]!.normal) && !isMention(doc, from) && !isVerbAt(doc, from)) from++;
  if (g.possessive && from === g.tokenEnd) return false;
  // (`the Modi government has`, `the Trump administration imposed`: a leader's name before a
  // singular head that is the state's executive stands for its government and is the subject)
  // (`the Algerian army shot down`, `Russian troops attacked`: a nationality adjective before a
  // state organ, singular or uncountable, is the state acting, unless a verb governs it: `shelters Russian troops`)
  if (!g.possessive && from > g.tokenEnd && !hasTag(doc, from - 1, 'Plural') && !(from === g.tokenEnd + 1 && EXECUTIVE_HEADS.has(doc.tokens[g.tokenEnd]!.normal)) && !(g.norp && STATE_ORGANS.has(doc.tokens[from - 1]!.normal) && !hasTag(doc, before, 'Verb'))) return false;
  // `European governments that once lectured Ankara ... are courting it`: a restrictive relative
  // between a plural head and its own (plural) auxiliary
  if (from > g.tokenEnd && ['that', 'who'].includes(doc.tokens[from]?.normal ?? '') && pluralAuxAfterRelative(doc, from)) return true;
  // `Germany, long accused of hesitancy, is`: a parenthesis between subject and verb
  if (doc.tokens[from]?.normal === ',') {
    for (let t = from + 1; t < Math.min(from + 16, doc.tokens.length); t++) {
      if (doc.tokens[t]!.normal === ',') { from = t + 1; break; }
      if (CLAUSE_WORDS.has(doc.tokens[t]!.normal) && t === from + 1) break;
    }
  }
  from = pastLinkingPhrase(doc, from);
  for (let t = from; t < Math.min(from + 4, doc.tokens.length); t++) {
    if (hasTag(doc, t, 'Verb') || hasTag(doc, t, 'Auxiliary') || hasTag(doc, t, 'Modal') || hasTag(doc, t, 'Copula') || AUX_WORDS.has(doc.tokens[t]!.normal) || isVerbAt(doc, t)) return true;
    if (!hasTag(doc, t, 'Adverb') && !TIME_ADVERBS.has(doc.tokens[t]!.normal) && doc.tokens[t]!.normal !== ',') return false;
  }
  return false;
}

/** Second words of `in turn`, `in response`: a linking phrase between a subject and its verb. */
const IN_LINKS = new Set(['turn', 'response', 'return', 'reply', 'retaliation']);
const PART_OWNERS = new Set(['its', 'their', 'his', 'her']);

/** The token after a linking phrase set without commas at `t` (`Rabat in turn normalised`, `Beijing for its part insists`), or `t`. */
export function pastLinkingPhrase(doc: Doc, t: number): number {
  const [a, b, c] = [doc.tokens[t]?.normal, doc.tokens[t + 1]?.normal, doc.tokens[t + 2]?.normal];
  if (a === 'in' && IN_LINKS.has(b ?? '')) return t + 2;
  if (a === 'by' && b === 'contrast') return t + 2;
  if (a === 'for' && PART_OWNERS.has(b ?? '') && c === 'part') return t + 3;
  return t;
}

const PLURAL_AUX = new Set(['are', 'have', 'were']);

/** After the relative pronoun at `rel`: the relative's verb, its complement, then a plural auxiliary (within one clause). */
function pluralAuxAfterRelative(doc: Doc, rel: number): boolean {
  let verb = -1;
  for (let t = rel + 1; t < Math.min(rel + 16, doc.tokens.length); t++) {
    const w = doc.tokens[t]!.normal;
    if (w === ',' || w === ';' || w === '.' || CLAUSE_WORDS.has(w) || w === 'and') return false;
    if (verb < 0) { if (hasTag(doc, t, 'Verb') || isVerbAt(doc, t)) verb = t; continue; }
    if (PLURAL_AUX.has(w) && t > verb + 1 && hasTag(doc, t - 1, 'Noun')) return true;
  }
  return false;
}

/** `Poland and the Baltic states, which accuse Hungary`: the group a relative clause hangs on. */
export function relativeAntecedent(doc: Doc, groups: readonly Group[], clauseStart: number): Group | undefined {
  const word = doc.tokens[clauseStart]?.normal;
  if (word !== 'which' && word !== 'who' && word !== 'whose') return undefined;
  const before = doc.tokens[clauseStart - 1]?.normal === ',' ? clauseStart - 1 : clauseStart;
  return groups.find((g) => g.tokenEnd === before);
}
