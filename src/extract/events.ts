// Events: who did what to whom, coded as the 16 PLOVER 2.0 types. A rule-based coder over the Doc and the
// earlier stages: a table of trigger words per type (verbs and nominalisations), then role rules that pick the
// source and target among the sentence's actors (entity mentions, titles and group nouns), then the date (the
// nearest DATE timex in the trigger's clause, else the document date), the place (a location after in/at/near in
// the sentence, else the dateline's) and the count when the trigger is a counted noun ("more than 150 attacks"
// -> > 150). Pure: the same Doc and earlier results give the same events.
import type { Doc, Token } from '../text/types.ts';
import type { DatelineFact, EntityMention, EventRecord, Quantity, Timex } from './types.ts';
import { lookupAlias, CAPITAL_GOVERNMENTS } from '../knowledge/aliases.ts';
import { lookupDemonym, lookupRegionAdjective } from '../knowledge/gazetteer.ts';

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

// ---------------------------------------------------------------------------------------------------------
// Triggers. Verbs are given as lemmas (regular forms are generated; irregular ones follow a "|"), nouns as
// written (singular and plural). A phrase ("call for", "open fire") matches word by word, any inflection of
// its first word.
// ---------------------------------------------------------------------------------------------------------
const TRIGGERS: Record<PloverType, { verbs: string[]; nouns: string[] }> = {
  AGREE: {
    verbs: ['agree', 'sign', 'ratify', 'pledge', 'promise', 'accept', 'reach agreement', 'reach a deal'],
    nouns: ['agreement', 'agreements', 'accord', 'accords', 'deal', 'deals', 'pact', 'pacts', 'treaty', 'treaties', 'ceasefire', 'truce', 'pledge'],
  },
  CONSULT: {
    verbs: ['meet|met', 'visit', 'discuss', 'negotiate', 'telephone', 'phone', 'consult', 'confer|conferred|conferring', 'host'],
    nouns: ['talks', 'meeting', 'meetings', 'visit', 'visits', 'negotiations', 'summit', 'consultations', 'discussions', 'phone call', 'telephone call'],
  },
  SUPPORT: {
    verbs: ['support', 'back', 'endorse', 'praise', 'welcome', 'commend', 'hail', 'applaud', 'defend'],
    nouns: ['support', 'backing', 'endorsement', 'praise'],
  },
  CONCEDE: {
    verbs: ['concede', 'yield', 'relent', 'ease', 'lift', 'release', 'free', 'apologize', 'apologise', 'allow'],
    nouns: ['concession', 'concessions', 'apology'],
  },
  COOPERATE: {
    verbs: ['cooperate', 'co-operate', 'collaborate', 'extradite', 'coordinate', 'share intelligence', 'share evidence'],
    nouns: ['cooperation', 'co-operation', 'collaboration', 'extradition', 'joint exercises', 'war games'],
  },
  AID: {
    verbs: ['aid', 'donate', 'provide', 'supply', 'deliver', 'fund', 'grant'],
    nouns: ['aid', 'assistance', 'donation', 'donations', 'relief', 'grant', 'grants'],
  },
  RETREAT: {
    verbs: ['withdraw|withdrew|withdrawn', 'retreat', 'resign', 'pull out', 'pull back', 'evacuate', 'disarm', 'demobilize', 'surrender'],
    nouns: ['withdrawal', 'retreat', 'pullout', 'pull-out', 'evacuation', 'surrender'],
  },
  REQUEST: {
    verbs: ['request', 'ask', 'urge', 'call for', 'call on', 'demand', 'appeal', 'plead', 'petition'],
    nouns: ['request', 'requests', 'demand', 'demands', 'appeal', 'appeals', 'call for', 'calls for', 'plea'],
  },
  ACCUSE: {
    verbs: ['accuse', 'blame', 'criticize', 'criticise', 'condemn', 'denounce', 'allege', 'complain', 'deplore', 'indict', 'sue', 'investigate', 'probe'],
    nouns: ['accusation', 'accusations', 'complaint', 'complaints', 'criticism', 'condemnation', 'allegation', 'allegations', 'investigation', 'investigations', 'probe', 'lawsuit'],
  },
  REJECT: {
    verbs: ['reject', 'refuse', 'deny', 'veto', 'rebuff', 'dismiss', 'decline', 'spurn', 'oppose'],
    nouns: ['rejection', 'refusal', 'veto'],
  },
  THREATEN: {
    verbs: ['threaten', 'warn'],
    nouns: ['threat', 'threats', 'warning', 'warnings', 'ultimatum'],
  },
  PROTEST: {
    verbs: ['protest', 'demonstrate', 'rally', 'march', 'riot'],
    nouns: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'march', 'marches', 'sit-in', 'riot', 'riots', 'hunger strike', 'general strike'],
  },
  SANCTION: {
    verbs: ['sanction', 'embargo', 'expel|expelled|expelling', 'suspend', 'sever', 'boycott', 'freeze|froze|frozen', 'cut ties|cutting ties', 'recall', 'cancel|cancelled|canceled|cancelling'],
    nouns: ['sanction', 'sanctions', 'embargo', 'expulsion', 'suspension', 'boycott'],
  },
  MOBILIZE: {
    verbs: ['mobilize', 'mobilise', 'deploy', 'reinforce', 'mass troops', 'put on alert|putting on alert'],
    nouns: ['mobilization', 'mobilisation', 'deployment', 'reinforcements', 'buildup', 'build-up', 'alert'],
  },
  COERCE: {
    verbs: ['arrest', 'detain', 'seize', 'confiscate', 'deport', 'jail', 'imprison', 'ban', 'outlaw', 'censor', 'prevent', 'block', 'blockade', 'blow up|blew up|blown up', 'set fire|setting fire'],
    nouns: ['arrest', 'arrests', 'detention', 'crackdown', 'curfew', 'seizure', 'deportation', 'raid', 'raids', 'blockade'],
  },
  ASSAULT: {
    verbs: ['attack', 'assault', 'bomb', 'shell', 'shoot|shot', 'kill', 'ambush', 'kidnap|kidnapped|kidnapping', 'abduct', 'assassinate', 'beat up|beaten up', 'massacre', 'invade', 'torture', 'wound', 'open fire', 'fire on', 'fire at', 'fight|fought', 'clash', 'abuse', 'raid', 'strike|struck'],
    nouns: ['attack', 'attacks', 'assault', 'assaults', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'bombing', 'bombings', 'shelling', 'killing', 'killings', 'ambush', 'massacre', 'invasion', 'offensive', 'clash', 'clashes', 'fighting', 'kidnapping', 'abduction', 'assassination', 'ethnic cleansing', 'gunfire', 'rocket fire', 'artillery fire', 'mortar fire'],
  },
};

/** Symmetric types: "A and B held talks" is A with B. */
const SYMMETRIC = new Set<PloverType>(['AGREE', 'CONSULT', 'COOPERATE']);

// ---------------------------------------------------------------------------------------------------------
// Words the role rules read.
// ---------------------------------------------------------------------------------------------------------
/** Verbs whose object is the event itself, done by their subject: "held talks", "staged protests". */
const LIGHT_VERBS = new Set('remain remained remains send sent sends sending provide provided provides providing deliver delivered pledge pledged promise promised approve approved hold held holds holding stage staged stages staging launch launched launches launching carry carried conduct conducted mount mounted impose imposed imposes imposing reach reached make made makes issue issued issues lodge lodged file filed begin began begun start started open opened sign signed signs give gave offer offered offers continue continued resume resumed announce announced announces step stepped join joined take took intensify intensified'.split(' '));
/** Verbs whose subject undergoes the event: "forces faced attacks". */
const UNDERGO_VERBS = new Set('face faced faces facing suffer suffered suffers endure endured under'.split(' '));
/** Words after which a verb-only trigger word is a noun: "the block", "its supply". */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', "'s", '\u2019s']);
const ADVERBS = new Set(['still', 'already', 'also', 'now', 'then', 'reportedly', 'allegedly']);
const PASSIVE_AUX = new Set('was were been being is are be get got gets'.split(' '));
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
/** Words that link a trigger to its target. "in" is missing on purpose: "in X" is a place. */
const TARGET_LINKS = new Set('with against on upon to at from of for targeting toward towards into over'.split(' '));
const PLACE_LINKS = new Set('in at near outside across inside'.split(' '));
const SETTLEMENTS = new Set('port city town village district province region department municipality island capital'.split(' '));
/** Where a clause ends, for the complement rule and the target search. */
const CLAUSE_BREAK = new Set([',', ';', ':', '--', '\u2014', '\u2013', '(', ')', '"', '\u201C', '\u201D', 'and', 'but', 'or', 'while', 'after', 'before', 'because', 'although', 'though', 'when', 'since', 'following', 'whose', 'who', 'which', 'where']);
/** Where a subject search stops going back. */
const SUBJECT_BREAK = new Set([';', ':', 'but', 'although', 'though', 'because', 'whereas', 'while', 'whose', 'who', 'which', 'that']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
const AUXILIARIES = new Set('has have had was were is are will would could can may might must shall should did does do also not never then still already'.split(' '));
const DATE_BREAK = new Set([';', 'although', 'though', 'but', 'whereas', 'while', 'because']);
const PREPOSITIONS = new Set('in of at on with from for to by against near into over under about across between among'.split(' '));
const DETERMINERS = new Set('the a an its their his her this that these those some several two three four many other'.split(' '));
/** Government titles: "Iraq's prime minister" is the person the document names with that title. */
const TITLES = ['prime minister', 'president', 'foreign minister', 'defence minister', 'defense minister', 'defense secretary', 'secretary of state', 'chancellor', 'king', 'pope', 'secretary-general', 'secretary general'];
const TITLE_WORDS = TITLES.map((t) => t.split(' '));
/** Group nouns that stand for a named group the document mentions: "the coalition", "the alliance". */
const GROUP_HEADS = new Set(['coalition', 'alliance', 'bloc', 'junta']);

type Trigger = { type: PloverType; pos: 'verb' | 'noun'; first: number; last: number };
type Actor = { first: number; last: number; id: string };

/** A word's readings: "attack", "call for", "visit" are both a verb and a noun, context decides. */
type Readings = { verb?: PloverType; noun?: PloverType };
interface Lexicon {
  single: Map<string, Readings>;
  /** Phrases by their first word: the remaining words, lower-case. */
  phrases: Map<string, Array<Readings & { rest: string[] }>>;
}

/** Regular forms of a verb lemma: agree -> agrees, agreed, agreeing; ban -> bans, banned, banning (irregulars are listed). */
function inflect(lemma: string): string[] {
  const forms = [lemma];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies');
  else forms.push(lemma + 's');
  if (/ee$/.test(lemma)) forms.push(lemma + 'd', lemma + 'ing');
  else if (/e$/.test(lemma)) forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) forms.push(lemma + lemma.slice(-1) + 'ed', lemma + lemma.slice(-1) + 'ing'); // one syllable, consonant-vowel-consonant
  else forms.push(lemma + 'ed', lemma + 'ing');
  return forms;
}

function buildLexicon(): Lexicon {
  const lex: Lexicon = { single: new Map(), phrases: new Map() };
  const add = (words: string[], type: PloverType, pos: 'verb' | 'noun') => {
    if (words.length === 1) {
      const readings = lex.single.get(words[0]) ?? {};
      readings[pos] ??= type;
      lex.single.set(words[0], readings);
      return;
    }
    const list = lex.phrases.get(words[0]) ?? [];
    const rest = words.slice(1);
    const same = list.find((p) => p.rest.join(' ') === rest.join(' '));
    if (same) same[pos] ??= type;
    else list.push({ [pos]: type, rest });
    lex.phrases.set(words[0], list);
  };
  for (const [type, { verbs, nouns }] of Object.entries(TRIGGERS) as Array<[PloverType, { verbs: string[]; nouns: string[] }]>) {
    for (const noun of nouns) add(noun.split(' '), type, 'noun');
    for (const entry of verbs) {
      const [lemma, ...irregular] = entry.split('|');
      const [head, ...rest] = lemma.split(' ');
      for (const form of [...inflect(head), ...irregular.map((w) => w.split(' ')[0])]) add([form, ...rest], type, 'verb');
    }
  }
  return lex;
}

let lexicon: Lexicon | undefined;

export interface EventInputs {
  dateline?: DatelineFact;
  timexes: Timex[];
  entities: EntityMention[];
  quantities: Quantity[];
}

export function extractEvents(doc: Doc, x: EventInputs): EventRecord[] {
  lexicon ??= buildLexicon();
  const holders = titleHolders(doc, x.entities);
  const events: EventRecord[] = [];
  let e = 0; // entities are sorted by start: walk them alongside the sentences
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    while (e < x.entities.length && x.entities[e].end <= sentence.start) e++;
    if (!mayHoldTrigger(tokens, lexicon)) continue; // most sentences: cheap to pass over
    const lower = tokens.map((t) => t.text.toLowerCase());
    const mentions: EntityMention[] = [];
    // The dateline's place and agencies head the first sentence but act in none of its clauses.
    const bodyStart = x.dateline?.end ?? 0;
    for (let k = e; k < x.entities.length && x.entities[k].start < sentence.end; k++) if (x.entities[k].start >= bodyStart) mentions.push(x.entities[k]);
    const actors = findActors(doc, tokens, lower, mentions, holders);
    const triggers = findTriggers(tokens, lower, lexicon, actors);
    if (!triggers.length) continue;
    const places = findPlaces(tokens, lower, mentions);
    const hidden = parentheticals(lower, actors);
    for (const trigger of dropComplements(triggers, lower, actors)) {
      const roles = assignRoles(trigger, tokens, lower, actors, hidden);
      if (!roles.source && !roles.target) continue; // an event with nobody in it is not worth a record
      const start = tokens[trigger.first].start;
      const end = tokens[trigger.last].end;
      const event: EventRecord = { type: trigger.type };
      if (roles.source) event.source = roles.source;
      if (roles.target) event.target = roles.target;
      const [clauseStart, clauseEnd] = clauseAround(trigger, tokens, lower);
      const date = nearestDate(x.timexes, clauseStart, clauseEnd, start) ?? doc.dct;
      if (date) event.date = date;
      const place = nearestPlace(places, trigger, roles) ?? x.dateline?.place;
      if (place) event.place = place;
      event.trigger = doc.text.slice(start, end);
      event.start = start;
      event.end = end;
      const counted = x.quantities.find((q) => q.start <= start && q.end >= end);
      if (counted) event.count = { value: counted.value, bound: counted.bound };
      // One sentence telling one event twice ("were killed when their patrol was ambushed") codes it once.
      if (events.some((o) => o.start! >= sentence.start && o.type === event.type && o.source === event.source && o.target === event.target)) continue;
      events.push(event);
    }
  }
  return events;
}

// ---------------------------------------------------------------------------------------------------------
// Triggers in a sentence
// ---------------------------------------------------------------------------------------------------------
/** Whether a lower-case token (triggers are common words) or the sentence's first word is in the lexicon. */
function mayHoldTrigger(tokens: Token[], lex: Lexicon): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text;
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122 ? lex.single.has(w) || lex.phrases.has(w) : i === 0 && lex.single.has(w.toLowerCase())) return true;
  }
  return false;
}

function findTriggers(tokens: Token[], lower: string[], lex: Lexicon, actors: Actor[]): Trigger[] {
  const found: Trigger[] = [];
  const actorEnds = new Set(actors.map((a) => a.last));
  const inActor = new Array<boolean>(tokens.length).fill(false);
  for (const a of actors) for (let k = a.first; k <= a.last; k++) inActor[k] = true;
  for (let i = 0; i < tokens.length; i++) {
    if (inActor[i]) continue; // "Defeat-Daesh", a name is not a trigger
    // Triggers are common words: "March" the month, "Support" in a name are not.
    if (i > 0 && /^[A-Z]/.test(tokens[i].text)) continue;
    const phrase = lex.phrases.get(lower[i])?.find((p) => p.rest.every((w, k) => lower[i + 1 + k] === w));
    const readings = phrase ?? lex.single.get(lower[i]);
    if (!readings) continue;
    const last = i + (phrase?.rest.length ?? 0);
    const pos = readings.verb && (!readings.noun || readsAsVerb(lower, i, actorEnds)) ? 'verb' : 'noun';
    if (!readings[pos] || (pos === 'verb' && !readings.noun && NOUN_BEFORE.has(lower[i - 1] ?? ''))) continue; // "the block", "a back list"
    const match: Trigger = { type: readings[pos]!, pos, first: i, last };
    if (!senseFits(match, lower)) continue;
    promised(match, lower);
    // "will not accept", "failed to reach agreement" refuse; other negated triggers did not happen.
    if (match.pos === 'verb' && noneDoes(lower, i)) continue; // what no one does did not happen, nor was it refused
    if (NEGATIONS.has(lower[i - 1] ?? '') || NEGATIONS.has(lower[i - 2] ?? '') || (lower[i - 2] === 'failed' && lower[i - 1] === 'to')) {
      if (match.type !== 'AGREE' && match.type !== 'COOPERATE') continue;
      match.type = 'REJECT';
    }
    found.push(match);
    i = match.last;
  }
  return found;
}

/** A subject that is no one: "no terminal in Europe can promise", "nobody has claimed". */
function noneDoes(lower: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (CLAUSE_BREAK.has(lower[k]) || lower[k] === 'that') return false;
    if (/^(?:no|nobody|none|neither)$/.test(lower[k])) return true;
  }
  return false;
}

/** Words that announce a verb: "to call for", "will attack", "Iraq demands", "later visited". */
const VERB_CUES = new Set('to will would could can may might must shall should did does do has have had who which that it they he she we also later then jointly formally'.split(' '));

function readsAsVerb(lower: string[], i: number, actorEnds: Set<number>): boolean {
  const prev = lower[i - 1] ?? '';
  return VERB_CUES.has(prev) || actorEnds.has(i - 1) || (/ly$/.test(prev) && prev !== 'only') || NEGATIONS.has(prev);
}

/** Types that, announced for the future, are a promise (AGREE) or a threat (THREATEN). */
const PROMISED = new Set<PloverType>(['AID', 'CONCEDE', 'RETREAT', 'COOPERATE', 'CONSULT', 'SUPPORT']);
const THREATENED = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);
const FUTURE = /(?:^| )(?:will|would|shall|'ll|(?:prepared|ready|willing|offered|offers|offer|plans|plan|planned|intends|intend|intended|vowed|vows) to)(?: [a-z]+ly)?(?: be)?$/;

/**
 * PLOVER codes what an actor says it will do as what it is saying: "Israel will evacuate the settlements" is a
 * promise (AGREE), "would blockade Paris" or "will withdraw ... unless" a threat (THREATEN).
 */
function promised(t: Trigger, lower: string[]) {
  // A noun through its light verb: "would impose sanctions".
  const verbAt = t.pos === 'verb' ? t.first : (governingVerb(t, lower)?.index ?? -1);
  if (verbAt < 0 || (t.pos === 'noun' && !LIGHT_VERBS.has(lower[verbAt]))) return;
  if (!FUTURE.test(lower.slice(Math.max(0, verbAt - 4), verbAt).join(' '))) return;
  const conditional = lower.includes('unless') || lower.indexOf('if', t.last) > 0;
  if (THREATENED.has(t.type) || (conditional && t.type === 'RETREAT')) t.type = 'THREATEN';
  else if (PROMISED.has(t.type)) t.type = 'AGREE';
}

/** Trigger words that code an event only with one of these words in the next five: "lifted the ban", "released prisoners". */
const NEEDS_OBJECT: Array<[RegExp, RegExp]> = [
  [/^(?:ease[sd]?|easing|lift|lifts|lifted|lifting)$/, /^(?:bans?|sanctions?|curfews?|blockade|embargo|siege|restrictions?|curbs?|controls|emergency|measures|martial)$/],
  [/^(?:yield(?:s|ed|ing)?)$/, /^to$/],
  // Freezing assets or talks is a sanction; "close to freezing" is the weather.
  [/^(?:freeze|freezes|froze|frozen|freezing)$/, /^(?:assets?|accounts?|funds?|aid|talks|relations|ties|property|properties|holdings|reserves|payments?|cooperation|contacts)$/],
  [/^(?:release[sd]?|releasing|freed)$/, /^(?:prisoners?|hostages?|detainees?|captives?|inmates?|dissidents?|activists?|journalists?|soldiers?|civilians?|him|her|them|political)$/],
  [/^(?:provide[sd]?|providing|supply|supplies|supplied|supplying|deliver(?:s|ed|ing)?|fund(?:s|ed|ing)?|granted|granting)$/, /^(?:aid|assistance|food|medicines?|medical|arms|weapons|relief|supplies|equipment|asylum|shelter|refuge|training|intelligence|humanitarian|emergency|vaccines|water|blankets|tents|ammunition|troops)$/],
];
/** "declined to comment" is no refusal worth coding. */
const DECLINE_TO_SAY = /^(?:comment|say|elaborate|give|disclose|discuss|specify|estimate|name|identify|confirm|provide|be|reveal|answer|respond|release|detail|predict|quantify|put|make)$/;

// Who strikes, and what a strike stops: ships, flights, production.
const LABOUR = /^(?:workers?|dockworkers?|dockers?|unions?|employees|employers|staff|pilots|nurses|doctors|teachers|miners|drivers|strikers|pay|wages?|walkout|stoppage|pickets?|port|terminals?|factory|ships|vessels|shipping|flights|trains|production|output|\d+-(?:hour|day|week))$/;
/** Natural forces: "an earthquake killed 40", "roads blocked by landslides" attack or coerce no one. */
const HAZARDS = /^(?:earthquakes?|quakes?|tremors?|aftershocks?|storms?|hurricanes?|typhoons?|cyclones?|floods?|flooding|fires?|blaze|wildfires?|landslides?|mudslides?|avalanches?|eruptions?|tsunamis?|droughts?|heatwaves?|lightning|winds|rains)$/;
const MILITARY = /^(?:air|airstrikes?|missiles?|drones?|rockets?|military|army|troops|forces|jets|warplanes|bombs?|bombing|artillery|militants|retaliatory|targeted|targeting|killed|wounded)$/;

/** Words with a second sense: a strike by workers is a protest, "struck a deal" an agreement, eased rates nothing. */
function senseFits(t: Trigger, lower: string[]): boolean {
  const word = lower[t.first];
  const before = lower[t.first - 1] ?? '';
  if (/^strikes?$/.test(word) && /^(?:general|hunger|labor|labour|on|workers|rail|national|nationwide)$/.test(before)) {
    t.type = 'PROTEST';
    return true;
  }
  // A strike by workers, dockers or a union is a protest: a noun "strike" with labour words around and no
  // weapons ("a 48-hour strike at the port", "the union extended its strike").
  if (/^strikes?$/.test(word) && t.pos === 'noun' && lower.some((w) => LABOUR.test(w)) && !lower.some((w) => MILITARY.test(w))) {
    t.type = 'PROTEST';
    return true;
  }
  if (/^(?:struck|strike|strikes|striking)$/.test(word) && t.pos === 'verb' && /^(?:deal|agreement|accord)$/.test(lower[t.last + 2] ?? '')) {
    t.type = 'AGREE'; // "struck a deal"
    return true;
  }
  if (/^protests?$/.test(word) && t.pos === 'noun' && lower.slice(Math.max(0, t.first - 3), t.first).some((w) => /^(?:lodged?|filed?|registered?|issued?|delivered?)$/.test(w))) {
    t.type = 'ACCUSE'; // a government's formal protest is an accusation, not a demonstration
    return true;
  }
  const next = lower.slice(t.last + 1, t.last + 6);
  for (const [forms, objects] of NEEDS_OBJECT) if (forms.test(word)) return next.some((w) => objects.test(w));
  if (/^(?:decline[sd]?|declining)$/.test(word)) return (next[0] === 'to' && !DECLINE_TO_SAY.test(next[1] ?? '')) || DETERMINERS.has(next[0] ?? '');
  if (/^demonstrat(?:e|es|ed|ing)$/.test(word) && t.pos === 'verb') return !next.length || /^(?:in|against|outside|at|near|for|on|over|through|across|,|\.)$/.test(next[0]);
  if (/^meetings?$/.test(word) && /^(?:annual|shareholders|stockholders|board|special)$/.test(before)) return false;
  if (/^(?:meet|meets|met|meeting)$/.test(word) && t.pos === 'verb' && next.slice(0, 3).some((w) => /^(?:payments?|demand|needs|obligations|targets?|requirements|expectations|deadlines?|criteria|costs|standards|forecasts?)$/.test(w))) return false; // "meet payments"
  if (/^(?:tele)?phone$/.test(word)) return false; // "telephone units": the bare form is a noun far more often
  if (/^threats?$/.test(word) && (next[0] === 'posed' || before === 'of')) return false; // "the level of threat posed by": a risk, not a threat made
  if (word === 'alert') return /^(?:on|high|maximum)$/.test(before);
  if (word === 'grant' || word === 'grants') return t.pos === 'noun' && DETERMINERS.has(before);
  if (word === 'free') return false; // an adjective far more often than the verb
  if ((t.type === 'ASSAULT' || t.type === 'COERCE') && byNature(t, lower)) return false;
  if (word === 'back' && (PASSIVE_AUX.has(before) || /^(?:on|in|to|from|home|into|at|down)$/.test(next[0] ?? ''))) return false; // "were back on display", "came back to" ("back up" still supports)
  // Suspending one's own operations is a concession, not a sanction on someone.
  if (/^suspend(?:s|ed|ing)?$/.test(word) && next.slice(0, 3).some((w) => /^(?:operations|offensive|offensives|attacks|hostilities|fighting|raids|bombing|strikes)$/.test(w))) t.type = 'CONCEDE';
  return true;
}

/** A hazard is the trigger's doer: its subject a few words before ("the quake struck"), or its agent after "by" or "when". */
function byNature(t: Trigger, lower: string[]): boolean {
  const before = lower.slice(Math.max(0, t.first - 8), t.first);
  const cut = Math.max(...[...CLAUSE_BREAK].map((w) => before.lastIndexOf(w)));
  if (before.slice(cut + 1).some((w) => HAZARDS.test(w))) return true;
  const after = lower.slice(t.last + 1, t.last + 10);
  const link = after.findIndex((w) => w === 'by' || w === 'when');
  return link >= 0 && after.slice(link + 1, link + 7).some((w) => HAZARDS.test(w));
}

/**
 * A trigger right after another one in the same clause is what the first is about, not an event of its own:
 * "threatened to impose sanctions" is THREATEN, "rejected a US request" is REJECT. A nominal trigger with its
 * own actor in front ("... and Iraqi complaints") starts an event of its own.
 */
function dropComplements(triggers: Trigger[], lower: string[], actors: Actor[]): Trigger[] {
  const kept: Trigger[] = [];
  for (const t of triggers) {
    const governor = kept[kept.length - 1];
    if (governor && t.first - governor.last <= 8) {
      const between = lower.slice(governor.last + 1, t.first);
      const ownActor = t.pos === 'noun' && actors.some((a) => a.last === t.first - 1 || (a.last === t.first - 2 && /^(?:'s|\u2019s)$/.test(lower[t.first - 1])));
      if (!between.some((w) => CLAUSE_BREAK.has(w)) && !ownActor) continue;
    }
    kept.push(t);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------------------
// Actors: entity mentions that can act (people, organisations, places as governments, nationalities),
// titles held by a person the document names, and group nouns that stand for a named group.
// ---------------------------------------------------------------------------------------------------------
function findActors(doc: Doc, tokens: Token[], lower: string[], mentions: EntityMention[], holders: Map<string, string>): Actor[] {
  const actors: Actor[] = [];
  // The first token starting at or after an offset (fromEnd: ending at or after it), by binary search.
  const tokenAt = (offset: number, fromEnd: boolean) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((fromEnd ? tokens[mid].end : tokens[mid].start) >= offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  for (const m of mentions) {
    // A region's adjective ("European", "Arab") names no one who acts: no government stands behind it.
    if (m.type === 'EVENT' || m.type === 'FAC' || (m.type === 'NORP' && lookupRegionAdjective(m.text ?? ''))) continue;
    const first = tokenAt(m.start, false);
    const last = tokenAt(m.end, true);
    if (last < first) continue; // a mention inside one token (a name within a compound) covers no whole token
    // A group named by nationality ("Palestinians", "Iraqi Kurds") acts for its country, as a demonym does.
    const word = (m.text ?? '').split(/\s+/)[0];
    const people = m.type === 'MISC' ? (lookupDemonym(word) ?? lookupDemonym(word.replace(/s$/, ''))) : undefined;
    if (m.type === 'MISC' && !people) continue;
    // A capital in an actor's place is its government: "agreed with Baghdad".
    const id = people ? people.name : m.type === 'GPE' && CAPITAL_GOVERNMENTS[m.text ?? ''] ? CAPITAL_GOVERNMENTS[m.text!] : m.id;
    actors.push({ first, last, id });
  }
  for (let i = 0; i < tokens.length; i++) {
    // "Iraq's prime minister", "the prime minister": the person named with that title.
    const title = holders.size ? TITLE_WORDS.find((t) => t.every((w, k) => lower[i + k] === w)) : undefined;
    if (title && !/^[A-Z]/.test(tokens[i + title.length]?.text ?? '')) {
      const holder = holders.get(title.join(' '));
      const last = i + title.length - 1;
      if (holder) {
        const owner = actors.findIndex((a) => a.last === i - 1 || (a.last === i - 2 && /^(?:'s|\u2019s)$/.test(lower[i - 1])));
        if (owner >= 0) actors.splice(owner, 1, { first: actors[owner].first, last, id: holder });
        else actors.push({ first: i, last, id: holder });
      }
      i = last;
      continue;
    }
    // "the coalition", "US-led coalition forces": the named coalition of this document.
    if (GROUP_HEADS.has(lower[i]) && !actors.some((a) => a.first <= i && i <= a.last)) {
      const named = namedGroup(doc, tokens, i, lower[i]);
      if (!named) continue;
      const modifier = actors.findIndex((a) => a.last === i - 1);
      if (modifier >= 0) actors.splice(modifier, 1);
      actors.push({ first: i > 0 && /-/.test(tokens[i - 1].text) ? i - 1 : i, last: i, id: named });
    }
  }
  actors.sort((a, b) => a.first - b.first);
  // "German Chancellor Olaf Scholz": the nationality in front of a titled person is not an actor of its own.
  return actors.filter((a, k) => {
    const next = actors[k + 1];
    const person = next && mentions.some((m) => m.type === 'PERSON' && m.id === next.id);
    return !(person && next.first - a.last <= 4 && tokens.slice(a.last + 1, next.first).every((t) => /^[A-Z]/.test(t.text)));
  });
}

/** People the document names with a title: "Prime Minister Mohamed Shia al-Sudani" -> prime minister. */
function titleHolders(doc: Doc, entities: EntityMention[]): Map<string, string> {
  const holders = new Map<string, string>();
  for (const m of entities) {
    if (m.type !== 'PERSON') continue;
    const before = doc.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase().replace(/\s+/g, ' ');
    const title = TITLES.find((t) => before.endsWith(t + ' '));
    if (title && !holders.has(title)) holders.set(title, m.id);
  }
  return holders;
}

/** A group noun's name: the alias of "<modifier> coalition" here or elsewhere in the document, else an entity named with it. */
function namedGroup(doc: Doc, tokens: Token[], i: number, head: string): string | undefined {
  if (i > 0) {
    const here = lookupAlias(`${tokens[i - 1].text} ${tokens[i].text}`);
    if (here) return here.id;
  }
  const re = new RegExp(`([A-Za-z][\\w-]*)\\s+${head}\\b`, 'gi');
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const known = lookupAlias(`${m[1]} ${head}`);
    if (known) return known.id;
  }
  return undefined;
}

/** Places the sentence names after in/at/near ("clashes in Gaza"). */
function findPlaces(tokens: Token[], lower: string[], mentions: EntityMention[]): Array<{ first: number; id: string }> {
  const places: Array<{ first: number; id: string }> = [];
  for (const m of mentions) {
    if (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'FAC') continue;
    const first = tokens.findIndex((t) => t.start >= m.start);
    let k = first - 1;
    if (k >= 0 && lower[k] === 'the') k--;
    if (k >= 0 && PLACE_LINKS.has(lower[k])) places.push({ first, id: m.id });
    // "near the Pacific port of Tumaco": the town named after its kind is the place, not the sea before it.
    else if (k >= 1 && lower[k] === 'of' && SETTLEMENTS.has(lower[k - 1])) {
      let from = k - 2;
      while (from >= Math.max(0, k - 6) && !PLACE_LINKS.has(lower[from])) from--;
      if (from < Math.max(0, k - 6)) continue;
      for (let p = places.length - 1; p >= 0; p--) if (places[p].first > from && places[p].first < k) places.splice(p, 1);
      places.push({ first, id: m.id });
    }
  }
  return places;
}

/** Tokens inside "-- ... --", "( ... )" or an opening actor's apposition ("Pakistan, a key US ally, has"): asides, skipped when looking back for a subject. */
function parentheticals(lower: string[], actors: Actor[]): boolean[] {
  const hidden = new Array<boolean>(lower.length).fill(false);
  let inDash = false;
  let depth = 0;
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i];
    if (w === '(') depth++;
    const dash = w === '--' || w === '\u2014';
    if (dash) inDash = !inDash && lower.slice(i + 1).some((x) => x === '--' || x === '\u2014');
    hidden[i] = depth > 0 || inDash || dash;
    if (w === ')') depth = Math.max(0, depth - 1);
  }
  const opening = actors[0];
  if (opening && opening.first <= 1 && lower[opening.last + 1] === ',') {
    const close = lower.indexOf(',', opening.last + 2);
    if (close > 0) for (let i = opening.last + 1; i <= close; i++) hidden[i] = true;
  }
  return hidden;
}

// ---------------------------------------------------------------------------------------------------------
// Roles
//  1. Passive ("was attacked by X", "forces backed by X"): source = the "by" actor, target = the subject.
//  2. Verb: source = the clause subject (the nearest actor before the trigger outside a prepositional phrase
//     and outside asides, taken back to the first of a coordination "A and B"; a pronoun subject is the
//     sentence's first actor); target = the first actor after the trigger in its clause, directly, through
//     with/against/on/to/..., or as the subject of its "that" clause ("in X" is a place, not a target).
//  3. Noun: source = an actor right in front ("Iraqi complaints", "Iraq's demand"), else, when a light verb
//     governs it ("held talks", "staged protests"), the clause subject, else after "its/their" the sentence's
//     subject, else "by X" after it; target = an actor after it through of/against/on/targeting/with/...;
//     when the clause subject "faced" the attacks, the subject is the target.
//  4. Symmetric types (AGREE, CONSULT, COOPERATE): "A and B held talks" without a target is A with B.
// ---------------------------------------------------------------------------------------------------------
function assignRoles(t: Trigger, tokens: Token[], lower: string[], actors: Actor[], hidden: boolean[]): { source?: string; target?: string; used: Actor[] } {
  const used: Actor[] = [];
  const pick = (a: Actor | undefined) => {
    if (a) used.push(a);
    return a?.id;
  };
  let source: string | undefined;
  let target: string | undefined;
  let partner: Actor | undefined;

  const prev = lower[t.first - 1] ?? '';
  const prev2 = lower[t.first - 2] ?? '';
  // "was attacked", "were routinely beaten", and the reduced "forces backed by the coalition".
  const participle = t.pos === 'verb' && /(?:ed|en|wn|ot|ght|id|ut)$/.test(lower[t.first]);
  const passive = participle && (PASSIVE_AUX.has(prev) || ((/ly$/.test(prev) || ADVERBS.has(prev)) && PASSIVE_AUX.has(prev2)) || lower[t.last + 1] === 'by');

  if (passive) {
    source = pick(byActor(t, lower, actors, 25));
    target = pick(subjectOf(t.first, lower, actors, hidden)?.actor);
  } else if (t.pos === 'verb') {
    const subject = subjectOf(t.first, lower, actors, hidden);
    source = pick(subject?.actor);
    partner = subject?.partner;
    target = pick(objectOf(t, lower, actors, true));
  } else {
    // "Iraqi complaints", "Iraq's demand", "US retaliatory strikes" (an adjective between, not a verb: "Baghdad expecting discussions").
    const adjective = /^[a-z]+$/.test(prev) && !/(?:ing|ed)$/.test(prev) && !PREPOSITIONS.has(prev) && !DETERMINERS.has(prev) && !VERB_CUES.has(prev);
    const own = actors.find((a) => a.last === t.first - 1 || (a.last === t.first - 2 && (/^(?:'s|\u2019s)$/.test(prev) || adjective)));
    const governing = governingVerb(t, lower);
    if (own) source = pick(own);
    else if (governing && LIGHT_VERBS.has(governing.word)) {
      const subject = subjectOf(governing.index, lower, actors, hidden);
      source = pick(subject?.actor);
      partner = subject?.partner;
    } else if (/^(?:its|their|his|her)$/.test(prev)) source = pick(subjectOf(t.first, lower, actors, hidden, true)?.actor); // "their withdrawal": the sentence's subject
    source ??= pick(byActor(t, lower, actors, 20));
    target = pick(objectOf(t, lower, actors, false));
    if (!target && governing && UNDERGO_VERBS.has(governing.word)) target = pick(subjectOf(governing.index, lower, actors, hidden)?.actor);
  }
  if (!target && partner && SYMMETRIC.has(t.type) && partner.id !== source) target = pick(partner);
  if (target === source) target = undefined;
  return { source, target, used };
}

/** The actor after "by" following the trigger ("attacks ..., many of them claimed by the Islamic Resistance"). */
function byActor(t: Trigger, lower: string[], actors: Actor[], window: number): Actor | undefined {
  for (let i = t.last + 1; i < lower.length && i <= t.last + window; i++) {
    if (lower[i] === ';') return undefined;
    if (lower[i] !== 'by') continue;
    let k = i + 1;
    while (DETERMINERS.has(lower[k] ?? '')) k++;
    return actors.find((a) => a.first >= i + 1 && a.first <= k + 1);
  }
  return undefined;
}

/** The clause subject before token `at`, and the second of a coordination ("Iraq and the United States"). */
function subjectOf(at: number, lower: string[], actors: Actor[], hidden: boolean[], pronoun = false): { actor: Actor; partner?: Actor } | undefined {
  const inAside = hidden[at];
  let start = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (SUBJECT_BREAK.has(lower[i]) && (hidden[i] === inAside)) {
      start = i + 1;
      break;
    }
  }
  // A pronoun subject ("they also opposed", "it had agreed"), like a possessive one, is the sentence's first actor.
  let k = at - 1;
  while (k > 0 && (AUXILIARIES.has(lower[k]) || /ly$/.test(lower[k]))) k--;
  pronoun ||= PRONOUNS.has(lower[k]);
  if (pronoun) start = 0;
  const before = actors.filter((a) => a.first >= start && a.last < at && hidden[a.first] === inAside);
  if (!before.length) return undefined;
  if (pronoun) return { actor: before[0] };
  // An actor inside a prepositional phrase ("forces in Iraq and Syria") is not the subject.
  const inPhrase = (n: number): boolean => {
    let k = before[n].first - 1;
    while (k >= 0 && (DETERMINERS.has(lower[k]) || (/^[a-z]+-?[a-z]*$/.test(lower[k]) && !PREPOSITIONS.has(lower[k]) && !LIGHT_VERBS.has(lower[k]) && /(?:al|an|ic|ive|ed|ing|ior|ary)$/.test(lower[k])))) k--;
    if (k >= 0 && PREPOSITIONS.has(lower[k])) return true;
    const coordinated = k >= 0 && (lower[k] === 'and' || lower[k] === 'or' || lower[k] === ',') && n > 0 && before[n - 1].last === k - 1;
    return coordinated && inPhrase(n - 1);
  };
  let chosen: Actor | undefined;
  for (let k = before.length - 1; k >= 0; k--) {
    if (!inPhrase(k)) {
      chosen = before[k];
      break;
    }
  }
  chosen ??= before[0];
  // Back to the first of "A and B", "A, B and C".
  let partner: Actor | undefined;
  let idx = before.indexOf(chosen);
  while (idx > 0) {
    const gap = lower.slice(before[idx - 1].last + 1, before[idx].first).filter((w) => !DETERMINERS.has(w)).join(' ');
    // "A and B", "A, B and C": a bare comma joins only ahead of an "and".
    if (!(gap === 'and' || gap === 'or' || (gap === ',' && partner))) break;
    partner = before[idx];
    idx--;
  }
  return { actor: before[idx], partner };
}

/** The first actor after the trigger in its clause, directly or through a target preposition. */
function objectOf(t: Trigger, lower: string[], actors: Actor[], direct: boolean): Actor | undefined {
  let linked = direct;
  for (let i = t.last + 1; i < lower.length && i <= t.last + 12; i++) {
    const actor = actors.find((a) => a.first === i);
    if (actor) {
      if (linked) return actor;
      i = Math.max(i, actor.last); // an actor whose span maps to no later token must not send the loop back
      continue;
    }
    const w = lower[i];
    // A verb's "that" clause names whom it is about: "demanded that the US cancel".
    if (w === 'that' && direct && i === t.last + 1) continue;
    if ((CLAUSE_BREAK.has(w) && w !== 'and') || w === 'that') return undefined;
    // "rejected calls by Belarus": after a verb, "by" names the author of its object.
    if (TARGET_LINKS.has(w) || (w === 'by' && direct)) linked = true;
    else if (PLACE_LINKS.has(w) || w === 'by') linked = false;
  }
  return undefined;
}

/** The verb that governs a nominal trigger, a few words before it ("held a first round of talks"). */
function governingVerb(t: Trigger, lower: string[]): { word: string; index: number } | undefined {
  for (let i = t.first - 1; i >= 0 && i >= t.first - 6; i--) {
    const w = lower[i];
    if (LIGHT_VERBS.has(w) || UNDERGO_VERBS.has(w)) return { word: w, index: i };
    if (CLAUSE_BREAK.has(w)) return undefined;
  }
  return undefined;
}

/** The stretch of the sentence a trigger's date can come from: up to "; although but while because". */
function clauseAround(t: Trigger, tokens: Token[], lower: string[]): [number, number] {
  let first = t.first;
  while (first > 0 && !DATE_BREAK.has(lower[first - 1])) first--;
  let last = t.last;
  while (last < tokens.length - 1 && !DATE_BREAK.has(lower[last + 1])) last++;
  return [tokens[first].start, tokens[last].end];
}

/** The DATE timex of the clause nearest the trigger. */
function nearestDate(timexes: Timex[], from: number, to: number, at: number): string | undefined {
  let best: Timex | undefined;
  for (const t of timexes) {
    if (t.type !== 'DATE' || t.start < from || t.end > to || /^(?:PRESENT|PAST|FUTURE)_REF$/.test(t.value)) continue;
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  return best?.value;
}

function nearestPlace(places: Array<{ first: number; id: string }>, t: Trigger, roles: { used: Actor[] }): string | undefined {
  let best: { first: number; id: string } | undefined;
  for (const p of places) {
    if (roles.used.some((a) => a.first === p.first)) continue;
    if (!best || Math.abs(p.first - t.first) < Math.abs(best.first - t.first)) best = p;
  }
  return best?.id;
}
