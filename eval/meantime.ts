// MEANTIME (NewsReader, English WikiNews) as gold in ../shared/eval/FORMAT.md: the CAT XML keeps tokens, not
// text, so the text is rebuilt from them (no space before closing punctuation, title and date line as their
// own paragraphs) and each TIMEX3 becomes a span over its anchored tokens. A second news source for the timex
// tagger besides TempEval-3: WikiNews 2004-2011, written by other hands under other guidelines.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Timex } from '../src/extract/types.ts';

/** A speech event as the scorer reads a quote: the span of what was said (the head of the verb's Arg1), who said
 *  it (the entity its Arg0 refers to) and the names that entity goes by in the document. */
export interface GoldQuote {
  start: number;
  end: number;
  kind: 'indirect';
  speaker: string;
  speaker_aliases: string[];
}

/** A named mention (MEANTIME's NAM mentions), typed and identified by the entity it refers to in the document. */
export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  id: string;
}

export interface GoldDoc {
  id: string;
  dct?: string;
  text: string;
  timexes: Timex[];
  quotes: GoldQuote[];
  entities: GoldEntity[];
}

/** Speech verbs (the lemma MEANTIME gives the event), not the cognitive ones it files with them ("believe"). */
const SPEECH_LEMMAS = new Set(['say', 'tell', 'announce', 'add', 'state', 'claim', 'warn', 'report', 'explain', 'note', 'confirm', 'deny', 'insist', 'argue', 'predict', 'comment', 'write', 'urge', 'declare', 'admit', 'suggest', 'reply', 'stress', 'acknowledge', 'promise', 'vow', 'pledge', 'complain', 'caution', 'conclude', 'reveal', 'disclose', 'describe']);

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, attributeNamePrefix: '', isArray: (name) => ['token', 'TIMEX3', 'token_anchor', 'ENTITY_MENTION', 'EVENT_MENTION', 'ENTITY', 'EVENT', 'HAS_PARTICIPANT', 'REFERS_TO', 'SLINK', 'source'].includes(name) });
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'re|'ve|'ll|'d|n't|'m|'|")$/i;

export function meantimeDoc(xml: string): GoldDoc {
  const doc = parser.parse(xml).Document;
  // Only the title, the date line and the first sentences are annotated: the text stops after the last sentence
  // any markable reaches, so what follows is not counted against the tagger.
  const sentenceOf = new Map<string, number>((doc.token as Array<{ sentence: string; t_id: string }>).map((t) => [t.t_id, Number(t.sentence)]));
  const anchored = [...xml.matchAll(/<token_anchor t_id="(\d+)"/g)].map((m) => sentenceOf.get(m[1]) ?? 0);
  const lastSentence = Math.max(0, ...anchored);
  const starts = new Map<string, [number, number]>();
  let text = '';
  let sentence = '';
  let openQuote = false;
  for (const t of doc.token as Array<{ '#text': string | number; sentence: string; t_id: string }>) {
    if (Number(t.sentence) > lastSentence) break;
    const word = String(t['#text'] ?? '');
    if (sentence !== t.sentence && text) text += Number(t.sentence) <= 2 ? '\n\n' : ' ';
    else if (text && !text.endsWith('\n') && !(NO_SPACE_BEFORE.test(word) && !(word === '"' && !openQuote)) && !/[($"]$/.test(text.slice(-1)) || (text.endsWith('"') && !openQuote)) {
      if (!text.endsWith(' ')) text += ' ';
    }
    if (word === '"') openQuote = !openQuote;
    sentence = t.sentence;
    starts.set(t.t_id, [text.length, text.length + word.length]);
    text += word;
  }
  // A markable's span runs from its first anchored token to its last (none when its tokens were cut off).
  const spanOf = (m: Anchored | undefined): [number, number] | undefined => {
    const spans = (m?.token_anchor ?? []).map((a) => starts.get(a.t_id)).filter((x): x is [number, number] => !!x);
    return spans.length ? [Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1]))] : undefined;
  };
  const timexes: Timex[] = [];
  let dct: string | undefined;
  const markables: Record<string, Anchored[]> = doc.Markables ?? {};
  for (const x of markables.TIMEX3 ?? []) {
    if (x.functionInDocument === 'CREATION_TIME') dct = x.value;
    const span = spanOf(x);
    if (!span) continue; // an empty TIMEX3 (a value implied by others) has no text
    timexes.push({ start: span[0], end: span[1], type: x.type as Timex['type'], value: x.value });
  }
  const relations: Record<string, Link[]> = doc.Relations ?? {};
  // mention -> the entity or event it refers to
  const refersTo = new Map((relations.REFERS_TO ?? []).flatMap((r) => r.source.map((src) => [src.m_id, r.target.m_id] as const)));
  const annotated: Annotated = { markables, relations, refersTo, spanOf, text };
  return { id: String(doc.doc_id), dct, text, timexes: timexes.sort((a, b) => a.start - b.start), quotes: speechEvents(annotated), entities: namedMentions(annotated) };
}

/** What the gold builders share: the markables, the relations, mention -> instance links, spans in the text. */
interface Annotated {
  markables: Record<string, Anchored[]>;
  relations: Record<string, Link[]>;
  refersTo: Map<string, string>;
  spanOf(m: Anchored | undefined): [number, number] | undefined;
  text: string;
}

/** Named mentions and the entity each refers to; MEANTIME's PER, ORG and LOC are scored as such, its PRO(duct),
 *  FIN(ancial) and MIX as MISC (the scorer's coarse classes). */
function namedMentions({ markables, refersTo, spanOf }: Annotated): GoldEntity[] {
  const instances = new Map((markables.ENTITY ?? []).map((e) => [e.m_id, e]));
  const out: GoldEntity[] = [];
  for (const m of markables.ENTITY_MENTION ?? []) {
    if (m.syntactic_type !== 'NAM') continue;
    const instance = instances.get(refersTo.get(m.m_id) ?? '');
    const span = spanOf(m);
    if (!instance || !span) continue;
    const type = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC' }[instance.ent_type] ?? 'MISC';
    out.push({ start: span[0], end: span[1], type, id: instance.TAG_DESCRIPTOR });
  }
  return out.sort((a, b) => a.start - b.start);
}

type Anchored = Record<string, string> & { token_anchor?: Array<{ t_id: string }> };
type Link = Record<string, string> & { source: Array<{ m_id: string }>; target: { m_id: string } };

function speechEvents({ markables, relations, refersTo, spanOf, text }: Annotated): GoldQuote[] {
  const mentions = new Map<string, Anchored>([...(markables.ENTITY_MENTION ?? []), ...(markables.EVENT_MENTION ?? [])].map((m) => [m.m_id, m]));
  const instances = new Map<string, Anchored>([...(markables.ENTITY ?? []), ...(markables.EVENT ?? [])].map((m) => [m.m_id, m]));
  const roles = new Map<string, Map<string, string>>(); // event mention -> role -> target mention
  for (const r of relations.HAS_PARTICIPANT ?? []) {
    for (const src of r.source) {
      const byRole = roles.get(src.m_id) ?? new Map<string, string>();
      byRole.set(r.sem_role, r.target.m_id);
      roles.set(src.m_id, byRole);
    }
  }
  const quotes: GoldQuote[] = [];
  for (const ev of markables.EVENT_MENTION ?? []) {
    const instance = instances.get(refersTo.get(ev.m_id) ?? '');
    // The lemma is often left empty: the verb as written then says whether it is speech ("said", "told").
    const verb = ev.pred || text.slice(...(spanOf(ev) ?? [0, 0])).toLowerCase().replace(/(?:s|ed|d)$/, '').replace(/^(?:said|sai)$/, 'say').replace(/^told$/, 'tell');
    if ((instance && instance.class !== 'SPEECH_COGNITIVE') || !SPEECH_LEMMAS.has(verb)) continue;
    // What was said: the verb's Arg1, or the event its SLINK reports ("said [the deal] would close")
    const reported = (relations.SLINK ?? []).find((l) => l.source.some((src) => src.m_id === ev.m_id))?.target.m_id;
    const said = spanOf(mentions.get(roles.get(ev.m_id)?.get('Arg1') ?? reported ?? ''));
    const who = instances.get(refersTo.get(roles.get(ev.m_id)?.get('Arg0') ?? '') ?? '');
    if (!said || !who?.ent_type) continue; // an entity that speaks, and what it said
    // Every way the document names the speaker counts: "Boeing", "the company", "Boeing Co."
    const aliases = [...refersTo]
      .filter(([, i]) => i === who.m_id)
      .map(([m]) => spanOf(mentions.get(m)))
      .filter((x): x is [number, number] => !!x)
      .map(([a, b]) => text.slice(a, b));
    quotes.push({ start: said[0], end: said[1], kind: 'indirect', speaker: who.TAG_DESCRIPTOR, speaker_aliases: [...new Set(aliases)] });
  }
  return quotes.sort((a, b) => a.start - b.start);
}

export function meantimeDocs(dir: string): GoldDoc[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? meantimeDocs(join(dir, e.name)) : e.name.endsWith('.xml') ? [meantimeDoc(readFileSync(join(dir, e.name), 'utf8'))] : [],
  );
}

// As a script: print the gold JSON Lines (npx tsx eval/meantime.ts DIR > gold.jsonl).
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const d of meantimeDocs(process.argv[2])) process.stdout.write(JSON.stringify(d) + '\n');
}
