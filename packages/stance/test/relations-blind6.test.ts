import { relationCases, type MentionSpec } from './helpers.js';

/** Actors the shared helper does not know, added for these cases. */
const EXTRA: MentionSpec[] = [
  { text: 'Mali', canonical: 'Mali' },
  { text: 'Niger', canonical: 'Niger' },
  { text: 'Latvia', canonical: 'Latvia' },
  { text: 'Vietnam', canonical: 'Vietnam' },
];

// Rules added after the sixth round of blind dev essays (South China Sea, Niger, Belarus border).
relationCases('relations, sixth blind round', [
  ['an ending verb reaches past a modifier read as a noun', 'Japan suspended its military cooperation with Russia.', ['Japan|Russia-']],
  ['the same cooperation restored keeps its polarity', 'Japan restored its military cooperation with Russia.', ['Japan|Russia+']],
  ['a disparaging verb turns a cooperation noun', 'Japan mocked the alliance with Washington.', ['Japan|United States-']],
  ['`, and X and Y have` starts a clause with a coordinated subject', 'The EU imposed sanctions on Russia, and Lithuania and Latvia have joined Poland.', ['European Union|Russia-', 'Latvia|Poland+', 'Lithuania|Poland+']],
  ['a past form after a parenthesis is the verb', 'Mali and Niger, both run by juntas of their own, sided with Russia.', ['Mali|Russia+', 'Niger|Russia+']],
  ['`joint patrols with` is cooperation', 'Australia now holds joint patrols with the Philippines.', ['Australia|Philippines+']],
  ['`quarrel with` is confrontation', 'Vietnam, which has its own quarrel with Beijing, stayed silent.', ['China|Vietnam-']],
], EXTRA);

relationCases('relations, frames added in the sixth round', [
  ['the object before an infinitive cue is its subject', 'Belarus allowed Russian troops to invade Ukraine.', ['Russia|Ukraine-']],
  ['an infinitive after a copula keeps the clause subject', 'Russia is ready to invade Ukraine.', ['Russia|Ukraine-']],
  ['sending military help to an actor is support', 'Germany sent air defence units to Poland.', ['Germany|Poland+']],
  ['refusing to send help is no support', 'Poland refuses to send ammunition to Ukraine.', []],
  ['sending troops is not read as help', 'Russia sent troops to Ukraine.', []],
  ['`cut ties with it`: the pronoun is the earlier direct object', 'Japan has taken China to court and cut diplomatic ties with it.', ['China|Japan-']],
  ['a thing named in between takes the pronoun', 'Poland joined Hungary in rejecting the deal, and Germany criticised it.', ['Hungary|Poland+']],
  ['`, which triggered American sanctions` falls on the buyer', 'India purchased the S-400 system from Russia, which triggered American sanctions.', ['India|Russia+', 'India|United States-']],
  ['`suspend X` with an actor object is hostile', 'The EU suspended Venezuela after the coup.', ['European Union|Venezuela-']],
  ['`suspended cooperation with X` leaves the pair to the turned noun', 'The Western members suspended cooperation with Russia in 2022.', ['Russia|the West-']],
  ['the cue’s link repeated after a relative clause adds an object', 'Japan has turned to Australia, which agreed to supply radars, and to India.', ['Australia|Japan+', 'India|Japan+']],
  ['`and` without the link repeated adds nothing', 'Japan has turned to Australia, which agreed to supply radars, and India objected.', ['Australia|Japan+']],
  ['closing a border with an actor is hostile', 'Poland closed its border with Russia in 2023.', ['Poland|Russia-']],
  ['the antecedent of `, which ...,` closes, not the relative’s object', 'Germany, which then led NATO, closed its airspace to Russian aircraft.', ['Germany|Russia-']],
  ['sharing a border is not closing it', 'Poland shares a border with Russia.', []],
  ['a `, which` clause without a causing verb is left alone', 'India bought oil from Russia, which fears American sanctions.', ['India|Russia+']],
], EXTRA);
