import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { builtinEntries, mentionOf, resolveName, type Mention } from '@essaylens/entities';

/** Entity types that act in relations and hold beliefs; events and works do not. */
const ACTOR_TYPES = new Set(['PERSON', 'GPE', 'LOC', 'ORG', 'NORP', 'MISC']);

/** A model designator: letters, a hyphen, digits (`F-16s`, `Su-35`, `J-10`, `MQ-9B`; not the `M23` rebels). */
const MODEL = /^\p{Lu}{1,3}[a-z]?-\d/u;
const NOT_ACTING = /\b(programme|program|initiative|plan|act|treaty|agreement|accord|deal|strategy|policy|pact|assistance|fund|framework|project|pipeline|corridor)\b/i;

interface ActorIndex {
  bySentence: Mention[][];
  /** PERSON canonical → the state its title names (`Russian President Putin` → `Russia`). */
  affiliation: Map<string, string>;
}

const cache = new WeakMap<object, ActorIndex>();

function build(doc: Doc): ActorIndex {
  const mentions = doc.layers.entities?.mentions ?? [];
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  const sorted = [...mentions].filter((m) => ACTOR_TYPES.has(m.type)).sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  let lastEnd = -1;
  for (const m of sorted) {
    // a mention inside a longer one (`Russian` in `Russian President Putin`) is not a second actor
    if (m.tokenStart < lastEnd) continue;
    // a programme or a treaty is named, but it does not act: `its Official Security Assistance programme`
    // (nor does a weapon named by its model: `Thai F-16s bombed`, `the S-400`)
    if (m.type === 'MISC' && (NOT_ACTING.test(m.text) || MODEL.test(m.text))) continue;
    lastEnd = m.tokenEnd;
    bySentence[m.sentence]?.push(m);
  }
  resolveDefiniteDescriptions(doc, bySentence);
  // a nationality or state word opening (or second in) a person's mention names the state the
  // person acts for; the word's canonical name is read off the document's own state mentions
  const stateOfWord = new Map<string, string>();
  for (const m of mentions) if ((m.type === 'GPE' || m.type === 'NORP') && m.tokenEnd - m.tokenStart === 1) stateOfWord.set(m.text.toLowerCase(), m.canonical);
  const affiliation = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || affiliation.has(m.canonical)) continue;
    for (let t = Math.max(m.tokenStart - 1, 0); t < Math.min(m.tokenStart + 2, m.tokenEnd); t++) {
      const state = stateOfWord.get(doc.tokens[t]!.normal);
      if (state) { affiliation.set(m.canonical, state); break; }
    }
  }
  return { bySentence, affiliation };
}

/** Heads of definite descriptions that stand for an organisation named just before (`the alliance`, `the group`). */
const ORG_HEADS = new Set(['alliance', 'bloc', 'group', 'militia', 'movement']);
const STATE_BODY = /\b(Alliance|Organi[sz]ation|Union|Community|Treaty|Pact|Council|Bloc|Cooperation|Association|League)\b/;
/** How many sentences back the named organisation may be. */
const ANAPHOR_REACH = 2;

/**
 * `Finland joined the alliance`, `The regional bloc imposed sanctions`: a definite `the
 * (adjective) alliance|bloc` that is no name of its own stands for the organisation mentioned
 * last, if one was named in this sentence or the two before. Added as an actor mention of that
 * organisation for this package's rules only; the entities layer is left as it is.
 */
function resolveDefiniteDescriptions(doc: Doc, bySentence: Mention[][]): void {
  const orgs = bySentence.flat().filter((m) => m.type === 'ORG');
  doc.sentences.forEach((s, i) => {
    for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
      // `the group of seven`, `the movement of goods` name something else
      if (!ORG_HEADS.has(doc.tokens[t]!.normal) || doc.tokens[t + 1]?.normal === 'of') continue;
      let det = t - 1;
      if (hasTag(doc, det, 'Adjective') && det > s.tokenStart) det--;
      if (doc.tokens[det]!.normal !== 'the' || bySentence[i]!.some((m) => m.tokenStart <= t && t < m.tokenEnd)) continue;
      const head = doc.tokens[t]!.normal;
      // an alliance or bloc is an organisation of states (`NATO`, `the Shanghai Cooperation
      // Organisation`), not a company named in passing
      const fits = (m: Mention) => (head !== 'alliance' && head !== 'bloc') || STATE_BODY.test(m.canonical) || /^[A-Z]{2,}$/.test(m.text);
      const antecedent = [...orgs].reverse().find((m) => m.tokenEnd <= det && m.sentence >= i - ANAPHOR_REACH && fits(m));
      if (!antecedent) continue;
      bySentence[i]!.push(mentionOf(doc, det, t + 1, antecedent.canonical, 'ORG'));
      bySentence[i]!.sort((a, b) => a.tokenStart - b.tokenStart);
    }
  });
}

function index(doc: Doc): ActorIndex {
  const key = doc.layers.entities ?? doc;
  let found = cache.get(key);
  if (!found) { found = build(doc); cache.set(key, found); }
  return found;
}

/** The actor mentions of a sentence, outermost only, in text order. */
export function actorMentions(doc: Doc, sentence: number): readonly Mention[] {
  return index(doc).bySentence[sentence] ?? [];
}

/** The name an actor takes in relations: a person with a known state, an organ named after its state and a capital stand for the state. */
export function relationActor(doc: Doc, canonical: string): string {
  return index(doc).affiliation.get(canonical) ?? stateOfOrgan(canonical) ?? stateOfCapital(canonical) ?? canonical;
}

/**
 * `Canberra took Beijing to the WTO`: a capital the entities layer kept as its city's name (it may
 * be a place there) is, as a party to a relation, its state's government.
 */
function stateOfCapital(canonical: string): string | undefined {
  if (!CAPITAL_STATE.has(canonical)) {
    const state = resolveName(canonical);
    CAPITAL_STATE.set(canonical, state?.type === 'GPE' && state.canonical !== canonical ? state.canonical : undefined);
  }
  return CAPITAL_STATE.get(canonical);
}
const CAPITAL_STATE = new Map<string, string | undefined>();

/** Heads of an organ of the state named before them (`Chinese Coast Guard`, `US Navy`). */
const ORGAN_HEADS = /\b(?:Navy|Army|Air Force|Coast Guard|Armed Forces|Military|Foreign Ministry|Ministry of Foreign Affairs|Defence Ministry|Defense Ministry|Government)$/u;
const ORGAN_STATE = new Map<string, string | undefined>();

/** `Chinese Coast Guard` → `China`: an organ named after its state acts for the state. */
function stateOfOrgan(canonical: string): string | undefined {
  if (!ORGAN_HEADS.test(canonical)) return undefined;
  if (!ORGAN_STATE.has(canonical)) ORGAN_STATE.set(canonical, [...STATE_WORDS].find(([, words]) => words.some((word) => canonical.startsWith(`${word} `)))?.[0]);
  return ORGAN_STATE.get(canonical);
}

/** Unique canonical names of a sentence's actors, in order of first mention. */
export function sentenceActors(doc: Doc, sentence: number): string[] {
  return [...new Set(actorMentions(doc, sentence).map((m) => m.canonical))];
}

/** Each built-in state's names, aliases and adjectives, the words an organ of it may open with. */
const STATE_WORDS: ReadonlyMap<string, readonly string[]> = new Map(builtinEntries.filter((e) => e.type === 'GPE').map((e) => [e.name, [e.name, ...(e.aliases ?? []), ...(e.adjectives ?? [])]]));

/**
 * `a` and `b` are one party: the same name, a capital kept as its city's name and its state
 * (`Ottawa`, `Canada`), or a state and an organ named after it (`US Navy`, `Chinese Coast Guard`).
 */
export function oneParty(a: string, b: string): boolean {
  // (only an organ: the `Taiwan Affairs Office` is Beijing's, not Taiwan's)
  return a === b || resolveName(a)?.canonical === b || resolveName(b)?.canonical === a || stateOfOrgan(a) === b || stateOfOrgan(b) === a;
}

/** Head words of organisations' names (`African Union`, `Wagner Group`, `International Criminal Court`). */
const ORGANISATION_WORDS = /\b(?:Union|Organi[sz]ation|Community|Alliance|Council|Court|Bank|Fund|League|Bloc|Forum|Group|Partnership|Commission|Assembly|Agency|Parliament|Association|Conference|Cooperation|Club|Company|Corporation|Movement|Party|Front|Forces|Committee|Secretariat|Consortium|Cartel)\b/u;

/**
 * `name` is an organisation by its form: a built-in one, an acronym (`OPEC`, `ECOWAS`) or a name
 * with an organisation's head word. compromise types some unknown towns as organisations
 * (`withdraw from Kherson`), so a cue that only organisations can receive checks the name itself.
 */
export function looksLikeOrganisation(name: string): boolean {
  return resolveName(name)?.type === 'ORG' || /^[\p{Lu}\d&+-]{2,}$/u.test(name) || ORGANISATION_WORDS.test(name);
}

/**
 * `name` is only a place: a town or province the lexicon does not know as a state or territory
 * (`Kharkiv`). A strike on it is no act against an actor. (Known regions may act: `the West`,
 * `Europe`.)
 */
export function placeOnly(name: string, type: string): boolean {
  return type === 'GPE' && resolveName(name) === undefined;
}
