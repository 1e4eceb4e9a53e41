import { describe, expect, it } from 'vitest';
import { findStance, stanceStage, timePhrases, documentDate, datelineCandidates, resolveWithDateline, resolveWithDates, DATELINE_TODAY } from '../src/index.js';
import { actorsIn, docWith, type CueSpec } from './helpers.js';
import { nlp } from '@essaylens/parse';
import { registerDates, steer } from '../src/time/01-dates-plugin.js';

stanceStage();
/** compromise-dates on one phrase, bypassing the package's memo. */
function resolveAlone(phrase: string, today: string) {
  registerDates();
  const view = (nlp(steer(phrase)) as unknown as { compute(m: string): { dates(o: object): { json(): Array<{ dates?: { start?: string; end?: string } }> } } }).compute('dates');
  const d = view.dates({ today, timezone: 'UTC' }).json()[0]?.dates;
  return d && (d.start || d.end) ? { start: d.start ? d.start.slice(0, 10) : null, end: d.end ? d.end.slice(0, 10) : null } : null;
}

const read = (text: string, cues: CueSpec[] = [], meta: Record<string, unknown> = {}) => findStance(docWith(text, actorsIn(text), cues, meta)).layers.stance!;

describe('sentence function', () => {
  it.each([
    ['`will` puts a claim in the future', 'Russia will rely on China for support.', 'forecast'],
    ['`is yet to come`', 'For Europe, the worst nightmare is yet to come.', 'forecast'],
    ['`going to`', 'The talks are going to fail.', 'forecast'],
    ['`I expect`', 'I expect multilateral talks between China and Russia.', 'forecast'],
    ['`are expected to`', 'The talks are expected to focus on trade.', 'forecast'],
    ['`the will of` is a noun, not the future', 'This reflects the will of the people in Ukraine.', 'assertion'],
    ['a question is not a forecast', 'What will Russia do next?', 'assertion'],
    ['a reporting verb with an actor subject is attribution', 'Russia stressed that relations with China are close.', 'attribution'],
    ['`according to` names the holder', 'According to China, the talks went well.', 'attribution'],
    ['`I think` is the writer, not an attribution', 'I think the talks were long.', 'assertion'],
    ['evaluative lexicon makes an evaluation', 'These are impossible demands on the US.', 'evaluation'],
    ['a plain statement is an assertion', 'The talks took place in a hotel in Vienna.', 'assertion'],
  ])('%s', (_, text, expected) => {
    expect(read(text).sentences[0]!.function).toBe(expected);
  });

  it('names the holder of an attribution, coordinated subjects joined by `&` as the hedges layer does', () => {
    expect(read('China and Russia believe the US is in decline.').sentences[0]!.holder).toBe('China & Russia');
  });

  it('does not read `states` in `the Gulf states compete` as a reporting verb', () => {
    const text = 'The Gulf states compete with Turkey for influence.';
    const doc = findStance(docWith(text, [{ text: 'Gulf', canonical: 'Gulf states', type: 'LOC' }, { text: 'Turkey', canonical: 'Turkey' }]));
    expect(doc.layers.stance!.sentences[0]!.function).not.toBe('attribution');
  });

  it('takes the holder from a cue whose holder is not the writer', () => {
    const s = read('Russia does not expect China to help.', [{ text: 'does not expect', kind: 'hedge', holder: 'Russia', negated: true, probabilityLow: 0.2, probabilityHigh: 0.45 }]).sentences[0]!;
    expect([s.function, s.holder]).toEqual(['attribution', 'Russia']);
  });
});

describe('certainty, epistemic and polarity per sentence', () => {
  it('lowers certainty by a hedge band and marks the sentence hedged', () => {
    const s = read('I do not anticipate an attack.', [{ text: 'I do not anticipate', kind: 'hedge', negated: true, probabilityLow: 0.2, probabilityHigh: 0.45 }]).sentences[0]!;
    expect([s.certainty, s.epistemic]).toEqual([0.325, 'hedged']);
  });

  it.each([
    ['negative evaluative language', 'The worst nightmare is a catastrophic war.', -1],
    ['positive evaluative language', 'The partnership is stable, resilient and successful.', 1],
  ])('scores %s with the sign of its words', (_, text, sign) => {
    expect(Math.sign(read(text).sentences[0]!.polarity)).toBe(sign);
  });

  it('lists the actors of the sentence', () => {
    expect(read('China and Russia met in Beijing.').sentences[0]!.actors).toEqual(['China', 'Russia']);
  });
});

describe('time phrases and the document date', () => {
  const seedHead = 'A title\n\n| February 2nd, 2022\n\n';

  it.each([
    ['| February 2nd, 2022', '2022-02-02'],
    ['Published 3 March 2023', '2023-03-03'],
  ])('reads the dateline %s', (line, iso) => {
    const doc = docWith(`A title\n\n${line}\n\nSome text follows here.`);
    expect(documentDate(doc)).toBe(iso);
  });

  it.each([
    ['A title\n\n| March 14, 2025\n\nThe text starts here.', ['March 14, 2025']],
    ['Published 9 October 2024\n\nThe text starts here.', ['Published 9 October 2024']],
    ['A title\n\nThe talks of 2024 failed.', []],
  ])('finds the dateline candidates of %j on the shared parse', (text, expected) => {
    expect(datelineCandidates(docWith(text))).toEqual(expected);
  });

  // one compromise call for the dateline and the phrases gives what separate calls give
  it.each([
    ['October 9, 2024', ['before 2026', 'next year', 'in November'], '2024-10-09'],
    ['12 December 2023', ['by the end of 2025', 'after March 3'], '2023-12-12'],
    ['March 3rd, 2021', ['within two weeks', 'until the end of the year'], '2021-03-03'],
  ])('reads the dateline %s and its phrases together', (head, phrases, today) => {
    expect(resolveWithDateline(head, phrases, DATELINE_TODAY)).toBe(today);
    for (const p of phrases) expect(resolveWithDates(p, today)).toEqual(resolveAlone(p, today));
  });

  it('leaves the phrases alone when the dateline holds no date', () => {
    expect(resolveWithDateline('Posted by the editors', ['next year'], DATELINE_TODAY)).toBeNull();
  });

  it('prefers meta.date when the caller gives one', () => {
    expect(documentDate(docWith('No dateline here.', [], [], { date: '2021-05-01' }))).toBe('2021-05-01');
  });

  it.each([
    ['I do not anticipate an attack before February 20.', 'before February 20'],
    ['After February 20, an attack is more likely.', 'After February 20'],
    ['Russia is keeping the West busy until 20 February.', 'until 20 February'],
    ['The talks will resume next month.', 'next month'],
    ['Prices will fall by the end of 2025.', 'by the end of 2025'],
  ])('finds the time phrase in %j', (sentence, phrase) => {
    const doc = docWith(sentence);
    expect(timePhrases(doc, 0).map((p) => p.text)).toEqual([phrase]);
  });

  it.each([
    ['I do not anticipate an attack before February 20.', '2022-02-02', '2022-02-19'],
    ['After February 20, an attack is more likely.', '2022-02-21', null],
    ['The vote will take place in November.', '2022-11-01', '2022-11-30'],
    ['Prices will fall by the end of 2025.', '2022-02-02', '2025-12-31'],
    ['Rates will stay high until the end of 2023.', '2022-02-02', '2023-12-31'],
  ])('resolves the window of %j against the dateline', (sentence, start, end) => {
    const s = read(seedHead + sentence, [{ text: sentence.split(' ')[0]!, kind: 'hedge' }]);
    const f = s.forecasts.find((x) => x.statement.text.startsWith(sentence.slice(0, 10)))!;
    expect([f.windowStart, f.windowEnd]).toEqual([start, end]);
  });

  it('leaves a relative phrase unresolved without a document date', () => {
    const f = read('The talks will resume next month.').forecasts[0]!;
    expect([f.timeText, f.windowStart, f.windowEnd]).toEqual([null, null, null]);
  });
});

describe('forecasts', () => {
  it('carries the band of the cue and the writer as holder', () => {
    const text = '| February 2nd, 2022\n\nI do not anticipate a Russian military attack before February 20.';
    const f = read(text, [{ text: 'I do not anticipate', kind: 'hedge', negated: true, probabilityLow: 0.2, probabilityHigh: 0.45 }]).forecasts[0]!;
    expect(f).toMatchObject({ holder: 'author', probabilityLow: 0.2, probabilityHigh: 0.45, timeText: 'before February 20', windowStart: '2022-02-02', windowEnd: '2022-02-19' });
  });

  it('takes the band of the forecast’s own holder', () => {
    const text = 'Since war is possible, China anticipates a retreat of the US.';
    const f = read(text, [
      { text: 'possible', kind: 'hedge', probabilityLow: 0.2, probabilityHigh: 0.55 },
      { text: 'anticipates', kind: 'hedge', holder: 'China', probabilityLow: 0.55, probabilityHigh: 0.8 },
    ]).forecasts[0]!;
    expect([f.holder, f.probabilityLow, f.probabilityHigh]).toEqual(['China', 0.55, 0.8]);
  });

  it('carries the direction of a comparative (`more likely`) and no band', () => {
    const text = '| February 2nd, 2022\n\nAfter February 20, a military attack is more likely.';
    const f = read(text, [{ text: 'more likely', kind: 'hedge', direction: 'up' }]).forecasts[0]!;
    expect(f).toMatchObject({ probabilityLow: null, probabilityHigh: null, direction: 'up', windowStart: '2022-02-21', windowEnd: null });
  });

  it.each([
    ['Russia is keeping the West busy until 20 February.', 'until 20 February', '2022-02-02', '2022-02-20'],
    ['A supply shock before March 2022 is unlikely.', 'before March 2022', '2022-02-02', '2022-02-28'],
  ])('puts a present-tense claim running up to a later date in the future: %j', (sentence, phrase, start, end) => {
    const s = read(`| February 2nd, 2022\n\n${sentence}`);
    expect(s.sentences[1]!.function).toBe('forecast');
    expect(s.forecasts[0]).toMatchObject({ timeText: phrase, windowStart: start, windowEnd: end });
  });

  it('makes no forecast of a sentence about the past', () => {
    expect(read('Russia was isolated by the West in 2014.').forecasts).toEqual([]);
  });
});
