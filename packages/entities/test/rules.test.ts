import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.js';

describe('mention boundaries (ANNOTATION.md)', () => {
  it.each([
    ['no trailing possessive', 'We studied Russia’s demands.', ['Russia → Russia/GPE']],
    ['no trailing punctuation', 'The talks took place in Vienna.', ['Vienna → Vienna/GPE']],
    ['coordinations split', 'China, Russia, and the five agreed.', ['China → China/GPE', 'Russia → Russia/GPE']],
    ['hyphen compounds hold both states', 'China-Russia relations improved.', ['China → China/GPE', 'Russia → Russia/GPE']],
    ['a combining form in a compound is its state', 'The Sino-American rivalry and the Russo-Ukrainian war.', ['Sino → China/NORP', 'American → United States/NORP', 'Russo → Russia/NORP', 'Ukrainian → Ukraine/NORP']],
    ['hyphen compounds hold an acronym', 'They oppose the US-led QUAD.', ['US → United States/GPE', 'QUAD → Quadrilateral Security Dialogue/ORG']],
    ['the sea is not the state', 'Ships crossed the South China Sea.', ['South China Sea → South China Sea/LOC']],
    ['the title belongs to the person', 'Russian President Putin is keen.', ['Russian President Putin → Putin/PERSON']],
    ['long organisation names stay whole', 'She runs the Austrian Institute for European and Security Policy here.', ['Austrian Institute for European and Security Policy → Austrian Institute for European and Security Policy/ORG']],
    ['`and` does not join two organisations', 'The World Bank and IMF disagreed.', ['World Bank → World Bank/ORG', 'IMF → International Monetary Fund/ORG']],
    ['`the West` needs its article', 'Russia is keeping the West busy.', ['Russia → Russia/GPE', 'West → the West/LOC']],
  ])('%s: %s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('canonical names', () => {
  it.each([
    ['US, U.S., United States and America share one name', 'The US and the U.S. position, the United States and America.', ['United States', 'United States', 'United States', 'United States']],
    ['a surname links to the full name seen earlier', 'Vladimir Putin met Xi Jinping. Later Putin left, and President Xi stayed.', ['Vladimir Putin', 'Xi Jinping', 'Vladimir Putin', 'Xi Jinping']],
    ['a short name links to a later full name too', 'Putin spoke first. Vladimir Putin then left.', ['Vladimir Putin', 'Vladimir Putin']],
    ['an acronym defined in the text links later uses', 'The Alliance of Sahel States (AES) met. The AES then grew.', ['Alliance of Sahel States', 'Alliance of Sahel States', 'Alliance of Sahel States']],
    ['a capital used for its government is the state', 'Moscow is preparing, and Washington is watching.', ['Russia', 'United States']],
    ['a capital used as a place stays the city', 'The talks in Vienna resumed after a visit to Beijing.', ['Vienna', 'Beijing']],
    ['a capital coordinated with a place is a place', 'He flew to Cairo and Asmara while Cairo protested.', ['Cairo', 'Asmara', 'Egypt']],
    ['a capital after any place in a coordination is a place', 'Labs in San Francisco and Beijing compete.', ['San Francisco', 'Beijing']],
    ['capitals someone shuttles between are cities', 'Grossi shuttled between Vienna and Tehran.', ['Grossi', 'Vienna', 'Tehran']],
    ['a capital at one end of a stretch is the city', 'Protests spread from Abuja to Kano.', ['Abuja', 'Kano']],
    ['the capital an army takes is the city', 'Rebels took Damascus, and Damascus fell silent.', ['Damascus', 'Syria']],
    ['the capital someone visits is the city', 'Modi visited Moscow while Moscow bombed Kyiv.', ['Modi', 'Moscow', 'Russia', 'Kyiv']],
    ['a capital modifying a noun after `a` is a place', 'She joined a Paris start-up, but the Beijing government objected.', ['Paris', 'China']],
    ['Brussels as a government is the European Union', 'Brussels wants a deal.', ['European Union']],
    ['an expansion and its acronym share one name', 'The Shanghai Cooperation Organization and the SCO are one.', ['Shanghai Cooperation Organization', 'Shanghai Cooperation Organization']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text).map((m) => m.split(' → ')[1]!.split('/')[0])).toEqual(expected);
  });
});

describe('types', () => {
  it.each([
    ['a nationality adjective is NORP for its state', 'A Russian military attack looms.', ['Russian → Russia/NORP']],
    ['an American retreat is the United States as NORP', 'They expect an American retreat.', ['American → United States/NORP']],
    ['regions are LOC', 'Trade with Central Asia and the Sahel grew.', ['Central Asia → Central Asia/LOC', 'Sahel → Sahel/LOC']],
    ['historical events are EVENT', 'NATO is a remnant of the Cold War.', ['NATO → North Atlantic Treaty Organization/ORG', 'Cold War → Cold War/EVENT']],
    ['treaties and initiatives are MISC', 'The Belt and Road Initiative and the Paris Agreement matter.', ['Belt and Road Initiative → Belt and Road Initiative/MISC', 'Paris Agreement → Paris Agreement/MISC']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('names no lexicon knows', () => {
  it.each([
    ['a title introduces a person', 'Yesterday Captain Ibrahim Traoré spoke.', ['Captain Ibrahim Traoré → Ibrahim Traoré/PERSON']],
    ['a company suffix makes an organisation', 'Shares of Dangote Industries Ltd rose.', ['Dangote Industries Ltd → Dangote Industries Ltd/ORG']],
    ['an organisation head noun makes an organisation', 'Analysts at the International Crisis Group disagree.', ['International Crisis Group → International Crisis Group/ORG']],
    ['a summit after a grouping is an event', 'Leaders met at the BRICS Summit in Johannesburg.', ['BRICS Summit → BRICS Summit/EVENT', 'Johannesburg → Johannesburg/GPE']],
    ['a place-led company name stays whole', 'Japan restricts sales by Tokyo Electron to China.', ['Japan → Japan/GPE', 'Tokyo Electron → Tokyo Electron/ORG', 'China → China/GPE']],
    ['a CamelCase brand opening a sentence is a name', 'QatarEnergy signed new contracts.', ['QatarEnergy → QatarEnergy/ORG']],
    ['a plan named with its year is one name', 'Saudi Arabia’s Vision 2030 needs capital.', ['Saudi Arabia → Saudi Arabia/GPE', 'Vision 2030 → Vision 2030/MISC']],
    ['a place head opens a place name', 'Ships sailed around the Cape of Good Hope.', ['Cape of Good Hope → Cape of Good Hope/LOC']],
    ['`and` does not join a name to an acronym', 'The Public Investment Fund and NEOM need calm.', ['Public Investment Fund → Public Investment Fund/ORG', 'NEOM → NEOM/ORG']],
    ['a hyphenated particle joins a name', 'They met General Abdel Fattah al-Burhan in Sharm el-Sheikh.', ['General Abdel Fattah al-Burhan → Abdel Fattah al-Burhan/PERSON', 'Sharm el-Sheikh → Sharm el-Sheikh/GPE']],
    ['`of` does not lead to a person', 'The Rapid Support Forces of Mohamed Hamdan Dagalo advanced.', ['Rapid Support Forces → Rapid Support Forces/ORG', 'Mohamed Hamdan Dagalo → Mohamed Hamdan Dagalo/PERSON']],
    ['`on the` after a place is where it is', 'Egypt fears the Grand Ethiopian Renaissance Dam on the Blue Nile.', ['Egypt → Egypt/GPE', 'Grand Ethiopian Renaissance Dam → Grand Ethiopian Renaissance Dam/LOC', 'Blue Nile → Blue Nile/LOC']],
    ['an unknown word opening a sentence is a name unless it modifies the next', 'Safaricom and Vodacom expanded. Blockchain technology spread.', ['Safaricom → Safaricom/ORG', 'Vodacom → Vodacom/ORG']],
    ['a particle binds a name around a known place', 'Chevron works with Petróleos de Venezuela on the Gulf Coast.', ['Chevron → Chevron/ORG', 'Petróleos de Venezuela → Petróleos de Venezuela/ORG', 'Gulf Coast → Gulf Coast/LOC']],
    ['a particle joins a name that is not a place', 'Lula da Silva spoke.', ['Lula da Silva → Lula da Silva/PERSON']],
    ['a common acronym opens a name before a capitalised word', 'The EU adopted the AI Act, but AI keeps moving.', ['EU → European Union/ORG', 'AI Act → AI Act/MISC']],
    ['an apposition makes a sentence-initial word a name', 'Anthropic, founded by researchers, raised money.', ['Anthropic → Anthropic/ORG']],
    ['a capitalised title before a name joins the person', 'Senate Majority Leader Chuck Schumer held forums.', ['Senate Majority Leader Chuck Schumer → Chuck Schumer/PERSON']],
    ['a possessive inside a place name holds', 'A ship docked at Simon’s Town.', ['Simon’s Town → Simon’s Town/LOC']],
    ['a model code is one name', 'Turkey wanted F-16 fighters.', ['Turkey → Turkey/GPE', 'F-16 → F-16/MISC']],
    ['a chain of particles joins a personal name', 'Ursula von der Leyen opened an investigation.', ['Ursula von der Leyen → Ursula von der Leyen/PERSON']],
    ['a surname spelt like a pronoun still opens a name', 'Vice Premier He Lifeng replied.', ['Vice Premier He Lifeng → He Lifeng/PERSON']],
    ['capitalised ordinary words are not taken for a person', 'They joined the Great Powers club.', ['Great Powers → Great Powers/ORG']],
    ['a newspaper after a capital is one organisation', 'The Washington Post reported it.', ['Washington Post → Washington Post/ORG']],
    ['a hyphened lower-case syllable belongs to the name', 'A court jailed Park Geun-hye, and opposition leader Lee Jae-myung backed US-led talks.', ['Park Geun-hye → Park Geun-hye/PERSON', 'opposition leader Lee Jae-myung → Lee Jae-myung/PERSON', 'US → United States/GPE']],
    ['a sentence-initial word that speaks is a person', 'Rice once said that treaties follow politics. Critics said otherwise.', ['Rice → Rice/PERSON']],
    ['think-tank heads hold the name', 'Scholars at the Carnegie Endowment for International Peace disagree.', ['Carnegie Endowment for International Peace → Carnegie Endowment for International Peace/ORG']],
    ['an apposition after a comma makes a name', 'Gécamines, the state miner, wants more. However, the deal held.', ['Gécamines → Gécamines/ORG']],
    ['particles join a place name', 'Copper goes to Dar es Salaam.', ['Dar es Salaam → Dar es Salaam/GPE']],
    ['`and` joins plain words a head noun closes', 'France broke the Stability and Growth Pact, and China and Russia objected.', ['France → France/GPE', 'Stability and Growth Pact → Stability and Growth Pact/MISC', 'China → China/GPE', 'Russia → Russia/GPE']],
    ['a possessive that is part of a company name stays', 'Moody’s downgraded France.', ['Moody’s → Moody\'s/ORG', 'France → France/GPE']],
    ['a hyphened syllable binds a name around known names', 'Kabul shelters the Tehreek-e-Taliban Pakistan (TTP).', ['Kabul → Afghanistan/GPE', 'Tehreek-e-Taliban Pakistan → Tehreek-e-Taliban Pakistan/ORG', 'TTP → Tehreek-e-Taliban Pakistan/ORG']],
    ['a place head opens a name before `of`', 'Troops faced off along the Line of Actual Control.', ['Line of Actual Control → Line of Actual Control/LOC']],
    ['an ampersand joins a company name', 'Korea Hydro & Nuclear Power won the contract.', ['Korea Hydro & Nuclear Power → Korea Hydro & Nuclear Power/ORG']],
    ['`and` after a head without a tail splits two companies', 'Investors backed Adani Green Energy and Tata Power.', ['Adani Green Energy → Adani Green Energy/ORG', 'Tata Power → Tata Power/ORG']],
    ['two plain words, `and`, and a closing head are one name', 'The National Development and Reform Commission (NDRC) sets targets; the NDRC decides.', ['National Development and Reform Commission → National Development and Reform Commission/ORG', 'NDRC → National Development and Reform Commission/ORG', 'NDRC → National Development and Reform Commission/ORG']],
    ['`and` in a tail does not swallow the next organisation', 'Economists at the University of Lagos and Covenant University agree.', ['University of Lagos → University of Lagos/ORG', 'Covenant University → Covenant University/ORG']],
    ['stacked titles all belong to the person', 'Supreme Leader Ayatollah Ali Khamenei spoke.', ['Supreme Leader Ayatollah Ali Khamenei → Ali Khamenei/PERSON']],
    ['a formal state name is the state', 'Greenland belongs to the Kingdom of Denmark.', ['Greenland → Greenland/GPE', 'Kingdom of Denmark → Denmark/GPE']],
    ['an unknown word before a known programme joins it', 'China announced its Polar Silk Road in 2018.', ['China → China/GPE', 'Polar Silk Road → Polar Silk Road/MISC']],
    ['a region-led project with a number is one name', 'Sanctions hit the Arctic LNG 2 project.', ['Arctic LNG 2 → Arctic LNG 2/MISC']],
    ['a known body named by its head closes a longer name', 'The Nigeria Labour Congress led strikes.', ['Nigeria Labour Congress → Nigeria Labour Congress/ORG']],
    ['particles join a personal name', 'The doves include François Villeroy de Galhau of France.', ['François Villeroy de Galhau → François Villeroy de Galhau/PERSON', 'France → France/GPE']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('not names', () => {
  it.each([
    ['sentence-initial ordinary words', 'However, prices rose. Especially in winter, demand grows. Semiconductors matter.'],
    ['sentence-initial common nouns compromise does not know', 'Debt is rising. Drought followed. Hydrogen remains costly.'],
    ['an ordinary word before `, which`', 'Inflation, which peaked in May, has fallen.'],
    ['months and the pronoun I', 'In February I expect a decision, and in May another.'],
    ['a lone title', 'The President said the Director would decide.'],
    ['the words of a title-case heading', 'The Age of the Middle Powers\n\nTrade grew.'],
    ['common acronyms', 'GDP fell while LNG and EV sales rose, the CEO said.'],
    ['a pronoun that spells an acronym', 'They told us that it was over.'],
    ['a pronoun after a dash', 'Then - He presides over the games.'],
  ])('%s', (_rule, text) => {
    expect(mentionsOf(text)).toEqual([]);
  });
});
