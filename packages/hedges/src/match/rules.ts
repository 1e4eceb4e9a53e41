import { W } from '../words.js';
import { SentenceContext } from './context.js';
import { feasible, namingPassive, narrativeYear, permissionHolder, showsUp } from './senses.js';
import { asTheNameSays, attributiveParticiple, clauseWithNameSubject, compoundNoun, MARKING_PURPOSE, nounByContext } from './readings.js';

/** A match the rules judge: tokens `[start, end)` of the sentence. */
export interface RuleInput {
  start: number;
  end: number;
}

/** A context rule: true when the match is a cue here. */
export type Rule = (c: SentenceContext, m: RuleInput) => boolean;

const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'who', 'where', 'which']);
const PRONOUN_BEFORE_IS = new Set(['it', 'that', 'there', 'what', 'he', 'she', 'this', 'who', 'here', 'which', 'nothing', 'everything', 'one']);
const EVIDENCE_OBJECTS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'both', 'some', 'once', 'again', 'beyond', 'conclusively', 'clearly']);
const PERFECT_OR_PASSIVE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'being', "'s", "'ve"]);
const MODALS = new Set(['may', 'might', 'could', 'would', 'can', 'will', 'should', 'must']);
const SKIPPABLE = new Set(['not', "n't", 'never', 'still', 'yet', 'now', 'so', 'very', 'quite', 'entirely', 'fully', 'far', 'from', 'all', 'too', 'increasingly', 'less', 'more', 'by', 'means', 'always', 'already', 'hardly', 'altogether', 'completely', 'absolutely', 'perfectly', 'abundantly', 'painfully', 'crystal', 'reasonably', 'fairly', 'highly', 'much', 'also', 'equally', 'just', 'me', 'us', 'to', 'becoming', 'getting', 'now', 'then', 'thus', 'therefore', 'however', ',']);

/** True when something before `i` (skipping degree adverbs and negation) is a linking verb. */
function afterCopula(c: SentenceContext, i: number): boolean {
  for (let j = i - 1, steps = 0; j >= c.start && steps < 5; j--, steps++) {
    const w = c.n(j);
    // `'s` is `is` after a pronoun (`it's clear`), a possessive after a name (`Russia's impossible demands`)
    if (w === "'s") return PRONOUN_BEFORE_IS.has(c.n(j - 1));
    if (W.copulas.has(w)) return true;
    if (!SKIPPABLE.has(w)) return false;
  }
  return false;
}

/** Predicative use (`is uncertain`, `unclear whether`), not attributive (`an uncertain phase`). */
const predicative: Rule = (c, m) => afterCopula(c, m.start) || COMPLEMENTIZERS.has(c.n(m.end)) || (c.n(m.end) === 'to' && !c.isNounOnly(m.end + 1));

const TIME_PREPOSITIONS = new Set(['in', 'by', 'since', 'until', 'after', 'before', 'during', 'from', 'of']);

/**
 * Past context: the sentence opens with a time phrase naming a year earlier than the document's
 * latest (`In 1990 she could read Greek`, `By 2014, Russia could ...`), and the modal follows it.
 */
function pastYearBefore(c: SentenceContext, i: number): boolean {
  for (let j = c.start; j < i && j < c.start + 5; j++) {
    const t = c.doc.tokens[j];
    if (t?.kind === 'number' && /^\d{4}$/u.test(t.text) && Number(t.text) < c.latestYear && TIME_PREPOSITIONS.has(c.n(j - 1))) return true;
  }
  return false;
}

const PERFECT_AUX = new Set(['has', 'have', 'had', "'ve", 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const AS_COMPARISON = new Set(['far', 'much', 'many', 'well', 'soon', 'long', 'early', 'late', 'recently', 'often', 'few', 'little', 'quickly', 'high', 'low']);
const HABITUAL = new Set(['usually', 'often', 'regularly', 'typically', 'normally', 'frequently', 'occasionally', 'whenever', 'routinely', 'customarily', 'traditionally', 'sometimes']);
const NARRATIVE_ADVERBS = new Set(['later', 'eventually', 'subsequently', 'afterwards', 'thereafter', 'soon']);
const CONDITIONAL = new Set(['if', 'unless', 'whether', 'otherwise', 'suppose', 'imagine', 'without']);

/** The tense of token `j` when it is a finite verb: `past`, `present`, or null for anything else. */
function finiteTense(c: SentenceContext, j: number): 'past' | 'present' | null {
  const tags = c.tags(j);
  if (!tags.includes('Verb') || tags.includes('Modal') || tags.includes('Gerund')) return null;
  const prev = c.n(j - 1);
  // compromise tags bare presents `Infinitive` too, so the word before decides: `to go`, `would go`
  if (prev === 'to' || MODALS.has(prev) || prev === "n't" || prev === 'not') return null;
  if (tags.includes('PastTense')) return PERFECT_AUX.has(prev) || prev === ',' ? null : 'past';
  return tags.includes('PresentTense') || ['is', 'are', 'am', "'s", "'re", 'has', 'have', 'does', 'do'].includes(c.n(j)) ? 'present' : null;
}

/**
 * Narrative past around a modal at `i`: the nearest finite verb before it in the sentence, or
 * else the first (main) one of the previous sentence, is past tense (`people would play in honour of`,
 * `Parliament could create more problems than it solved`). A condition (`if`) keeps the modal.
 */
function narrativePast(c: SentenceContext, i: number): boolean {
  for (let j = c.start; j < i; j++) if (CONDITIONAL.has(c.n(j))) return false;
  for (let j = i - 1; j >= c.start; j--) {
    const tense = finiteTense(c, j);
    // a possibility someone reported (`the ombudsman stated could violate`) is still a possibility
    if (tense) return tense === 'past' && !(c.n(i) === 'could' && W.reportingVerbs.has(c.n(j)));
  }
  const previous = c.doc.sentences[(c.doc.tokens[c.start - 1]?.sentence ?? -1)];
  if (!previous) return false;
  const outer = new SentenceContext(c.doc, c.normals, previous.tokenStart, previous.tokenEnd, c.latestYear);
  // the previous sentence's main verb: its first finite one
  for (let j = previous.tokenStart; j < previous.tokenEnd; j++) {
    const tense = finiteTense(outer, j);
    if (tense) return tense === 'past';
  }
  return false;
}

/** `by some`, `by many observers`, `by critics`: an agent that names no one. */
function byVagueSource(c: SentenceContext, i: number): boolean {
  const w = c.n(i);
  if (W.vagueQuantifiers.has(w) && w !== 'other' && w !== 'certain') return true;
  return W.vagueSources.has(w) || (W.vagueSources.has(c.n(i + 1)) && c.has(i, 'Adjective'));
}

/**
 * Deontic and purpose uses of may/might: permission (`only one element may be addressed`, `you may
 * check`), purpose (`so that we may serve`) and the optative (`may God's curse be upon him`,
 * where no verb follows).
 */
function permissionOrPurpose(c: SentenceContext, i: number): boolean {
  if (c.n(i - 1) === 'you') return true;
  for (let j = i - 1; j >= c.start && j >= i - 5 && !c.isPunct(j); j--) if (c.n(j) === 'only') return true;
  if ((c.n(i - 2) === 'that' && c.n(i - 3) === 'so') || (c.n(i - 3) === 'that' && c.n(i - 4) === 'so')) return true;
  const next = nextVerb(c, i + 1);
  return next < c.end && c.isNounOnly(next) && !c.has(next, 'Pronoun');
}

/** The first token after `i` that is not an adverb (`could also transfer` → `transfer`). */
function nextVerb(c: SentenceContext, i: number): number {
  let j = i;
  while (j < c.end && (c.has(j, 'Adverb') || c.n(j) === 'also' || c.n(j) === 'only')) j++;
  return j;
}

/** A verb reading: not a bare noun, and not after a determiner (`that claim`, `the show`). */
const SUBJECT_BEFORE_VERB = new Set(['that', 'which', 'who', 'it', 'this', 'they', 'he', 'she', 'we', 'i', 'also', 'not', "n't", 'to', 'often', 'still']);
const verb: Rule = (c, m) => {
  if (c.n(m.end) === '-' || c.n(m.start - 1) === '-') return false;
  if (nounByContext(c, m)) return false;
  // compromise reads `research that suggests` as a plural noun; a subject word before it says verb
  if (SUBJECT_BEFORE_VERB.has(c.n(m.start - 1))) return true;
  // a noun subject and a that-clause: `bankers in Frankfurt fear that`, however compromise tagged it
  if (c.n(m.end) === 'that' && c.has(m.start - 1, 'Noun') && !W.determiners.has(c.n(m.start - 1))) return true;
  return !c.isNounOnly(m.start) && !W.determiners.has(c.n(m.start - 1));
};

const DELIBERATION_AFTER = new Set(['but', 'and', 'or', 'carefully', 'seriously', 'separately', 'further', 'briefly', 'from', 'later']);

const modalAfter = (c: SentenceContext, i: number) => MODALS.has(c.n(i - 1)) || MODALS.has(c.n(i - 2)) && c.has(i - 1, 'Adverb');

/**
 * Context rules by name; lexicon entries name the one they need. Each encodes one of the
 * ANNOTATION.md cases where a cue word is not a cue.
 */
export const RULES: Record<string, Rule> = {
  // the month and the name (`in May`, `Theresa May`): a capital May inside a sentence, or a May before a number
  may: (c, m) => {
    // a capital May is the month or a name; the optative (`May he rest`) is no hedge either
    const surface = c.text(m.start);
    if (surface === 'May' || (surface === 'MAY' && c.doc.tokens[m.start + 1]?.kind === 'number')) return false;
    return !permissionOrPurpose(c, m.start) && !namingPassive(c, m.start) && !permissionHolder(c, m.start);
  },
  // `military might`, `the might of`: the noun
  might: (c, m) => !(W.determiners.has(c.n(m.start - 1)) && c.n(m.start - 1) !== 'that' && c.n(m.start - 1) !== 'this') && c.n(m.end) !== 'of' && !(c.has(m.start - 1, 'Adjective') && !c.has(m.start - 1, 'Pronoun')),
  // ability (`could read`), inability (`could not agree`) and past possibility (`In 1990 ... could`)
  could: (c, m) => {
    const next = c.n(m.end);
    if (W.negators.has(next) || next === 'only' || next === 'barely' || next === 'hardly') return false;
    if (W.abilityVerbs.has(c.n(nextVerb(c, m.end)))) return false;
    if (next === 'have') return true;
    if (namingPassive(c, m.start)) return false;
    // `so that it could concentrate`: purpose in a past narrative
    if ((c.n(m.start - 2) === 'that' && c.n(m.start - 3) === 'so') || (c.n(m.start - 3) === 'that' && c.n(m.start - 4) === 'so')) return false;
    return !pastYearBefore(c, m.start) && !W.pastMarkers.has(c.n(m.start - 2)) && !W.pastMarkers.has(c.n(m.start - 3)) && !narrativePast(c, m.start);
  },
  // reported future-in-the-past (`said it would`), preference (`would like`), narrative (`would later`)
  would: (c, m) => {
    const next = c.n(m.end);
    if (W.wouldNonHedge.has(next) || next === '-') return false;
    for (let j = c.start; j < m.start; j++) if (NARRATIVE_ADVERBS.has(c.n(j))) return false;
    // habitual past (`people would often start to leave`, `whenever ... he would`): reported past, not a hedge
    for (let j = c.start; j < c.end; j++) if (HABITUAL.has(c.n(j))) return false;
    for (let j = m.start - 1; j >= c.start && j >= m.start - 6; j--) {
      if (W.reportingVerbs.has(c.n(j))) return false;
      if (c.isPunct(j) && c.n(j) !== ',') break;
    }
    if (next === 'have' && (c.has(m.end + 1, 'Participle') || c.has(m.end + 1, 'PastTense') || c.n(m.end + 1) === 'been')) return true;
    return !pastYearBefore(c, m.start) && !narrativePast(c, m.start) && !narrativeYear(c, m.start);
  },
  // epistemic must only with a perfect infinitive (`must have known`); otherwise obligation
  'must-have': (c, m) => c.has(m.end, 'Participle') || c.has(m.end, 'PastTense') || c.n(m.end) === 'been',
  verb: (c, m) => verb(c, m) && !attributiveParticiple(c, m),
  // `as expected`, `than expected` are caught as non-cues; here the noun (`expectations`) and the attributive stay out
  expect: (c, m) => verb(c, m) && c.n(m.start - 1) !== 'as' && c.n(m.start - 1) !== 'than',
  // `fear that`, `feared a collapse`; not `want or fear or respect`
  fear: (c, m) => verb(c, m) && !c.isPunct(m.end) && !['or', 'and', 'nor'].includes(c.n(m.end)),
  // `believe in` is faith or trust, not belief that
  believe: (c, m) => verb(c, m) && c.n(m.end) !== 'in',
  think: (c, m) => {
    // `Marxist thought`, `schools of thought`: the noun
    const prev = c.n(m.start - 1);
    if (c.n(m.start) === 'thought' && (['of', 'and', 'or', "'s"].includes(prev) || ((c.has(m.start - 1, 'Adjective') || c.has(m.start - 1, 'Demonym')) && !c.has(m.start - 1, 'Adverb')))) return false;
    return verb(c, m) && !W.thinkNonEpistemic.has(c.n(m.end));
  },
  // `assume power`, `assume the presidency`: taking on, not supposing
  assume: (c, m) => verb(c, m) && !W.takeOnObjects.has(c.n(m.end)),
  suppose: (c, m) => verb(c, m) && c.n(m.end) !== 'to',
  // `claims that`, `claimed to be`; not a territorial claim (`claims as its own`, `claimed the island`)
  // `consider it a comet`, `what they consider a soulless corporation`, `regard X as Y`: belief, not deliberation or sight
  doxastic: (c, m) => {
    if (!verb(c, m) || PERFECT_OR_PASSIVE.has(c.n(m.start - 1)) && c.n(m.start - 1) !== 'have' && c.n(m.start - 1) !== 'has') return false;
    const word = c.n(m.start);
    const next = c.n(m.end);
    if (COMPLEMENTIZERS.has(next) || next === 'as' || c.isPunct(m.end)) return false;
    let asSoon = false;
    for (let j = m.end + 1; j < c.end && j <= m.end + 5 && !c.isPunct(j); j++) if (c.n(j) === 'as') asSoon = true;
    if (!word.startsWith('consider')) return asSoon;
    if (asSoon || ['what', 'whom', 'which'].includes(c.n(m.start - 1)) || ['what', 'whom', 'which'].includes(c.n(m.start - 2))) return true;
    for (let j = m.end + 1; j < c.end && j <= m.end + 4 && !c.isPunct(j); j++) if (c.n(j) === 'to' && c.n(j + 1) === 'be') return true;
    return /^(him|her|it|them|themselves|itself|himself|herself|this|that)$/u.test(next) && (c.has(m.end + 1, 'Adjective') || c.has(m.end + 1, 'Determiner'));
  },
  // `allegations of fraud`, `amid rumours`; not `his allegations`
  unpossessed: (c, m) => !W.definiteDeterminers.has(c.n(m.start - 1)) && c.n(m.start - 1) !== "'s" && !c.has(m.start - 1, 'Possessive'),
  // `we judge that`, `I do not assess that`, `we reckon`: estimative only in the writer's own voice;
  // `the court judged`, `we assess the damage` (an object, not a clause) are not estimates
  'first-person-estimate': (c, m) => {
    let j = m.start - 1;
    while (j >= c.start && j >= m.start - 4 && (W.auxiliaries.has(c.n(j)) || W.negators.has(c.n(j)) || c.has(j, 'Adverb'))) j--;
    if (!W.selfMentions.has(c.n(j))) return false;
    const next = c.n(m.end);
    return c.n(m.start).startsWith('reckon') || next === 'that' || next === 'it' || next === 'there' || (c.has(m.end, 'Pronoun') && c.has(m.end + 1, 'Verb'));
  },
  claim: (c, m) => verb(c, m) && (c.n(m.end) === 'that' || c.n(m.end) === 'to' || clauseWithNameSubject(c, m.end) || (c.has(m.end, 'Copula') && !W.determiners.has(c.n(m.start - 1)))),
  doubt: (c, m) => c.n(m.start - 1) !== 'the' || c.n(m.end) === 'that',
  // `appear to`, `appears that`, `appears unlikely`; not `appeared on television`
  appear: (c, m) => {
    const next = c.n(m.end);
    if (showsUp(c, m.start, m.end)) return false;
    // `appears more frequently`: a comparison of how often, not of how likely
    if (['more', 'less', 'increasingly'].includes(next) && c.has(m.end + 1, 'Adverb')) return false;
    if (W.appearComplements.has(next)) return true;
    if (next === 'as') return c.n(m.end + 1) === 'if' || c.n(m.end + 1) === 'though';
    if (c.has(m.end, 'Adjective') && !c.has(m.end, 'Noun') && !c.has(m.end, 'Preposition')) return true;
    // `it appears there were`, `it appears, ...`: the impersonal form always hedges
    return c.n(m.start - 1) === 'it';
  },
  suggest: (c, m) => verb(c, m) && !asTheNameSays(c, m.start) && !attributiveParticiple(c, m) && !c.has(nextVerb(c, m.end), 'Gerund'),
  // `is indicated by a prefix`: marking, not inference
  indicate: (c, m) => verb(c, m) && !asTheNameSays(c, m.start) && !PERFECT_OR_PASSIVE.has(c.n(m.start - 1)) && !(c.n(m.start - 1) === 'to' && MARKING_PURPOSE.has(c.n(m.start - 2))),
  // `devices to estimate body fat`: measuring
  estimate: (c, m) => verb(c, m) && c.n(m.start - 1) !== 'to' && !compoundNoun(c, m) && !attributiveParticiple(c, m),
  likely: (c, m) => !W.likelyNouns.has(c.n(m.end)),
  // `a possible war` is a hedge; `as soon as possible`, `the best possible`, `made possible`, `possible to build` are not
  possible: (c, m) => {
    const prev = c.n(m.start - 1);
    if (prev === 'as' || W.possibleNonCue.has(prev) || c.doc.tokens[m.start - 1]?.kind === 'number') return false;
    // `the number of possible moves`, `the set of possible values`: the range of options, not a hedge
    if (prev === 'of' && W.possibleNonCue.has(c.n(m.start - 2))) return false;
    if (feasible(c, m.start, m.end)) return false;
    for (let j = m.start - 1; j >= c.start && j >= m.start - 3; j--) if (W.makeVerbs.has(c.n(j))) return false;
    return c.n(m.end) !== 'to' && c.n(m.end) !== 'for';
  },
  impossible: (c, m) => predicative(c, m) && c.n(m.end) !== 'to',
  predicative,
  // `certain countries`, `a certain extent`: a determiner, not certainty
  certain: (c, m) => predicative(c, m) || (c.n(m.end) === 'to' && afterCopula(c, m.start)),
  sure: (c, m) => predicative(c, m) && !['make', 'makes', 'made', 'making'].includes(c.n(m.start - 1)),
  // `a potential conflict`; not `the potential for`
  attributive: (c, m) => !afterCopula(c, m.start) && (c.has(m.end, 'Noun') || c.has(m.end, 'Adjective')) && !c.isPunct(m.end),
  // evidence (`the data show that`), not display (`show restraint`), not a show, not after a modal
  show: (c, m) => {
    const next = c.n(nextVerb(c, m.end));
    if (c.n(m.start - 1) === 'as' || modalAfter(c, m.start) || W.displayObjects.has(next)) return false;
    if (COMPLEMENTIZERS.has(next)) return true;
    if (!verb(c, m) || c.n(m.start - 1) === 'to') return false;
    return EVIDENCE_OBJECTS.has(next) || PERFECT_OR_PASSIVE.has(c.n(m.start - 1)) && (next === 'to' || c.isPunct(m.end));
  },
  prove: (c, m) => verb(c, m) && c.n(m.start - 1) !== 'as' && !modalAfter(c, m.start) && !(c.has(m.end, 'Noun') && !c.has(m.end, 'Pronoun') && !afterCopula(c, m.start)),
  // factive know takes a clause (`knowing that`, `we know it is`), not an object (`know the region`)
  know: (c, m) => {
    if (!verb(c, m)) return false;
    const next = c.n(m.end);
    // `know how to`, `know when to`: a skill
    if (COMPLEMENTIZERS.has(next) && c.n(m.end + 1) === 'to') return false;
    // `diplomats know it.`: the fact just stated
    if (['it', 'this', 'that'].includes(next) && c.isPunct(m.end + 1)) return true;
    return next === 'that' || next === 'full' || next === 'for' || next === 'from' || COMPLEMENTIZERS.has(next) || (c.has(m.end, 'Pronoun') && c.has(m.end + 1, 'Verb')) || next === 'there';
  },
  'ruled-out': () => true,
  // `passive-as`: X is regarded as / considered one of / seen as; not `considered by parliament`
  'passive-as': (c, m) => {
    let next = c.n(m.end);
    // `are being considered`, `was considered but rejected`, `considered separately`: deliberation, not opinion
    if (c.n(m.end - 2) === 'being' || DELIBERATION_AFTER.has(next)) return false;
    if (next === 'by') return byVagueSource(c, m.end + 1);
    if (next === '"' || next === "'") next = c.n(m.end + 1);
    else if (c.isPunct(m.end)) return false;
    // a bare participle is a reduced passive only after a comma or `those` (`Berruguete, considered the
    // greatest`); after a subject it is active (`Russia considered the proposal`)
    if (m.end - m.start === 1 && !(c.n(m.start - 1) === ',' || c.n(m.start - 1) === '(' || c.n(m.start - 1) === 'those')) return false;
    for (let j = m.end; j < c.end && j < m.end + 5 && !c.isPunct(j); j++) {
      // `seen as far away as Illinois` compares; `seen as a threat` judges
      if (c.n(j) === 'as') {
        if (AS_COMPARISON.has(c.n(j + 1)) && (c.n(j + 2) === 'as' || c.n(j + 3) === 'as')) break;
        return true;
      }
      if (j === m.end && c.n(j) === 'to') return true;
    }
    // `considered for the lead`, `seen in Kyiv`: deliberation or sight, not opinion
    if (c.has(m.end, 'Preposition') && next !== 'among') return false;
    return ['considered', 'deemed', 'thought', 'believed', 'held', 'expected', 'assumed', 'accepted', 'reported'].includes(c.n(m.end - 1));
  },
  // `is said to be`, `was believed to have`; not `held to account`
  raising: (c, m) => c.has(m.end, 'Verb') || ['be', 'have', 'possess', 'hold', 'own', 'control', 'lie', 'live', 'come', 'originate', 'contain', 'date', 'number', 'exceed', 'include', 'represent'].includes(c.n(m.end)),
  // agentless (`has been questioned`) or by a vague agent (`questioned by some observers`)
  agentless: (c, m) => c.n(m.end) !== 'by' || byVagueSource(c, m.end + 1),
  // `some say`, `reports suggest`: not `the reports suggest`, not `some think tanks`
  'vague-source': (c, m) => !W.definiteDeterminers.has(c.n(m.start - 1)) && !['tank', 'tanks'].includes(c.n(m.end)) && !c.isNounOnly(m.end - 1),
};
