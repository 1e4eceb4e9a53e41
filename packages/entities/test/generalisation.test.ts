import { describe, expect, it } from 'vitest';
import { analyse, mentionsOf } from './helpers.js';

// Rules found on essays the stage never saw; every sentence here is written for the rule, not
// taken from those essays.

describe('a short form links only to a personal name', () => {
  it.each([
    [
      'a leading word of a treaty named in a heading is not the treaty',
      'Dams, Farmers and the Fraying Mahakali Treaty\n\nNepal and India signed the Mahakali Treaty in 1996. Villages along the Mahakali flood every monsoon.',
      ['Mahakali Treaty → Mahakali Treaty/MISC', 'Nepal → Nepal/GPE', 'India → India/GPE', 'Mahakali Treaty → Mahakali Treaty/MISC', 'Mahakali → Mahakali/LOC'],
    ],
    [
      'a known river before a treaty head stays the river',
      'The Mekong Agreement of 1995 binds four states, yet China dams the Mekong upstream.',
      ['Mekong Agreement → Mekong Agreement/MISC', 'China → China/GPE', 'Mekong → Mekong/LOC'],
    ],
    ['a surname still links to the full name', 'Javier Milei won in 2023. Milei then cut spending.', ['Javier Milei → Javier Milei/PERSON', 'Milei → Javier Milei/PERSON']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a place word of a longer name keeps its own canonical name', () => {
  it.each([
    ['a corridor', 'Investors praised the Lobito Corridor, and the port of Lobito grew.', ['Lobito Corridor', 'Lobito']],
    ['an initiative', 'The Three Seas Initiative met in Vilnius; Vilnius hosted it.', ['Three Seas Initiative', 'Vilnius', 'Lithuania']],
    ['a development bank', 'The Kigali Development Bank opened, and Kigali cheered.', ['Kigali Development Bank', 'Rwanda']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text).map((m) => m.split(' → ')[1]!.split('/')[0])).toEqual(expected);
  });
});

describe('rivers are LOC', () => {
  it.each([
    ['major rivers are in the lexicon', 'Laos builds dams on the Mekong while Egypt guards the Nile.', ['Laos → Laos/GPE', 'Mekong → Mekong/LOC', 'Egypt → Egypt/GPE', 'Nile → Nile/LOC']],
    ['`X River` is the river', 'Barges on the Danube River stopped, and the River Rhine ran low.', ['Danube River → Danube/LOC', 'River Rhine → Rhine/LOC']],
    ['an unknown name before `river` or `basin` is the river', 'Floods on the Kosi river displaced thousands in the Karnali basin.', ['Kosi → Kosi/LOC', 'Karnali → Karnali/LOC']],
    ['an unknown name after `along the` is the river', 'Militias camped along the Ubangi for months.', ['Ubangi → Ubangi/LOC']],
    ['a river name before a place head stays one place', 'The Nile Delta is sinking.', ['Nile Delta → Nile Delta/LOC']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('seats of government stand for the state (ORG)', () => {
  it.each([
    ['the Kremlin is Russia', 'The Kremlin rejected the offer.', ['Kremlin → Russia/ORG']],
    ['the White House and Downing Street', 'The White House and Downing Street issued a joint note.', ['White House → United States/ORG', 'Downing Street → United Kingdom/ORG']],
    ['the Élysée and Zhongnanhai', 'The Élysée denied it, and Zhongnanhai kept quiet.', ['Élysée → France/ORG', 'Zhongnanhai → China/ORG']],
    ['the Casa Rosada', 'Officials at the Casa Rosada celebrated.', ['Casa Rosada → Argentina/ORG']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('user lexicon seats resolve to the user entity', () => {
    const lexicon = { entities: [{ name: 'Somaliland', type: 'GPE', seats: ['Presidential Palace of Hargeisa'] }] };
    expect(mentionsOf('The Presidential Palace of Hargeisa said no.', lexicon)).toEqual(['Presidential Palace of Hargeisa → Somaliland/ORG']);
  });
});

describe('`the Islamic Republic` is Iran; the other Islamic republics keep their full names', () => {
  it.each([
    ['with `the`, Iran', 'Riyadh restored ties with the Islamic Republic.', ['Riyadh → Saudi Arabia/GPE', 'Islamic Republic → Iran/GPE']],
    ['the full name of Pakistan', 'The Islamic Republic of Pakistan voted no.', ['Islamic Republic of Pakistan → Pakistan/GPE']],
    ['the full name of Mauritania', 'The Islamic Republic of Mauritania abstained.', ['Islamic Republic of Mauritania → Mauritania/GPE']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a leader before the body he heads is a PERSON', () => {
  it.each([
    ['administration', 'The Obama administration signed the deal.', ['Obama → Obama/PERSON']],
    ['government', 'The Meloni government tightened rules.', ['Meloni → Meloni/PERSON']],
    ['presidency and campaign', 'The Lula presidency ended and the Bolsonaro campaign began.', ['Lula → Lula/PERSON', 'Bolsonaro → Bolsonaro/PERSON']],
    ['a party before `government` stays the party', 'The Likud government fell.', ['Likud → Likud/ORG']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('holidays are dates, not entities', () => {
  it.each([
    ['`New Year` with a possessive day', 'Markets in Japan closed on New Year’s Day.', ['Japan → Japan/GPE']],
    ['`New Year` inside a longer holiday', 'Lunar New Year travel slowed China.', ['China → China/GPE']],
    ['a possessive holiday', 'Prices of roses spike before Valentine’s Day in Paris.', ['Paris → Paris/GPE']],
    ['a holiday named `X Day`', 'Victory Day parades were cancelled in Kyiv.', ['Kyiv → Kyiv/GPE']],
    ['`Eve`', 'Drones struck on New Year’s Eve.', []],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('designators and possessive firm names', () => {
  it.each([
    ['a letter, a hyphen and a number are one MISC', 'Turkey deployed S-400 batteries and wanted F-35 jets.', ['Turkey → Turkey/GPE', 'S-400 → S-400/MISC', 'F-35 → F-35/MISC']],
    ['mixed-case designators', 'MiG-29 and Su-57 fighters flew.', ['MiG-29 → MiG-29/MISC', 'Su-57 → Su-57/MISC']],
    ['a designator without a hyphen is MISC, not ORG', 'Poland ordered K2 tanks.', ['Poland → Poland/GPE', 'K2 → K2/MISC']],
    ['`X’s of Y` is one company', 'Brokers such as Harrington’s of Glasgow quoted rates.', ['Harrington’s of Glasgow → Harrington’s of Glasgow/ORG']],
    ['`X’s of Y` opening a sentence', 'Bradford’s of Leeds raised fees.', ['Bradford’s of Leeds → Bradford’s of Leeds/ORG']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it.each([
    'S-400 batteries arrived first.',
    'Ankara bought the S-300, the S-400 and the Su-35.',
    'A J-20 shadowed two F-16s.',
    'Plan B failed, and the T-72 and the DF-41 were shown.',
  ])('no single letter is a mention: %s', (text) => {
    for (const m of mentionsOf(text)) expect(m.split(' → ')[0]!.length).toBeGreaterThan(1);
  });
});

describe('a sentence-initial noun before one unknown name', () => {
  it.each([
    ['is a given name when the text never writes it in lower case', 'Hun Sen ruled for decades. Hun Manet, his son, now governs.', ['Hun Sen → Hun Sen/PERSON', 'Hun Manet → Hun Manet/PERSON']],
    ['is an ordinary word when the text writes it in lower case', 'The reform stalled. Reform Karzai said was overdue.', ['Karzai → Karzai/PERSON']],
    ['is an ordinary word when it is a question word', 'When Zamboanga City fell, nobody cared.', ['Zamboanga City → Zamboanga City/LOC']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('entity_counts types a state by its name, not its seat or adjective', () => {
  it.each([
    ['more seat mentions than state mentions', 'The Kremlin warned. The Kremlin denied it, and the Kremlin waited while Russia mobilised.', 'Russia', 'GPE', 4],
    ['more adjectives than names', 'Russian tanks and Russian drones hit Russia’s neighbour.', 'Russia', 'GPE', 3],
    ['a seat alone stays an organisation', 'The White House said nothing.', 'United States', 'ORG', 1],
  ])('%s', (_rule, text, canonical, type, mentions) => {
    const summary = analyse(text).layers.entities?.entities.find((e) => e.canonical === canonical);
    expect([summary?.type, summary?.mentions]).toEqual([type, mentions]);
  });
});

describe('well-known people are personal names, alone and at the start of a sentence', () => {
  it.each([
    ['a lone surname compromise does not know is a person, not an organisation', 'Trump imposed tariffs on Canada.', ['Trump → Trump/PERSON', 'Canada → Canada/GPE']],
    ['a surname opening a sentence is found', 'Zelensky thanked Poland for its support.', ['Zelensky → Zelensky/PERSON', 'Poland → Poland/GPE']],
    [
      'the surname links to the full name given later in the text',
      'Modi courted Washington. Prime Minister Narendra Modi then visited Moscow.',
      ['Modi → Narendra Modi/PERSON', 'Washington → United States/GPE', 'Prime Minister Narendra Modi → Narendra Modi/PERSON', 'Moscow → Moscow/GPE'],
    ],
    ['a spelling the press uses alone', 'Erdogan hosted the talks in Istanbul.', ['Erdogan → Erdogan/PERSON', 'Istanbul → Istanbul/GPE']],
    ['a capital right before a surname is the first name (`Santiago Peña`), and the surname links to it', "Paraguay's president, Santiago Peña, met Lula. Peña left.", ['Paraguay → Paraguay/GPE', 'Santiago Peña → Santiago Peña/PERSON', 'Lula → Lula/PERSON', 'Peña → Santiago Peña/PERSON']],
    ['... but not a capital and its country after a comma', 'Talks in Santiago, Chile, failed.', ['Santiago → Santiago/GPE', 'Chile → Chile/GPE']],
    ['a name ending in `Cartel` is an organisation, not the place it is named after', 'Washington designated the Sinaloa Cartel.', ['Washington → United States/GPE', 'Sinaloa Cartel → Sinaloa Cartel/ORG']],
    ['`Korean` alone is South Korea, and the longer names keep their own referents', 'Beijing boycotted Korean firms after the Korean War film.', ['Beijing → China/GPE', 'Korean → South Korea/NORP', 'Korean War → Korean War/EVENT']],
    [
      "a possessed name before `government` stays a person (compromise retags it an organisation), and its surname links to it",
      "Viktor Orbán's government blocked the package. Orbán met Putin.",
      ['Viktor Orbán → Viktor Orbán/PERSON', 'Orbán → Viktor Orbán/PERSON', 'Putin → Putin/PERSON'],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('leaves a surname that is also a common English word to the usual rules', () => {
    // `May` (Theresa May) is taught only with her first name: the month and the modal stay words
    expect(mentionsOf('Theresa May resigned in May, and the talks may resume.')).toEqual(['Theresa May → Theresa May/PERSON']);
  });
});

describe('a month is a date, not a name', () => {
  it.each([
    ['a month modifying a noun, which compromise reads as a proper noun', 'Markets fell after the May meeting and before the March deadline.', []],
    ['a month after a preposition', 'Turkey voted in June; Ankara then courted Moscow.', ['Turkey → Turkey/GPE', 'Ankara → Turkey/GPE', 'Moscow → Russia/GPE']],
    ['a person whose surname is a month keeps it', 'Theresa May met Leo Varadkar.', ['Theresa May → Theresa May/PERSON', 'Leo Varadkar → Leo Varadkar/PERSON']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a person after an unknown place and a title is named by the name', () => {
  it.each([
    ['a province and its premier', 'Saskatchewan Premier Scott Moe criticised the tariffs.', ['Saskatchewan Premier Scott Moe → Scott Moe/PERSON']],
    ['a state and its governor, then the short form', 'Texas Governor Greg Abbott sued. Abbott lost.', ['Texas Governor Greg Abbott → Greg Abbott/PERSON', 'Abbott → Greg Abbott/PERSON']],
    ['a title word inside a name stays in the name', 'Somali President Hassan Sheikh Mohamud spoke.', ['Somali President Hassan Sheikh Mohamud → Hassan Sheikh Mohamud/PERSON']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('knows Xi alone as Xi Jinping when the text names him in full', () => {
    expect(mentionsOf('Xi flew to Moscow. Xi Jinping then met the press.')).toEqual(['Xi → Xi Jinping/PERSON', 'Moscow → Moscow/GPE', 'Xi Jinping → Xi Jinping/PERSON']);
  });
});
