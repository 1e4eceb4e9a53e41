import { describe, expect, it } from 'vitest';
import { tokenize } from '@essaylens/tokenize';
import { parse } from '@essaylens/parse';
import { tokenRangeOf, withLayer, type Doc } from '@essaylens/doc';
import type { Cue } from '@essaylens/hedges';
import { findRelations } from '../src/index.js';
import type { EntityType, Mention } from '@essaylens/entities';

/** A hand-made mention: the first occurrence (or the `nth`) of `text`, with its canonical name. */
export interface MentionSpec {
  text: string;
  canonical: string;
  type?: EntityType;
  nth?: number;
}

/** A hand-made cue on the first occurrence of `text`. */
export type CueSpec = Partial<Cue> & { text: string; kind: Cue['kind'] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` as a whole word (`West` is not found inside `Western`), every occurrence. */
const wholeWord = (text: string) => new RegExp(`(?<![\\p{L}])${escape(text)}(?![\\p{L}])`, 'gu');

/** One mention spec per occurrence of `spec.text` in `text`, numbered by `nth`. */
function occurrences(text: string, spec: MentionSpec): MentionSpec[] {
  return [...text.matchAll(wholeWord(spec.text))].map((_, nth) => ({ text: spec.text, canonical: spec.canonical, type: spec.type, nth }));
}

/** The `nth` occurrence of `text` as a whole word (`West` is not found inside `Western`). */
function find(doc: Doc, text: string, nth = 0) {
  const hits = [...doc.text.matchAll(wholeWord(text))];
  const at = hits[nth]?.index ?? -1;
  if (at < 0) throw new Error(`test helper: ${JSON.stringify(text)} is not in ${JSON.stringify(doc.text)}`);
  const range = tokenRangeOf(doc, at, at + text.length)!;
  return { start: at, end: at + text.length, text, ...range, sentence: doc.tokens[range.tokenStart]!.sentence };
}

/** A parsed Doc with small hand-made `entities` and `hedges` layers. */
export function docWith(text: string, mentions: MentionSpec[] = [], cues: CueSpec[] = [], meta: Record<string, unknown> = {}): Doc {
  let doc = parse(tokenize(text, { id: 'test', meta }));
  const ms: Mention[] = mentions.map((m) => ({ ...find(doc, m.text, m.nth), canonical: m.canonical, type: m.type ?? 'GPE' }));
  const cs: Cue[] = cues.map((c) => ({
    family: 'test', holder: 'author', negated: false, probabilityLow: null, probabilityHigh: null, direction: null, ...c, ...find(doc, c.text),
  }));
  doc = withLayer(doc, 'entities', { mentions: ms, entities: [] });
  return withLayer(doc, 'hedges', { cues: cs });
}

/** Mentions for the usual actors, by surface form. */
export const ACTORS: Record<string, MentionSpec> = {
  China: { text: 'China', canonical: 'China' },
  Beijing: { text: 'Beijing', canonical: 'China' },
  Russia: { text: 'Russia', canonical: 'Russia' },
  Moscow: { text: 'Moscow', canonical: 'Russia' },
  US: { text: 'US', canonical: 'United States' },
  Washington: { text: 'Washington', canonical: 'United States' },
  Ukraine: { text: 'Ukraine', canonical: 'Ukraine' },
  West: { text: 'West', canonical: 'the West', type: 'LOC' },
  Japan: { text: 'Japan', canonical: 'Japan' },
  India: { text: 'India', canonical: 'India' },
  Iran: { text: 'Iran', canonical: 'Iran' },
  Israel: { text: 'Israel', canonical: 'Israel' },
  Russian: { text: 'Russian', canonical: 'Russia', type: 'NORP' },
  NATO: { text: 'NATO', canonical: 'NATO', type: 'ORG' },
  Hungary: { text: 'Hungary', canonical: 'Hungary' },
  Budapest: { text: 'Budapest', canonical: 'Hungary' },
  Poland: { text: 'Poland', canonical: 'Poland' },
  Western: { text: 'Western', canonical: 'the West', type: 'NORP' },
  American: { text: 'American', canonical: 'United States', type: 'NORP' },
  Houthis: { text: 'Houthis', canonical: 'Houthis', type: 'ORG' },
  Guyana: { text: 'Guyana', canonical: 'Guyana' },
  Finland: { text: 'Finland', canonical: 'Finland' },
  Taipei: { text: 'Taipei', canonical: 'Taiwan' },
  Taiwan: { text: 'Taiwan', canonical: 'Taiwan' },
  Philippines: { text: 'Philippines', canonical: 'Philippines' },
  Lithuania: { text: 'Lithuania', canonical: 'Lithuania' },
  Vilnius: { text: 'Vilnius', canonical: 'Vilnius' },
  EU: { text: 'EU', canonical: 'European Union', type: 'ORG' },
  Iranian: { text: 'Iranian', canonical: 'Iran', type: 'NORP' },
  Putin: { text: 'Putin', canonical: 'Vladimir Putin', type: 'PERSON' },
  FederalAssembly: { text: 'Federal Assembly', canonical: 'Federal Assembly', type: 'ORG' },
  Obama: { text: 'Obama', canonical: 'Barack Obama', type: 'PERSON' },
  Rheinmetall: { text: 'Rheinmetall', canonical: 'Rheinmetall', type: 'ORG' },
  UnitedStates: { text: 'United States', canonical: 'United States' },
  Venezuela: { text: 'Venezuela', canonical: 'Venezuela' },
  Warsaw: { text: 'Warsaw', canonical: 'Poland' },
  Berlin: { text: 'Berlin', canonical: 'Germany' },
  Germany: { text: 'Germany', canonical: 'Germany' },
  Chinese: { text: 'Chinese', canonical: 'China', type: 'NORP' },
  Serbia: { text: 'Serbia', canonical: 'Serbia' },
  Kosovo: { text: 'Kosovo', canonical: 'Kosovo' },
  Albania: { text: 'Albania', canonical: 'Albania' },
  Egypt: { text: 'Egypt', canonical: 'Egypt' },
  Ethiopia: { text: 'Ethiopia', canonical: 'Ethiopia' },
  Sudan: { text: 'Sudan', canonical: 'Sudan' },
  Brazil: { text: 'Brazil', canonical: 'Brazil' },
  Argentina: { text: 'Argentina', canonical: 'Argentina' },
  Mexico: { text: 'Mexico', canonical: 'Mexico' },
  Canada: { text: 'Canada', canonical: 'Canada' },
  Australia: { text: 'Australia', canonical: 'Australia' },
  Trump: { text: 'Trump', canonical: 'Donald Trump', type: 'PERSON' },
  Europe: { text: 'Europe', canonical: 'Europe', type: 'LOC' },
};

/** Every mention of the named actors that occurs in `text`, each occurrence once. */
export function actorsIn(text: string): MentionSpec[] {
  return Object.values(ACTORS).flatMap((spec) => occurrences(text, spec));
}

/**
 * The usual actors found in `text` (`actorsIn`), plus every occurrence of a test file's own
 * `extra` actors that the usual ones do not already cover.
 */
export function actorsWith(text: string, extra: readonly MentionSpec[]): MentionSpec[] {
  const out = actorsIn(text);
  const seen = new Set(out.map((m) => m.text));
  for (const spec of extra) {
    if (seen.has(spec.text)) continue;
    seen.add(spec.text);
    out.push(...occurrences(text, spec));
  }
  return out;
}

/** The relations found in `text` with those actors, as sorted `A|B+` strings. */
export function relationPairs(text: string, extra: readonly MentionSpec[] = []): string[] {
  return findRelations(docWith(text, actorsWith(text, extra)))
    .layers.relations!.relations.map((r) => `${[r.source, r.target].sort().join('|')}${r.polarity}`)
    .sort();
}

/** A row of a relation case table: what the case shows, a sentence, and the pairs it must give (`A|B±`). */
export type RelationCase = readonly [name: string, text: string, expected: readonly string[]];

/**
 * A `describe` block of relation cases, each sentence analysed with the usual actors and a test
 * file's own `extra` ones; the pairs found must be exactly the expected ones.
 */
export function relationCases(title: string, rows: readonly RelationCase[], extra: readonly MentionSpec[] = []): void {
  describe(title, () => {
    it.each(rows)('%s', (_name, text, expected) => {
      expect(relationPairs(text, extra)).toEqual([...expected].sort());
    });
  });
}
