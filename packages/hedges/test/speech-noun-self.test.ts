import { describe, expect, it } from 'vitest';
import { cueList, cuesIn } from './helpers.js';

// Verbs of saying, accusing and condemning report a speech act, not an estimate of likelihood:
// no hedge. An agentless accusation (`has been accused of`) still hides its source: a weasel.
describe('speech acts are not epistemic hedges', () => {
  it.each([
    ['accuse, perfect', 'Egyptian ministers have accused Ethiopia of filling the dam too fast.', []],
    ['accuse, present', 'Caracas accuses the oil majors of sabotage.', []],
    ['accusing, participle', 'Accusing Ankara of bad faith, the delegation left.', []],
    ['condemn', 'The African Union condemned the coup in Niamey.', []],
    ['criticise', 'Germany criticised the tariff plan as short-sighted.', []],
    ['blame', 'Farmers blame the central bank for the credit squeeze.', []],
    ['denounce', 'The opposition denounced the election as a fraud.', []],
    ['agentless accusation stays a weasel', 'The utility has been accused of price gouging.', ['been accused of|weasel']],
    ['allege stays a hedge of the reporter', 'The regulator alleges that the bank hid its losses.', ['alleges|hedge']],
  ])('%s', (_rule, text, expected) => expect(cueList(text)).toEqual(expected));
});

// `claim` by a named or specific source reports what it said, as `said` and `argued` do; by an
// unnamed source, a bare plural, a subject with a name inside it or a coordination, `claim` keeps
// the writer's distance (src/match/readings.ts, specificSubject).
describe('claim: attribution to a named source, distance from an unnamed one', () => {
  it.each([
    ['a name inside the sentence', 'In March Gazprom claimed that the turbine was faulty.', []],
    ['a multi-word name', 'The European Commission claims that the levy is legal.', []],
    ['he, with an adverb', 'He later claimed to have warned the cabinet.', []],
    ['a definite noun phrase, perfect', 'The company has claimed that its chips are secure.', []],
    ['negated, named', 'The petitioner does not claim that the trial was unfair.', []],
    ['a vague source: weasel and hedge', 'Critics claim that the tariff will backfire.', ['Critics claim|weasel', 'claim|hedge']],
    ['a name inside the subject (critics of X: a vague source too)', 'Critics of the Federal Reserve claim that it moved too late.', ['Critics of the Federal Reserve claim|weasel', 'claim|hedge']],
    ['a name inside a subject that is not a vague source', 'Shareholders of the Deutsche Bank claim that the merger failed.', ['claim|hedge']],
    ['a definite phrase inside the subject', 'Critics of the naval mission claim that it escorts too few ships.', ['Critics of the naval mission claim|weasel', 'claim|hedge']],
    ['a coordination hides the subject', 'Chinese officials reject the findings and claim that their industry is efficient.', ['claim|hedge']],
    ['a relative with a bare plural', 'Farmers who claim that the drought ruined them will be paid.', ['claim|hedge']],
    ['a mass noun as the source', 'Legend claims that the king drowned.', ['claims|hedge']],
    ['an agentless passive hides the claimant', 'It cannot be claimed that the plan failed.', ['cannot be claimed|hedge']],
  ])('%s', (_rule, text, expected) => expect(cueList(text)).toEqual(expected));
});

// A belief verb used as a noun names the belief as a topic; the writer does not hedge with it.
describe('noun readings of belief verbs', () => {
  it.each([
    ['demonstrative + copula', 'That fear is exaggerated, say the bankers in Frankfurt.', []],
    ['demonstrative + comma', 'This fear, however, misreads the bond market.', []],
    ['demonstrative + modal', 'That claim does not survive scrutiny.', []],
    ['possessive pronoun', 'Their fear of a price war grew.', []],
    ['possessive name', 'Lagos’s fear of a run on the naira is real.', []],
    ['such', 'Such fears are overblown.', []],
    ['adjective before', 'A deep fear of contagion persists in Asian markets.', []],
    ['estimate as a noun with a determiner', 'The ministry’s estimate was revised.', []],
  ])('%s', (_rule, text, expected) => expect(cueList(text)).toEqual(expected));

  it.each([
    ['relative clause', 'Traders who fear a devaluation are buying dollars.', ['fear|hedge']],
    ['relative that', 'The investors that fear a default are selling.', ['fear|hedge']],
    ['verb with that-clause', 'Bankers in Frankfurt fear that the euro will weaken.', ['Bankers in Frankfurt fear|weasel', 'fear|hedge']],
    ['demonstrative subject + verb', 'This suggests that the peg will hold.', ['suggests|hedge']],
    ['quantifier subject stays a weasel', 'Many fear that the truce will fail.', ['Many fear|weasel']],
  ])('%s', (_rule, text, expected) => expect(cueList(text)).toEqual(expected));
});

// Self-mention over I/we and my/our: the writer names the estimate as their own.
describe('self-mention family', () => {
  it.each([
    ['our view is', 'Our view is that the Fed will pause in June.', ['Our view is|hedge']],
    ['my view is', 'My view is that the coalition survives.', ['My view is|hedge']],
    ['in our view', 'In our view, the cartel will cut output.', ['In our view|hedge']],
    ['in my assessment', 'In my assessment, the junta is weakening.', ['In my assessment|hedge']],
    ['our assessment is', 'Our assessment is that Caracas will default.', ['Our assessment is|hedge']],
    ['my sense is', 'My sense is that Seoul will hold firm.', ['My sense is|hedge']],
    ['it is our view', 'It is our view that the grid can cope.', ['It is our view|hedge']],
    ['we judge', 'We judge that the regime will survive the winter.', ['We judge|hedge']],
    ['we assess', 'We assess that the ceasefire will not hold.', ['We assess|hedge']],
    ['I reckon', 'I reckon the tariffs will stay.', ['I reckon|hedge']],
    ['negated we assess', 'We do not assess that Pyongyang will test again.', ['We do not assess|hedge']],
  ])('%s', (_rule, text, expected) => expect(cueList(text)).toEqual(expected));

  it.each([
    ['assess with an object', 'We assess the damage every week.'],
    ['judge of a court', 'The court judged that the decree was void.'],
    ['their view is (not the writer)', 'Their view is shared by the cabinet.'],
  ])('%s is no self-mention hedge', (_rule, text) => expect(cueList(text)).toEqual([]));

  it('holds the belief as the author, and a belief noun gets the likely band', () => {
    const [cue] = cuesIn('Our expectation is that oil will stay above $80.');
    expect(cue).toMatchObject({ text: 'Our expectation is', kind: 'hedge', family: 'self_mention', holder: 'author', probabilityLow: 0.55, probabilityHigh: 0.8 });
  });
});
