/**
 * Ellipsis: `Canada imposed sanctions on Russia, and so did Japan`, `France recognised Palestine.
 * Britain followed suit.` The new actor repeats the act just told, so it takes that act's
 * relations. Kept conservative: the act must be told in the same sentence before the marker (or,
 * when the marker's clause opens the sentence, in the sentence before), by one actor only.
 */
import { spanOfTokens, type Doc } from '@essaylens/doc';
import type { Relation } from '../layer.js';
import { actorGroups, type Group } from './01-groups.js';

const SO_AUX = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will']);
const ENDS = new Set(['.', ',', ';', ':', '!', 'too', 'in', 'on', 'within', 'soon', 'days', 'weeks', 'months', 'shortly', 'later', 'a']);

interface Marker {
  group: Group;
  /** The marker's own words, cited as the relation's cue. */
  start: number;
  end: number;
}

/** `so did X`, `as did X`, `X followed (suit)`, `X did the same|likewise|so`, `X has done so` in a sentence. */
function markers(doc: Doc, sentence: number): Marker[] {
  const out: Marker[] = [];
  for (const g of actorGroups(doc, sentence)) {
    if (g.possessive || g.norp) continue;
    const w = (t: number) => doc.tokens[t]?.normal ?? '';
    const after = g.tokenEnd;
    // `so did Japan`, `as did Japan` (the group then ends its clause)
    if (SO_AUX.has(w(g.tokenStart - 1)) && (w(g.tokenStart - 2) === 'so' || w(g.tokenStart - 2) === 'as') && ENDS.has(w(after))) {
      out.push({ group: g, start: g.tokenStart - 2, end: g.tokenEnd });
      continue;
    }
    // `Britain followed suit`, `Japan followed within days`
    if (w(after) === 'followed' && (w(after + 1) === 'suit' || ENDS.has(w(after + 1)))) {
      out.push({ group: g, start: after, end: w(after + 1) === 'suit' ? after + 2 : after + 1 });
      continue;
    }
    // `Japan did the same`, `Japan did likewise`, `Britain did so`, `Japan has done so`
    if (w(after) === 'did' && ((w(after + 1) === 'the' && w(after + 2) === 'same') || w(after + 1) === 'likewise' || w(after + 1) === 'so')) out.push({ group: g, start: after, end: after + (w(after + 1) === 'the' ? 3 : 2) });
    else if (['has', 'have', 'had'].includes(w(after)) && w(after + 1) === 'done' && w(after + 2) === 'so') out.push({ group: g, start: after, end: after + 3 });
  }
  return out;
}

/**
 * Adds the relations an elliptical clause repeats: for each marker, the relations told before it
 * (see the module note) with the marker's actor as their source, citing the marker's words.
 */
export function ellipsisRelations(doc: Doc, bySentence: readonly Relation[][]): void {
  for (let s = 0; s < bySentence.length; s++) {
    for (const mk of markers(doc, s)) {
      const groupsBefore = actorGroups(doc, s).filter((g) => g.tokenEnd <= mk.group.tokenStart && g !== mk.group);
      const startChar = doc.tokens[mk.group.tokenStart]!.start;
      const antecedent = groupsBefore.length > 0 ? bySentence[s]!.filter((r) => r.cue.end <= startChar) : s > 0 ? bySentence[s - 1]! : [];
      const sources = new Set(antecedent.map((r) => r.source));
      if (antecedent.length === 0 || sources.size !== 1 || !antecedent.every((r) => targetAfterCue(doc, r))) continue;
      const cue = spanOfTokens(doc, mk.start, mk.end);
      for (const r of antecedent) {
        for (const name of mk.group.names) {
          if (name === r.target || name === r.source || bySentence[s]!.some((x) => x.polarity === r.polarity && [x.source, x.target].sort().join('|') === [name, r.target].sort().join('|'))) continue;
          bySentence[s]!.push({ sentence: s, source: name, target: r.target, polarity: r.polarity, cue, family: r.family, rule: 'ellipsis' });
        }
      }
    }
  }
}

/**
 * The relation's target is named after its cue (`signed a pact with Ukraine`), so the act has a
 * doer and a patient; `China and Russia held joint drills, and so did Iran` relates the members
 * of a coordination, which the new actor does not join.
 */
function targetAfterCue(doc: Doc, r: Relation): boolean {
  return actorGroups(doc, r.sentence).some((g) => g.names.includes(r.target) && doc.tokens[g.tokenStart]!.start >= r.cue.end);
}
