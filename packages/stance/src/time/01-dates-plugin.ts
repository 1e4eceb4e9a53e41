import { createRequire } from 'node:module';
import { addPluginOnce, nlp } from '@essaylens/parse';

let registered = false;

/**
 * Gives the shared compromise instance compromise-dates' date tagger and `.dates()` API, once.
 *
 * Loaded here, lazily, so importing `@essaylens/entities` or `@essaylens/hedges` never loads it.
 * Only three parts of the plugin are registered: its tag set, its `compute('dates')` tagger and
 * its API. Its `hooks` would run the date tagger over every document compromise parses (2.7× the
 * cost of the shared parse, measured on the seed essay); its words and tagger regexes would join
 * compromise's lexicon and change the tags of 15 of 50 dev essays (and one entity mention). So
 * the shared parse is exactly what it is without stance, and the stance stage runs the date
 * tagger only on the few words of the time phrases it found in that parse (measured: the same
 * windows as with the whole plugin on 29 test phrases).
 */
export function registerDates(): void {
  if (registered) return;
  registered = true;
  const require = createRequire(import.meta.url);
  // the CommonJS build is self-contained (it does not load a second compromise)
  const dates = require('compromise-dates') as Record<string, unknown> & { default?: Record<string, unknown> };
  const plugin = dates.default ?? dates;
  // only the tag set, the date tagger and the `.dates()` API: no words, no tagger regexes, no hook
  addPluginOnce({ tags: plugin.tags, compute: plugin.compute, api: plugin.api });
}

interface DatesJson {
  dates?: { start?: string | null; end?: string | null };
}
interface DatesView {
  compute(method: string): DatesView;
  dates(options: { today: string; timezone: string }): { json(): DatesJson[] };
  /** The n-th sentence (here: paragraph) alone. */
  eq(n: number): DatesView;
  /** The sentences from the n-th on. */
  slice(n: number): DatesView;
}

/** A resolved window, ISO dates (YYYY-MM-DD), inclusive; null when open. */
export interface Window {
  start: string | null;
  end: string | null;
}

/**
 * Resolves a short time phrase (`before February 20`) to a date window with compromise-dates,
 * against `today` (YYYY-MM-DD). Parses only the phrase: a few words, not the document.
 *
 * @returns the window, or `null` when compromise-dates finds no date in the phrase.
 */
export function resolveWithDates(phrase: string, today: string): Window | null {
  const key = `${today}|${phrase}`;
  const known = memo.get(key);
  if (known !== undefined) return known && { ...known };
  const window = resolve(phrase, today);
  remember(key, window);
  return window && { ...window };
}

/**
 * Resolves many phrases against one date in a single compromise call (one per document instead
 * of one per phrase: compromise-dates' per-call cost dominates on three-word inputs) and keeps
 * the answers for `resolveWithDates`. A phrase whose result compromise-dates reports under a
 * different text is left for `resolveWithDates` to parse alone.
 */
export function prefetchDates(phrases: readonly string[], today: string): void {
  const pending = pendingOf(phrases, today);
  if (pending.length < 2) return;
  registerDates();
  rememberAll((nlp(pending.map(steer).join('\n\n')) as unknown as DatesView).compute('dates'), pending, today);
}

/**
 * Resolves a dateline and the document's time phrases in ONE compromise call: the dateline is
 * read first (it names its year, so it is read against a fixed date), then the phrases against
 * the date it gives. Only the phrases' date reading runs a second time, on the same parse.
 *
 * @param head - the dateline candidate's text.
 * @param phrases - the time phrases to resolve against the dateline's date.
 * @param fixed - the stand-in date the dateline is read against.
 * @returns the dateline's date (YYYY-MM-DD), or `null` when compromise-dates reads none there
 * (the phrases are then left unresolved).
 */
export function resolveWithDateline(head: string, phrases: readonly string[], fixed: string): string | null {
  const headKey = `${fixed}|${head}`;
  const known = memo.get(headKey);
  if (known !== undefined) {
    if (known?.start) prefetchDates(phrases, known.start);
    return known?.start ?? null;
  }
  registerDates();
  // the phrases are parsed with the dateline whatever its date, as most datelines resolve
  const candidates = [...new Set(phrases)].filter((p) => !/\n/.test(p));
  const view = (nlp([head, ...candidates].map(steer).join('\n\n')) as unknown as DatesView).compute('dates');
  const window = windowOf(view.eq(0).dates({ today: fixed, timezone: 'UTC' }).json()[0]?.dates);
  remember(headKey, window);
  const today = window?.start ?? null;
  if (today) {
    const pending = pendingOf(candidates, today);
    if (pending.length > 0) rememberAll(view.slice(1), pending, today);
  }
  return today;
}

const pendingOf = (phrases: readonly string[], today: string) => [...new Set(phrases)].filter((p) => !memo.has(`${today}|${p}`) && !/\n/.test(p));

/** Reads the dates of a view holding `pending` (one paragraph each) and keeps each phrase's answer. */
function rememberAll(view: DatesView, pending: readonly string[], today: string): void {
  const wanted = new Map(pending.map((p) => [steer(p), p]));
  const results = view.dates({ today, timezone: 'UTC' }).json() as Array<DatesJson & { text?: string }>;
  const texts = results.map((found) => (found.text ?? '').trim().replace(/[.,;:]+$/, ''));
  // a phrase no result touches holds no date compromise-dates can read: that is its answer too
  for (const [steered, p] of wanted) if (!texts.some((t) => t.includes(steered) || steered.includes(t))) remember(`${today}|${p}`, null);
  for (const [k, found] of results.entries()) {
    const original = wanted.get(texts[k]!);
    if (original === undefined) continue;
    remember(`${today}|${original}`, windowOf(found.dates));
  }
}

function remember(key: string, window: Window | null): void {
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, window);
}

// a corpus repeats its time phrases (`in 2014`, `next year`) and a dateline format; the answer
// depends only on the phrase and the date, so it is kept (oldest dropped first)
const MEMO_SIZE = 2000;
const memo = new Map<string, Window | null>();

/**
 * Rewrites that steer compromise-dates 3.9 past its known misreadings (measured: `by the end of
 * 2025` → the end of the current year; `until the end of 2025` → a window in the past). The
 * phrase keeps its meaning; compromise-dates still does all of the date reading.
 */
const STEER: ReadonlyArray<[RegExp, string]> = [
  [/\bthe (end|beginning|start|middle) of\b/gi, '$1 of'],
  [/\b(until|till) end of\b/gi, 'by end of'],
];

/** The phrase as compromise-dates reads it best. */
export function steer(phrase: string): string {
  return STEER.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), phrase);
}

function resolve(phrase: string, today: string): Window | null {
  registerDates();
  const view = (nlp(steer(phrase)) as unknown as DatesView).compute('dates');
  return windowOf(view.dates({ today, timezone: 'UTC' }).json()[0]?.dates);
}

/** The calendar days (YYYY-MM-DD) of a compromise-dates reading, or null when it read no date. */
function windowOf(dates: DatesJson['dates']): Window | null {
  if (!dates || (!dates.start && !dates.end)) return null;
  return { start: dates.start ? dates.start.slice(0, 10) : null, end: dates.end ? dates.end.slice(0, 10) : null };
}
