import { relationCases, type MentionSpec, type RelationCase } from './helpers.js';

/** Actors the shared helper does not know, added for these cases. */
const EXTRA: MentionSpec[] = [
  { text: 'Kenya', canonical: 'Kenya' },
  { text: 'Greenland', canonical: 'Greenland' },
  { text: 'Denmark', canonical: 'Denmark' },
  { text: 'Danish', canonical: 'Denmark', type: 'NORP' },
  { text: 'Danes', canonical: 'Denmark', type: 'NORP' },
  { text: 'Copenhagen', canonical: 'Denmark' },
  { text: 'Europe', canonical: 'Europe', type: 'LOC' },
  { text: 'Ethiopian', canonical: 'Ethiopia', type: 'NORP' },
  { text: 'Moldova', canonical: 'Moldova' },
  { text: 'Algeria', canonical: 'Algeria' },
  { text: 'Spain', canonical: 'Spain' },
  { text: 'Pakistan', canonical: 'Pakistan' },
  { text: 'Mali', canonical: 'Mali' },
  { text: 'Niger', canonical: 'Niger' },
  { text: 'French', canonical: 'France', type: 'NORP' },
  { text: 'ECOWAS', canonical: 'ECOWAS', type: 'ORG' },
  { text: 'Guinea', canonical: 'Guinea' },
  { text: 'Algerian', canonical: 'Algeria', type: 'NORP' },
  { text: 'Malian', canonical: 'Mali', type: 'NORP' },
  { text: 'Qatar', canonical: 'Qatar' },
  { text: 'OPEC', canonical: 'OPEC', type: 'ORG' },
  { text: 'Council of Europe', canonical: 'Council of Europe', type: 'ORG' },
  { text: 'Dodik', canonical: 'Dodik', type: 'PERSON' },
  { text: 'Riyadh', canonical: 'Saudi Arabia' },
  { text: 'Doha', canonical: 'Doha' },
  { text: 'Israeli', canonical: 'Israel', type: 'NORP' },
  { text: 'Hezbollah', canonical: 'Hezbollah', type: 'ORG' },
  { text: 'Lebanon', canonical: 'Lebanon' },
  { text: 'Britain', canonical: 'United Kingdom' },
  { text: 'Icelandic', canonical: 'Iceland', type: 'NORP' },
  { text: 'Iceland', canonical: 'Iceland' },
  { text: 'Norway', canonical: 'Norway' },
  { text: 'European Union', canonical: 'European Union', type: 'ORG' },
  { text: 'Ashgabat', canonical: 'Turkmenistan' },
  { text: 'Afghan', canonical: 'Afghanistan', type: 'NORP' },
  { text: 'Kabul', canonical: 'Afghanistan' },
  { text: 'Turkey', canonical: 'Turkey' },
  { text: 'Somaliland', canonical: 'Somaliland' },
  { text: 'Somalia', canonical: 'Somalia' },
  { text: 'Jordan', canonical: 'Jordan' },
  { text: 'F-16s', canonical: 'F-16s', type: 'MISC' },
  { text: 'Thai', canonical: 'Thailand', type: 'NORP' },
  { text: 'Cambodian', canonical: 'Cambodia', type: 'NORP' },
  { text: 'M23', canonical: 'M23', type: 'ORG' },
  { text: 'Rwanda', canonical: 'Rwanda' },
  { text: 'Saudi', canonical: 'Saudi Arabia', type: 'NORP' },
  { text: 'Khartoum', canonical: 'Sudan' },
  { text: 'Saudi Arabia', canonical: 'Saudi Arabia' },
  { text: 'Draghi', canonical: 'Mario Draghi', type: 'PERSON' },
  { text: 'Vučić', canonical: 'Aleksandar Vučić', type: 'PERSON' },
  { text: 'Nauru', canonical: 'Nauru' },
  { text: 'Sinaloa Cartel', canonical: 'Sinaloa Cartel', type: 'ORG' },
  { text: 'Ghana', canonical: 'Ghana' },
  { text: 'Togo', canonical: 'Togo' },
  { text: 'Islamabad', canonical: 'Pakistan' },
  { text: 'Taliban', canonical: 'Taliban', type: 'ORG' },
  { text: 'South Korea', canonical: 'South Korea' },
  { text: 'Americans', canonical: 'United States', type: 'NORP' },
  { text: 'Mongolian', canonical: 'Mongolia', type: 'NORP' },
  { text: 'Canberra', canonical: 'Australia' },
  { text: 'Canadian', canonical: 'Canada', type: 'NORP' },
  { text: 'Bayraktar', canonical: 'Bayraktar', type: 'ORG' },
  { text: 'Sudanese', canonical: 'Sudan', type: 'NORP' },
  { text: 'Chinese Coast Guard', canonical: 'Chinese Coast Guard', type: 'ORG' },
  { text: 'US Navy', canonical: 'US Navy', type: 'ORG' },
  { text: 'Taiwan Affairs Office', canonical: 'Taiwan Affairs Office', type: 'ORG' },
  { text: 'Russian Orthodox Church', canonical: 'Russian Orthodox Church', type: 'ORG' },
  { text: 'Azerbaijan', canonical: 'Azerbaijan' },
  { text: 'Armenia', canonical: 'Armenia' },
  { text: 'CSTO', canonical: 'CSTO', type: 'ORG' },
  { text: 'Jair Bolsonaro', canonical: 'Jair Bolsonaro', type: 'PERSON' },
  { text: 'Arab', canonical: 'Arab', type: 'NORP' },
  { text: 'Finland', canonical: 'Finland' },
  { text: 'Reciprocal Access Agreement', canonical: 'Reciprocal Access Agreement', type: 'MISC' },
  { text: 'ICE Pact', canonical: 'ICE Pact', type: 'MISC' },
  { text: 'Paris Agreement', canonical: 'Paris Agreement', type: 'MISC' },
  { text: 'Grand Renaissance Dam', canonical: 'Grand Renaissance Dam', type: 'LOC' },
  { text: 'Transnistria', canonical: 'Transnistria', type: 'LOC' },
  { text: 'Erdogan', canonical: 'Recep Tayyip Erdoğan', type: 'PERSON' },
];

/** A table of this file's cases, with its own actors. */
const cases = (title: string, rows: readonly RelationCase[]) => relationCases(title, rows, EXTRA);

// Attitudes stated by an adjective and its `of`/`to`, closeness without a `to`, and the tone of a
// neutral exchange; each rule has a case it must find and one it must leave alone.
cases('relations: attitude adjectives need a named object', [
  ['`suspicious of` an actor is hostile', 'Egypt remains deeply suspicious of Ethiopia.', ['Egypt|Ethiopia-']],
  ['`wary of` an actor is hostile', 'Egypt is wary of Ethiopia.', ['Egypt|Ethiopia-']],
  ['`critical of` an actor is hostile', 'Hungary is critical of Ukraine.', ['Hungary|Ukraine-']],
  ['`sceptical of` an actor is hostile', 'Hungary is sceptical of Ukraine.', ['Hungary|Ukraine-']],
  ['`loyal to` an actor is support', 'Hungary has stayed loyal to Russia.', ['Hungary|Russia+']],
  ['`wary of` a confrontation leaves the confrontation its own pair', 'Berlin is wary of any confrontation with Beijing.', ['China|Germany-']],
  ['`wary of` a thing names no one', 'Egypt is wary of the new dam on the Nile.', []],
  ['`criticism of`, a noun, kept quiet is no attitude adjective', 'Washington kept its criticism of India quiet.', []],
]);

cases('relations: closeness and friends', [
  ['`X and Y have grown closer`: the members of the subject', 'Kenya and Ethiopia have grown closer over the past year.', ['Ethiopia|Kenya+']],
  ['`grew closer to Y` keeps its subject and object', 'Kenya grew closer to Ethiopia after the election.', ['Ethiopia|Kenya+']],
  ['`moved closer together`: no pair without two actors in the subject', 'Kenya has moved closer together with its neighbours.', []],
  ['`X is Y\'s friend`', "Hungary has long been Moscow's most reliable friend inside the alliance.", ['Hungary|Russia+']],
  ['`closed ranks behind` an actor is support', 'Europe has closed ranks behind the Danes.', ['Denmark|Europe+']],
]);

cases('relations: a nationality adjective with the state as its noun joins a pair', [
  ['`between X and the Danish state`', 'Relations between Greenland and the Danish state have been strained for decades.', ['Denmark|Greenland-']],
  ['`... and the Ethiopian government`', 'Ties between Kenya and the Ethiopian government have soured.', ['Ethiopia|Kenya-']],
  ['a nationality adjective before any other noun stays out of the pair', 'Ties between Kenya and Ethiopian farmers have soured.', []],
]);

cases('relations: an exchange takes its tone from its words', [
  ['a frosty exchange between two capitals is hostile', 'It was the frostiest exchange between Washington and Copenhagen in living memory.', ['Denmark|United States-']],
  ['a warm exchange is friendly', 'It was a warm exchange between Washington and Copenhagen.', ['Denmark|United States+']],
  ['an exchange with no tone gives none', 'The exchange between Washington and Copenhagen lasted an hour.', []],
]);

cases('relations: a transfer named by its goods before the noun', [
  ['`halted gas deliveries to X`', 'Russia halted gas deliveries to Moldova.', ['Moldova|Russia-']],
  ['`cut gas supplies to X`: cutting is stopping', 'Algeria cut gas supplies to Spain.', ['Algeria|Spain-']],
  ['`resumed arms sales to X`', 'The United States resumed weapons sales to Taiwan.', ['Taiwan|United States+']],
  ['a possessor alone may be a firm trading: no pair without the verb', "Russia's exports to China are growing.", []],
  ['a verb that neither allows nor stops the transfer gives none', 'Russia discussed gas deliveries to Moldova.', []],
]);

cases('relations: two parties alike', [
  ['`X and Y fought a war`', 'Kenya and Ethiopia fought a border war in 2022.', ['Ethiopia|Kenya-']],
  ['`X and Y are at war`', 'Kenya and Ethiopia are at war.', ['Ethiopia|Kenya-']],
  ['`X is at war with Y`', 'Kenya is at war with Ethiopia.', ['Ethiopia|Kenya-']],
  ['`X and Y remain at odds`', 'Kenya and Ethiopia remain at odds over the dam.', ['Ethiopia|Kenya-']],
  ['`traded insults`', 'Kenya and Ethiopia traded insults over the dam.', ['Ethiopia|Kenya-']],
  ['`exchanged fire`', 'India and Pakistan exchanged fire across the border.', ['India|Pakistan-']],
  ['`have grown apart`', 'Kenya and Ethiopia have grown apart.', ['Ethiopia|Kenya-']],
  ['`buried the hatchet`', 'Kenya and Ethiopia have buried the hatchet.', ['Ethiopia|Kenya+']],
  ['a war of two against a third sets neither against the other', 'Russia and Iran waged war on Ukraine.', ['Iran|Ukraine-', 'Russia|Ukraine-']],
]);

cases('relations: striking a deal is no strike', [
  ['`struck a deal with X` is an agreement', 'Kenya struck a deal with Ethiopia.', ['Ethiopia|Kenya+']],
  ['... with words between', 'Kenya struck a landmark port deal with Ethiopia.', ['Ethiopia|Kenya+']],
  ['`struck X` is still a strike', 'Israel struck Iran in June.', ['Iran|Israel-']],
]);

cases('relations: a relative on a noun any actor could fill has no actor subject', [
  ['`any country that struck a deal with X`', 'Beijing warned that it would punish any country that struck a deal with Washington.', []],
  ['`juntas that expelled X`: the juntas stand for the states before them', 'Mali and Niger are ruled by juntas that have expelled French troops.', ['France|Mali-', 'France|Niger-']],
]);

cases('relations: subjects compromise misreads', [
  ['a past form right after `which` is the relative\'s verb', 'ECOWAS, which suspended Guinea after the coup, has said little.', ['ECOWAS|Guinea-']],
  ['... but not when nothing follows it as an object', 'ECOWAS, which suspended its aid, has said little.', []],
  ['a nationality adjective before a singular state organ acts for the state', 'The Algerian army shot down a Malian drone.', ['Algeria|Mali-']],
  ['... and before `troops`, which compromise reads as uncountable', 'Russian troops attacked Ukraine.', ['Russia|Ukraine-']],
  ['... not when a verb governs it as an object', 'Moldova, whose own separatist region of Transnistria shelters Russian troops, has coordinated closely with Ukraine.', ['Moldova|Ukraine+']],
]);

cases('relations: leaving an organisation', [
  ['`left` an organisation', 'Mali and Niger formally left ECOWAS in January.', ['ECOWAS|Mali-', 'ECOWAS|Niger-']],
  ['`quit` and `withdrew from`, past `the`', 'Qatar quit the OPEC cartel, and Russia withdrew from the Council of Europe.', ['Council of Europe|Russia-', 'OPEC|Qatar-']],
  ['leaving a meeting with an organisation is no exit', 'Mali left the meeting with ECOWAS early.', []],
  ['leaving a state is travel', 'Erdogan left Russia for Mali.', []],
  ['a passive `left by` names no member', 'Beijing is filling the void left by ECOWAS.', []],
]);

cases('relations: acts with no agent in the subject', [
  ['`any attack on X`: an act anyone might do', 'Trump pledged to treat any armed attack on Qatar as grave.', []],
  ['... a symmetric act keeps its parties', 'Berlin is wary of any confrontation with Beijing.', ['China|Germany-']],
  ['a predicate noun after `as a` has no agent in the subject', 'Dodik praises Trump as a true friend of Serbia.', ['Dodik|Donald Trump+']],
  ['... unless a possessor owns the noun before `as`', "Putin wants to enhance Russia's role as an indispensable partner for China.", ['China|Russia+']],
]);

cases('relations: descriptions and places', [
  ['`the emirate` is the one emirate named before', 'Qatar was under pressure. Riyadh declared its solidarity with the emirate.', ['Qatar|Saudi Arabia+']],
  ['... and not a kingdom', 'Qatar hosted the talks, and Iran praised the emirate.', ['Iran|Qatar+']],
  ['`the emirate` with no emirate in reach stays unresolved', 'Riyadh declared its solidarity with the emirate.', []],
  ['a strike on a thing in a state strikes the state', 'Israeli aircraft bombed a residential compound in Doha.', ['Israel|Qatar-']],
  ['... but a named target keeps the pair', 'Israel struck Hezbollah in Lebanon.', ['Hezbollah|Israel-']],
  ['a friendly act in a state is no act on it', 'Israel signed a memorandum in Doha.', []],
]);

cases('relations: shielding, resets, arrangements, complaints, mediators', [
  ['`protect X from Y`: what one shields from is opposed', 'Britain sent frigates to protect its trawlers from Icelandic gunboats.', ['Iceland|United Kingdom-']],
  ['`protect X` is still support', 'Britain sent frigates to protect Iceland.', ['Iceland|United Kingdom+']],
  ['a possessor\'s `reset with` an actor', "Fish were the easy part of Britain's reset with the European Union.", ['European Union|United Kingdom+']],
  ['a coordinated subject signing an `arrangement`', 'Norway, Britain and Iceland signed a trilateral arrangement.', ['Iceland|Norway+', 'Iceland|United Kingdom+', 'Norway|United Kingdom+']],
  ['`arrangements for` an event is no agreement', 'Norway and Britain made arrangements for the summit.', []],
  ['`lodged complaints with` an actor', 'Ashgabat has lodged quiet complaints with the Afghan authorities about the canal.', ['Afghanistan|Turkmenistan-']],
  ['a mediator between an actor and a non-actor is no party', 'Moscow has offered to mediate between Kabul and its northern neighbours.', []],
  ['`might` after an `if` clause asserts nothing', 'If the opposition gains, Serbia and Kosovo might finally resume normal relations.', []],
  ['`may` alone still asserts one (annotators read a possible act as a relation)', 'In return, Ethiopia may recognise Somaliland.', ['Ethiopia|Somaliland+']],
]);

cases('relations: siding with one actor against another', [
  ['`partnered with X against Y`: both partners are against Y', 'The United States partnered with ECOWAS against Mali.', ['ECOWAS|Mali-', 'ECOWAS|United States+', 'Mali|United States-']],
  ['`sided with X against Y`', 'India sided with Russia against the West.', ['India|Russia+', 'India|the West-', 'Russia|the West-']],
  ['`backed X against Y`', 'Turkey backed Egypt against Ethiopia.', ['Egypt|Ethiopia-', 'Egypt|Turkey+', 'Ethiopia|Turkey-']],
  ['`pitted X against Y` sets the two against each other (the `against` cue also reads the subject against Y)', 'Washington pitted the EU against China.', ['China|European Union-', 'China|United States-']],
]);

cases('relations: named agreements, fronted participles, peace', [
  ['a named agreement\'s head word is the agreement', 'Japan and the Philippines signed a Reciprocal Access Agreement in 2024.', ['Japan|Philippines+']],
  ['... with its partner after `with`, past `nonetheless`', 'Canada and Washington nonetheless signed the ICE Pact with Finland.', ['Canada|Finland+', 'Finland|United States+']],
  ['a named agreement no one signs here gives none', 'The Paris Agreement binds everyone.', []],
  ['a participle opening the sentence takes the main subject', 'Still feuding with Ethiopia over the dam, Egypt signed a defence pact with Somalia.', ['Egypt|Ethiopia-', 'Egypt|Somalia+']],
  ['... past a named place after `over the`', 'Still feuding with Ethiopia over the Grand Renaissance Dam, Egypt signed a defence pact with Somalia.', ['Egypt|Ethiopia-', 'Egypt|Somalia+']],
  ['`made peace with`', 'Egypt made peace with Israel in 1979.', ['Egypt|Israel+']],
  ['`joint` with a noun of its own (`joint statement`)', 'India and Japan issued a joint statement.', ['India|Japan+']],
]);

cases('relations: appositions and coordinated participles', [
  ['an apposition with an ordinal and an infinitive stands for the group before it', 'Egypt and Jordan, the first Arab states to make peace with Israel, have watched warily.', ['Egypt|Israel+', 'Israel|Jordan+']],
  ['... and with a number and a relative', 'Egypt and Jordan, the two Arab states that made peace with Israel, watched.', ['Egypt|Israel+', 'Israel|Jordan+']],
  ['two coordinated participles share their `by`', 'The Houthis, armed and trained by Iran, are a common enemy.', ['Houthis|Iran+']],
  ['... also after a passive auxiliary', 'Russia was sanctioned and isolated by the West.', ['Russia|the West-']],
]);

cases('relations: possessors of listed partners, prosecutions, joint running, led modifiers', [
  ["`X's closest partners, A and B`: the possessor's partners, not each other's", "Iran fears being encircled by Azerbaijan's closest partners, Turkey and Israel.", ['Azerbaijan|Israel+', 'Azerbaijan|Turkey+']],
  ['`the two rivals, A and B` still relates the two', 'The two rivals, India and China, met.', ['China|India-']],
  ['a prosecution of a person', 'Brazil continued its prosecution of Jair Bolsonaro.', ['Brazil|Jair Bolsonaro-']],
  ['`runs jointly with`', 'Norway keeps alive the commission it runs jointly with Moscow.', ['Norway|Russia+']],
  ['a `Russian-led` modifier inside the object of a cue\'s own preposition', 'Armenia froze its participation in the Russian-led CSTO.', ['Armenia|CSTO-']],
]);

cases('relations: organs named after their state', [
  ['an organ named after its state acts for the state', 'The Chinese Coast Guard harassed the Philippines again.', ['China|Philippines-']],
  ['... and is never paired with it', 'The United States held joint patrols with the US Navy.', []],
  ['a body named after a state that is no organ of it keeps its name', 'The Russian Orthodox Church backed Serbia.', ['Russian Orthodox Church|Serbia+']],
]);

cases('relations: a body named after a state need not be its organ', [
  ['the Taiwan Affairs Office is Beijing\'s, so Taiwan keeps its pair with it', 'Taipei drew a furious rebuke from the Taiwan Affairs Office in Beijing.', ['Taiwan|Taiwan Affairs Office-']],
]);

cases('relations: named products given as aid', [
  ['a named product is no recipient; the actor after `to` is', 'Turkey has supplied Bayraktar drones to the Sudanese army.', ['Sudan|Turkey+']],
  ['an organisation named alone is the recipient', 'Iran supplied Hezbollah with rockets.', ['Hezbollah|Iran+']],
  ["a state's possession is no product", "Russia supplies most of India's oil imports.", ['India|Russia+']],
  ['a nationality adjective before its noun is no product', 'Australia funds American shipyards.', ['Australia|United States+']],
]);

cases('relations: bare present verbs after plural subjects, falling out, arrests', [
  ['a bare verb after a coordination (compromise reads it as a noun)', 'Japan and South Korea back Ukraine.', ['Japan|Ukraine+', 'South Korea|Ukraine+']],
  ['... also before a `joint` act', 'Japan and South Korea hold joint exercises.', ['Japan|South Korea+']],
  ['... and after a plural nationality', 'The Americans train Mongolian peacekeepers.', ['Mongolia|United States+']],
  ['a noun modifier after a coordination stays a noun when the clause has its own verb', 'Japan and South Korea trade ties are deep.', []],
  ['`X and Y fell out`', 'The hiatus began when Beijing and Canberra fell out in 2020.', ['Australia|China-']],
  ['`fell out of favour` names no rift', 'Japan and South Korea fell out of favour with investors.', []],
  ['an arrest of an actor', 'China detained two Canadian citizens.', ['Canada|China-']],
]);

cases('relations: designations, lawsuits, shelter, ties that held', [
  ['`designated the X as` a terrorist group, past `the`', 'Trump designated the Sinaloa Cartel as a terrorist organisation.', ['Donald Trump|Sinaloa Cartel-']],
  ['a lawsuit against an actor', 'Ghana sued Togo over the border.', ['Ghana|Togo-']],
  ['sheltering a person or a group is support', "Islamabad had sheltered the Taliban's leaders for two decades.", ['Pakistan|Taliban+']],
  ['sheltering a nationality\'s troops is no such support', 'Transnistria shelters Russian troops.', []],
  ['ties that survived intact are friendly', 'Ties between Egypt and Israel survived the war intact.', ['Egypt|Israel+']],
]);

cases('relations: predicate nouns', [
  ["a predicate noun after a copula takes the copula's own subject", 'Russia is now a threat to Europe.', ['Europe|Russia-']],
  ['... and none when that subject is no actor', 'Draghi argued that the productivity gap with the United States is now a threat to Europe.', []],
  ['a predicate noun after a non-actor object has no agent', 'Vučić called the verdict against him an attack on all of Serbia.', []],
  ["a verb's pronoun object and a second object are no predicate", 'Canberra signed a treaty with Nauru that gives it a veto over Nauru.', ['Australia|Nauru+', 'Australia|Nauru-']],
]);

cases('relations: subject pronouns', [
  ['`it` is the nearest subject before its clause that fits', 'Iran revived a relationship that Khartoum abandoned in 2016 when it sided with Saudi Arabia.', ['Saudi Arabia|Sudan+']],
  ['... and the sentence subject when no nearer one does (an object is none)', 'China warned Japan after it sanctioned Taiwan.', ['China|Japan-', 'China|Taiwan-']],
  ["a free relative's pronoun is not the clause's subject", 'Armenia, furious at what it saw as betrayal, froze its participation in the CSTO.', ['Armenia|CSTO-']],
]);

cases('relations: weapons and lists are no actors', [
  ['a weapon named by its model is no actor', 'For five days, Thai F-16s bombed Cambodian positions.', []],
  ['a name with digits but no hyphen may be an actor (`M23`)', 'Rwanda backs the M23.', ['M23|Rwanda+']],
  ['the owner of the same act in a list is not its target', 'They have survived Saudi bombing, American bombing and Israeli bombing.', []],
]);
