import { describe, expect, it } from 'vitest';
import { cueList } from './helpers.js';

// Non-epistemic senses that encyclopedic and narrative prose uses (src/match/senses.ts): each
// sentence must come out with no cue, and its epistemic twin with one.
describe('non-epistemic senses', () => {
  it.each([
    ['permission in the rules of a game', 'Players may bid two to four points before the deal.'],
    ['permission of a service', 'Subscribers may always cancel online.'],
    ['naming after may', 'The ridge may also be called the Western Wall.'],
    ['describing after could', 'The style could be described as late brutalist.'],
    ['future-in-the-past dated by a year', 'The bank was founded in 1871. In 1924 it would merge with its rival. The merged bank closed in 1990.'],
    ['future-in-the-past over a range of years', 'Tariffs rose steadily. The cabinet would keep them from 1931 to 1938.'],
    ['future-in-the-past after a passive past (was + participle)', 'The dispute was inherited by the new state and would cause problems with its neighbour.'],
    ['future-in-the-past dated by a decade', 'The port grew fast. The town would continue to flourish through the 1930s, with workers arriving daily. It declined after 1990.'],
    ['future-in-the-past with a gerund in the sentence', 'The club was founded in 1901. On May 20, 1983, it would win its first title by beating the champion. It folded in 2001.'],
    ['habitual would after a past copula', 'The stalls were in the square, where farmers would gather to sell eggs.'],
    ['appear of being published', 'His first treatise appeared under a pseudonym in 1827. It sold well by 1840.'],
    ['appear of featuring', 'The motif appears in several later novels.'],
    ['appear of frequency', 'The theme appears more frequently in her late work.'],
    ['make X appear', 'Dark frames make the lenses appear thinner.'],
    ['possible of a range', 'The report lists the total number of possible routes.'],
    ['possible among alternatives', 'Other possible designs were rejected.'],
    ['possible of feasibility, frequency', 'Overtaking is sometimes possible on the straight.'],
    ['possible of feasibility, condition', 'Irrigation is possible only when the river is high.'],
    ['accuse of a named actor', 'Cairo accused Addis Ababa of bad faith over the dam.'],
    ['consider under deliberation (progressive passive)', 'Several tariff options are being considered in Brussels.'],
    ['consider under deliberation (considered but rejected)', 'The proposal was considered but rejected by the cabinet.'],
    ['consider after a modal (deliberation)', 'Some in Congress will consider the bill next week.'],
    ['as the name says', 'As its name suggests, the fund invests in frontier markets.'],
    ['a sign marks', 'An asterisk is used to indicate provisional figures.'],
    ['attributive participle', 'Other suggested remedies include a windfall tax.'],
    ['attributive participle at the start', 'Predicted effects of the levy are small.'],
    ['estimate of a number (an approximator)', 'An estimated 20,000 people crossed the border.'],
    ['estimate in a noun compound', 'Reserve estimates have varied widely.'],
  ])('%s', (_rule, text) => expect(cueList(text)).toEqual([]));

  it.each([
    ['epistemic may with a state subject', 'The rebels may advance on the capital.', ['may|hedge']],
    ['may be followed by a non-naming participle', 'The rules may be changed next year.', ['may|hedge']],
    ['would of a hypothesis, year as a noun modifier', 'A return to the price war of 2020 would hurt Moscow most.', ['would|hedge']],
    ['would of a comparison with a past year', 'Sanctions would hurt more than in 2014.', ['would|hedge']],
    ['could of a possibility ahead stays a hedge, though a year before the latest names its end', 'The ministry said in January that new mines could keep the market oversupplied until 2027. The licences run until 2060.', ['could|hedge']],
    ['could stays a hedge when the past year sits in another clause', 'Norway could pump more gas next winter, but output fell in 2015. Talks resumed in 2024.', ['could|hedge']],
    ['would of an open question stays a hedge, whatever year dates it', 'Whether the cabinet would fall dominated the talks from 1931 to 1938. The republic ended in 1990.', ['would|hedge']],
    ['could after advised: a possibility reported', 'Officials advised that his departure could expose the leak.', ['could|hedge']],
    ['could leave no: a possibility, not an inability', 'The war could leave no winners.', ['could|hedge']],
    ['could leave little: a possibility', 'Sanctions could leave little room for a deal.', ['could|hedge']],
    ['would after a present copula stays a hedge', 'The dispute is unresolved and would cause problems with its neighbour.', ['would|hedge']],
    ['would of a hypothetical subject after a past sentence', 'Sanctions failed in 2014. A full embargo would hurt Moscow more.', ['would|hedge']],
    ['appear in a state', 'The coalition appears unlikely to last.', ['appears|hedge', 'unlikely|hedge']],
    ['as causal, not as the name says', 'Wages rose, as it indicates that skills are scarce.', ['indicates|hedge']],
    ['such as, not as the name says', 'Surveys such as the PMI suggest that output is falling.', ['suggest|hedge']],
    ['estimate as a verb with a clause', 'The IMF estimates that growth will slow.', ['estimates|hedge']],
    ['a participle with a noun subject stays a verb', 'Forecasters predicted a mild winter.', ['Forecasters predicted|weasel', 'predicted|hedge']],
    ['claim with a multi-word name as the subject of its clause', 'The minister alleges Credit Suisse Group misled regulators.', ['alleges|hedge']],
    ['vague source + consider X to be Y', 'Many consider the euro to be overvalued.', ['Many consider|weasel']],
    ['vague source + consider X Y', 'Some consider Lagarde the likeliest successor.', ['Some consider|weasel']],
    ['agentless evaluative passive stays a weasel', 'The peg is considered a relic.', ['is considered|weasel']],
    ['always possible is still a possibility', 'Miscalculation is always possible.', ['possible|hedge']],
    ['a vague source that alleges is a weasel', 'Critics allege that the regulator was captured.', ['Critics allege|weasel', 'allege|hedge']],
    ['an accusation by unnamed officials is a speech act, not a weasel', 'Some officials accuse the regulator of timidity.', []],
  ])('%s', (_rule, text, expected) => expect(cueList(text)).toEqual(expected));
});
