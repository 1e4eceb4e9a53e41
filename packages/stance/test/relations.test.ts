import { describe, expect, it } from 'vitest';
import { findRelations } from '../src/index.js';
import { actorsIn, docWith, relationPairs } from './helpers.js';

const pairs = (text: string) => relationPairs(text);

describe('relations, by rule', () => {
  it.each([
    ['`between X and Y` after a conflict noun', 'A possible war between Russia and Ukraine worries everyone.', ['Russia|Ukraine-']],
    ['`between X and Y` after a cooperation noun', 'Coordination between China and Russia has grown.', ['China|Russia+']],
    ['a neutral noun before `between` gives nothing', 'The summit between China and Russia took place.', []],
    ['`between X and Y` after the verb of the cue\'s onset', 'War broke out between Egypt and Sudan.', ['Egypt|Sudan-']],
    ['... with a place or a time before `between`', 'In 2020 clashes erupted along the border between India and China.', ['China|India-']],
    ['... not past a comma into another clause', 'The war began in Yemen, and relations between Egypt and Sudan improved.', ['Egypt|Sudan+']],
    ['subject, verb, object', 'Beijing is siding with Moscow on the Ukraine issue.', ['China|Russia+']],
    ['coordinated subjects are expanded', 'China and Russia oppose NATO.', ['China|NATO-', 'NATO|Russia-']],
    ['coordinated objects are expanded', 'Russia made demands on the US and NATO.', ['NATO|Russia-', 'Russia|United States-']],
    ['a passive with `by` names the agent', 'Russia was isolated by the West in 2014.', ['Russia|the West-']],
    ['a nominal `by` agent falls on the possessor', 'Russia needs help because of its isolation by the West.', ['Russia|the West-']],
    ['a participle without its auxiliary is not a passive', 'It is a view shared and supported by Russia.', []],
    ['a possessor is the actor of a noun cue', 'Russia made impossible demands; Japan noted Russia’s demands on the US.', ['Russia|United States-']],
    ['a nationality adjective is the actor of a noun cue', 'With Russian support, Beijing is preparing a plan.', ['China|Russia+']],
    ['`the two rivals, X and Y`', 'Neither of the two rivals — the US and China — could win.', ['China|United States-']],
    ['a symmetric cue with a coordinated subject relates its members', 'China and Russia have joined forces.', ['China|Russia+']],
    ['`X-Y relations` take the tone of the sentence', 'China-Russia relations are better than ever.', ['China|Russia+']],
    ['`relations with X` that have soured', 'Japan said relations with China have deteriorated.', ['China|Japan-']],
    ['`X views Y as` a threat', 'China views NATO as a threat to its security.', ['China|NATO-']],
    ['negation in the clause blocks the relation', 'The rise of China does not pose a threat to Russia.', []],
    ['a cue inside a name is not a cue', 'India joined the Shanghai Cooperation Organization meeting.', []],
    ['`US-led` modifies the noun after it', 'China is opposed to the US-led bloc and to NATO.', ['China|NATO-']],
    ['a clause boundary keeps subjects apart', 'Russia needs an ally, while China is buying oil from Iran.', ['China|Iran+']],
    ['a relative clause takes the group it hangs on as subject', 'The vetoes angered Poland, which accuses Hungary of bad faith.', ['Hungary|Poland-']],
    ['a possessor’s noun phrase can be the subject', 'Budapest’s vetoes have frustrated Poland.', ['Hungary|Poland-']],
    ['a participle read as an adjective is still a verb after `is`', 'Washington is supporting Japan with cargoes.', ['Japan|United States+']],
    ['a noun cue inside another cue’s object is neither’s pair', 'Hungary opposed new sanctions on Russia.', []],
    ['`, and X is ...` starts a new clause, not a longer list', 'India signed a partnership with Washington, and Japan is building a plant.', ['India|United States+']],
    ['a place after `in` is not an object', 'The Houthis staged attacks on shipping in the Red Sea near Iran.', []],
    ['the object stops at a relative clause', 'The US will stay dependent on an island that China claims.', []],
    ['a cue noun that modifies a noun is no cue', 'Russia’s competition commissioner visited Japan.', []],
    ['a nationality adjective before its noun joins no list', 'Exports went to India and China after the war, and Western sanctions followed.', []],
    ['an adverb may sit inside a multiword cue', 'The United States has sided firmly with Guyana.', ['Guyana|United States+']],
    ['a nationality adjective with a plural head is a subject', 'Chinese officials accuse Washington of bullying.', ['China|United States-']],
    ['a name modifying a singular head is not a subject', 'A Japan presidency would weaken American guarantees.', []],
    ['a parenthesis may sit between subject and verb', 'Germany, long accused of hesitancy, is now a supplier of weapons to Ukraine.', ['Germany|Ukraine+']],
    ['a possessor opening the clause acts for a noun cue', 'Venezuela’s referendum has revived a dispute with Guyana.', ['Guyana|Venezuela-']],
    ['a strained partnership is a negative relation', 'The partnership between Warsaw and Berlin is strained by disputes.', ['Germany|Poland-']],
    ['a verb that denies what follows blocks the relation', 'China has avoided criticising Iran.', []],
    ['a clause’s subject pronoun is the sentence’s subject', 'India argues that it matters, and it has criticised Japan.', ['India|Japan-']],
    ['`pit X against Y`', 'The talks will pit Japan against China.', ['China|Japan-']],
    ['after a cue’s own preposition the object comes at once', 'China depends on the route for its exports to Japan.', []],
    ['`the group` stands for the organisation named before', 'The Houthis attacked ships, while Iran continues to arm the group.', ['Houthis|Iran+']],
    ['an actor after `to the` is an oblique, not the subject of a participle', 'Putin spoke to the Federal Assembly, accusing Washington of lying.', ['United States|Vladimir Putin-']],
    ['a passive’s subject ends right before its auxiliaries', 'The rebels, which Western governments say is backed by Russia, advanced.', []],
    ['an agreement’s parties follow `with`, not `for`', 'Japan negotiated the treaty for the Obama administration.', []],
    ['`the alliance` is no company named in passing', 'Rheinmetall builds tanks. Finland has joined the alliance.', []],
    ['`an investigation into` an actor’s goods', 'The EU has opened an investigation into Chinese electric cars.', ['China|European Union-']],
    ['buying from an actor is trade', 'Russia buys Iranian drones.', ['Iran|Russia+']],
    ['a relative clause with `whose` hangs on the group before it', 'Japan, whose islands lie close, is strengthening its coordination with Taipei.', ['Japan|Taiwan+']],
    ['`has` is an auxiliary whatever compromise tags it', 'The Philippines has drawn closer to Taiwan as well.', ['Philippines|Taiwan+']],
    ['a coordinated passive takes the clause’s subject', 'Lithuania allowed visits and was punished by China with an embargo.', ['China|Lithuania-']],
    ['`China, Russia, and Iran are` is one list', 'China, Russia, and Iran are opposed to NATO.', ['China|NATO-', 'Iran|NATO-', 'NATO|Russia-']],
    ['a fronted place is not the subject’s list mate', 'In Vilnius, Japan criticised China.', ['China|Japan-']],
    ['selling to a state is trade', 'Israel sells Iran advanced weapons.', ['Iran|Israel+']],
    ['a traded product is no partner', 'Japan sold Rheinmetall tanks to nobody.', []],
    ['drifting toward an actor is alignment', 'Japan has drifted toward Moscow.', ['Japan|Russia+']],
    ['distrust of a possessor’s ties', 'Iran distrusts Japan’s ties with Israel.', ['Iran|Japan-']],
    ['ending a cooperation is hostile', 'The Western members suspended cooperation with Russia.', ['Russia|the West-']],
    ['an act named in a time phrase has no subject agent', 'Japan cut imports after the invasion of Ukraine.', []],
    ['welcoming an actor’s investment', 'Japan welcomes American investment in its mines.', ['Japan|United States+']],
    ['a clause that leaves its subject out shares the sentence’s', 'Japan insists that nothing is for sale, but welcomes American investment.', ['Japan|United States+']],
    ['a finite-looking cue with `by` is a noun', 'Russia was hurt by increasing boycotts by Western countries.', ['Russia|the West-']],
  ])('%s', (_, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('cites the sentence and the cue span', () => {
    const text = 'Beijing is siding with Moscow.';
    const [r] = findRelations(docWith(text, actorsIn(text))).layers.relations!.relations;
    expect(r).toMatchObject({ sentence: 0, source: 'China', target: 'Russia', polarity: '+', cue: { text: 'siding with' } });
    expect(text.slice(r!.cue.start, r!.cue.end)).toBe('siding with');
  });

  it.each([
    ['`the alliance` stands for the organisation named just before', 'NATO met in Vilnius. Later, Finland joined the alliance.', ['Finland|NATO+']],
    ['`the regional bloc` too', 'NATO met. The regional bloc imposed sanctions on Russia.', ['NATO|Russia-']],
    ['with no organisation named before, `the alliance` is nobody', 'Finland joined the alliance.', []],
  ])('%s', (_, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('maps a leader with a nationality title to the state', () => {
    const text = 'Russian President Putin stressed that relations with China are stronger than ever.';
    const doc = docWith(text, [{ text: 'Russian President Putin', canonical: 'Vladimir Putin', type: 'PERSON' }, { text: 'Russian', canonical: 'Russia', type: 'NORP' }, { text: 'China', canonical: 'China' }]);
    expect(findRelations(doc).layers.relations!.relations.map((r) => [r.source, r.target, r.polarity])).toEqual([['Russia', 'China', '+']]);
  });

  // rules added for recall on unseen essays (sentences written for these tests)
  it.each([
    ['a denial does not reach a coordinated predicate', 'Egypt refuses to talk to Ethiopia and still relies on Sudan.', ['Egypt|Sudan+']],
    ['a denial still blocks its own predicate', 'Egypt refuses to back Ethiopia or Sudan.', []],
    ['a denial does not cross `although`', 'Brazil declined to criticise Argentina, although it signed a deal with Mexico.', ['Brazil|Mexico+']],
    ['a possessor’s act stands under the clause’s denial', 'Brazil declined to join Canada’s sanctions on Argentina.', ['Argentina|Canada-']],
    ['an imposing verb makes its subject the agent of the noun cue', 'Mexico has threatened fresh tariffs on Canada.', ['Canada|Mexico-']],
    ['an imposing gerund too', 'With Trump threatening tariffs on Europe, Canada is nervous.', ['Donald Trump|Europe-']],
    ['an actor after `without` is no object', 'Brazil can delay the pact, but it cannot block it without Argentina.', []],
    ['a sentence-opening `it` is the previous sentence’s subject', 'Serbia is the obvious winner. It supports Albania’s claim.', ['Albania|Serbia+']],
    ['a sentence-opening `he` is a person subject before', 'Trump met reporters. He condemned Mexico.', ['Donald Trump|Mexico-']],
    ['`it` never stands for a person', 'Trump met reporters. It condemned Mexico.', []],
    ['a sentence-opening `they` is a coordinated subject before', 'Egypt and Sudan met in Khartoum. They condemned Ethiopia.', ['Egypt|Ethiopia-', 'Ethiopia|Sudan-']],
    ['`they` does not stand for a single state', 'Egypt met Sudan in Khartoum. They condemned Ethiopia.', []],
    ['`they` stands for a state\'s people named in the plural (`Egypt\'s generals`)', 'Egypt’s generals have ruled for a decade. They condemned Ethiopia.', ['Egypt|Ethiopia-']],
    ['... not for a state\'s one body', 'Egypt’s army has ruled for a decade. They condemned Ethiopia.', []],
    ['`it` in a passive is the previous subject', 'Serbia held elections. It was sanctioned by Canada.', ['Canada|Serbia-']],
    ['a hyphenated pair before a conflict noun', 'The Egypt-Ethiopia dispute has deepened.', ['Egypt|Ethiopia-']],
    ['a hyphenated pair before a cooperation noun', 'The Japan-Australia partnership keeps growing.', ['Australia|Japan+']],
    ['an apposition after the subject is not the subject', 'Brazil and Argentina, Mexico’s neighbours, have courted Canada.', ['Argentina|Canada+', 'Brazil|Canada+']],
    ['an apposition naming a rivalry relates both sides too', 'Brazil and Argentina, Mexico’s rivals, have courted Canada.', ['Argentina|Canada+', 'Argentina|Mexico-', 'Brazil|Canada+', 'Brazil|Mexico-']],
    ['standing behind an actor', 'Albania has stood firmly behind Kosovo.', ['Albania|Kosovo+']],
    ['funding an actor', 'Egypt funds Sudan’s army.', ['Egypt|Sudan+']],
    ['blockading an actor', 'Ethiopia accused Egypt, which blockaded Sudan.', ['Egypt|Ethiopia-', 'Egypt|Sudan-']],
    ['rebuking an actor', 'Brazil publicly rebuked Argentina.', ['Argentina|Brazil-']],
    ['recognising an actor', 'Albania recognised Kosovo in 2008.', ['Albania|Kosovo+']],
    ['refusing to recognise gives nothing', 'Serbia refuses to recognise Kosovo.', []],
    ['trading with an actor', 'Mexico trades with Canada more than ever.', ['Canada|Mexico+']],
    ['bombing an actor', 'Egypt bombed Sudan’s rebels near the border.', ['Egypt|Sudan-']],
    ['a noun cue’s agent after its object’s `by`', 'Fresh sanctions on Iran by Canada are coming.', ['Canada|Iran-']],
    ['a side named by an adjective and its noun after `between`', 'The war between the Russian army and Ukraine goes on.', ['Russia|Ukraine-']],
    ['a pronoun after a nearer subject is the sentence’s subject', 'Canada sanctioned Egypt after concluding that Sudan had lied, and it later imposed sanctions on Ethiopia.', ['Canada|Egypt-', 'Canada|Ethiopia-']],
    ['a verb’s non-actor object closes its reach', 'Japan courted the army in the hope of a base near Egypt.', []],
    ['an adjective’s act in a `by` phrase falls on the subject before it', 'Iran, isolated by Western sanctions, needed the deal.', ['Iran|the West-']],
    ['mending relations with an actor', 'Iran has rebuilt its relations with Egypt.', ['Egypt|Iran+']],
    ['`now` after a parenthesis still leads to the verb', 'Brazil and Argentina, old rivals, now coordinate their trade policies.', ['Argentina|Brazil+', 'Argentina|Brazil-']],
    ['an adjective’s act falls on a subject after it, not before it', 'Trump said that Mexico would respect Canadian sanctions.', []],
    ['an adjective’s act in a `with` phrase falls on the subject', 'With Russian support, Sudan held the line.', ['Russia|Sudan+']],
    ['an actor after `through` is a means, not an object', 'Washington courts Albania through NATO.', ['Albania|United States+']],
    ['a symmetric verb’s parties are its coordinated subject, not the topic after a preposition', 'Egypt and Sudan now share information on Ethiopia’s dam.', ['Egypt|Sudan+']],
  ])('%s', (_, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
