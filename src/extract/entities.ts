// Named entities: the trained tagger finds mentions, the gazetteers refine their types (a LOC that is a
// country or city is a GPE, a MISC that is a nationality is a NORP), the alias knowledge base adds what it
// knows ("Daesh", "IS"), and every mention gets a canonical id: within a document a surname points to the
// full name, an acronym to its expansion, a known alias to its entity; across the store the id is the name.
import type { Doc, Token } from '../text/types.ts';
import type { DatelineFact, EntityMention, EntityType, Timex } from './types.ts';
import { loadModel, tagDocument } from './ner.ts';
import { lookupPlace, lookupDemonym, lookupRegionAdjective, lookupRegion } from '../knowledge/gazetteer.ts';
import { lookupAlias, aliasSurfaces, CAPITAL_GOVERNMENTS } from '../knowledge/aliases.ts';

const TITLES = /^(?:(?:US|U\.S\.|Iraqi|French|British)\s+)?(?:President|Prime Minister|Minister|Foreign Minister|Defence Minister|Defense Secretary|Secretary|Governor|Gov\.|Senator|Sen\.|Rep\.|General|Gen\.|Colonel|Col\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pope|King|Queen|Prince|Sheikh|Chancellor|Mayor|Judge|Justice|Ambassador|spokesman|spokeswoman|Police|Inspector|Superintendent|Commissioner|Lt-Col|Lt\.?|Captain|Capt\.)\s+/;

function typeFor(tag: string, surface: string): EntityType {
  // A name that ends in a landform or a street is a place whatever the tagger thought: "Dongting Lake", "Liberty Avenue"
  // ("Echo Bay" is a mining company: no bays)
  if (tag === 'PER' && /\s(?:Lake|River|Mountains?|Island|Valley|Canyon|Street|Avenue|Road|Square|Bridge|Airport|Province|County)$/.test(surface)) return 'LOC';
  if (tag === 'PER') return 'PERSON';
  if (tag === 'ORG') return 'ORG';
  if (tag === 'LOC') {
    const p = lookupPlace(surface);
    return p ? 'GPE' : 'LOC';
  }
  if (lookupDemonym(surface) || lookupRegionAdjective(surface)) return 'NORP';
  return 'MISC';
}

/** Capitalised words before an initial that are no first name: function words opening a sentence, job titles. */
const NOT_A_FIRST_NAME = /^(?:The|A|An|In|On|At|By|For|From|With|And|But|Of|To|As|If|When|While|After|Before|Chairman|Chairwoman|Chief|Director|Executive|Officer|Treasurer|Analyst|Economist|Commissioner|Attorney|Professor|Coach|Lawyer|Trader|Broker|Dealer|Official|Founder|Partner|Manager|Editor|Author|Chancellor|Deputy|Vice)$/;
/** The portfolio words of a minister's title, ahead of the name: "Agriculture", "Foreign Trade and Economic Cooperation". */
const MINISTRY = /^(?:(?:Foreign|Home|Internal|Economic|Public|State|Civil|Water|Social|Trade|Agriculture|Finance|Defen[cs]e|Health|Education|Affairs|Commerce|Industry|Interior|Justice|Labou?r|Transport|Communications|Energy|Culture|Information|Planning|Resources|Railways|Security|Science|Technology|Environment|Cooperation|Development|Tourism|Construction|Welfare)\s+(?:and\s+)?)+/;
const isFirstName = (word: string) => /^[A-Z][a-z]+$/.test(word) && !NOT_A_FIRST_NAME.test(word) && !TITLES.test(`${word} `);

/** Same id for the same entity in every item: places by their gazetteer name, known entities by their KB name. */
export function canonicalId(name: string, type: EntityType): string {
  const whole = name.replace(/\s+/g, ' ').replace(/^the\s+/i, '').trim();
  const clean = whole.replace(/['\u2019]s$/, '');
  const known = lookupAlias(whole) ?? lookupAlias(clean); // "Moody's" keeps its "'s"; "Sudani's" is Sudani
  if (known) return known.id;
  if (type === 'GPE' || type === 'LOC') {
    const p = lookupPlace(clean);
    if (p) return p.name;
  }
  if (type === 'NORP') {
    const d = lookupDemonym(clean) ?? lookupRegionAdjective(clean);
    if (d) return d.name;
  }
  if (type === 'PERSON') return clean.replace(TITLES, '');
  return clean;
}

/** Wire service words that head a story and name nothing. */
const WIRE_SLUGS = /^(?:News\s+Flash|Flash|Urgent|Bulletin|Advisory|Correction|Newsalert)$/i;

/** Mentions, with the timexes already found (a month in a date, "Jan 27", is never a name) and the dateline
 *  (its place is a place and its agencies are agencies, whatever the tagger made of them). */
export function extractEntities(doc: Doc, timexes: Timex[] = [], dateline?: DatelineFact): EntityMention[] {
  const model = loadModel();
  const mentions: EntityMention[] = [];
  const words = doc.sentences.map((s) => s.tokens.map((t) => t.text));
  const tagged = tagDocument(model, words);
  for (const [n, sentence] of doc.sentences.entries()) {
    const tokens = sentence.tokens;
    const tags = tagged[n];
    let i = 0;
    while (i < tokens.length) {
      const tag = tags[i];
      if (tag === 'O') {
        i++;
        continue;
      }
      let kind = tag.slice(2);
      let j = i + 1;
      while (j < tokens.length && tags[j] === `I-${kind}`) j++;
      // A middle initial has a first name before it that the tagger left out: "- Laurence A. Tisch said".
      if (kind === 'PER' && i > 0 && tags[i - 1] === 'O' && /^[A-Z]\.$/.test(tokens[i].text) && isFirstName(tokens[i - 1].text)) i--;
      // An indefinite article is not part of a name: "An Ariane 6 rocket" ("The Oval" keeps its article).
      while (j - i > 1 && /^(?:A|An)$/.test(tokens[i].text)) i++;
      // A capitalised word the tagger left out right after a name belongs to it: a surname it has never seen
      // ("Søren Ødegård"), an organisation's head ("Kenya's High Court").
      while (j < tokens.length && tags[j] === 'O' && continuesName(tokens[j], kind, timexes)) {
        if (ORG_HEAD.test(tokens[j].text)) kind = 'ORG';
        j++;
      }
      pushMention(doc, mentions, tokens.slice(i, j), kind);
      i = j;
    }
  }
  // A capitalised common noun opening a sentence is no name when the document writes it in lower case too:
  // "Bank shares rose" in a story about "the bank".
  const lowerWords = new Set(doc.sentences.flatMap((s) => s.tokens.map((t) => t.text).filter((w) => /^[a-z]/.test(w))));
  const commonOpener = (m: EntityMention) =>
    doc.sentences.some((s) => s.tokens[0]?.start === m.start) && !/\s/.test(m.text ?? '') && lowerWords.has((m.text ?? '').toLowerCase()) && !lookupAlias(m.text ?? '') && !lookupPlace(m.text ?? '') && !lookupDemonym(m.text ?? '');
  for (let k = mentions.length - 1; k >= 0; k--) if (commonOpener(mentions[k])) mentions.splice(k, 1);
  // A name inside a date is part of the date ("Jan 27"), but a time zone in a clock time ("0800 GMT") is still named.
  const inDate = (m: EntityMention) => !/^(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT)$/.test(m.text ?? '') && timexes.some((t) => m.start >= t.start && m.end <= t.end);
  const kept = splitCompounds(doc, mentions.filter((m) => !inDate(m) && !WIRE_SLUGS.test(m.text ?? '')));
  mentions.length = 0;
  mentions.push(...(dateline ? withDateline(doc, kept, dateline) : kept));
  addMultiWordAliases(doc, mentions);
  addKnownAliases(doc, mentions);
  mentions.sort((a, b) => a.start - b.start);
  joinOfCountry(doc, mentions);
  joinAndBody(doc, mentions);
  ministersByName(doc, mentions);
  resolveIds(doc, mentions);
  return mentions;
}

/** "Minister of Agriculture Chen Yaobang": the tagger runs the portfolio into the name and may take the whole for a
 *  body; the minister is the person named after the portfolio. */
function ministersByName(doc: Doc, mentions: EntityMention[]) {
  for (const m of mentions) {
    if (!/\b(?:Minister|Secretary)\s+(?:of|for)\s+$/.test(doc.text.slice(Math.max(0, m.start - 16), m.start))) continue;
    const portfolio = MINISTRY.exec(m.text ?? '');
    const name = portfolio && (m.text ?? '').slice(portfolio[0].length);
    if (!name || !/^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){1,2}$/.test(name)) continue;
    Object.assign(m, { start: m.start + portfolio![0].length, text: name, type: 'PERSON' as const });
  }
}

/** Institutions named by their place ("Bank of England"); a company "of" a place is only where it is based. */
const OF_PLACE_HEAD = /^(?:Institute|University|Bank|Ministry|Council|Commission|Court|Office|Agency|Federation|Association|Committee|Authority|Foundation)$/;

/** "the Geophysical Institute of Peru": an organisation's head word, "of" and a place are one name. */
function joinOfCountry(doc: Doc, mentions: EntityMention[]) {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const org = mentions[k];
    const place = mentions[k + 1];
    if (org.type !== 'ORG' || (place.type !== 'GPE' && place.type !== 'LOC')) continue;
    if (!OF_PLACE_HEAD.test((org.text ?? '').split(' ').pop() ?? '') || !/^\s+of\s+$/.test(doc.text.slice(org.end, place.start))) continue;
    mentions.splice(k, 2, { start: org.start, end: place.end, text: doc.text.slice(org.start, place.end), type: 'ORG', id: '' });
  }
}

/** "the Environment and Public Works Committee": a body's two subjects joined by "and" are one name, which the
 *  tagger may split at the "and". */
function joinAndBody(doc: Doc, mentions: EntityMention[]) {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const first = mentions[k];
    const body = mentions[k + 1];
    if (body.type !== 'ORG' || !/\b(?:Committee|Commission|Department|Ministry|Agency|Administration|Council|Board|Bureau|Subcommittee)$/.test(body.text ?? '')) continue;
    if (!/^\s+and\s+$/.test(doc.text.slice(first.end, body.start)) || /\s/.test(first.text ?? ' ') || (first.type !== 'ORG' && first.type !== 'MISC')) continue;
    mentions.splice(k, 2, { start: first.start, end: body.end, text: doc.text.slice(first.start, body.end), type: 'ORG', id: '' });
  }
}

/** Last words that make a name an organisation. */
const ORG_HEAD = /^(?:Court|Markets|Capital|Bank|University|Institute|Office|Council|Commission|Ministry|Party|Union|Association|Agency|Authority|Group|Corporation|Company|Inc\.?|Ltd\.?|Committee|Federation|Foundation|Assembly|Parliament|Senate|Congress|Airways|Airlines|Railways|Telecom|Motors|Petroleum|Holdings|Industries|Insurance|Exchange)$/;

const LANDFORM = /^\s+(?:peninsula|valley|river|island|islands|mountains|coast|lake|sea|bay|gulf|desert|plateau|volcano|glacier|delta|basin)\b/;

function continuesName(token: Token, kind: string, timexes: Timex[]): boolean {
  if (!/^\p{Lu}[\p{L}'\u2019-]*$/u.test(token.text)) return false;
  if (timexes.some((t) => token.start >= t.start && token.start < t.end)) return false; // "Smith Tuesday"
  if (ORG_HEAD.test(token.text)) return kind !== 'PER';
  // Only a surname the model could not know: one not written in plain ASCII letters.
  return kind === 'PER' && /[^A-Za-z'\u2019-]/.test(token.text) && !lookupPlace(token.text) && !lookupAlias(token.text);
}

/** The dateline's mentions, typed by what the dateline says they are: "RIGA (BND) -" is the city Riga and the
 *  agency BND, "KOUROU, French Guiana, Oct 7 (NW)" two places and an agency. Agencies the tagger missed are added. */
function withDateline(doc: Doc, mentions: EntityMention[], dateline: DatelineFact): EntityMention[] {
  const start = dateline.start ?? 0;
  const end = dateline.end ?? 0;
  const head = doc.text.slice(start, end);
  const out: EntityMention[] = [];
  const tagged = (from: number, to: number) => mentions.some((m) => m.start === from && m.end === to);
  // The place parts: comma-separated words before the date or the agencies, each a place.
  const placePart = head.match(/^[^(,\d\n]*(?:,[^(,\d\n]*)*/)?.[0] ?? '';
  let at = start;
  for (const [k, raw] of placePart.split(',').entries()) {
    const name = raw.trim();
    const offset = start + (at - start) + raw.indexOf(name);
    at += raw.length + 1;
    if (!name || !/^\p{Lu}/u.test(name) || MONTH_START.test(name)) continue;
    const place = k === 0 && dateline.place ? lookupPlace(dateline.place) : lookupPlace(name);
    // A place the gazetteer does not know is one only where the tagger found that very name: not "CRICKET -
    // LEICESTERSHIRE TAKE OVER", nor "IPO FILING" in a headline.
    if (!place && !tagged(offset, offset + name.length)) continue;
    out.push({ start: offset, end: offset + name.length, text: name, type: place ? 'GPE' : 'LOC', id: k === 0 && dateline.place ? dateline.place : (place?.name ?? name) });
  }
  // The dateline's place named again is that place, not an organisation: "Riga (BND) - Riga opened a tram line".
  for (const m of mentions) if (m.type === 'ORG' && dateline.place && lookupPlace(m.text ?? '')?.name === dateline.place && !lookupAlias(m.text ?? '')) m.type = 'GPE';
  // The agencies in the parentheses, distributor first, each with its own id.
  const paren = /\(([^)]*)\)/.exec(head);
  if (paren) {
    let from = start + paren.index + 1;
    for (const raw of paren[1].split('/')) {
      const name = raw.trim();
      const offset = from + raw.indexOf(name);
      from += raw.length + 1;
      if (/^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}$/.test(name)) out.push({ start: offset, end: offset + name.length, text: name, type: 'ORG', id: '' });
    }
  }
  // What the tagger found there and the dateline does not name stays ("IPO" of "... - IPO FILING").
  return [...mentions.filter((m) => !out.some((d) => m.start < d.end && d.start < m.end)), ...out];
}

const MONTH_START = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)/;

function pushMention(doc: Doc, mentions: EntityMention[], tokens: Token[], kind: string) {
  // A trailing possessive is not part of the name: "Sudani's" -> "Sudani".
  // Nor is trailing punctuation: "BSS/" of "BSS/AFP".
  while (tokens.length > 1 && /^(?:['\u2019]s|[/,;:&-])$/.test(tokens[tokens.length - 1].text)) tokens = tokens.slice(0, -1);
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const text = doc.text.slice(start, end);
  const known = lookupAlias(text);
  let type = known?.type ?? typeFor(kind, text);
  // A name the gazetteer knows as a place is that place where the words say so: a person of several words
  // ("El Alto"), an organisation after "in" ("taken to hospital in Arequipa").
  const place = !known && type !== 'GPE' && type !== 'LOC' ? lookupPlace(text) : undefined;
  // A person or place whose last word heads organisations is one: "the High Court", "Nordkapp Markets"
  // (the West Bank and the Soviet Union stay places).
  const headWord = tokens[tokens.length - 1].text;
  // So is a lone "Assembly" the tagger took for a person (a "General" before it read as a title).
  const bodyAlone = tokens.length === 1 && /^(?:Assembly|Parliament|Senate|Congress|Council|Commission|Ministry)$/.test(headWord);
  if (!known && ORG_HEAD.test(headWord) && ((type === 'PERSON' && (tokens.length > 1 || bodyAlone)) || (tokens.length > 1 && type === 'LOC' && !/^(?:Bank|Union)$/.test(headWord)))) type = 'ORG';
  if (place && ((type === 'PERSON' && tokens.length > 1) || (type === 'ORG' && /\b(?:in|near|outside)\s+$/.test(doc.text.slice(Math.max(0, start - 8), start))))) type = 'GPE';
  // A state or province the tagger took for a person: "Uttar Pradesh", or one word where the words around it say
  // place ("in Haryana", "Haryana police", "the Telangana government").
  if (!known && type === 'PERSON' && lookupRegion(text) && (tokens.length > 1 || REGION_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start)) || REGION_AFTER.test(doc.text.slice(end, end + 24)))) type = 'GPE';
  // A name before a landform is a place: "the Reykjanes peninsula", "the Colca valley"; an adjective stays one ("Arctic island").
  const adjective = type === 'MISC' && /(?:ic|an|ese|ish)$/.test(text);
  if (!known && (type === 'ORG' || type === 'PERSON' || (type === 'MISC' && !adjective)) && LANDFORM.test(doc.text.slice(end, end + 14))) type = 'LOC';
  mentions.push({ start, end, text, type, id: '' });
}

const REGION_BEFORE = /\b(?:in|of|from|across|throughout|into|to|near)\s+$/;
const REGION_AFTER = /^(?:\s+(?:[a-z]+\s+){0,2}(?:state|province|district|region|government|police|assembly|chief minister|governor|high court|polls?|elections?|department|ministry|administration|authorities)\b|['\u2019]s\s+(?:capital|chief minister|government|police|governor))/i;

const PARTICIPLE_COMPOUND = /^([A-Z][\w.]*)-(?:led|backed|aligned|linked|based|born|allied|funded|sponsored|brokered|controlled|held|run|owned|made|bound|friendly)$/;

/** Names inside hyphenated words are the entities, the compound is not: "US-led" → US, "Iran-aligned" → Iran,
 *  "Israel-Hamas" → Israel and Hamas; "BSS/AFP" is two agencies; "US Pentagon" two names. Only known names are split out. */
function splitCompounds(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  const known = (name: string) => lookupAlias(name) ?? lookupPlace(name);
  const part = (start: number, name: string): EntityMention => {
    const alias = lookupAlias(name);
    return { start, end: start + name.length, text: name, type: alias?.type ?? (lookupPlace(name) ? 'GPE' : 'MISC'), id: '' };
  };
  const covered = new Set<number>();
  for (const m of mentions) {
    const text = m.text ?? '';
    const compound = PARTICIPLE_COMPOUND.exec(text);
    const pair = /^([A-Z][\w.]*)[-/]([A-Z][\w.]*)$/.exec(text);
    // A country before a known body names both: "US Pentagon" is the US and the Pentagon.
    const owned = /^([A-Z][\w.]*) ([A-Z][\w .-]*)$/.exec(text);
    const ownerIsCountry = owned && lookupPlace(owned[1])?.kind === 'country' && lookupAlias(owned[2])?.type === 'ORG';
    // A company's legal form ends its name: "Chrysler LLC Jim Press" is the company, then its chairman.
    const companyThenPerson = /^(.+?\s(?:LLC|Inc\.?|Corp\.?|Co\.|Ltd\.?|PLC|plc|AG|GmbH|S\.A\.|N\.V\.))\s+([A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+)+)$/.exec(text);
    if (companyThenPerson) {
      const person = m.start + text.lastIndexOf(companyThenPerson[2]);
      out.push({ start: m.start, end: m.start + companyThenPerson[1].length, text: companyThenPerson[1], type: 'ORG', id: '' });
      out.push({ start: person, end: m.end, text: companyThenPerson[2], type: 'PERSON', id: '' });
    } else if (compound && known(compound[1])) out.push(part(m.start, compound[1]));
    else if (pair && known(pair[1]) && known(pair[2])) out.push(part(m.start, pair[1]), part(m.start + pair[1].length + 1, pair[2]));
    else if (owned && ownerIsCountry) out.push(part(m.start, owned[1]), part(m.start + owned[1].length + 1, owned[2]));
    else if (/\//.test(text) && text.split('/').every((t) => lookupAlias(t.trim()))) {
      let at = m.start;
      for (const t of text.split('/')) {
        out.push(part(at, t));
        at += t.length + 1;
      }
    } else out.push(m);
    for (let i = m.start; i < m.end; i++) covered.add(i);
  }
  // The same words when the tagger left them out.
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (covered.has(t.start)) continue;
      const compound = PARTICIPLE_COMPOUND.exec(t.text);
      if (compound && known(compound[1])) out.push(part(t.start, compound[1]));
    }
  }
  return out;
}

let multiWordAliases: RegExp | null = null;
/** Known names of several words ("Global Coalition against Daesh"), across line breaks; names only, not
 *  descriptions like "US-led coalition", nor names led by another name ("US Pentagon" is US + Pentagon). */
function multiWordAliasRe(): RegExp {
  if (multiWordAliases) return multiWordAliases;
  // (a name of one word counts when it keeps its "'s": "Moody's"; one led by another entity's name does not)
  const ledByAnother = (a: string) => {
    const lead = lookupAlias(a.split(' ')[0]);
    return lead !== undefined && lead !== lookupAlias(a);
  };
  const names = aliasSurfaces()
    .map((a) => lookupAlias(a))
    .flatMap((e) => (e ? [e.id, ...e.aliases] : []))
    .filter((a, i, all) => all.indexOf(a) === i && (/ /.test(a) || /['\u2019]s$/.test(a)) && !ledByAnother(a))
    .filter((a) => a.split(' ').every((w) => /^[A-Z]/.test(w) || /^(?:of|the|and|&|against|for|in|to|on)$/.test(w)))
    .sort((a, b) => b.length - a.length); // the longest name first: "Moody's Investors Service" before "Moody's"
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  multiWordAliases = new RegExp(`(?<![\\w-])(?:${names.map((n) => n.split(' ').map(escape).join('\\s+')).join('|')})(?![\\w-])`, 'g');
  return multiWordAliases;
}

/** A known name of several words replaces what the tagger made of it ("Global Coalition" + "Daesh"). */
function addMultiWordAliases(doc: Doc, mentions: EntityMention[]) {
  const re = multiWordAliasRe();
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const known = lookupAlias(m[0])!;
    for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].start < end && start < mentions[i].end) mentions.splice(i, 1);
    mentions.push({ start, end, text: m[0], type: known.type, id: '' });
  }
}

/** Known aliases the tagger missed ("Daesh", "ISIS", "IS"), matched as whole words, case-sensitive for acronyms. */
function addKnownAliases(doc: Doc, mentions: EntityMention[]) {
  const text = doc.text;
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (!/^[A-Z]/.test(t.text)) continue;
      if (mentions.some((m) => t.start < m.end && m.start < t.end)) continue;
      const known = lookupAlias(t.text);
      if (!known) continue;
      if (known.aliases.includes(t.text) || known.id === t.text) mentions.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), type: known.type, id: '' });
    }
  }
}

function resolveIds(doc: Doc, mentions: EntityMention[]) {
  const people: string[] = []; // full names seen so far
  const acronyms = new Map<string, string>(); // "SPD" -> "Social Democratic Party", from "X (ACR)" or initials
  const orgs: string[] = [];
  // A capital acting as the government: "Washington had said" -> United States.
  // So does one that talks or deals with someone: "agreed with Baghdad", "with Baghdad expecting".
  const actsAsGovernment = (m: EntityMention) =>
    /^\s+(?:has|had|have|is|was|said|says|agreed|announced|insisted|accused|warned|wants|will|expects|expecting|expected|hopes|hoping|rejected|denied)\b/.test(doc.text.slice(m.end, m.end + 12)) ||
    /\bwith\s+$/.test(doc.text.slice(Math.max(0, m.start - 6), m.start));
  for (const m of mentions) {
    if (m.id) continue; // the dateline's places come named: "CHIVAY" is the dateline's Chivay, gazetteer or not
    const surface = (m.text ?? '').replace(/\s+/g, ' ');
    if (m.type === 'PERSON') {
      const name = surface.replace(TITLES, '').replace(/['\u2019]s$/, '');
      const parts = name.split(' ');
      // A surname (or the last part of a name) refers back to the full name mentioned earlier.
      // So does a surname with a particle, however it is capitalised: "De Boer" after "Wim de Boer".
      const tail = (p: string) => p.toLowerCase().endsWith(' ' + name.toLowerCase());
      const particle = parts.length === 2 && /^(?:de|del|della|der|den|di|da|du|la|le|van|von|al|el|bin|ben|dos|das)$/i.test(parts[0]);
      const full = parts.length === 1 ? people.find((p) => p.split(' ').slice(-1)[0] === name || p.split(/[ -]/).includes(name)) : particle ? people.find((p) => p.split(' ').length > 2 && tail(p)) : undefined;
      // A capital that acts, with no person of that name about, is its government ("Washington said").
      if (!full && parts.length === 1 && CAPITAL_GOVERNMENTS[name] && actsAsGovernment(m)) {
        m.type = 'GPE';
        m.id = CAPITAL_GOVERNMENTS[name];
        continue;
      }
      m.id = full ?? name;
      if (!full && parts.length > 1) people.push(name);
      continue;
    }
    if (m.type === 'ORG' && /^[A-Z]{2,6}$/.test(surface)) {
      const expansion = acronyms.get(surface) ?? orgs.find((o) => initials(o) === surface);
      if (expansion) {
        m.id = canonicalId(expansion, 'ORG');
        continue;
      }
    }
    // A shorter name of an organisation named in full before: "the Met Office" after "the Icelandic Met Office".
    const fuller = m.type === 'ORG' && / /.test(surface) ? orgs.find((o) => o.endsWith(' ' + surface)) : undefined;
    m.id = canonicalId(fuller ?? surface, m.type);
    if (m.type === 'ORG') {
      orgs.push(surface);
      const after = doc.text.slice(m.end, m.end + 12).match(/^\s*\(([A-Z]{2,6})\)/);
      if (after) acronyms.set(after[1], surface);
    }
    if ((m.type === 'GPE' || m.type === 'LOC') && CAPITAL_GOVERNMENTS[surface] && actsAsGovernment(m)) {
      m.id = CAPITAL_GOVERNMENTS[surface];
      m.type = 'GPE';
    }
  }
  unifyCompanyNames(mentions);
  // "Daesh ... an Arabic acronym for IS": the two names are one entity.
  const acronymFor = /\b([A-Z][A-Za-z]+),?["\u201D]?[^.]{0,80}?\b(?:an?\s+)?(?:Arabic\s+|English\s+|French\s+)?(?:acronym|abbreviation|name)\s+for\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/g;
  for (let match = acronymFor.exec(doc.text); match; match = acronymFor.exec(doc.text)) {
    const a = mentions.find((m) => m.text === match![1]);
    const b = mentions.find((m) => m.text === match![2]);
    if (a && b && a.id !== b.id) for (const m of mentions) if (m.id === a.id) m.id = b.id;
  }
}

/** Words a company's name may carry or drop: its legal form and a generic trade ("Apple Computer", "Ford Motor
 *  Company", "Aer Lingus Group PLC"). "Apple Corps" keeps its "Corps": that is another company. */
const COMPANY_WORDS = /^(?:(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|PLC|plc|N\.V|S\.A|AG|SE|GmbH)\.?|Corporation|Company|Limited|Group|Holdings|Computer|Motors?|Airways|Airlines|Automotive),?$/;

/** One company under its short and long names, whichever comes first: "Apple" and "Apple Inc.", "Ford" and
 *  "Ford Motor Company" share the short name as id; "GM" and "General Motors" the expansion. */
function unifyCompanyNames(mentions: EntityMention[]) {
  // One mention per name is enough to compare: a story repeats its companies' names many times.
  const byName = new Map<string, EntityMention>();
  for (const m of mentions) if ((m.type === 'ORG' || m.type === 'MISC') && !byName.has(m.text ?? '')) byName.set(m.text ?? '', m);
  const names = [...byName.values()].map((m) => ({ m, words: (m.text ?? '').replace(/['\u2019]s$/, '').replace(/^the\s+/i, '').split(/\s+/) }));
  const rename = (from: string, to: string) => {
    for (const m of mentions) if (m.id === from) m.id = to;
  };
  for (const short of names) {
    for (const long of names) {
      if (long === short || long.m.id === short.m.id) continue;
      const extends_ = long.words.length > short.words.length && short.words.every((w, i) => long.words[i] === w) && long.words.slice(short.words.length).every((w) => COMPANY_WORDS.test(w));
      if (extends_) rename(long.m.id!, short.m.id!);
    }
    // an acronym met before its expansion: "GM reports losses" ... "General Motors"
    if (/^[A-Z]{2,6}$/.test(short.m.text ?? '')) {
      const expansion = names.find((o) => o.m.type === 'ORG' && o !== short && initials(o.m.text ?? '') === short.m.text);
      if (expansion && expansion.m.id !== short.m.id) rename(short.m.id!, expansion.m.id!);
    }
  }
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}
