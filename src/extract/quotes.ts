// Who said what. Quoted spans are found paragraph by paragraph (a quote left open at a paragraph's end stops
// there, as wire copy continues a quote in the next paragraph with a new opening mark); each gets its speech
// verb and speaker from its sentence: "X said", "said X", "X told AFP", "according to X", a possessive
// ("Sudani's office" → office of Mohamed Shia al-Sudani), a pronoun or description back to the last speaker.
// A paragraph that is all quote, with no speech verb, keeps the previous speaker. Short quoted fragments with
// no speech verb ("caliphate", "aggression") are scare quotes, not speech.
import type { Doc, Sentence } from '../text/types.ts';
import type { DatelineFact, EntityMention, Quote } from './types.ts';
import { lookupPlace, lookupRegion } from '../knowledge/gazetteer.ts';
import { lookupAlias } from '../knowledge/aliases.ts';

const CUES = 'said|says|say|saying|stating|told|tells|alleged|alleges|added|adds|acknowledged|stated|insisted|warned|sees|see|explained|noted|announced|urged|asked|declared|wrote|tweeted|argued|claimed|promised|stressed|confirmed|denied|replied|recalled|admitted|suggested|reported|quoted|commented|continued|concluded|predicted|vowed|pledged|cautioned|complained|acknowledges|insists|warns|believes|thinks|believed';
const CUE_RE = new RegExp(`\\b(${CUES})\\b`, 'g');
const PRONOUN = /^(he|she|it|they|we|i)$/i;
/** A person's pronoun: "he said" goes back to a person, never to a body. */
const HE_OR_SHE = /^(?:he|she)$/i;
const DESCRIPTION = /^(?:[Tt]he|[Aa]n?)\s+(?:[a-z][a-z-]*\s+){0,3}(adviser|advisor|minister|spokesman|spokeswoman|spokesperson|official|president|secretary|statement|ministry|office|group|coalition|company|union|agency|government|army|police|negotiator|governor|mayor|chief|leader|ambassador|diplomat|analyst|economist|source|dealer|trader|banker|broker|strategist|expert|observer|witness|resident|executive|lawyer|investor)s?$/;
/** Where someone described works, after the role: "a dealer at a foreign bank", "an analyst with a London brokerage". */
const WHERE_THEY_WORK = /\s+(?:at|with|from|in|for)\s+.+$/;
/** Anyone described by a place or an employer: "a retired teacher at the harbour", "a farmer from Hebei". */
const SOMEONE_SOMEWHERE = /^an?\s+(?:(?!(?:statement|report|letter|communique|memo|article|editorial|commentary|document|study|survey|paper)\b)[a-z][a-z-]*\s+){1,3}(?:at|with|from|in)\s+\S/;
const OPEN = new Set(['"', '\u201C', '\u00AB', '\u201E']);
const CLOSE = new Set(['"', '\u201D', '\u00BB', '\u201C']);

/** A speaker is a name: an entity's id, or the words that stand for one ("prominent Remain campaigners"). */
type Speaker = string;

/** A firm by what it is, with the definite article: "the company", "the Swedish group", "the software giant". */
const CORPORATE = /^the\s+(?:[a-z][a-z-]*\s+)?(?:company|firm|giant|carrier|airline|automaker|carmaker|manufacturer|bank|insurer|retailer|group|conglomerate|utility|chain)$/i;

/** How far a story's opening runs, in characters: its headline and lead, where wire copy names what it is about. */
const OPENING = 300;

/** Bodies that oversee firms, named in a firm's story without being the firm: "filed with the Securities and Exchange
 *  Commission", "approved by the Food and Drug Administration". */
const REGULATOR = /\b(?:Commission|Administration|Agency|Department|Ministry|Court|Board|Bureau|Office|Authority|Reserve|Congress|Senate|Parliament|Council)\b/;

/** "a spokesman", "the company spokeswoman": who speaks for the organisation that spoke before. */
const SPOKESPERSON = /\bspokes(?:man|woman|person)$/i;
const isOrganisation = (entities: EntityMention[], id: Speaker | undefined) => id !== undefined && entities.some((e) => e.type === 'ORG' && e.id === id);

interface Span {
  start: number;
  end: number;
  closed: boolean;
}

/** Quoted spans (with their marks) inside one paragraph. */
function quotedSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    // AP's ANPA copy quotes ``like this'' with two backticks and two apostrophes.
    const twoChar = (c === '`' && text[i + 1] === '`') || (c === "'" && text[i + 1] === "'");
    if (open < 0 && (OPEN.has(c) || (twoChar && c === '`'))) {
      open = i;
      if (twoChar) i++;
    } else if (open >= 0 && (CLOSE.has(c) || (twoChar && c === "'")) && i > open) {
      spans.push({ start: open, end: i + (twoChar ? 2 : 1), closed: true });
      open = -1;
      if (twoChar) i++;
    }
  }
  if (open >= 0) {
    let end = to;
    while (end > open && /\s/.test(text[end - 1])) end--;
    spans.push({ start: open, end, closed: false });
  }
  return spans;
}

function sentenceOf(doc: Doc, pos: number): Sentence | undefined {
  return doc.sentences.find((s) => pos >= s.start && pos < s.end);
}

const words = (s: string) => s.replace(/["\u201C\u201D\u00AB\u00BB,.!?`]|''/g, ' ').trim().split(/\s+/).filter(Boolean);

export function extractQuotes(doc: Doc, entities: EntityMention[], dateline?: DatelineFact): Quote[] {
  const text = doc.text;
  // The dateline ("OSLO (MP) _") is nobody's subject: speakers are looked for after it.
  const bodyStart = dateline?.end ?? 0;
  const quotes: Quote[] = [];
  let lastSpeaker: Speaker | undefined;
  let lastParagraphOpen = false;
  for (const p of doc.paragraphs) {
    const spans = quotedSpans(text, p.start, p.end);
    const continuesQuote = lastParagraphOpen;
    lastParagraphOpen = spans.some((s) => !s.closed);
    const speech: Span[] = []; // the quoted spans that are speech, not scare quotes or titles
    const paragraphQuotes = quotes.length; // where this paragraph's quotes begin
    let lastSpokenAt = -1; // where the paragraph's last quote with a speaker starts
    for (const q of spans) {
      const sentence = sentenceOf(doc, q.start);
      const sStart = Math.min(Math.max(sentence?.start ?? p.start, bodyStart), q.start);
      // A quote of several sentences is attributed after its last one: '"... own. But now ...," she said.'
      const sEnd = Math.max(sentenceOf(doc, q.end - 1)?.end ?? sentence?.end ?? p.end, q.end);
      const outside = maskQuotes(text, sStart, sEnd, spans);
      const cue = findCue(outside, q, sStart);
      const quotedWords = words(text.slice(q.start, q.end)).length;
      const wholeParagraph = q.start === p.start && (q.end >= p.end - 1 || !q.closed);
      if (quotedWords <= 2 && !wholeParagraph) continue; // scare quotes: "caliphate", "aggression"
      // Titles and terms, unless a sentence of its own after a quote in the paragraph ('... said Niu. "The worst is over."')
      const ownSentence = speech.length > 0 && /[.!?]\s*(?:["\u201D]|'')$/.test(text.slice(q.start, q.end));
      if (!cue && quotedWords <= 4 && !wholeParagraph && !ownSentence) continue;
      // With no speech verb of its own, a quote runs on from the one before it in the paragraph ('"...," she said.
      // "More ..."') or from the paragraph before; otherwise it is a title or a term.
      if (!cue && !wholeParagraph && !continuesQuote && !speech.length) continue;
      // "Citing ``a precautionary measure'', Airbus announced that ...": a short quoted phrase whose verb reports a
      // clause of its own is a scare quote; the reported clause is read as reported speech.
      if (cue && quotedWords <= 4 && !wholeParagraph && cue.start > q.end && /^\s+that\b/.test(text.slice(cue.end, cue.end + 6))) continue;
      const kind: Quote['kind'] = text.slice(sStart, q.start).trim() === '' ? 'direct' : 'mixed';
      let speaker: Speaker | undefined;
      let speakerSpan: [number, number] | undefined;
      if (cue) {
        const np = subjectOf(text, cue, q, sStart, sEnd);
        if (np) {
          // '"...," a port official told Reuters. "...," he said.': a pronoun after a quote in the same paragraph is
          // its speaker, not the person named before.
          const sameSpeaker = lastSpokenAt >= 0 && HE_OR_SHE.test(np.text.trim()) ? lastSpeaker : undefined;
          const resolved = sameSpeaker ?? resolveSpeaker(text, np, entities, lastSpeaker);
          speaker = resolved;
          speakerSpan = [np.start, np.end];
        }
      } else speaker = lastSpeaker; // a paragraph of pure quote continues the last speaker
      if (speaker) [lastSpeaker, lastSpokenAt] = [speaker, q.start];
      speech.push(q);
      quotes.push({
        start: q.start,
        end: q.end,
        text: text.slice(q.start, q.end),
        kind,
        ...(speaker ? { speaker } : {}),
        ...(cue ? { cue: cue.word } : {}),
        ...(speakerSpan ? { speakerStart: speakerSpan[0], speakerEnd: speakerSpan[1] } : {}),
      });
    }
    const reported = addIndirect(doc, p, entities, quotes, bodyStart, speech, lastSpeaker);
    // 'The official said the plan would pass. "It is easier ...," he said.': the pronoun is the speaker reported
    // earlier in the paragraph (the direct quotes were read before the reported speech).
    const inParagraph = quotes.slice(paragraphQuotes);
    for (const q of inParagraph) {
      if (q.speaker || q.speakerStart === undefined || !HE_OR_SHE.test(text.slice(q.speakerStart, q.speakerEnd))) continue;
      const before = inParagraph.filter((r) => r.kind === 'indirect' && r.speaker && r.end <= q.start).sort((a, b) => b.start - a.start)[0];
      if (before) [q.speaker, lastSpeaker] = [before.speaker, before.speaker];
    }
    // A paragraph of pure quote after reported speech continues its speaker ('..., said Salem Zahran.' then '"The
    // leadership feels ..."'), so the last speaker is whoever spoke last in this paragraph.
    if (reported && reported.start > lastSpokenAt) lastSpeaker = reported.speaker;
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** The sentence with its quoted parts blanked out, so cue words inside quotes are not taken for speech verbs. */
function maskQuotes(text: string, from: number, to: number, spans: Span[]): string {
  let s = text.slice(from, to);
  for (const q of spans) {
    const a = Math.max(q.start, from) - from;
    const b = Math.min(q.end, to) - from;
    if (b > a) s = s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
  }
  return s;
}

interface Cue {
  word: string;
  start: number; // absolute
  end: number;
}

/** The speech verb for a quote: after it when the quote ends on a comma ("...," X said), else the nearest before. */
function findCue(masked: string, q: Span, base: number): Cue | undefined {
  const all: Cue[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(masked); m; m = CUE_RE.exec(masked)) all.push({ word: m[1], start: base + m.index, end: base + m.index + m[1].length });
  const acc = /\baccording to\b/.exec(masked);
  if (acc) all.push({ word: 'according to', start: base + acc.index, end: base + acc.index + acc[0].length });
  if (!all.length) return undefined;
  const after = all.filter((c) => c.start >= q.end).sort((a, b) => a.start - b.start);
  const before = all.filter((c) => c.end <= q.start).sort((a, b) => b.start - a.start);
  // 'X said the bank had "..." but warned that': a verb joined on after the quote shares the subject of the
  // one before it, which is the quote's own.
  const joined = after[0] && before[0] && /^[\s,]*(?:but|and)\s*$/.test(masked.slice(q.end - base, after[0].start - base));
  return after[0] && after[0].start - q.end < 60 && !joined ? after[0] : (before[0] ?? after[0]);
}

interface NounPhrase {
  start: number;
  end: number;
  text: string;
}

/** The phrase after "said" or "according to", up to a comma or the sentence's end; an abbreviation's point does not
 *  end it ("said Apple Inc. CEO Steve Jobs"). */
const PHRASE_AFTER = /^\s+((?:[^,.;"\u201C\u201D]|(?<=\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Rev|Prof|Capt|Maj|Cmdr|Adm|Brig|Supt|Insp|Fr|Msgr|Hon|Atty|Cpl|Pvt|[A-Z]))\.(?=\s+[A-Z]))+)/;

/** Who the cue belongs to: "X said" (the phrase before it) or "said X" (the phrase after it). */
function subjectOf(text: string, cue: Cue, q: Span, sStart: number, sEnd: number): NounPhrase | undefined {
  if (cue.word === 'according to') {
    const after = text.slice(cue.end, sEnd).match(PHRASE_AFTER);
    return after ? trimNp(cue.end + after[0].indexOf(after[1]), after[1]) : undefined;
  }
  // "Jobs started by hinting at it, saying, ...", "Ryanair CEO, Michael O'Leary, justified his choice by saying":
  // the participle's subject is the clause's, the names that open it ("X quoted Y as saying" is Y).
  if (cue.word === 'saying' || cue.word === 'stating') {
    const from = cue.start > q.end ? q.end : sStart;
    const before = text.slice(from, cue.start);
    const quotedAs = /\bquoted\s+([^,.;"\u201C\u201D]+?)\s+as\s*$/.exec(before);
    if (quotedAs) return trimNp(from + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]), quotedAs[1]);
    const opening = /^[\s,]*((?:[A-Z][\w.'\u2019-]*(?:\s+|,\s*))+)(?=[a-z])/.exec(before);
    if (opening && !/^(?:The|A|An|In|On|At|After|Before|When|While|As|But|And)\b/.test(opening[1])) return trimNp(from + opening.index + opening[0].indexOf(opening[1]), opening[1]);
  }
  // "Detik.com quoted Djamal as saying": the one quoted speaks, not the paper
  if (cue.word === 'quoted') {
    const quoted = text.slice(cue.end, sEnd).match(/^\s+([^,.;"\u201C\u201D]+?)\s+as\s+say(?:ing|s)\b/);
    if (quoted) return trimNp(cue.end + quoted[0].indexOf(quoted[1]), quoted[1]);
  }
  // Phrase before the verb: back to the quote, the sentence start, or a clause boundary.
  let from = cue.start;
  const limit = cue.start > q.end ? q.end : sStart;
  const window = text.slice(limit, cue.start);
  // The subject starts after the last quote mark, semicolon or clause word ("..., but the minister said").
  const clause = /\b(?:that|which|who|and|but|while|as|because|although)\s+(?=[^,]*$)/.exec(window);
  const boundary = Math.max(window.lastIndexOf('"'), window.lastIndexOf('\u201D'), window.lastIndexOf(';'), clause ? clause.index + clause[0].length - 1 : -1);
  from = limit + (boundary >= 0 ? boundary + 1 : 0);
  let np = text.slice(from, cue.start).replace(/\s+(?:had|has|have|also|then|later|earlier|previously|would|will|has also|had also)\s*$/i, ' ').replace(TRAILING_ADVERBS, ' ');
  np = np.replace(/\s+(?:on \w+day|in a statement)\s*$/i, ' ');
  // "Peter Frerk, who has taken over Selowsky's duties, said": the relative clause is not the subject.
  np = np.replace(/,\s*(?:who|which)\b[^,]*,\s*$/i, ' ');
  // 'he thanked the American people for their "solidarity" and said: "..."': the verb shares the sentence's subject.
  if (words(np).length === 0 && clause && /^(?:and|but)\s/.test(clause[0]) && limit === sStart) {
    // (a title may stand inside the name: "White House spokesman Marlin Fitzwater defended ... and said")
    const opening = /^\s*(?:[^,"\u201C]{0,60},\s*)?((?:[A-Z][\w.'\u2019-]*\s+|(?:spokes(?:man|woman|person)|minister|secretary|president|chairman|director|official|leader|chief|analyst|economist)\s+){0,5}[A-Z][\w.'\u2019-]*|he|she|they|we)\s+[a-z]+/.exec(text.slice(sStart, cue.start));
    if (opening) return trimNp(sStart + opening.index + opening[0].indexOf(opening[1]), opening[1]);
  }
  if (words(np).length === 0 || /^[\s,]*$/.test(np)) {
    // "said X": the phrase after the verb; "said the House majority leader, Paul Dorsey": the name after the role.
    const after = text.slice(cue.end, sEnd).match(PHRASE_AFTER);
    if (!after) return undefined;
    const phraseEnd = cue.end + after[0].length;
    const named = /^[a-z]/.test(after[1].split(/\s+/).pop() ?? '') && /^,\s+((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)\s*[.,]/.exec(text.slice(phraseEnd, sEnd));
    if (named) return trimNp(phraseEnd + named[0].indexOf(named[1]), named[1]);
    return trimNp(cue.end + after[0].indexOf(after[1]), after[1]);
  }
  return trimNp(from, np);
}

function trimNp(start: number, raw: string): NounPhrase {
  // An appositive or a fronted adverbial ends at the last comma: "On Thursday, Washington"; "his adviser, Farhad Alaaldin,".
  // A sentence adverb set off by commas is neither: "Executives from several firms, however, said".
  raw = raw.replace(/,\s*(?:however|meanwhile|too|though|moreover|in turn|for (?:its|their|his|her) part)[,\s]*$/i, ' ');
  const body = raw.replace(/[,\s]+$/, '');
  const comma = body.lastIndexOf(',');
  if (comma >= 0 && words(body.slice(comma + 1)).length > 0) {
    start += comma + 1;
    raw = raw.slice(comma + 1);
  }
  // "..., and the port authority said": the conjunction opens the clause, it is not part of the subject; so do a
  // relative pronoun ("which experts said") and a dash or colon left from a dateline ("- History says").
  // A focusing adverb goes too: "(But) even VW admits".
  const lead = raw.length - raw.replace(/^[\s,:\-\u2013\u2014_'`\u2019]*(?:(?:and|but|while|as|which|who|whom|although|though|because|since|when|whereas|so|And|But|While|Although|Though|Because|Since|When|Whereas|So)\s+)?(?:(?:even|Even|only|Only)\s+)?/, '').length;
  const t = raw.slice(lead).trim().replace(/,$/, '');
  return { start: start + lead, end: start + lead + t.length, text: t };
}

/** A speaker name from the phrase: a person in it first, then an organisation or place, possessives spelled out. */
function resolveSpeaker(text: string, np: NounPhrase, entities: EntityMention[], last: Speaker | undefined) {
  // A name that modifies a compound is not the head: "the US-led coalition" is the coalition, not the US.
  const inside = entities.filter((e) => e.start >= np.start && e.end <= np.end && text[e.end] !== '-');
  let phrase = np.text.replace(/\s+/g, ' ');
  // "Speaking to the public he said": the subject is the pronoun that ends the phrase
  const endsInPronoun = /^(?:[A-Z]\w*ing|After|Before|In|On|At)\b.*\s(he|she|they|we|it)$/i.exec(phrase);
  if (endsInPronoun) phrase = endsInPronoun[1];
  // "but added that ...": no subject of its own, so the speaker before it ("ANZ said ..., but added that")
  if (/^(?:that|this|which|what|there|so|and|but)$/i.test(phrase)) return last;
  // A description or a phrase set off by commas after a name is that person: "Matt Goodman, a fire service
  // spokesman, said", "Matt Goodman, from the fire service, said".
  const apposed = /^\s*,/.test(text.slice(np.end, np.end + 3)) ? appositiveOwner(text, np, entities) : undefined;
  if (apposed) return apposed.id;
  if (/^(?:of|to|in|for|by|with|on|at|from|as|if)\b/i.test(phrase)) return undefined; // a phrase, not a subject
  // "The company said", "the software giant said" with no one speaking before: the only firm the story's opening
  // names ("Microsoft warned of a flaw ... The company said"), leaving aside regulators and a dateline's state or
  // agency ("HOUSTON, Tex.", "(AFP)"). With two firms there, or none, the description is all there is.
  if (CORPORATE.test(phrase) && !last) {
    const firms = new Set(entities.filter((e) => e.type === 'ORG' && e.end <= Math.min(np.start, OPENING) && !REGULATOR.test(e.id) && !/^[A-Z][a-z]{0,2}$/.test(e.id) && text[e.start - 1] !== '(').map((e) => e.id));
    const [firm] = firms;
    // (another name in its own sentence may be the one meant: "In a statement on the Airbus website, the company said")
    const sentenceStart = Math.max(0, ...[...text.slice(0, np.start).matchAll(/[.!?]['"\u201D]?\s+/g)].map((m) => m.index! + m[0].length));
    const rival = entities.some((e) => (e.type === 'ORG' || e.type === 'MISC') && e.start >= sentenceStart && e.end <= np.start && e.id !== firm);
    if (firms.size === 1 && !rival) {
      // a place written into the name is part of it: "China" + "Eastern" is China Eastern
      return nameWithPrefix(text, entities.find((e) => e.id === firm)!, entities.filter((e) => e.type === 'GPE'));
    }
  }
  // "A spokesman" is someone new, not the person last named; so is "a dealer at a foreign bank".
  const indefinite = /^an?\s/i.test(phrase);
  const describedSomeone = indefinite && (DESCRIPTION.test(phrase.replace(WHERE_THEY_WORK, '')) || SOMEONE_SOMEWHERE.test(phrase));
  if (PRONOUN.test(phrase) || DESCRIPTION.test(phrase) || describedSomeone) {
    // "he said" / "she said" / "the minister said": the person last named before it, else the last speaker.
    if (HE_OR_SHE.test(phrase) || (!indefinite && /\b(minister|adviser|advisor|spokesman|spokeswoman|negotiator|governor|mayor|chief|leader)\b/i.test(phrase))) {
      const named = entities.filter((e) => e.type === 'PERSON' && e.end <= np.start && np.start - e.end < 400).pop();
      // "Ferreira's mother wept in the hallway. 'I have waited 19 months,' she said": the one the name qualifies
      const kin = named && HE_OR_SHE.test(phrase) && KIN_OF.exec(text.slice(named.end, named.end + 30));
      if (kin) return `${named.id}'s ${kin[1]}`;
      if (named) return named.id;
    }
    // No one to go back to: the body named in the phrase, else the description is all the story gives ("The
    // minister told reporters ...", "The interior ministry said"). "An official" is someone new, never the last
    // speaker, though "a spokesman" after an organisation spoke is its spokesman.
    if (indefinite && isOrganisation(entities, last) && SPOKESPERSON.test(phrase)) return last;
    // (a spokesman speaks for the one named: "a spokesman for Governor Perpich" is Perpich)
    const spokenFor = /\bspokes(?:man|woman|person)\s+(?:for|of)\s/i.test(phrase) ? inside.find((e) => e.type === 'PERSON' || e.type === 'ORG') : undefined;
    if (spokenFor) return spokenFor.id;
    if ((indefinite || !last) && !PRONOUN.test(phrase) && !/\bstatement$/i.test(phrase)) return inside.find((e) => e.type === 'ORG')?.id ?? phrase.replace(/^(?:the|a|an)\s+/i, '');
    return last;
  }
  // "Sudani's office", "Iraq's foreign ministry": the body of its possessor.
  const poss = phrase.match(/^(?:the\s+)?(.+?)['\u2019]s\s+((?:[a-z-]+\s+){0,3}(?:office|ministry|government|spokesman|spokeswoman|army|embassy|cabinet|party|campaign|board|commission|committee|council|agency|bureau|authority|authorities|court|department|police|parliament|rulers|leaders|leadership|military|delegation|negotiators))$/i);
  if (poss) {
    const owner = inside.find((e) => e.start >= np.start && e.end <= np.start + phrase.indexOf(poss[1]) + poss[1].length + 2);
    return `${poss[2]} of ${owner?.id ?? poss[1]}`;
  }
  // People described by whom or what they belong to speak as that description, not as the name in it: "Survivors of
  // the U.S. Embassy bombing and relatives of the dead said", "Relatives of Juan Perez said".
  const people = /^(?:the\s+)?((?:survivors|relatives|families|victims|residents|witnesses|supporters|parents|friends|neighbou?rs|colleagues|fans|passengers)\s+of\s+.+?)(?:\s+and\s+.*)?$/i.exec(phrase);
  if (people) return people[1];
  // and those described by where they are: "Diplomats in Dar es Salaam said"
  const there = /^(?:diplomats|analysts|residents|witnesses|dealers|traders|doctors|experts|economists|observers|aid workers)\s+(?:in|at|from)\s+[A-Z].*$/i.exec(phrase);
  if (there) return there[0];
  // The head of the phrase, not a possessor: "Sudani's adviser Farhad Alaaldin" is Alaaldin.
  // (a "person" after "in" is a place the tagger took for a name: "Police officials in Jamui said")
  const person = inside.filter((e) => e.type === 'PERSON' && !/^['\u2019]s\b/.test(text.slice(e.end, e.end + 3)) && !/\b(?:in|near)\s+$/.test(text.slice(Math.max(0, e.start - 6), e.start))).pop();
  if (person) return person.id;
  // A description set off by commas after a name is that person: "Marte Lund, strategist at Nordkapp, said".
  const named = appositiveOwner(text, np, entities);
  if (named) return named.id;
  // The head is the last name in the phrase ("United States airframer Boeing" is Boeing), an organisation before
  // a country; a name right before it is part of it ("China" + "Eastern Airlines").
  const speaking = inside.filter((e) => e.type === 'ORG' || (e.type === 'GPE' && canSpeak(e)));
  const final = inside[inside.length - 1];
  const headOrg = final && final.end === np.end && (final.type === 'ORG' || final.type === 'MISC') ? final : (speaking.filter((e) => e.type === 'ORG').pop() ?? speaking.pop());
  const org = headOrg && { ...headOrg, id: nameWithPrefix(text, headOrg, inside) };
  // a name that ends the phrase is its head however long the description before it ("The US automobile
  // manufacturer Ford"); otherwise a short phrase stands for the organisation in it
  const cleaned = phrase.replace(/^(?:the|a)\s+/i, '');
  // A place that only qualifies the body named after it is not the speaker: "the Gauteng education department".
  const placeQualifies = org && (org.type !== 'ORG' || !!lookupRegion(org.text ?? '') || !!lookupPlace(org.text ?? '')) && org.end < np.end && /^\s+(?!(?:last|this|next|earlier|later|on|also|yesterday|today)\b)[a-z]/.test(text.slice(org.end, np.end));
  if (org && !placeQualifies && (org.end === np.end || words(phrase).length <= 4)) return org.id;
  // A place is not a speaker ("Bergen said"), unless it stands for a government (a country, "Washington").
  // A building that stands for its government speaks: "The White House says", "the Kremlin said".
  if (/^(?:White House|Kremlin|Pentagon|Elysee(?: Palace)?|Élysée(?: Palace)?|Downing Street|Blue House|Vatican)$/.test(cleaned)) return cleaned;
  const placeOnly = inside.some((e) => (e.type === 'GPE' || e.type === 'LOC') && !canSpeak(e) && e.text === cleaned);
  if (placeOnly) return undefined;
  if (words(cleaned).length <= 5 && /^[A-Z]/.test(cleaned)) return cleaned;
  if (org) return org.id;
  if (!cleaned) return last;
  return words(cleaned).length <= 4 ? cleaned : last;
}

/** An organisation's id with the name written right before it, which the tagger split off: "China" + "Eastern
 *  Airlines" is China Eastern Airlines. */
function nameWithPrefix(text: string, org: EntityMention, before: EntityMention[]): string {
  const prefix = before.find((e) => e.end + 1 === org.start && text[e.end] === ' ');
  return prefix ? `${text.slice(prefix.start, prefix.end)} ${org.id}` : org.id;
}

/** Places that can speak: a country, or a capital the entity stage read as its government ("Washington said" is the United States). */
function canSpeak(e: EntityMention): boolean {
  return lookupPlace(e.id)?.kind === 'country' || lookupAlias(e.id)?.type === 'GPE';
}

/** "Name, a description," before the speech verb: the person named right before the description's comma. */
function appositiveOwner(text: string, np: NounPhrase, entities: EntityMention[]): EntityMention | undefined {
  // a description starts lower-case, or with a title: "president and CEO of Boeing Commercial Airplanes"
  // or with the body whose officer it is: "Communist Party secretary of a village in Zhejiang", "Boeing spokesman"
  if (!/^(?:an?|the|[a-z]+|(?:CEO|Chief|Chairman|President|Director|Head|Spokes\w+|Minister|Secretary|Governor|Mayor|Dean|Commander|Professor|Ambassador|Senator|Judge|Chancellor|Deputy|Vice|General|Colonel|Captain|Inspector)\b|(?:[A-Z][\w.'&-]*\s+){1,4}(?:secretary|spokes\w+|chief|chairman|president|director|head|official|minister|leader|member|correspondent|analyst|economist|executive|adviser|advisor|lawyer|officer|commander|governor|mayor|editor|manager)\b)/.test(np.text)) return undefined;
  // the comma may stand before a title that runs on: "Scott Carson, president and CEO of Boeing Commercial Airplanes"
  const before = text.slice(Math.max(0, np.start - 30), np.start);
  const m = /,\s*(?:[a-z]+\s+(?:and|&)\s+)?$/.exec(before);
  if (!m) return undefined;
  const comma = np.start - (before.length - m.index);
  return entities.find((e) => e.type === 'PERSON' && e.end === comma);
}

/** A relation a name's possessive names, who may speak in the name's stead. */
const KIN_OF = /^['\u2019]s\s+(mother|father|wife|husband|son|daughter|brother|sister|widow|widower|lawyer|attorney|spokesman|spokeswoman|grandmother|grandfather|aunt|uncle|girlfriend|boyfriend|fianc[ée]e?)\b/;

/** Adverbs between a subject and its verb are not the subject: "he finally admitted", "the bank also said". */
const TRAILING_ADVERBS = /(?:\s+(?:finally|also|then|later|earlier|previously|repeatedly|reportedly|allegedly|initially|originally|recently|quickly|immediately|eventually|apparently|separately|subsequently|formally|officially|publicly|privately|flatly|firmly|strongly|clearly|simply|briefly|again|never|always|often|still|just|already|now))+\s*$/i;

/** The day a speech verb may carry: "said on Friday", "on Monday reported", "said today", "told reporters Thursday night". */
const SPEECH_DAY = '(?:(?:on\\s+)?(?:today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|earlier\\s+this|this)\\s+(?:week|month|year)|over\\s+the\\s+weekend)';

/** Whom speech is told to: "told Reuters", "told the BBC", "told reporters", "told a news conference". */
const ADDRESSEE =
  "(?:(?:[A-Z][\\w-]*\\s+)?(?:reporters|journalists|lawmakers|legislators|supporters|delegates)|(?:the\\s+)?[A-Z][\\w.'\u2019-]*(?:\\s+[A-Z][\\w.'\u2019-]*){0,3}|parliament|(?:a|the)\\s+(?:news|press)\\s+(?:conference|briefing)|(?:a|the)\\s+(?:briefing|rally|crowd|committee|gathering|meeting|hearing|court|jury))";

/** How it was said: "in a statement", "in an interview with the BBC", "in a televised speech". */
const MANNER = '(?:in\\s+(?:an?|the|his|her|its|their)\\s+(?:[\\w-]+\\s+){0,2}(?:statement|interview|letter|speech|address|report|filing|briefing|message)(?:\\s+with\\s+(?:the\\s+)?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*){0,3})?)';

/** A "clause" that reports nothing but when or how: "Smith said Friday.", "the ministry said in a statement.", "said so.", "he said it again." */
const NOTHING_REPORTED = new RegExp(`^(?:${SPEECH_DAY}|${MANNER}|(?:so|it|this|that|nothing|little|much|more)(?:\\s+(?:again|too|also|publicly|repeatedly))?)(?:\\s+(?:morning|afternoon|evening|night))?\\s*[.!?]?$`, 'i');

/** "X said (that) ...", "X has confirmed that ...", "..., although industry experts say ...": a subject, a speech verb
 *  with perhaps its day, then the reported clause. */
const INDIRECT = new RegExp(
  `^(.{3,120}?)\\s+(said|says|say|admits|admit|(?:told|tells)\\s+${ADDRESSEE}|announced|announces|warned|warns|added|adds|stated|states|claimed|claims|confirmed|confirms|reported|reports|insisted|insists|argued|argues|explained|noted|stressed|predicted|acknowledged|admitted|denied|revealed|alleged|alleges|testified|testifies)(?:\\s+here)?(?:\\s+${SPEECH_DAY})?(?:\\s+${MANNER}(?:\\s+${SPEECH_DAY})?)?(?:\\s+that,?)?\\s+(.+)$`,
  's',
);

/** How a source spoke, after the verb: "said on condition of anonymity", "said in a statement". */
const CLOSING_MANNER = `(?:\\s+(?:on\\s+(?:the\\s+)?condition\\s+(?:of\\s+anonymity|that\\s+(?:he|she|they)\\s+not\\s+be\\s+(?:named|identified))|${MANNER}))?`;
/** "A bomb exploded at the embassy, officials said.": the speaker closes the sentence. */
const CLOSING_SPEAKER = new RegExp(`^(.{10,}?),\\s+((?:(?:the|a|an)\\s+)?(?:[A-Z][\\w.'-]*\\s+){0,4}[\\w.'-]+|(?:(?:the|a|an)\\s+(?:[A-Z][\\w.'-]*\\s+){1,3})?[a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,2})\\s+(said|says|say|reported|added|noted|stressed|explained|warned|insisted|alleged|claimed|testified|told\\s+(?:[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,2}|reporters|journalists))(?:\\s+here)?(?:\\s+${SPEECH_DAY})?${CLOSING_MANNER}(?:\\s+${SPEECH_DAY})?\\.$`, 's');
/** "..., said Salem Zahran, a Lebanese analyst.": the verb before the name. */
// (the name may carry its title, "Superintendent of Police S. Haque", or be a body, "said the police.", or someone
// described, "said an Interior Ministry official who spoke on condition of anonymity.")
const INVERTED_CLOSING = /^(.{10,}?),\s+(said|says|added|alleged)\s+((?:[A-Z][\w.'-]*\s+(?:(?:of|for)\s+)?){0,5}[A-Z][\w.'-]*|the\s+(?:[a-z]+\s+){0,2}(?:police|army|military|government|ministry|officials?|sources|spokesman|spokeswoman|statement|report|agency)|an?\s+(?:[A-Za-z][\w.'-]*\s+){0,4}(?:official|spokesman|spokeswoman|spokesperson|source|diplomat|officer|aide|analyst|witness|investigator))(?:\s+who\s+[^,]{0,120})?(?:,[^,]{0,150})?\.$/s;

/** The clause reported, who closes the sentence with it, and the verb, in either order after the comma. */
function closingSpeaker(sentence: string): { clause: string; who: string; cue: string } | undefined {
  const m = CLOSING_SPEAKER.exec(sentence);
  if (m) return { clause: m[1], who: m[2], cue: m[3] };
  const inverted = INVERTED_CLOSING.exec(sentence);
  return inverted ? { clause: inverted[1], who: inverted[3], cue: inverted[2] } : undefined;
}
/** The speech verb that must follow a clause read past (below). */
const VERB_NEXT = String.raw`(?:also\s+)?(?:said|says|told|added|stated|claimed|alleged|noted|warned)\b`;
/** A long clause before the subject: "Given that seven years have passed since ..., Biswal said". */
const FRONTED_CLAUSE = new RegExp(String.raw`^\s*(?:Given|Stating|Referring|Speaking|Addressing|Asked|When asked|Accusing|Claiming|Seeking|Responding|Reacting|Commenting|Noting|Pointing out|Explaining|Replying|On)\b[^;"\u201C\u201D]{20,250}?,\s+(?=(?:the\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+${VERB_NEXT})`);
/** A long relative clause between the subject and its verb: "Shivshankar Menon, who discussed ... here, said". */
const RELATIVE_BEFORE_VERB = new RegExp(String.raw`^(\s*[A-Z][^,;"\u201C]{2,80}),\s+(?:who|which)\b[^,;"\u201C\u201D]{20,200},(?=\s+${VERB_NEXT})`);
/** When and where it was said, before "that": "later at a public rally near the station that ..." ("at least 10 people
 *  died and that ..." and "there is no evidence that ..." are what was said). */
const WHEN_AND_WHERE_SAID = /^(?=\S)(?:(?:later|earlier|again|here|today|yesterday)\s+)*(?:(?!at\s+(?:least|most)\b|in\s+(?:all|total)\b)(?:at|in|on|during|after|before|outside|inside|from)\b(?:(?!\b(?:is|was|were|are|be|been|seemed|seems|had|has|have|not|no|it|he|she|they|we|there)\b)[^"\u201C;,]){0,100}?(?<!\band)\s+)?that\s+(?!(?:had|has|have|was|were|is|are|will|would|could|can)\b)(?=\S)/i;
const TRAILING_DAY = new RegExp(`\\s+${SPEECH_DAY}\\s*$`);

/** A speech verb whose object is a thing, not a reported clause: "admits to feeling daunted", "had argued over a $12
 *  fare", "No group claimed responsibility", "a gap experts have warned about since 1983". */
const VERB_WITH_AN_OBJECT: Array<[verb: RegExp, object: RegExp]> = [
  [/^admit/, /^to\s+\w+ing\b/],
  [/^argue/, /^(?:over|about|with|against|for)\b/],
  [/^claim/, /^(?:responsibility|credit)\b/i],
  [/^warn/, /^(?:about|of|against)\b/i],
];

/** A sentence that matched INDIRECT but reports no speech ([whole, subject, verb, rest] of the match; `from` where
 *  the subject starts in the text). */
function notSpeech([whole, subject, verb, rest]: RegExpExecArray, from: number, entities: EntityMention[]): boolean {
  const before = subject.trimEnd();
  // The verb's word as a noun or a passive ("because of reports", "Idaho — states that", "Revenue was reported as",
  // "was not reported when"); a participle before its noun ("the recently announced iPhone").
  if (/(?:\b(?:of|the|a|an|his|her|its|their|these|those|new|in|to|for|with|by|on|was|were|is|are|be|been|being)(?:\s+(?:not|never|also|first|widely))?|[\u2013\u2014;:]|\s-)$/i.test(before)) return true;
  if (/\bthe\s+\w+ly$/i.test(before)) return true;
  if (verb === 'alleged' && /['\u2019]s$/.test(before)) return true; // "Japan's alleged refusal" ("Moody's said" speaks)
  // What follows is no reported clause: "claimed by", "such as", "admits to feeling daunted", "The sell-off announced
  // on Wednesday indicates".
  // ("told reporters that, as expected, the judge ...": after "that" the clause has begun.)
  const thatOpened = /\bthat,?\s*$/.test(whole.slice(0, whole.length - rest.length));
  if (VERB_WITH_AN_OBJECT.some(([v, object]) => v.test(verb) && object.test(rest))) return true;
  // A participle set off by commas before the sentence's own verb: "Malaysia's currency controls, announced on Tuesday,
  // have drawn mixed reviews", "The agreement, announced after a week of talks, provides for".
  if (/,$/.test(before) && /^[^,"\u201C]{0,80},\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|(?!(?:he|she|it|its|this|thus|as|is|was|has|his|hers|ours|theirs|us|yes|less|unless)\b)[a-z]+s)\b/.test(rest)) return true;
  if (!thatOpened && (/^(?:by|as|including|such as|like|and|or|of|with)\b|^(?:indicates?|shows?|suggests?|means?)\b/i.test(rest))) return true;
  // "states", "reports", "claims" as nouns: before their own verb ("their claims were upheld"), after a group that is
  // no speaker ("Sunni Muslim states including", "the Gulf states that support") or a quantity ("many reports that").
  if (/^(?:states|reports|claims)$/.test(verb)) {
    if (/^(?:were|are|was|is|have|had|of|from|by|about)\b/.test(rest)) return true;
    const last = /(\S+)$/.exec(before)?.[1] ?? '';
    const speakerNamed = entities.some((e) => (e.type === 'PERSON' || e.type === 'ORG') && e.end === from + before.length);
    const oneWordSubject = !/\s/.test(subject.trim()); // "Boeing claims that": the tagger may not know a name that opens a sentence
    if ((/^[A-Z]/.test(last) && !speakerNamed && !oneWordSubject) || /^(?:other|many|some|several|all|both|these|those|member|neighbou?ring|\d+|two|three|four|five)$/i.test(last)) return true;
  }
  // "adds back", "which has added internet software to its tools", "Horford added 14", "Brent added 6 cents": adding a
  // thing, a score or a price.
  if (/^add/.test(verb)) {
    if (/^(?:back|up|to)\b/i.test(rest)) return true;
    if (!/^that\b/.test(rest) && /^(?:[\w-]+\s+){0,4}to\s+(?:its|the|their|his|her|a|an)\b/i.test(rest)) return true;
    if (verb === 'added' && /^(?:\$|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:points?|cents?|percent))/i.test(rest)) return true;
  }
  return false;
}

/** Reported speech without quotation marks: "X said (that) ..." — the span is the reported clause. Returns the
 *  paragraph's last one. */
function addIndirect(doc: Doc, p: { start: number; end: number }, entities: EntityMention[], quotes: Quote[], bodyStart: number, spans: Span[], lastSpeaker: Speaker | undefined): Quote | undefined {
  let lastReported: Quote | undefined;
  // A bare pronoun goes back to the last speaker; so does a spokesman, when an organisation spoke last ("NECO Inc said
  // ... A spokesman said").
  const lastFor = (np: string) => {
    const current = lastReported?.speaker ?? lastSpeaker;
    // (", and noted that ...": the verb shares the subject before it.)
    return /^(?:he|she|and|but)$/i.test(np.trim()) || (isOrganisation(entities, current) && SPOKESPERSON.test(np.trim())) ? current : undefined;
  };
  const text = doc.text;
  // Sentences with quoted speech are the direct quotes' (above); the others, scare quotes and all, may report speech.
  for (const s of doc.sentences.filter((s) => s.start >= p.start && s.end <= p.end && !spans.some((q) => q.start < s.end && s.start < q.end))) {
    const from = Math.max(s.start, Math.min(bodyStart, s.end));
    const sentence = text.slice(from, s.end);
    const closing = closingSpeaker(sentence);
    if (closing) {
      const npStart = from + closing.clause.length + sentence.slice(closing.clause.length).indexOf(closing.who);
      const speaker = resolveSpeaker(text, { start: npStart, end: npStart + closing.who.length, text: closing.who }, entities, lastFor(closing.who));
      const lead = closing.clause.length - closing.clause.replace(/^[\s:\-\u2013\u2014_]+/, '').length; // the dateline's dash or colon
      if (speaker) quotes.push((lastReported = { start: from + lead, end: from + closing.clause.length, text: closing.clause.slice(lead), kind: 'indirect', speaker, cue: closing.cue }));
      continue;
    }
    // A long clause before the subject, or between it and its verb, is no part of either: "Given that seven years have
    // passed since ..., Biswal said", "Foreign Secretary Shivshankar Menon, who discussed ... here, said that ...". Read
    // the sentence without them; the subject starts after the first, and what is reported, which ends the sentence,
    // keeps its offset from the end.
    const skip = FRONTED_CLAUSE.exec(sentence)?.[0].length ?? 0;
    const base = from + skip;
    const read = sentence.slice(skip).replace(RELATIVE_BEFORE_VERB, '$1 ');
    const m = INDIRECT.exec(read);
    if (!m) continue;
    if (notSpeech(m, base, entities)) continue;
    // "..., the same applies to them, Saarikko said on Friday.": the speaker comes after what was said, and what
    // follows the verb is only when or where.
    const afterVerb = read.slice(m[1].length).replace(/^\s+/, '').slice(m[2].length).trimStart(); // the manner and day too
    const afterthought = /^(?:on|in|at|during|after|before|from|late|early|earlier|later|yesterday|today|tonight|last|this|outside)\b/i.test(afterVerb) && words(afterVerb).length <= 8 && m[1].includes(',') && !/\bthat\b/i.test(afterVerb);
    // "Airbus, Europe's biggest planemaker, has announced", "He also said": the auxiliary is not the subject.
    // A semicolon ends the clause before: "Apple Inc. pledged aid; Apple said ..." has "Apple" for subject.
    const semi = m[1].lastIndexOf(';');
    let subject = m[1]
      .slice(semi + 1)
      .replace(TRAILING_ADVERBS, '') // "which came to power in 1949, has never (acknowledged)"
      .replace(/[,\s]+(?:has|have|had|also|has also|had also|will|would|then|later|earlier|previously|did|does|do|could|can|cannot|didn['\u2019]t|doesn['\u2019]t|don['\u2019]t|won['\u2019]t|couldn['\u2019]t|can['\u2019]t|wouldn['\u2019]t)(?:\s+(?:also|not))?\s*$/i, '')
      .replace(TRAILING_ADVERBS, '') // "he finally admitted"
      .replace(TRAILING_DAY, '') // "Nutrisystem on Monday reported"
      .replace(/\s*\([A-Z.:]+\)\s*$/, ''); // a ticker: "Nutrisystem Inc. (NTRI)"
    let subjectStart = base + semi + 1;
    // "Jeff Lautt, CEO of Poet, which operates refineries, including in South Dakota, said": a trailing
    // clause is not the subject, the name that opens the sentence is.
    const bare = subject.replace(/[,\s]+$/, '');
    const last = bare.slice(bare.lastIndexOf(',') + 1).trim();
    if (!afterthought && /^(?:including|especially|such as|among them|in|on|at|with)\b/i.test(last)) subject = subject.slice(0, subject.indexOf(','));
    // "Kenya's interior ministry, which oversees the police, has confirmed": the relative clause is not the subject
    else if (!afterthought && /,\s*(?:(?:has|have|had|will|would|also)\s*)*$/i.test(m[1]) && /^(?:which|who|whose|where)\b/i.test(last)) subject = bare.slice(0, bare.lastIndexOf(','));
    // "Remain campaigners pushing for a soft Brexit that would ... said", "groups who back him said": a participle or a
    // relative clause after a plural noun is not the subject's head.
    else if (!afterthought) {
      const modified = /^(.*?\b(?!(?:a|an|the|this|that|its|his|her|their)\b)[a-z]+s)\s+(?:who|that|which|(?!(?:during|according|including|morning|evening|meeting|briefing|hearing|building|nothing|something|anything|everything)\b)[a-z]+ing)\b/.exec(subject);
      if (modified) subject = modified[1];
    }
    if (!afterthought && NOTHING_REPORTED.test(m[3].trim())) continue;
    if (afterthought) subjectStart = base + m[1].lastIndexOf(',') + 1;
    const np = afterthought ? trimNp(subjectStart, m[1].slice(m[1].lastIndexOf(',') + 1)) : trimNp(subjectStart, subject);
    if (!afterthought && np.start > subjectStart && /^[a-z]|^\S+['\u2019]s\b/.test(np.text)) {
      // "Airbus, Europe's biggest planemaker": a description after a comma is the name before it
      // (a fronted clause is not a name: "After the plan failed to pass the Senate, the White House has said")
      const head = trimNp(subjectStart, subject.slice(0, subject.indexOf(',')));
      const fronted = /^(?:After|Before|When|While|As|Since|Although|Though|If|Because|In|On|At|During|Following|Despite|With|Amid|Under)\b/.test(head.text) || words(head.text).length > 6;
      if (!fronted && entities.some((e) => e.start >= head.start && e.end <= head.end && ['ORG', 'PERSON', 'MISC'].includes(e.type))) Object.assign(np, head);
    }
    // "Wegscheider declined to give a forecast, and noted that ...": the verb shares the sentence's subject.
    const opener = /^(?:and|but)$/i.test(np.text) ? entities.find((e) => (e.type === 'PERSON' || e.type === 'ORG') && e.start >= from && /^[\s"'`]*$/.test(text.slice(from, e.start))) : undefined;
    const speaker = opener?.id ?? resolveSpeaker(text, np, entities, lastFor(np.text));
    if (!speaker) continue;
    // "said later at a public rally near the station that it was ...": when and where it was said come before "that".
    const setting = afterthought ? null : WHEN_AND_WHERE_SAID.exec(m[3]);
    const clauseStart = afterthought ? from : from + sentence.length - m[3].length + (setting ? setting[0].length : 0);
    const clauseEnd = afterthought ? base + m[1].lastIndexOf(',') : s.end;
    quotes.push((lastReported = { start: clauseStart, end: clauseEnd, text: text.slice(clauseStart, clauseEnd), kind: 'indirect', speaker, cue: m[2].split(' ')[0] }));
  }
  return lastReported;
}
