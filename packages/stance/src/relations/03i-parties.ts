/**
 * Who the parties of a cue are when its object is not simply the other party: objects a cue
 * rules out, acts done together, what a two-party act is about, force on a mere place, and a
 * hostile act the subject bears.
 */
import type { Doc } from '@essaylens/doc';
import { stemWithin, type CueMatch } from './02-cues.js';
import { beforeGroup, type Group } from './01-groups.js';
import { pairsWithin } from './03d-nominal.js';
import type { SentenceContext } from './03-find.js';
import { looksLikeOrganisation, placeOnly } from '../actors.js';
import { startsWithAny } from '../stems.js';

/** Prepositions that name what a two-party act is about (`dispute over`, `talks on`). */
const TOPIC_LINKS = new Set(['over', 'about', 'regarding', 'concerning']);
/** Nouns of a place named after `of` (`the port of Hodeidah`, `the town of Bakhmut`). */
const PLACE_NOUNS = new Set(['port', 'city', 'town', 'village', 'province', 'region', 'district', 'capital', 'island', 'islands', 'enclave', 'outskirts', 'suburbs', 'harbour', 'harbor']);
/** Verbs whose subject bears or fends off the act named after them (`faces Chinese incursions`). Porter stems. */
const ENDURING = ['face', 'suffer', 'endur', 'withstand', 'withstood', 'repel', 'repuls', 'resist', 'weather', 'absorb', 'fend', 'protest'];

/**
 * `Japan, India and France co-chaired the committee`, `co-chaired by China and France`, `Riyadh
 * co-hosted the talks with Washington`: an act done together relates those who did it, the
 * members of its coordinated subject (or agent) or the subject and its partner after `with`; what
 * they did it to is no party.
 */
export function togetherPairs(ctx: SentenceContext, m: CueMatch, source: Group | undefined, target: Group | undefined): void {
  const { doc, groups, emit } = ctx;
  if (source && source.names.length >= 2 && (source.closed || source.hyphenated)) return pairsWithin(emit, source, m, 'svo');
  const partner = target && doc.tokens[beforeGroup(doc, target)]?.normal === 'with' ? target : partnerWith(doc, groups, m.tokenEnd, 8);
  if (source && partner && partner !== source) emit(source.names, partner.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, 'svo');
}

/**
 * `their dispute over the Nile dam`, `clashed over the Senkaku Islands`: the object after `over`
 * (or `about`) of a two-party act is its topic, not a party. The parties are the coordination that
 * has it, or the subject and the partner after the topic (`Egypt's dispute over the dam with
 * Ethiopia`). True when the target was such a topic (whatever was emitted).
 */
export function topicPairs(ctx: SentenceContext, m: CueMatch, source: Group | undefined, target: Group, owned: boolean): boolean {
  const { doc, groups, emit } = ctx;
  if (!TOPIC_LINKS.has(doc.tokens[beforeGroup(doc, target)]?.normal ?? '')) return false;
  if (source && source.names.length >= 2 && source.closed) {
    pairsWithin(emit, source, m, 'svo');
    return true;
  }
  const partner = partnerWith(doc, groups, target.tokenEnd, 6);
  if (source && partner) emit(source.names, partner.names, m.cue.polarity, m.tokenStart, m.tokenEnd, m.cue.family, owned ? 'possessor' : 'svo');
  return true;
}

/** The first group after token `from` (within `reach` tokens) that `with` introduces: a partner in the act. */
function partnerWith(doc: Doc, groups: readonly Group[], from: number, reach: number): Group | undefined {
  return groups.find((g) => g.tokenStart > from && g.tokenStart - from <= reach && doc.tokens[beforeGroup(doc, g)]?.normal === 'with');
}

/**
 * The group is a mere place, not a party: named as one (`the port of Hodeidah`), or a town the
 * lexicon does not know (`Kharkiv`).
 */
export function merePlace(doc: Doc, g: Group): boolean {
  const named = doc.tokens[g.tokenStart - 1]?.normal === 'of' && PLACE_NOUNS.has(doc.tokens[g.tokenStart - 2]?.normal ?? '');
  return named || g.members.every((name, i) => placeOnly(name, g.types[i] ?? ''));
}

/**
 * `Malaysia faces Chinese incursions`, `Taiwan has weathered Chinese pressure`: a hostile act of a
 * nationality adjective's state, after a verb of bearing or fending off, falls on that verb's subject.
 */
export function enduredBy(doc: Doc, m: CueMatch, owner: Group): boolean {
  return owner.norp && m.cue.polarity === '-' && startsWithAny(doc.tokens[beforeGroup(doc, owner)]?.stem ?? '', ENDURING);
}

/**
 * The object suits the cue: the words a cue needs after its object are there (`took Beijing to the
 * WTO`, within five words and the clause ending at `clauseEnd`), and an organisation-only cue's
 * object looks like an organisation (`will withdraw from Goma`: compromise may type a town as one).
 */
export function objectFits(doc: Doc, m: CueMatch, target: Group, clauseEnd: number): boolean {
  if (m.cue.thenWords) {
    // (`barred Micron, the American memory maker, from`: an apposition may come between)
    const after = appositionEnd(doc, target.tokenEnd);
    const end = after > target.tokenEnd ? after + 5 : Math.min(target.tokenEnd + 5, clauseEnd);
    if (!stemWithin(doc, after, end, m.cue.thenWords)) return false;
  }
  return !(m.cue.targets?.length === 1 && m.cue.targets[0] === 'ORG' && !target.members.every(looksLikeOrganisation));
}

/** Past an apposition opening at token `t` (`, the American memory maker,`): the token after its closing comma, else `t`. */
function appositionEnd(doc: Doc, t: number): number {
  if (doc.tokens[t]?.normal !== ',' || !['the', 'a', 'an', 'its', 'their'].includes(doc.tokens[t + 1]?.normal ?? '')) return t;
  const end = doc.sentences[doc.tokens[t]!.sentence]!.tokenEnd;
  for (let k = t + 2; k < Math.min(end, t + 10); k++) if (doc.tokens[k]!.normal === ',') return k + 1;
  return t;
}
