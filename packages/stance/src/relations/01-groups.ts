import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { actorMentions, relationActor } from '../actors.js';
import { pastLinkingPhrase, PREPOSITIONS } from './01a-clauses.js';
import { descriptionMentions } from './07-anaphora.js';
import { pairDescriptions } from './09-pairs.js';

/** A coordination of actor mentions (`China and Russia`, `Moscow's and Beijing's`, `China-Russia`). */
export interface Group {
  /** Relation names of the actors (a person with a known state stands for the state). */
  names: string[];
  /** Canonical names of the members, as the entities layer gives them. */
  members: string[];
  /** Entity types of the members. */
  types: string[];
  tokenStart: number;
  tokenEnd: number;
  /** The group ends in a possessive (`Russia's`). */
  possessive: boolean;
  /** Every member joined by a hyphen (`China-Russia relations`). */
  hyphenated: boolean;
  /** The coordination has had its `and`/`or`, so no further member joins it. */
  closed: boolean;
  /** Every member is a nationality adjective (`Russian and Chinese`). */
  norp: boolean;
}

/** Tokens that may sit between coordinated mentions. */
const JOINERS = new Set(['and', ',', 'or', '&', '-', 'the', "'s", 'as', 'well', 'nor', 'both', 'either', 'neither']);
/** Nouns after a nationality adjective that make it the state itself (`the Danish state`, `the Chinese government`). */
const STATE_NOUNS = new Set(['state', 'government', 'authorities', 'administration', 'leadership', 'regime', 'junta']);
/** `US-led`, `Iran-backed`: the mention modifies the noun after it and is not an actor there. */
const MODIFIER_HEADS = new Set(['led', 'backed', 'based', 'sponsored', 'funded', 'owned', 'made', 'brokered', 'aligned', 'friendly']);

/** The actor groups of a sentence, in text order. */
export function actorGroups(doc: Doc, sentence: number): readonly Group[] {
  // memoised per Doc: the rules ask again for the sentence before (pronouns, `both`, `them`)
  const key = doc.layers.entities ?? doc;
  let bySentence = GROUPS.get(key);
  if (!bySentence) GROUPS.set(key, (bySentence = new Map()));
  let found = bySentence.get(sentence);
  if (!found) bySentence.set(sentence, (found = buildGroups(doc, sentence)));
  return found;
}

const GROUPS = new WeakMap<object, Map<number, readonly Group[]>>();

function buildGroups(doc: Doc, sentence: number): Group[] {
  const groups: Group[] = [];
  const described = descriptionMentions(doc, sentence);
  const mentions = described.length ? [...actorMentions(doc, sentence), ...described].sort((a, b) => a.tokenStart - b.tokenStart) : actorMentions(doc, sentence);
  for (const m of mentions) {
    if (doc.tokens[m.tokenEnd]?.normal === '-' && MODIFIER_HEADS.has(doc.tokens[m.tokenEnd + 1]?.normal ?? '')) continue;
    const name = relationActor(doc, m.canonical);
    const last = groups[groups.length - 1];
    const gap: string[] = [];
    if (last) for (let t = last.tokenEnd; t < m.tokenStart; t++) gap.push(joinWord(doc, t));
    // a list closes at its `and`: `Russia and Ukraine, China and Russia anticipate` is two groups
    const joined = last && !last.closed && gap.length <= 4 && gap.every((w) => JOINERS.has(w)) && gap.some((w) => w === 'and' || w === ',' || w === 'or' || w === '-' || w === '&' || w === 'nor' || w === 'well')
      // `..., and Micron is building`: a new clause's subject, not one more member (but `China,
      // Russia, and Iran are` is one list); `In Pahalgam, New Delhi suspended`: a fronted place
      // and the subject
      // (`Belarus, and Lithuania and Latvia have joined`: the new subject may itself be a coordination)
      && !(gap[0] === ',' && gap.includes('and') && last.names.length === 1 && startsClause(doc, pastCoordination(doc, m.tokenEnd)))
      // (`over the Grand Ethiopian Renaissance Dam, Egypt signed`: past the place's `the` too)
      && !(gap.length === 1 && gap[0] === ',' && PREPOSITIONS.has(doc.tokens[last.tokenStart - (doc.tokens[last.tokenStart - 1]?.normal === 'the' ? 2 : 1)]?.normal ?? '') && startsClause(doc, m.tokenEnd))
      // `Anwar Ibrahim, Malaysia's prime minister`: an apposition, not a list
      && !(gap[0] === ',' && (doc.tokens[m.tokenEnd]?.normal === "'s" || doc.tokens[m.tokenEnd]?.normal === "'"))
      // `CARICOM, the Caribbean community, has`: a name modifying the apposition's own noun
      && !(gap.length === 2 && gap[0] === ',' && ['the', 'a', 'an'].includes(gap[1]!) && hasTag(doc, m.tokenEnd, 'Noun') && doc.tokens[m.tokenEnd + 1]?.normal === ',' && doc.tokens[m.tokenEnd + 2]?.normal !== 'and')
      // `Ukraine, and Western sanctions`: a nationality adjective before its noun joins no list of
      // states, unless the noun is the state itself (`between Greenland and the Danish state`)
      && !(m.type === 'NORP' && hasTag(doc, m.tokenEnd, 'Noun') && !last.norp && !STATE_NOUNS.has(doc.tokens[m.tokenEnd]!.normal));
    if (last && joined) {
      if (!last.names.includes(name)) last.names.push(name);
      if (!last.members.includes(m.canonical)) last.members.push(m.canonical);
      last.types.push(m.type);
      last.hyphenated = last.hyphenated && gap.length === 1 && gap[0] === '-';
      last.tokenEnd = m.tokenEnd;
      last.norp = last.norp && m.type === 'NORP';
      last.closed = gap.some((w) => w === 'and' || w === 'or' || w === 'nor' || w === 'well');
    } else {
      groups.push({ names: [name], members: [m.canonical], types: [m.type], tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, possessive: false, hyphenated: joinWord(doc, m.tokenEnd) === '-', closed: false, norp: m.type === 'NORP' });
    }
    const g = groups[groups.length - 1]!;
    g.possessive = doc.tokens[g.tokenEnd]?.normal === "'s" || doc.tokens[g.tokenEnd]?.normal === "'";
    if (g.possessive) g.tokenEnd += 1;
  }
  for (const g of groups) if (g.names.length < 2) g.hyphenated = false;
  // `the two governments`, `the three juntas`: a pair or list named just before (never inside another group)
  const pairs = pairDescriptions(doc, sentence, groups).filter((p) => !groups.some((g) => g.tokenStart < p.tokenEnd && p.tokenStart < g.tokenEnd));
  if (pairs.length) { groups.push(...pairs); groups.sort((a, b) => a.tokenStart - b.tokenStart); }
  return groups;
}

/**
 * A token's word as a list joiner: an en dash set tight between two words (`the EU–Mercosur
 * agreement`) joins them as a hyphen does; one with spaces around it is a parenthesis.
 */
export function joinWord(doc: Doc, t: number): string {
  const tok = doc.tokens[t];
  if (!tok) return '';
  if (tok.normal !== '–') return tok.normal;
  return doc.tokens[t - 1]?.end === tok.start && doc.tokens[t + 1]?.start === tok.end ? '-' : tok.normal;
}

/** `this week`, `last month`: a time phrase between a new clause's subject and its verb. */
const TIME_DEICTICS = new Set(['this', 'last', 'next', 'that']);
const TIME_UNITS = new Set(['week', 'month', 'year', 'spring', 'summer', 'autumn', 'winter', 'weekend', 'morning', 'day']);

function startsClause(doc: Doc, after: number): boolean {
  // (`..., and Rabat in turn normalised`: past a linking phrase)
  let t = pastLinkingPhrase(doc, after);
  while (t < doc.tokens.length && hasTag(doc, t, 'Adverb')) t++;
  // (`..., and Kim Jong Un this week praised`)
  if (TIME_DEICTICS.has(doc.tokens[t]?.normal ?? '') && TIME_UNITS.has(doc.tokens[t + 1]?.normal ?? '')) t += 2;
  while (t < doc.tokens.length && hasTag(doc, t, 'Adverb')) t++;
  // (`..., and the Arakan Army, which now controls ..., has clashed`: a relative clause after the new subject)
  if (doc.tokens[t]?.normal === ',' && ['which', 'who'].includes(doc.tokens[t + 1]?.normal ?? '')) return true;
  return hasTag(doc, t, 'Verb') || hasTag(doc, t, 'Auxiliary') || hasTag(doc, t, 'Modal');
}

/** The token after any `and X`/`, X` coordination of mentions that starts at `t`. */
export function pastCoordination(doc: Doc, t: number): number {
  let k = t;
  while (doc.tokens[k]?.normal === 'and' || doc.tokens[k]?.normal === ',') {
    let j = k + 1;
    if (doc.tokens[j]?.normal === 'the') j++;
    if (!isMention(doc, j)) break;
    while (isMention(doc, j)) j++;
    k = j;
  }
  return k;
}

/** The token before a group, past a `the` that opens it (`sanctioned the Houthis` → `sanctioned`). */
export function beforeGroup(doc: Doc, g: Group): number {
  return doc.tokens[g.tokenStart - 1]?.normal === 'the' ? g.tokenStart - 2 : g.tokenStart - 1;
}

/** The group that opens right after token `t`, a `the` allowed between (`to the Houthis`). */
export function groupAfter(doc: Doc, groups: readonly Group[], t: number): Group | undefined {
  return groups.find((g) => g.tokenStart === t + 1 || (g.tokenStart === t + 2 && doc.tokens[t + 1]!.normal === 'the'));
}

/** Token `t` lies inside an entity mention. */
export function isMention(doc: Doc, t: number): boolean {
  return (doc.layers.entities?.mentions ?? []).some((m) => m.tokenStart <= t && t < m.tokenEnd);
}

export { AUX_WORDS, clauses, isSubjectAt, PREPOSITIONS, relativeAntecedent } from './01a-clauses.js';
