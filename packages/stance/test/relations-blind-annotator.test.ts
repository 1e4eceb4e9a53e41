import { relationCases, type MentionSpec } from './helpers.js';

/** Actors the shared helper does not know, added for these cases. */
const EXTRA: MentionSpec[] = [
  { text: 'Hamas', canonical: 'Hamas', type: 'ORG' },
  { text: 'Hezbollah', canonical: 'Hezbollah', type: 'ORG' },
  { text: 'Wagner', canonical: 'Wagner Group', type: 'ORG' },
  { text: 'Syria', canonical: 'Syria' },
  { text: 'Mali', canonical: 'Mali' },
  { text: 'Cuba', canonical: 'Cuba' },
  { text: 'Mexico', canonical: 'Mexico' },
  { text: 'Greece', canonical: 'Greece' },
  { text: 'Greek', canonical: 'Greece', type: 'NORP' },
  { text: 'Turkey', canonical: 'Turkey' },
  { text: 'Venezuelan', canonical: 'Venezuela', type: 'NORP' },
  { text: 'Colombian', canonical: 'Colombia', type: 'NORP' },
  { text: 'ASEAN', canonical: 'ASEAN', type: 'ORG' },
  { text: 'Asian', canonical: 'Asia', type: 'LOC' },
  { text: 'Rafales', canonical: 'Rafale', type: 'MISC' },
  { text: 'Leopards', canonical: 'Leopard', type: 'MISC' },
  { text: 'Afghanistan', canonical: 'Afghanistan' },
];

// Rules added after the independent annotator's eight essays (now dev essays stance-blind-*);
// each rule has a case it must find and one it must leave alone. Sentences are our own.
relationCases('relations, independent annotator round: passive relatives and appositive participles', [
  ['a non-restrictive relative passive: the antecedent is the patient', 'Cuba, which is backed by Russia, defied the embargo.', ['Cuba|Russia+']],
  ['... with an adverb after the auxiliary', 'Cuba, which was long backed by Moscow, defied the embargo.', ['Cuba|Russia+']],
  ['... whose antecedent is no actor gives none', 'The ceasefire, which is backed by Russia, has held.', []],
  ['an appositive participle after an adverb describes the actor before the comma', 'The junta in Mali, openly backed by Russia, expelled the envoy.', ['Mali|Russia+']],
  ['... describing no actor gives none', 'The plan, openly backed by Russia, collapsed.', []],
], EXTRA);

relationCases('relations, independent annotator round: an owned war and an organisation as agent modifier', [
  ["a possessor's war in a state is waged on it", "Washington's war in Afghanistan lasted twenty years.", ['Afghanistan|United States-']],
  ["'its' war in a state: the clause's subject wages it", 'Russia sold more oil to pay for its war in Ukraine.', ['Russia|Ukraine-']],
  ['a war in a state with no owner names only a place', 'The war in Ukraine has raised grain prices.', []],
  ['condemning an unowned war in a state gives no pair with that state', 'China avoided comment on the war in Ukraine.', []],
  ["an organisation's name before a hostile act is its agent", 'The Hezbollah strikes on Israel drew a swift reply.', ['Hezbollah|Israel-']],
  ['... also after a time preposition', 'After the Wagner attack on Mali, the junta hesitated.', ['Mali|Wagner Group-']],
  ["an organisation's hostile act on no actor gives none", 'The Hezbollah strikes on the convoy drew a swift reply.', []],
  ["an organisation's name before a friendly noun gives nothing new", 'The Hamas office in Doha was closed by the emir.', []],
], EXTRA);

relationCases('relations, independent annotator round: under sanctions, and a possessor infinitive under negation', [
  ["a subject under an owner's sanctions receives them", 'Cuba has been under American sanctions since 1962.', ['Cuba|United States-']],
  ['... with an adjective before the owner', 'Russia remains under heavy Western sanctions.', ['Russia|the West-']],
  ['a negated clause receives nothing', 'Cuba is no longer under American sanctions.', []],
  ['sanctions with no owner name no second actor', 'Cuba is under heavy sanctions.', []],
  ["an owner's sanctions the subject merely respects are not on it", 'India will respect American sanctions.', []],
  ["a possessor's infinitive act stands under a refusal to join it", "Mexico did not join Washington's effort to isolate Cuba.", ['Cuba|United States-']],
  ['... and under a refusal to back it', "Mexico refused to back Washington's plan to isolate Cuba.", ['Cuba|United States-']],
  ['a negated infinitive with no possessor stays negated', 'Mexico did not want to isolate Cuba.', []],
], EXTRA);

relationCases('relations, independent annotator round: a friendly relation noun under strain', [
  ['an alliance between two actors said to be under strain is hostile too', 'The alliance between Mexico and Cuba, which dates from 1960, is now under strain.', ['Cuba|Mexico+', 'Cuba|Mexico-']],
  ['a friendship that has grown tense is hostile too', 'The friendship between Mexico and Cuba has grown tense.', ['Cuba|Mexico+', 'Cuba|Mexico-']],
  ['an alliance that has grown closer stays friendly only', 'The alliance between Mexico and Cuba has grown closer.', ['Cuba|Mexico+']],
  ['a hostile word in the object of a verb is no predicate of the noun', 'The alliance between Mexico and Cuba, which dates from 1960, outlived the worst years of the embargo.', ['Cuba|Mexico+']],
], EXTRA);

relationCases('relations, independent annotator round: contest, ambush, and an apposition opened by a determiner', [
  ["contesting a state's sovereignty is hostile", 'Turkey contests Greek sovereignty over the islands.', ['Greece|Turkey-']],
  ['contesting an election names no actor', 'Turkey contested the result of the vote.', []],
  ['an ambush on a nationality\'s soldiers is force', 'Venezuelan forces ambushed Colombian soldiers near the border.', ['Colombia|Venezuela-']],
  ['an ambush on no actor gives none', 'Venezuelan troops ambushed a convoy near the border.', []],
  ["an apposition opened by 'the' with a place in it leaves the head the subject", 'ASEAN, the Asian bloc, has backed Mexico.', ['ASEAN|Mexico+']],
  ['a list after a comma and a determiner is still a list', 'Greece, the United States and Turkey have backed Mexico.', ['Greece|Mexico+', 'Mexico|Turkey+', 'Mexico|United States+']],
], EXTRA);

relationCases('relations, independent annotator round: mediation and the officials of two parties', [
  ['mediating between two actors says they are at odds', 'Mexico has mediated between Greece and Turkey since 2020.', ['Greece|Turkey-']],
  ['mediating a negotiation names no parties', 'Mexico has mediated the negotiation since 2020.', []],
  ['the plural officials of a coordination act for it', 'The foreign ministers of Greece and Turkey signed a trade agreement.', ['Greece|Turkey+']],
  ['citizens of two states are not their officials', 'Thousands of citizens of Greece and Turkey signed a petition.', []],
], EXTRA);

relationCases('relations, independent annotator round: paying an actor', [
  ['paying an actor money is aid', 'The EU paid Turkey six billion euros to house refugees.', ['European Union|Turkey+']],
  ['... in the present too', 'Greece pays Turkey a transit fee.', ['Greece|Turkey+']],
  ['paying attention to an actor is no payment', 'Greece has paid little attention to Turkey.', []],
  ['paying the price for a thing names no recipient', 'Greece paid the price for its loans from Turkey.', []],
], EXTRA);

relationCases('relations, independent annotator round: coordinated transfers', [
  ['a second thing with its own recipient after `and` is one more transfer', 'Washington approved the sale of Rafales to Greece and Leopards to Turkey.', ['Greece|United States+', 'Turkey|United States+']],
  ['... with common nouns too', 'Washington approved the sale of jets to Greece and tanks to Turkey.', ['Greece|United States+', 'Turkey|United States+']],
  ['a named thing after `and` is no recipient', 'Washington approved the sale of Leopards to Greece and Rafales.', ['Greece|United States+']],
  ['a new clause after a comma is no second recipient', 'Washington approved the sale of jets to Greece, and Turkey objected to it.', ['Greece|United States+']],
], EXTRA);

relationCases('relations, independent annotator round: a verb in -s after an object relative subject', [
  ['`which X contests with Y`: the word in -s is the verb', 'The gas field, which Turkey contests with Greece, lies offshore.', ['Greece|Turkey-']],
  ['a word in -s after a name with no relative before it stays a noun', 'The Turkey contests with Greece were football matches.', []],
], EXTRA);
