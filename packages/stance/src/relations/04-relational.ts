import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { RELATIONAL, VIEWED_AS } from './02-cues.js';
import { isSubjectAt, relativeAntecedent, type Group } from './01-groups.js';
import type { Emit } from './03-find.js';
import { startsWithAny } from '../stems.js';
import { hypothetical } from './08-scope.js';
import { endingVerbAt, endsBefore, pronounObject } from './05-frames.js';


/** `+` or `-` from the evaluative words of tokens `[from, to)`, or null when they are silent or torn. */
export function tone(doc: Doc, from: number, to: number): '+' | '-' | null {
  let pos = 0;
  let neg = 0;
  for (let t = from; t < to; t++) {
    const stem = doc.tokens[t]!.stem;
    if (startsWithAny(stem, RELATIONAL.negative)) neg++;
    else if (startsWithAny(stem, RELATIONAL.positive)) pos++;
  }
  return pos > neg ? '+' : neg > pos ? '-' : null;
}

const PAIR_WORDS = new Set(['with', 'between', 'among', 'and', 'the']);
const LINKING = new Set(['under', 'come', 'came', 'grown', 'grew', 'become', 'became', 'been', 'look', 'looks', 'seem', 'seems', 'increasingly', 'now', 'still']);

/**
 * `is clearly under strain`, `has grown tense`: the tone of the predicate after the noun's phrase
 * (its pair and a `, which ...,` relative skipped), read only when it is a linking verb chain
 * ending in an evaluative word; `survived tensions` (a verb and its object) is no such predicate.
 */
function predicateTone(doc: Doc, from: number, to: number, groups: readonly Group[]): '+' | '-' | null {
  let t = from;
  for (;;) {
    const g = groups.find((x) => x.tokenStart === t);
    if (g) t = g.tokenEnd;
    else if (PAIR_WORDS.has(doc.tokens[t]?.normal ?? '')) t++;
    else break;
  }
  if (doc.tokens[t]?.normal === ',' && ['which', 'that'].includes(doc.tokens[t + 1]?.normal ?? '')) {
    t += 2;
    while (t < to && doc.tokens[t]!.normal !== ',') t++;
    t++;
  }
  const start = t;
  while (t < to && t < start + 5 && (LINKING.has(doc.tokens[t]!.normal) || hasTag(doc, t, 'Copula') || hasTag(doc, t, 'Auxiliary') || hasTag(doc, t, 'Adverb'))) t++;
  return t > start ? tone(doc, t, t + 1) : null;
}

/**
 * Neutral relation nouns take their polarity from the sentence: `China-Russia relations are
 * better than ever` (+), `relations with Ankara have soured` (−), `ties between X and Y`.
 */
export function relationalPairs(doc: Doc, sentence: number, groups: readonly Group[], ranges: ReadonlyArray<[number, number]>, emit: Emit, subjectOf: (t: number) => Group | undefined = () => undefined): void {
  const s = doc.sentences[sentence]!;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const strained = RELATIONAL.strained.includes(doc.tokens[t]!.stem);
    if ((!strained && !RELATIONAL.nouns.includes(doc.tokens[t]!.stem)) || !hasTag(doc, t, 'Noun')) continue;
    const [cs] = ranges.find(([a, b]) => t >= a && t < b)!;
    // `the alliance between X and Y, which ..., is under strain`: a friendly noun (already a `+`
    // cue) is also hostile when its own predicate says so
    if (strained && predicateTone(doc, t + 1, s.tokenEnd, groups) !== '-') continue;
    // `cut diplomatic ties with`, `severed relations with`: ending the relation is hostile
    // (the relation noun's own clause first: `drawn closer to Moscow, but relations with Russia cooled`)
    const [, ce] = ranges.find(([a, b]) => t >= a && t < b)!;
    const polarity = strained ? '-' : endsBefore(doc, t, cs) ? '-' : tone(doc, cs, ce) ?? tone(doc, s.tokenStart, s.tokenEnd);
    // (`If the opposition gains, X and Y might resume relations`: a hypothesis asserts no relation)
    if (!polarity || hypothetical(doc, cs, t)) continue;
    const within = (g: Group) => {
      for (let a = 0; a < g.names.length; a++) emit([g.names[a]!], g.names.slice(a + 1), polarity, t, t + 1, 'relations', 'relational');
    };
    const compound = groups.find((g) => g.tokenEnd === t && g.names.length >= 2);
    if (compound) { within(compound); continue; }
    const next = doc.tokens[t + 1]?.normal;
    const owner = groups.find((g) => g.tokenEnd <= t && g.tokenStart >= cs && isSubjectAt(doc, g));
    // `cut diplomatic ties with it`: the pronoun stands for the sentence's earlier direct object
    const after = groups.find((g) => g.tokenStart === t + 2 || g.tokenStart === t + 3) ?? (next === 'with' ? pronounObject(doc, groups, t, t + 1, owner) : undefined);
    if (!after || (next !== 'with' && next !== 'between' && next !== 'among')) {
      // `Saudi Arabia and Iran agreed to restore relations`: the coordinated subject's members
      const subject = groups.find((g) => g.tokenEnd <= t && g.tokenStart >= cs && g.names.length >= 2 && isSubjectAt(doc, g));
      if (subject) within(subject);
      continue;
    }
    if (next !== 'with') { if (after.names.length >= 2) within(after); continue; }
    // `..., and Rwanda cut diplomatic ties with Brussels`: the actor right before the ending verb acts
    const ender = endingVerbAt(doc, t, cs);
    // (`led Mexico to break off diplomatic relations`: the object before the infinitive's `to`)
    const controller = ender > 0 && doc.tokens[ender - 1]!.normal === 'to' ? groups.find((g) => g.tokenEnd === ender - 1) : undefined;
    const subject = (ender >= 0 ? groups.find((g) => g.tokenEnd === ender) : undefined) ?? controller ?? groups.find((g) => g.tokenEnd <= t && g.tokenStart >= cs && isSubjectAt(doc, g)) ?? relativeAntecedent(doc, groups, cs) ?? groups.find((g) => g.tokenEnd <= t && isSubjectAt(doc, g)) ?? subjectOf(t);
    if (subject) emit(subject.names, after.names, polarity, t, t + 1, 'relations', 'relational');
  }
}

/** `China views NATO as a remnant of the Cold War`: the noun after `as` gives the polarity. */
export function viewedAsPairs(doc: Doc, sentence: number, groups: readonly Group[], ranges: ReadonlyArray<[number, number]>, emit: Emit): void {
  for (const object of groups) {
    // `see a Russian victory as a threat`: a nationality adjective and its noun, after a determiner
    // (`designated the Sinaloa Cartel as`: a determiner may open any object)
    let verb = object.tokenStart - 1;
    if (['a', 'an', 'the', 'any'].includes(doc.tokens[verb]?.normal ?? '')) verb--;
    if (verb < 0 || !hasTag(doc, verb, 'Verb') || !startsWithAny(doc.tokens[verb]!.stem, VIEWED_AS.verbs)) continue;
    // (`designated Viv Ansanm and the Gran Grif gang as`: one head noun may follow the name)
    const as = hasTag(doc, object.tokenEnd, 'Noun') && doc.tokens[object.tokenEnd + 1]?.normal === 'as' ? object.tokenEnd + 1 : object.tokenEnd;
    // (`called Sheinbaum a "key partner"`: `call` takes its noun without `as`)
    const called = doc.tokens[verb]!.stem === 'call' && ['a', 'an', 'the', '"', '“'].includes(doc.tokens[object.tokenEnd]?.normal ?? '');
    if (doc.tokens[as]?.normal !== 'as' && !called) continue;
    let polarity: '+' | '-' | null = null;
    for (let t = as + 1; t < Math.min(as + 7, doc.sentences[sentence]!.tokenEnd) && !polarity; t++) {
      const stem = doc.tokens[t]!.stem;
      if (VIEWED_AS.negative.includes(stem)) polarity = '-';
      else if (VIEWED_AS.positive.includes(stem)) polarity = '+';
    }
    const [cs] = ranges.find(([a, b]) => verb >= a && verb < b)!;
    // (`the Baltic states, which still see ...`: a relative's antecedent)
    const subject = [...groups].reverse().find((g) => g.tokenEnd <= verb && g.tokenStart >= cs && isSubjectAt(doc, g)) ?? relativeAntecedent(doc, groups, cs);
    if (polarity && subject) emit(subject.names, object.names, polarity, verb, verb + 1, 'viewed-as', 'viewed-as');
  }
}
