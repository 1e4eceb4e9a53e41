import { describe, expect, it } from 'vitest';
import { relationPairs, type MentionSpec } from './helpers.js';

/** Actors the shared helper does not know, added for these cases. */
const EXTRA: MentionSpec[] = [
  { text: 'Brazil', canonical: 'Brazil' },
  { text: 'Lula', canonical: 'Lula', type: 'PERSON' },
  { text: 'Trump', canonical: 'Donald Trump', type: 'PERSON' },
  { text: 'Bolsonaro', canonical: 'Jair Bolsonaro', type: 'PERSON' },
  { text: 'Milei', canonical: 'Javier Milei', type: 'PERSON' },
  { text: 'Mercosur', canonical: 'Mercosur', type: 'ORG' },
  { text: 'South Korea', canonical: 'South Korea' },
  { text: 'Pyongyang', canonical: 'North Korea' },
  { text: 'Lee', canonical: 'Lee Jae-myung', type: 'PERSON' },
  { text: 'Modi', canonical: 'Narendra Modi', type: 'PERSON' },
  { text: 'Kim', canonical: 'Kim Jong Un', type: 'PERSON' },
  { text: 'Mexico', canonical: 'Mexico' },
  { text: 'Canada', canonical: 'Canada' },
  { text: 'Cuba', canonical: 'Cuba' },
  { text: 'Argentina', canonical: 'Argentina' },
  { text: 'Pakistan', canonical: 'Pakistan' },
  { text: 'Britain', canonical: 'United Kingdom' },
  { text: 'Syria', canonical: 'Syria' },
  { text: 'Hezbollah', canonical: 'Hezbollah', type: 'ORG' },
  { text: 'Assad', canonical: 'Bashar al-Assad', type: 'PERSON' },
  { text: 'Brazilian', canonical: 'Brazil', type: 'NORP' },
  { text: 'Italy', canonical: 'Italy' },
  { text: 'France', canonical: 'France' },
  { text: 'Australia', canonical: 'Australia' },
  { text: 'Iran', canonical: 'Iran' },
  { text: 'Turkey', canonical: 'Turkey' },
  { text: 'Sweden', canonical: 'Sweden' },
  { text: 'Bosphorus', canonical: 'Bosphorus', type: 'LOC' },
  { text: 'Nayara', canonical: 'Nayara', type: 'MISC' },
  { text: 'Gujarat', canonical: 'Gujarat' },
  { text: 'Kharkiv', canonical: 'Kharkiv' },
  { text: 'Erdoğan', canonical: 'Recep Tayyip Erdoğan', type: 'PERSON' },
  { text: 'Damascus', canonical: 'Syria' },
  { text: 'Saudi Arabia', canonical: 'Saudi Arabia' },
  { text: 'Yemen', canonical: 'Yemen' },
  { text: 'Belgrade', canonical: 'Serbia' },
  { text: 'Kosovo', canonical: 'Kosovo' },
  { text: 'Houthis', canonical: 'Houthis', type: 'ORG' },
  { text: 'Brussels', canonical: 'Brussels', type: 'ORG' },
  { text: 'Belgian', canonical: 'Belgium', type: 'NORP' },
  { text: 'IMF', canonical: 'International Monetary Fund', type: 'ORG' },
  { text: 'Egypt', canonical: 'Egypt' },
  { text: 'Estonia', canonical: 'Estonia' },
  { text: 'Google', canonical: 'Google', type: 'ORG' },
  { text: 'Philippine', canonical: 'Philippines', type: 'NORP' },
  { text: 'Indian', canonical: 'India', type: 'NORP' },
  { text: 'European', canonical: 'European Union', type: 'NORP' },
  { text: 'Ankara', canonical: 'Turkey' },
  { text: 'Slovakia', canonical: 'Slovakia' },
  { text: 'Ukrainian', canonical: 'Ukraine', type: 'NORP' },
];

const pairs = (text: string) => relationPairs(text, EXTRA);

// Rules added after the fourteenth round of blind dev essays (Brazil under Lula, North
// Korea-Russia, the UK-EU reset); each rule has a case it must find and one it must leave alone.
describe('relations, fourteenth blind round: word families', () => {
  it.each([
    ['praise of an actor is support', 'Donald Trump has praised Lula.', ['Donald Trump|Lula+']],
    ['praise of a thing names no actor', 'Lula praised the deal.', []],
    ['congratulating a leader is support', 'Russia and China congratulated Lee on his victory.', ['China|Lee Jae-myung+', 'Lee Jae-myung|Russia+']],
    ['congratulations on a thing name no actor', 'Russia congratulated the winners of the race.', []],
    ['reassuring an actor is support', 'Lee has reassured Washington that the alliance holds.', ['Lee Jae-myung|United States+']],
    ['reassuring markets names no actor', 'Lee has reassured investors that the economy holds.', []],
    ['an insult is hostile', 'Milei has insulted Lula repeatedly.', ['Javier Milei|Lula-']],
    ['an insult to no actor gives none', 'Milei has insulted the press repeatedly.', []],
    ['lambasting an actor is hostile', 'Brazil lambasted Argentina over the tariffs.', ['Argentina|Brazil-']],
    ['lambasting a policy names no actor', 'Brazil lambasted the new tariffs.', []],
    ['stood by is support (its `by` is no agent)', 'France stood by Italy throughout the crisis.', ['France|Italy+']],
    ['stood by a promise names no actor', 'France stood by its promise.', []],
    ['propping up a state is support', 'Russia propped up Assad for a decade.', ['Bashar al-Assad|Russia+']],
    ['propping up prices names no actor', 'Russia propped up prices for a decade.', []],
    ['bankrolling an actor is aid', 'Iran bankrolled Hezbollah for decades.', ['Hezbollah|Iran+']],
    ['bankrolling a project names no actor', 'Iran bankrolled the dam for decades.', []],
    ['extraditing people to a state is cooperation with it', 'Mexico extradited 29 cartel leaders to the United States.', ['Mexico|United States+']],
    ['extraditing a national reaches no nationality', 'The US extradited a Russian hacker.', []],
    ['breaking with an actor is hostile', 'Mexico broke with Cuba in 1962.', ['Cuba|Mexico-']],
    ['breaking with tradition names no actor', 'Mexico broke with tradition.', []],
    ['a future break is no break', 'It is unlikely that Mexico will break with Cuba.', []],
    ['falling out with an actor is hostile', 'Mexico fell out with Cuba.', ['Cuba|Mexico-']],
    ['a falling-out between two actors is hostile', 'The falling-out between Mexico and Cuba deepened.', ['Cuba|Mexico-']],
    ['a falling-out with no actor gives none', 'The falling-out over the budget deepened.', []],
    ['estrangement between two actors is hostile', 'The estrangement between Mexico and Cuba is deep.', ['Cuba|Mexico-']],
    ['estrangement from a family names no actor', 'His estrangement from his family is deep.', []],
    ['a spat (noun) between two actors is hostile', 'A spat between Mexico and Cuba erupted.', ['Cuba|Mexico-']],
    ['a spat that is spitting gives none', 'Mexico spat out the offer.', []],
    ['détente as a policy names no pair', 'Détente was a policy of the Cold War.', []],
    ['a détente between two actors is cooperation', 'The détente between Mexico and Cuba held.', ['Cuba|Mexico+']],
    ['complaining that an actor ... is disapproval', 'Donald Trump complained that South Korea pays too little.', ['Donald Trump|South Korea-']],
    ['complaining that a thing ... names no actor', 'Donald Trump complained that inflation was high.', []],
    ['warning an actor is a threat', 'Washington warned Beijing against an invasion.', ['China|United States-']],
    ['warning that something will happen names no target actor', 'Washington warned that inflation would rise.', []],
    ['patching up relations is cooperation', 'Britain and the EU have patched up relations.', ['European Union|United Kingdom+']],
    ['patching up a road names no relation', 'Britain and the EU have patched up the road.', []],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});

describe('relations, fourteenth blind round: frames and reference', () => {
  it.each([
    ['a tight en dash joins a pair before a noun cue', 'The EU–Mercosur agreement was concluded.', ['European Union|Mercosur+']],
    ['a spaced en dash is a parenthesis, not a pair', 'The EU – and Mercosur – welcomed the agreement.', []],
    ['a `joint` cue may hold one modifier', 'Japan and South Korea held joint naval drills.', ['Japan|South Korea+']],
    ['a `joint` phrase that is no cue gives none', 'Japan and South Korea held a joint press conference.', []],
    ['a joint act with a third makes the coordinated subject partners too', 'Japan and South Korea held a joint exercise with the United States.', ['Japan|South Korea+', 'Japan|United States+', 'South Korea|United States+']],
    ['a joint act with a coordinated object makes its members partners', 'Japan held a joint exercise with South Korea and the United States.', ['Japan|South Korea+', 'Japan|United States+', 'South Korea|United States+']],
    ['a leader before `government` is the subject', 'The Modi government has criticised Pyongyang.', ['Narendra Modi|North Korea-']],
    ['a leader before another singular head is no subject', 'A Modi victory has worried Pyongyang.', []],
    ['`the two governments` stands for the pair named in the sentence before', 'Mexico and Canada met. The two governments coordinated their responses.', ['Canada|Mexico+']],
    ['`the two governments` with three candidates stands for none', 'Mexico, Canada and the United States met. The two governments coordinated their responses.', []],
    ['`both countries` acts for the pair before it', 'Mexico and Canada met. Both countries condemned Russia.', ['Canada|Russia-', 'Mexico|Russia-']],
    ['`between the two governments` names the pair', 'Argentina depends on Brazilian buyers. The estrangement between the two governments is deep.', ['Argentina|Brazil+', 'Argentina|Brazil-']],
    ['a reciprocal object relates the coordinated subject', 'India and Pakistan accused each other of violating the ceasefire.', ['India|Pakistan-']],
    ['`each other` without a coordinated subject gives none', 'India and its neighbours accused each other of lying.', []],
    ['`whom X praised`: the antecedent is the object', 'The court tried Bolsonaro, whom Trump has praised as a victim.', ['Donald Trump|Jair Bolsonaro+']],
    ['a later verb of the sentence is not the relative’s', 'Ukraine, whom Russia invaded in 2022, has fought back.', ['Russia|Ukraine-']],
    ['`which X invaded`: the antecedent is the object', 'Ukraine, which Russia invaded in 2022, has fought back.', ['Russia|Ukraine-']],
    ['a relative on a thing names no actor', 'The deal, which Russia has criticised, was signed.', []],
    ['`after X complained` opens a clause with X for subject', 'Lee said the alliance holds, after Donald Trump complained that South Korea pays too little.', ['Donald Trump|South Korea-']],
    ['`after` before a noun phrase opens no clause', 'Lee said the alliance holds after the Trump visit.', []],
    ['a time phrase after a new subject keeps it out of the list before', 'Russia waged war against Ukraine, and Kim this week praised the troops.', ['Russia|Ukraine-']],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});

describe('relations, fourteenth blind round: ellipsis', () => {
  it.each([
    ['`so did X` repeats the act of the clause before', 'Canada imposed sanctions on Russia, and so did Japan.', ['Canada|Russia-', 'Japan|Russia-']],
    ['`so did X` after an act on a thing repeats no relation', 'Russia welcomed the proposal; so did Hungary.', []],
    ['`as did X and Y` gives each its pair', 'Canada imposed sanctions on Russia, as did Japan and Australia.', ['Australia|Russia-', 'Canada|Russia-', 'Japan|Russia-']],
    ['`X followed suit` opening a sentence repeats the sentence before', 'Canada sanctioned Russia. Britain followed suit.', ['Canada|Russia-', 'Russia|United Kingdom-']],
    ['`X followed` with an object is no ellipsis', 'Canada sanctioned Russia. Japan followed the news closely.', ['Canada|Russia-']],
    ['`X did the same` repeats the act', 'Canada sanctioned Russia. Japan did the same within a week.', ['Canada|Russia-', 'Japan|Russia-']],
    ['`X did so` repeats the act', 'Canada sanctioned Russia in 2022, and Japan did so this year.', ['Canada|Russia-', 'Japan|Russia-']],
    ['`X has done so` after an act on a thing repeats none', 'Canada endorsed the plan, and Japan has done so too.', []],
    ['a coordination’s own pair is not repeated for the new actor', 'China and Russia held joint drills, and so did Iran.', ['China|Russia+']],
    ['an act by two different actors is not repeated', 'Canada sanctioned Russia, and Japan criticised China. So did Australia.', ['Canada|Russia-', 'China|Japan-']],
    ['`so did X` repeats a friendly act too', 'Canada signed a pact with Ukraine, and so did Japan.', ['Canada|Ukraine+', 'Japan|Ukraine+']],
    ['a possessor after `so did` is no ellipsis actor', 'Mexico criticised the US. So did Cuba\'s foreign minister.', ['Mexico|United States-']],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});

describe('relations, fourteenth blind round: speech verbs stay precise', () => {
  it.each([
    ['warning an actor is a threat', 'Finland has warned Moscow against provocations.', ['Finland|Russia-']],
    ['warning that a nationality’s economy slows names no target', 'Analysts warned that the Chinese economy is slowing.', []],
    ['praising a nationality’s product names no state', 'Lula praised Chinese cars.', []],
    ['praising each other relates the coordinated subject', 'India and Pakistan praised each other.', ['India|Pakistan+']],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});

// Rules added after the fifteenth round (India's Russian oil, Erdoğan's Turkey).
describe('relations, fifteenth blind round', () => {
  it.each([
    ['holding up an actor’s accession is opposition', 'Turkey was holding up Sweden\'s accession for months.', ['Sweden|Turkey-']],
    ['an economy that held up names no actor', 'The Turkish economy held up well.', []],
    ['a thaw between two actors is cooperation', 'The thaw between India and China is tactical.', ['China|India+']],
    ['a thaw in the weather names no pair', 'The thaw came early this year.', []],
    ['closing a named strait to an actor is hostile', 'Turkey closed the Bosphorus to Russian warships in 2022.', ['Russia|Turkey-']],
    ['a named strait without `to` gives none', 'Turkey closed the Bosphorus for repairs.', []],
    ['`cut off trade with X` ends the trade', 'Erdoğan cut off trade with Israel last year.', ['Israel|Recep Tayyip Erdoğan-']],
    ['trade with X that is not cut off is trade', 'Erdoğan expanded trade with Israel last year.', ['Israel|Recep Tayyip Erdoğan+']],
    ['sanctions named by an adjective stand under a refusal to join them', 'Turkey refused to join Western sanctions on Russia.', ['Russia|the West-']],
    ['unowned sanctions under a refusal give none', 'Turkey refused to join new sanctions on Russia.', []],
    ['the subject of a free relative is no object (only the punishment is a pair)', 'Washington punished India for financing what Putin calls his operation.', ['India|United States-']],
    ['an object before a free relative still counts', 'Washington criticised India for what it called aggression.', ['India|United States-']],
    ['`which` after a place in a named thing’s phrase takes the thing', 'The Nayara refinery in Gujarat, which the EU sanctioned in July, is idle.', ['European Union|Nayara-']],
    ['`which` after a place with no named thing before gives none', 'Russia bombed a hospital in Kharkiv, which Ukraine condemned.', []],
    ['needing an actor is reliance on it', 'Europe now needs Turkey more than ever.', ['Europe|Turkey+']],
    ['needing a nationality’s goods or people names no state', 'Turkey needs European investors and cheap energy.', []],
    ['the possessor of a noun before `to` is the infinitive’s subject', 'Hungary blocked Ukraine\'s bid to join NATO.', ['Hungary|Ukraine-', 'NATO|Ukraine+']],
    ['a blocked proposal’s act is not the blocker’s', 'Hungary blocked a bid to join NATO.', []],
    ['a vetoed resolution’s act is not the vetoer’s', 'Hungary vetoed a resolution to condemn Russia.', []],
    ['an effort of one’s own to act is the subject’s act', 'Hungary made efforts to court China.', ['China|Hungary+']],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});

// Rules added after the sixteenth round (Riyadh's summits, Serbia's four chairs).
describe('relations, sixteenth blind round', () => {
  it.each([
    ['protecting an actor is support', 'Moscow protected Belgrade at the Security Council.', ['Russia|Serbia+']],
    ['protecting a market names no actor', 'Moscow protected its market for years.', []],
    ['shielding an actor is support', 'Washington shielded Israel at the UN.', ['Israel|United States+']],
    ['measures on an actor are sanctions', 'The EU has imposed measures on Kosovo.', ['European Union|Kosovo-']],
    ['measures on a topic name no actor', 'The EU has imposed measures on climate.', []],
    ['restrictions on a nationality’s goods reach its state', 'Japan tightened restrictions on Chinese chip exports.', ['China|Japan-']],
    ['the rulers in a capital are its state', 'Turkey backs the new authorities in Damascus.', ['Syria|Turkey+']],
    ['a thing in a capital is no object', 'Turkey backs factories in Damascus.', []],
    ['ending a hostile state of affairs is no hostility', 'Saudi Arabia lobbied to end Syria\'s isolation.', []],
    ['ending a rivalry is no hostility', 'Saudi Arabia moved to end its rivalry with Iran.', []],
    ['a rivalry not ended is hostility', 'Saudi Arabia deepened its rivalry with Iran.', ['Iran|Saudi Arabia-']],
    ['`them` for the one people named with `the`', 'The Houthis attacked ships. The United States bombed them.', ['Houthis|United States-']],
    ['`them` is no city named in the plural', 'Brussels proposed tariffs, and Belgian unions back them.', []],
    ['a plural subject keeps its verb across a restrictive relative', 'European governments that once lectured Ankara about the rule of law are now courting Beijing.', ['China|European Union+']],
    ['a relative whose auxiliary does not agree with the head gives the head no verb', 'European governments that once lectured Ankara about democracy is courting Beijing.', []],
    ['a co-agent between commas acts jointly with the subject', 'Britain, with France, leads the coalition.', ['France|United Kingdom+']],
    ['after `and`, a co-agent acts with the sentence’s subject', 'Britain trains Ukrainian pilots and, with France, leads the coalition.', ['France|United Kingdom+', 'Ukraine|United Kingdom+']],
    ['an oblique before a co-agent is no partner', 'Trade with China, with Japan, is growing.', []],
    ['a joint act on a third party does not relate the co-agents', 'Hungary, with Slovakia, imposed sanctions on Russia.', ['Hungary|Russia-']],
    ['a joint act with no third party relates the co-agents', 'Russia, together with China, vetoed the resolution.', ['China|Russia+']],
    ['`even as` ends the reach of a negation', 'Japan has not sanctioned Russia, even as it criticises China.', ['China|Japan-']],
    ['a negation still reaches its own verb', 'Japan has not sanctioned Russia this year.', []],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});


// Word families of CAMEO's cooperation and conflict classes added after the sixteenth round, read
// on all 98 dev essays (every new pair was checked by hand); a positive and a negative case each.
describe('relations, more word families', () => {
  it.each([
    ['team up with', 'France teamed up with Italy on the bid.', ['France|Italy+'], 'France teamed up with its rivals.'],
    ['join hands with', 'France joined hands with Italy.', ['France|Italy+'], 'France joined hands with its neighbours.'],
    ['close ranks with', 'France closed ranks with Italy.', ['France|Italy+'], 'France closed ranks with its partners.'],
    ['lent (to a state)', 'China lent Egypt $5 billion.', ['China|Egypt+'], 'China lent money to Chinese firms.'],
    ['a loan to', 'The IMF approved a loan to Egypt.', ['Egypt|International Monetary Fund+'], 'The IMF approved a loan to the central bank.'],
    ['bail out', 'The IMF bailed out Egypt again.', ['Egypt|International Monetary Fund+'], 'The IMF bailed out the banks again.'],
    ['a bailout for', 'The IMF agreed a bailout for Egypt.', ['Egypt|International Monetary Fund+'], 'The IMF agreed a bailout for the banks.'],
    ['champion', 'France championed Ukraine at the summit.', ['France|Ukraine+'], 'France championed free trade at the summit.'],
    ['befriend', 'Russia befriended Egypt.', ['Egypt|Russia+'], 'Russia befriended its old critics.'],
    ['reward', 'Washington rewarded Egypt with aid.', ['Egypt|United States+'], 'Washington rewarded loyalty with aid.'],
    ['guarantee', 'France guaranteed Ukraine\'s security.', ['France|Ukraine+'], 'France guaranteed the loan.'],
    ['target', 'Russia targeted Ukraine\'s power grid.', ['Russia|Ukraine-'], 'Russia targeted growth of 2 per cent.'],
    ['raid', 'Israel raided Syria\'s bases.', ['Israel|Syria-'], 'Israel raided its own reserves.'],
    ['intercept', 'Israel intercepted Iranian drones.', ['Iran|Israel-'], 'Israel intercepted the message.'],
    ['shoot down', 'Pakistan shot down Indian jets.', ['India|Pakistan-'], 'Pakistan shot down the proposal.'],
    ['chide', 'France chided Italy.', ['France|Italy-'], 'France chided its own ministers.'],
    ['scold', 'France scolded Italy.', ['France|Italy-'], 'France scolded its own ministers.'],
    ['lash out at', 'France lashed out at Italy.', ['France|Italy-'], 'France lashed out at critics.'],
    ['hit back at', 'France hit back at Italy.', ['France|Italy-'], 'France hit back at critics.'],
    ['take aim at', 'France took aim at Italy.', ['France|Italy-'], 'France took aim at inflation.'],
    ['humiliate', 'Russia humiliated Egypt.', ['Egypt|Russia-'], 'Russia humiliated its critics.'],
    ['fine (a state or company)', 'The EU fined Google.', ['European Union|Google-'], 'The EU fined French farmers.'],
    ['blacklist', 'Washington blacklisted Egypt.', ['Egypt|United States-'], 'Washington blacklisted the firm.'],
    ['a probe into', 'The EU opened a probe into Chinese cars.', ['China|European Union-'], 'The EU opened a probe into fraud.'],
    ['intimidate', 'China intimidated Philippine fishermen.', ['China|Philippines-'], 'China intimidated its own critics.'],
    ['harass', 'China harassed Philippine vessels.', ['China|Philippines-'], 'China harassed its own dissidents.'],
    ['violate', 'Russia violated Estonia\'s airspace.', ['Estonia|Russia-'], 'Russia violated the treaty.'],
    ['breach', 'Russia breached Estonia\'s airspace.', ['Estonia|Russia-'], 'Russia breached the treaty.'],
    ['encroach', 'China encroached on Philippine waters.', ['China|Philippines-'], 'China encroached on the market.'],
    ['sabotage', 'Russia sabotaged Estonia\'s cables.', ['Estonia|Russia-'], 'Russia sabotaged the talks.'],
    ['hack', 'Russia hacked Estonia\'s banks.', ['Estonia|Russia-'], 'Russia hacked the election.'],
    ['spy on', 'Russia spied on Estonia.', ['Estonia|Russia-'], 'Russia spied on dissidents.'],
    ['meddle in', 'Russia meddled in Estonia\'s election.', ['Estonia|Russia-'], 'Russia meddled in the election.'],
    ['interfere in', 'Russia interfered in Estonia\'s election.', ['Estonia|Russia-'], 'Russia interfered in the election.'],
    ['destabilise', 'Russia destabilised Estonia.', ['Estonia|Russia-'], 'Russia destabilised the market.'],
  ])('%s', (_name, positive, expected, negative) => {
    expect(pairs(positive)).toEqual([...expected].sort());
    expect(pairs(negative)).toEqual([]);
  });
});
