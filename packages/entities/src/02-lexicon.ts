import countries from '../data/countries.json' with { type: 'json' };
import regions from '../data/regions.json' with { type: 'json' };
import organisations from '../data/organisations.json' with { type: 'json' };
import events from '../data/events.json' with { type: 'json' };
import groups from '../data/groups.json' with { type: 'json' };
import type { EntityType } from './layer.js';
import { caseShapeOf, keyOf, namePieces, type CaseShape } from './01-keys.js';

/** What a matched form is for its referent: how the stage turns it into a mention. */
export type FormKind = 'name' | 'adjective' | 'capital';

/** One form of a lexicon entity (`U.S.` for the United States, `Russian` for Russia). */
export interface Form {
  /** The referent's canonical name. */
  canonical: string;
  /** The referent's type (the mention's type, except adjectives, which are NORP). */
  type: EntityType;
  kind: FormKind;
  /** For a capital: the city's own name, used when the capital is a place, not a government. */
  city?: string;
  /** Only a mention after `the` (`the West`, `the Gulf`). */
  needsThe: boolean;
  /** Case constraint per piece. */
  shapes: CaseShape[];
}

/** A token-key trie: each node maps the next token's key to a child and may end forms. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  forms: Form[];
}

/** An entity entry in the lexicon's own schema (the built-in data and the user lexicon). */
export interface EntityEntry {
  name: string;
  type: EntityType;
  aliases?: readonly string[];
  adjectives?: readonly string[];
  capitals?: readonly string[];
  /** Buildings or streets that stand for the executive (`Kremlin`): the state, as an ORG. */
  seats?: readonly string[];
  needsThe?: boolean;
}

/**
 * A compiled lexicon: the tries every document is matched against, the user's first. The
 * built-in trie is compiled once per process and shared by every analyzer.
 */
export interface Lexicon {
  roots: readonly TrieNode[];
  /** Every entry, for the compromise plugin and for look-ups by word. */
  entries: readonly EntityEntry[];
}

function insert(root: TrieNode, surface: string, form: Omit<Form, 'shapes'>): void {
  const pieces = namePieces(surface);
  let node = root;
  for (const piece of pieces) {
    const key = keyOf(piece);
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map(), forms: [] }));
    node = child;
  }
  const full: Form = { ...form, shapes: pieces.map(caseShapeOf) };
  node.forms.push(full);
}

/** Adds one entry's forms to the trie. */
export function addEntry(root: TrieNode, entry: EntityEntry): void {
  const base = { canonical: entry.name, type: entry.type };
  for (const raw of [entry.name, ...(entry.aliases ?? [])]) {
    // `the` opens some names (`the Gulf`); the mention leaves it out and asks for it instead
    const needsThe = entry.needsThe === true || /^the\s/iu.test(raw);
    insert(root, raw.replace(/^the\s+/iu, ''), { ...base, kind: 'name', needsThe });
  }
  for (const adjective of entry.adjectives ?? []) insert(root, adjective, { ...base, kind: 'adjective', needsThe: false });
  // `the Kremlin said`: the seat speaks for the state's executive, an organisation of the state
  for (const seat of entry.seats ?? []) insert(root, seat, { ...base, type: 'ORG', kind: 'name', needsThe: false });
  const city = entry.capitals?.[0];
  for (const capital of entry.capitals ?? []) {
    if (capital === entry.name) continue;
    insert(root, capital, { ...base, kind: 'capital', city: city ?? capital, needsThe: false });
  }
}

interface DataFile {
  entries: ReadonlyArray<{ name: string; type?: string; aliases?: string[]; adjectives?: string[]; capitals?: string[]; seats?: string[]; needsThe?: boolean }>;
}

function entriesOf(file: DataFile, fallback: EntityType): EntityEntry[] {
  return file.entries.map((e) => ({ ...e, type: (e.type as EntityType | undefined) ?? fallback }));
}

/** The built-in entries: sovereign states, regions, organisations, events and documents. */
export const builtinEntries: readonly EntityEntry[] = [
  ...entriesOf(countries as DataFile, 'GPE'),
  ...entriesOf(regions as DataFile, 'LOC'),
  ...entriesOf(organisations as DataFile, 'ORG'),
  ...entriesOf(events as DataFile, 'MISC'),
  ...entriesOf(groups as DataFile, 'NORP'),
];

let builtinRoot: TrieNode | undefined;

/** The trie of the built-in entries, compiled on first use. */
export function builtinTrie(): TrieNode {
  if (!builtinRoot) {
    builtinRoot = { next: new Map(), forms: [] };
    for (const entry of builtinEntries) addEntry(builtinRoot, entry);
  }
  return builtinRoot;
}

/** Compiles entries into a lexicon; `extra` (user entries) take precedence over the built-ins. */
export function compileLexicon(extra: readonly EntityEntry[] = []): Lexicon {
  const roots: TrieNode[] = [];
  if (extra.length > 0) {
    const user: TrieNode = { next: new Map(), forms: [] };
    for (const entry of extra) addEntry(user, entry);
    roots.push(user);
  }
  roots.push(builtinTrie());
  return { roots, entries: [...builtinEntries, ...extra] };
}
