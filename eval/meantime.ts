// MEANTIME (NewsReader, English WikiNews) as gold in ../shared/eval/FORMAT.md: the CAT XML keeps tokens, not
// text, so the text is rebuilt from them (no space before closing punctuation, title and date line as their
// own paragraphs) and each TIMEX3 becomes a span over its anchored tokens. A second news source for the timex
// tagger besides TempEval-3: WikiNews 2004-2011, written by other hands under other guidelines.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Timex } from '../src/extract/types.ts';

export interface GoldDoc {
  id: string;
  dct?: string;
  text: string;
  timexes: Timex[];
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, attributeNamePrefix: '', isArray: (name) => ['token', 'TIMEX3', 'token_anchor'].includes(name) });
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
  const timexes: Timex[] = [];
  let dct: string | undefined;
  const markables = doc.Markables ?? {};
  for (const x of (markables.TIMEX3 ?? []) as Array<Record<string, string> & { token_anchor?: Array<{ t_id: string }> }>) {
    if (x.functionInDocument === 'CREATION_TIME') dct = x.value;
    const spans = (x.token_anchor ?? []).map((a) => starts.get(a.t_id)).filter((s): s is [number, number] => !!s);
    if (!spans.length) continue; // an empty TIMEX3 (a value implied by others) has no text
    timexes.push({ start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])), type: x.type as Timex['type'], value: x.value });
  }
  return { id: String(doc.doc_id), dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
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
