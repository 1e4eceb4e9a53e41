import { relationCases, type MentionSpec, type RelationCase } from './helpers.js';

/** Actors the shared helper does not know, added for these cases. */
const EXTRA: MentionSpec[] = [
  { text: 'France', canonical: 'France' },
  { text: 'Saudi Arabia', canonical: 'Saudi Arabia' },
  { text: 'Riyadh', canonical: 'Saudi Arabia' },
  { text: 'Qatar', canonical: 'Qatar' },
  { text: 'Syria', canonical: 'Syria' },
  { text: 'Mali', canonical: 'Mali' },
  { text: 'Niger', canonical: 'Niger' },
  { text: 'Burkina Faso', canonical: 'Burkina Faso' },
  { text: 'New Delhi', canonical: 'India' },
  { text: 'Baku', canonical: 'Azerbaijan' },
  { text: 'Ankara', canonical: 'Turkey' },
  { text: 'Uzbekistan', canonical: 'Uzbekistan' },
  { text: 'Rosatom', canonical: 'Rosatom', type: 'ORG' },
  { text: 'Fennovoima', canonical: 'Fennovoima', type: 'ORG' },
  { text: 'United Nations', canonical: 'United Nations', type: 'ORG' },
  { text: 'Italy', canonical: 'Italy' },
  { text: 'Canberra', canonical: 'Australia' },
  { text: 'WTO', canonical: 'World Trade Organization', type: 'ORG' },
  { text: 'Mozambique', canonical: 'Mozambique' },
  { text: 'Algeria', canonical: 'Algeria' },
  { text: 'Bamako', canonical: 'Bamako' },
  { text: 'French', canonical: 'France', type: 'NORP' },
  { text: 'Kenya', canonical: 'Kenya' },
  { text: 'Saudi', canonical: 'Saudi Arabia', type: 'NORP' },
  { text: 'Lithuania', canonical: 'Lithuania' },
  { text: 'Sviatlana Tsikhanouskaya', canonical: 'Sviatlana Tsikhanouskaya', type: 'PERSON' },
  { text: 'Huawei', canonical: 'Huawei', type: 'ORG' },
  { text: 'Norway', canonical: 'Norway' },
  { text: 'Iceland', canonical: 'Iceland' },
  { text: 'Australia', canonical: 'Australia' },
  { text: 'Lukashenko', canonical: 'Alexander Lukashenko', type: 'PERSON' },
  { text: 'Ecuador', canonical: 'Ecuador' },
  { text: 'Mexican', canonical: 'Mexico', type: 'NORP' },
  { text: 'Cuba', canonical: 'Cuba' },
  { text: 'Wagner', canonical: 'Wagner Group', type: 'ORG' },
  { text: 'Donald Trump', canonical: 'Donald Trump', type: 'PERSON' },
  { text: 'Western Sahara', canonical: 'Western Sahara', type: 'LOC' },
  { text: 'Rabat', canonical: 'Morocco' },
  { text: 'Hodeidah', canonical: 'Hodeidah', type: 'ORG' },
  { text: 'Kharkiv', canonical: 'Kharkiv' },
  { text: 'Bulgaria', canonical: 'Bulgaria' },
  { text: 'Cambodia', canonical: 'Cambodia' },
  { text: 'Morocco', canonical: 'Morocco' },
  { text: 'Czechia', canonical: 'Czechia' },
  { text: 'Mongolia', canonical: 'Mongolia' },
  { text: 'Mauritius', canonical: 'Mauritius' },
  { text: 'Bolsonaro', canonical: 'Jair Bolsonaro', type: 'PERSON' },
  { text: 'Court of Bosnia', canonical: 'Court of Bosnia', type: 'ORG' },
  { text: 'Libyan', canonical: 'Libya', type: 'NORP' },
  { text: 'Nile', canonical: 'Nile', type: 'LOC' },
  { text: 'Senkaku Islands', canonical: 'Senkaku Islands', type: 'LOC' },
  { text: 'ECOWAS', canonical: 'ECOWAS', type: 'ORG' },
  { text: 'Rome', canonical: 'Italy' },
  { text: 'Malaysia', canonical: 'Malaysia' },
  { text: 'Kyiv', canonical: 'Ukraine' },
  { text: 'Palau', canonical: 'Palau' },
  { text: 'Arthur Mensch', canonical: 'Arthur Mensch', type: 'PERSON' },
  // (compromise types some unknown towns as organisations)
  { text: 'Kherson', canonical: 'Kherson', type: 'ORG' },
];

/** A table of this file's cases, with its own actors. */
const cases = (title: string, rows: readonly RelationCase[]) => relationCases(title, rows, EXTRA);

// Acts done together relate those who did them, never what they did it to; each rule has a case it
// must find and one it must leave alone.
cases('relations: acts done together', [
  ['`co-chaired` relates each pair of a coordinated subject', 'Japan, India and France co-chaired the creditor committee.', ['France|India+', 'France|Japan+', 'India|Japan+']],
  ['`co-chaired by X and Y` relates the agents', 'The committee, co-chaired by China and France, reached an agreement.', ['China|France+']],
  ['`co-hosted ... with Y` relates the subject and its partner', 'Riyadh co-hosted the Jeddah talks of 2023 with Washington.', ['Saudi Arabia|United States+']],
  ['`jointly` relates the subject members, not the object', "Saudi Arabia and Qatar jointly settled Syria's arrears.", ['Qatar|Saudi Arabia+']],
  ['`jointly` leaves a hostile act its own pairs', 'Egypt and Sudan jointly condemned Ethiopia.', ['Egypt|Ethiopia-', 'Egypt|Sudan+', 'Ethiopia|Sudan-']],
  ['`co-founded by X, and Y worried`: a group that opens the next clause is no list of agents', 'Mistral AI was co-founded by Arthur Mensch, and Germany worried about its own champion.', []],
  ['one actor acting jointly with no partner gives no pair', 'Qatar jointly financed the port.', []],
  ['`co-hosted` a thing alone gives no pair with its object', 'Qatar co-hosted the Syria conference.', []],
]);

cases('relations: leaving, protocols and compacts', [
  ['`withdrawal from` an organisation is hostile', 'Mali announced its withdrawal from ECOWAS.', ['ECOWAS|Mali-']],
  ['`their withdrawal from` for a coordinated subject', 'Mali and Niger announced their withdrawal from ECOWAS.', ['ECOWAS|Mali-', 'ECOWAS|Niger-']],
  ['withdrawing from a town typed as an organisation is no hostility to it', 'Russia will withdraw from Kherson.', []],
  ['withdrawing from a country is no hostility to it', 'France completed its withdrawal from Mali.', []],
  ["`X's protocol with Y` is an agreement", "Rome's protocol with Albania has been blocked by judges.", ['Albania|Italy+']],
  ['`renewed its compact with Y`', 'Washington renewed its compact with Palau.', ['Palau|United States+']],
  ['`compact`, the adjective, is no agreement', 'Palau is a compact state with few voters.', []],
]);

cases("relations: an adjective's hostile act that the subject faces", [
  ['`faces Chinese incursions` sets the state against the subject', 'Malaysia faces Chinese incursions.', ['China|Malaysia-']],
  ['`has weathered Chinese pressure`', 'Taiwan has weathered Chinese pressure for decades.', ['China|Taiwan-']],
  ['`fears` an act is no act', 'Taiwan fears Chinese aggression.', []],
  ['a subject that faces a friendly act gets no hostile pair', 'Malaysia faces Chinese investment.', []],
]);

cases('relations: plural descriptions stand for a list named before', [
  ['`the three juntas` for the list of three in the sentence before', 'Mali, Niger and Burkina Faso recalled their envoys. The three juntas had already quit ECOWAS.', ['Burkina Faso|ECOWAS-', 'ECOWAS|Mali-', 'ECOWAS|Niger-']],
  ['`the three governments` with no list of three names nothing', 'Mali and Niger recalled their envoys. The three governments had already quit ECOWAS.', []],
  ['`the two sides` for the pair coordinated earlier in the sentence', 'Ties between New Delhi and Beijing have thawed since the two sides signed a border agreement.', ['China|India+']],
  ['`the two governments` with other actors in its sentence does not reach back', 'India and France met in May. Moscow, Baku and Ankara watched as the two governments signed a treaty.', []],
  ['`the two countries` reaches back to a pair when its sentence names no one before it', 'India and France met in May. Later the two countries signed a treaty.', ['France|India+']],
  ['a symmetric act with everyone else is no act between the members', 'The three juntas, Mali, Niger and Burkina Faso, quarrel with almost everyone.', []],
]);

cases('relations: signing, contracts, evictions and equipment', [
  ['`signed with` an actor is an agreement', 'Uzbekistan signed with Rosatom for small reactors.', ['Rosatom|Uzbekistan+']],
  ['`tore up its contract with` ends the agreement', 'Fennovoima tore up its contract with Rosatom.', ['Fennovoima|Rosatom-']],
  ['`a contract` with no party names none', 'Fennovoima won a contract for the turbines.', []],
  ['`evicted` an organisation is hostile', 'Mali evicted the United Nations mission.', ['Mali|United Nations-']],
  ['`equipped` an organ of a state supports the state', 'Italy trained and equipped the Libyan coast guard.', ['Italy|Libya+']],
  ['`equipped` a thing names no one', 'Italy equipped its navy with drones.', []],
]);

cases('relations: what a two-party act is about is no party', [
  ['`their dispute over` a river relates the two who have it', 'Egypt and Ethiopia sit at the same table while their dispute over the Nile grinds on.', ['Egypt|Ethiopia-']],
  ['`clashed over` islands relates the two who clashed', 'China and Japan clashed over the Senkaku Islands.', ['China|Japan-']],
  ["`X's dispute over ... with Y` takes the party after the topic", "Egypt's dispute over the Nile with Ethiopia grinds on.", ['Egypt|Ethiopia-']],
]);

cases('relations: verbs of attitude toward an actor', [
  ['`excluded` a nationality\'s bidders sets the state against it (Czechia, an alias, under its canonical name)', 'Czechia excluded Russian bidders from its tender.', ['Czech Republic|Russia-']],
  ['`defeated` an actor is hostile', 'Mongolia defeated Japan at Khalkhin Gol.', ['Japan|Mongolia-']],
  ['`trusts` an actor is support', 'India trusts Mauritius to keep the base safe.', ['India|Mauritius+']],
  ['`respect` needs the actor right after it', 'Italy will respect the ceasefire with Libya.', []],
  ['`convicted` needs its convict right after it, not the one in its `of` phrase', 'The Court of Bosnia convicted him of defying Bolsonaro.', []],
]);

cases('relations: walking away, counting as, normal relations', [
  ['`walked away from` an actor is hostile', "Bulgaria walked away from Rosatom's project.", ['Bulgaria|Rosatom-']],
  ['`walked out of` an organisation is hostile', 'Mali and Niger walked out of ECOWAS.', ['ECOWAS|Mali-', 'ECOWAS|Niger-']],
  ['`walked out of` a town is no hostility', 'Mali walked out of Kherson.', []],
  ['`counts X as its partner` is a view of X', 'China, which counts Cambodia as its closest partner, sent a minister.', ['Cambodia|China+']],
  ['`normalized relations with`, in American spelling', 'Morocco normalized relations with Israel.', ['Israel|Morocco+']],
]);

cases('relations: subjects past a linking phrase, and force on a mere place', [
  ['`Rabat in turn normalised`: the new clause has its own subject', 'Donald Trump recognised Moroccan claims over Western Sahara, and Rabat in turn normalised relations with Israel.', ['Israel|Morocco+']],
  ['`for its part` between a subject and its verb', 'Beijing for its part condemned Taipei.', ['China|Taiwan-']],
  ['bombing `the port of` a town acts on no party', 'Israeli jets answered by bombing the port of Hodeidah.', []],
  ['shelling a town the lexicon does not know acts on no party', 'Russia shelled Kharkiv again.', []],
  ['striking a state still does', 'Russia attacked Ukraine.', ['Russia|Ukraine-']],
]);

cases('relations: acts told with an object in the middle, acting together, idioms', [
  ['`took X to the WTO` is a legal challenge', 'Canberra took Beijing to the WTO over barley duties.', ['Australia|China-']],
  ['`took X` with no court after it is none', "Canberra took Beijing's offer seriously.", []],
  ['`showed X the door`', 'Mali and Niger showed French troops the door.', ['France|Mali-', 'France|Niger-']],
  ['`voted together` relates the voters', 'Algeria, Mozambique and Niger voted together for the text.', ['Algeria|Mozambique+', 'Algeria|Niger+', 'Mozambique|Niger+']],
  ['`exercise together` relates the two nationalities\' states', 'American and Saudi naval units now exercise together in the Red Sea.', ['Saudi Arabia|United States+']],
  ['`at daggers drawn` is hostility between the two', 'Washington and Moscow remain at daggers drawn over Ukraine.', ['Russia|United States-']],
  ['`lost its relationship with` ends the relation', 'Ukraine lost its relationship with Mali last August.', ['Mali|Ukraine-']],
  ["`X's exit from` an organisation", "Mali's exit from ECOWAS was a shock.", ['ECOWAS|Mali-']],
  ['`the exit of X from` an organisation', 'The formal exit of Mali and Niger from ECOWAS was a shock.', ['ECOWAS|Mali-', 'ECOWAS|Niger-']],
  ['`the withdrawal of X from` a state is no exit from an organisation', 'The withdrawal of France from Mali was a shock.', []],
  ['a denied exit is none', 'There was no exit of Mali from ECOWAS.', []],
  ['`barred X from`', 'Kenya barred Huawei from its networks.', ['Huawei|Kenya-']],
  ['`bar` without `from` is no cue', 'Kenya raised the bar for Huawei.', []],
  ['an apposition may come between the object and the words a cue needs after it', 'Kenya barred Huawei, the Chinese phone maker, from its networks.', ['Huawei|Kenya-']],
  ['a closed relative clause hands the recall back to its antecedent', 'Mali and Niger, which together form an alliance with Burkina Faso, recalled their ambassadors from Algeria.', ['Algeria|Mali-', 'Algeria|Niger-', 'Burkina Faso|Mali+', 'Burkina Faso|Niger+']],
]);

cases('relations: a capital kept as its city is its state as a party', [
  ['a capital the entities layer kept as a city stands for its state', 'Kenya condemned Bamako.', ['Kenya|Mali-']],
]);

cases('relations: help sent with the recipient first', [
  ['`sent Ukraine several consignments of aid`', 'India has sent Ukraine several consignments of humanitarian aid.', ['India|Ukraine+']],
  ['`shipped Russia hundreds of drones`', 'Iran has shipped Russia hundreds of drones.', ['Iran|Russia+']],
  ['a name before its noun is no recipient', 'Russia sent Wagner fighters to the front.', []],
]);

cases('relations: storming, and the object that an infinitive act belongs to', [
  ['`stormed the Mexican embassy` is force against the state', 'Ecuador stormed the Mexican embassy.', ['Ecuador|Mexico-']],
  ['a storm that hits is weather', 'The storm hit Cuba.', []],
  ['`led Mexico to break off relations with` Ecuador: Mexico ends them', 'The raid led Mexico to break off diplomatic relations with Ecuador.', ['Ecuador|Mexico-']],
]);

cases('relations: questioning an act, receiving a leader', [
  ["`questioned India's programme` is disapproval of India", "Australia and the US have also questioned India's stockholding programme.", ['Australia|India-', 'India|United States-']],
  ['`the question of` names no one', 'The question of Taiwan divides Washington and Beijing.', []],
  ['`received` a leader is a welcome', 'Beijing has received Lukashenko with conspicuous warmth.', ['Alexander Lukashenko|China+']],
  ['`received` a thing is none', 'Kenya received Chinese loans.', []],
]);

cases('relations: defiance, lists and leaving out', [
  ['`in open defiance of` an actor is opposition', 'Beijing went ahead in open defiance of Washington.', ['China|United States-']],
  ['`added X to its entity list` is a sanction', 'Taipei added Huawei to its own entity list in June.', ['Huawei|Taiwan-']],
  ['`added X to the agenda` is none', 'Beijing added Manila to the agenda.', []],
  ['`leaving out` an actor is exclusion', 'Norway signed the arrangement, leaving out Iceland.', ['Iceland|Norway-']],
]);

cases('relations: the antecedent of whom past an apposition', [
  ['`X, the leader whom Lithuania has sheltered`: the name before the apposition', 'Sviatlana Tsikhanouskaya, the exiled opposition leader whom Lithuania has sheltered since 2020, warns of a deal.', ['Lithuania|Sviatlana Tsikhanouskaya+']],
  ['`X, whom Lithuania has praised`: still the name before `whom`', 'Sviatlana Tsikhanouskaya, whom Lithuania has praised, warns of a deal.', ['Lithuania|Sviatlana Tsikhanouskaya+']],
  ['an apposition without a determiner is not reached past', 'Sviatlana Tsikhanouskaya, exiled since 2020 and whom Lithuania has sheltered, warns of a deal.', []],
]);
