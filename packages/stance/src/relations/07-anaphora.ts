/**
 * Anaphora for relations, kept conservative: a description or pronoun stands for an actor only
 * when exactly one candidate of the right kind is in reach.
 */
import type { Doc } from '@essaylens/doc';
import { mentionOf, type Mention } from '@essaylens/entities';
import { hasTag } from '@essaylens/parse';
import { actorMentions } from '../actors.js';
import { EMIRATES, MONARCHIES, SULTANATES, type CueMatch } from './02-cues.js';
import { beforeGroup, type Group } from './01-groups.js';

/** How many sentences back a description's antecedent may be. */
const REACH = 2;
/** Auxiliaries that may follow a description (`the regime has`), whatever compromise tagged them. */
const AUX = new Set(['has', 'had', 'is', 'was', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should']);
/** Heads of definite descriptions of a state: monarchies, rulers and governments (`the junta`, `the generals`, `the administration`). */
const STATE_HEADS = new Set(['kingdom', 'emirate', 'sultanate', 'regime', 'junta', 'generals', 'colonels', 'government', 'administration']);
/** Words after a name that make it one member of a coordination. */
const COORDINATORS = new Set(['and', 'or', ',', '&']);
/** The states each monarchy head may stand for; the other heads take any state. */
const MONARCHY_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['kingdom', MONARCHIES], ['emirate', EMIRATES], ['sultanate', SULTANATES]]);

/**
 * `the kingdom has accused both`, `the regime retaliated against`: `the kingdom` stands for the one
 * monarchy named in this sentence (before it) or the two before (`the emirate` for the one emirate,
 * `the sultanate` for the one sultanate); `the regime`, `the junta`, `the generals`, `the
 * government` and `the administration` for the one state named there. With two candidates, the
 * state that opens the nearest sentence (its topic) is chosen, else none.
 */
export function descriptionMentions(doc: Doc, sentence: number): Mention[] {
  const s = doc.sentences[sentence]!;
  const out: Mention[] = [];
  const own = actorMentions(doc, sentence);
  for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
    const head = doc.tokens[t]!.normal;
    if (!STATE_HEADS.has(head) || doc.tokens[t - 1]!.normal !== 'the' || doc.tokens[t + 1]?.normal === 'of') continue;
    if (own.some((m) => m.tokenStart <= t && t < m.tokenEnd) || (hasTag(doc, t + 1, 'Noun') && !AUX.has(doc.tokens[t + 1]!.normal))) continue;
    const before: Mention[] = [];
    for (let k = Math.max(0, sentence - REACH); k <= sentence; k++) before.push(...actorMentions(doc, k).filter((m) => m.tokenEnd <= t - 1));
    const states = new Set(before.filter((m) => m.type === 'GPE' && (MONARCHY_HEADS.get(head)?.has(m.canonical) ?? true)).map((m) => m.canonical));
    let canonical = states.size === 1 ? [...states][0]! : undefined;
    if (!canonical && states.size > 1) canonical = openingState(doc, sentence, t, head);
    if (!canonical) continue;
    out.push(mentionOf(doc, t - 1, t + 1, canonical, 'GPE'));
  }
  return out;
}

/**
 * `The United States watched Cuba closely. The administration ...`: the state (of the head's kind)
 * that opens the nearest sentence in reach, this one (before `t`) first. A sentence's opening actor
 * is its topic, which a description picks up more often than a state named in passing.
 */
function openingState(doc: Doc, sentence: number, t: number, head: string): string | undefined {
  for (let k = sentence; k >= Math.max(0, sentence - REACH); k--) {
    const open = doc.sentences[k]!.tokenStart;
    const m = actorMentions(doc, k).find((x) => x.tokenStart <= open + 1 && x.tokenEnd < (k === sentence ? t - 1 : Infinity));
    if (!m || m.type !== 'GPE') continue;
    // (`Saudi Arabia and Jordan met`: a coordination opens the sentence, and the topic is both)
    if (COORDINATORS.has(doc.tokens[m.tokenEnd]?.normal ?? '')) return undefined;
    return (MONARCHY_HEADS.get(head)?.has(m.canonical) ?? true) ? m.canonical : undefined;
  }
  return undefined;
}

/**
 * `accused both of free-riding`, `punished them`: a direct object `both` or `them` right after a
 * verb cue stands for the one coordination (two or more actors) named before it in this sentence
 * or the one before, other than the subject.
 */
export function coordinatedObject(doc: Doc, m: CueMatch, source: Group, here: readonly Group[], previous: readonly Group[]): Group | undefined {
  const word = doc.tokens[m.tokenEnd]?.normal;
  // (only for a friendly act: a hostile one on a person is often domestic, `the court suspended her`)
  if (m.verb && m.cue.polarity === '+' && (word === 'her' || word === 'him') && !hasTag(doc, m.tokenEnd + 1, 'Noun')) return personObject(m, source, here, previous);
  if (!m.verb || (word !== 'both' && word !== 'them')) return undefined;
  // `both of them`, but not `both China and Russia` (a coordination the groups already hold)
  if (word === 'both' && hasTag(doc, m.tokenEnd + 1, 'Noun')) return undefined;
  const before = [...previous, ...here.filter((g) => g.tokenEnd <= m.tokenStart)];
  const candidates = before.filter((g) => g.names.length >= 2 && !g.names.some((n) => source.names.includes(n)));
  // (`the Houthis ... the United States has bombed them`: with no coordination in reach, `them`
  // is the one organisation named in the plural)
  if (candidates.length === 0 && word === 'them') return pluralNamed(doc, before, source);
  const distinct = new Set(candidates.map((g) => [...g.names].sort().join('|')));
  const last = candidates[candidates.length - 1];
  if (distinct.size !== 1 || !last) return undefined;
  // `lobbied the United States for waivers. Washington granted them`: a plural thing named after
  // the coordination is the likelier antecedent of `them`
  if (word === 'them' && thingBetween(doc, [...previous, ...here], last, m.tokenStart)) return undefined;
  return last;
}

/** `thanked her`: the one person named in this sentence (before the cue) or the one before, other than the subject. */
function personObject(m: CueMatch, source: Group, here: readonly Group[], previous: readonly Group[]): Group | undefined {
  const people = [...previous, ...here.filter((g) => g.tokenEnd <= m.tokenStart)].filter((g) => g.types.every((t) => t === 'PERSON') && g.names.length === 1 && !g.names.some((n) => source.names.includes(n)));
  return new Set(people.map((g) => g.names[0])).size === 1 ? people[people.length - 1] : undefined;
}

function thingBetween(doc: Doc, groups: readonly Group[], g: Group, to: number): boolean {
  for (let t = g.tokenEnd; t < to; t++) if (hasTag(doc, t, 'Plural') && hasTag(doc, t, 'Noun') && !groups.some((x) => x.tokenStart <= t && t < x.tokenEnd)) return true;
  return false;
}

/**
 * `Jair Bolsonaro, whom Donald Trump has praised`: in a clause opened by `whom` or `which` whose subject is
 * the cue's source, the relative's antecedent (the group right before `whom`, or before an
 * apposition ending there) is the object.
 */
export function relativeObject(doc: Doc, groups: readonly Group[], source: Group, cueStart: number): Group | undefined {
  // (the relative word right before the source, whether or not a clause was cut there: `the
  // leader whom Lithuania has sheltered` has no comma before `whom`)
  const clauseStart = beforeGroup(doc, source);
  const word = doc.tokens[clauseStart]?.normal;
  if (word !== 'whom' && word !== 'which') return undefined;
  // (only the relative's own verb: `Ukraine, whom Russia invaded in 2022, has fought back` gives nothing for `back`)
  for (let t = source.tokenEnd; t < cueStart; t++) if (!AUX.has(doc.tokens[t]!.normal) && doc.tokens[t]!.normal !== 'have' && !hasTag(doc, t, 'Adverb')) return undefined;
  const end = doc.tokens[clauseStart - 1]?.normal === ',' ? clauseStart - 1 : clauseStart;
  const g = groups.find((x) => x.tokenEnd === end && x !== source) ?? (word === 'whom' ? appositionAntecedent(doc, groups, clauseStart, source) : undefined);
  // (`the Nayara refinery in Gujarat, which the EU sanctioned`: the place is not the antecedent,
  // the named thing before it is)
  if (g && ['in', 'at'].includes(doc.tokens[g.tokenStart - 1]?.normal ?? '') && g.types.every((t) => t === 'LOC' || t === 'GPE')) {
    const at = g.tokenStart - 1;
    return groups.find((x) => (x.tokenEnd === at || (x.tokenEnd === at - 1 && hasTag(doc, at - 1, 'Noun'))) && x !== source && x.types.some((t) => t === 'ORG' || t === 'MISC'));
  }
  return g;
}

/** How far back from `whom` the comma opening an apposition may be. */
const APPOSITION_REACH = 8;

/**
 * `Sviatlana Tsikhanouskaya, the exiled opposition leader whom Lithuania has sheltered`: `whom`
 * after an apposition's noun stands for the name before the apposition's comma.
 */
function appositionAntecedent(doc: Doc, groups: readonly Group[], whom: number, source: Group): Group | undefined {
  for (let t = whom - 1; t > Math.max(0, whom - APPOSITION_REACH); t--) {
    if (doc.tokens[t]!.normal !== ',') continue;
    if (!['the', 'a', 'an'].includes(doc.tokens[t + 1]?.normal ?? '')) return undefined;
    return groups.find((x) => x.tokenEnd === t && x !== source);
  }
  return undefined;
}

/** The one organisation named in the plural with `the` (`the Houthis`, `the Kurds`) among `groups`, other than the subject; none when another organisation or people is in reach. */
function pluralNamed(doc: Doc, groups: readonly Group[], source: Group): Group | undefined {
  const plural = groups.filter((g) => g.names.length === 1 && g.types[0] === 'ORG' && !source.names.includes(g.names[0]!) && /s$/.test(g.names[0]!) && !/ss$/.test(g.names[0]!) && doc.tokens[g.tokenEnd - 1]!.normal.endsWith('s')
    // (a people's name takes `the`: `the Houthis`; a city never does: `Brussels`)
    && (doc.tokens[g.tokenStart - 1]?.normal === 'the' || doc.tokens[g.tokenStart]!.normal === 'the'));
  const others = groups.filter((g) => !plural.includes(g) && !source.names.some((n) => g.names.includes(n)) && g.types.some((t) => t === 'ORG' || t === 'NORP'));
  return new Set(plural.map((g) => g.names[0])).size === 1 && others.length === 0 ? plural[plural.length - 1] : undefined;
}
