// npm run eval — extraction quality, scored by ../shared/eval/score.mjs, side by side with the JavaScript peers:
// chrono-node on the timexes, compromise on the entities. Gold: the seed, TempEval-3 (timebank is where the
// tagger was developed; aquaint is held out), MEANTIME (a second timex development set, WikiNews), CoNLL-2003
// eng.testb (held out; the tagger trained on eng.train).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { extractRecord } from '../src/extract/pipeline.ts';
import { gsrRows } from './events.ts';
import { meantimeDocs } from './meantime.ts';
import type { ExtractionRecord, Timex, EntityMention } from '../src/extract/types.ts';

const SHARED = process.env.WIREDESK_SHARED ?? resolve(import.meta.dirname, '../../shared');
const EVAL = join(SHARED, 'eval');
const tmp = mkdtempSync(join(tmpdir(), 'wd-eval-'));

interface Input {
  id: string;
  text: string;
  dct?: string;
}
type Summary = Record<string, { p: number; r: number; f1: number }>;

function score(gold: string, predicted: ExtractionRecord[], name: string): Summary {
  const path = join(tmp, `${name}.pred.jsonl`);
  writeFileSync(path, predicted.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const out = execFileSync(process.execPath, [join(EVAL, 'score.mjs'), gold, path], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out.trim().split('\n').pop()!) as Summary;
}

const readJsonl = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Input);

function convert(script: string, arg: string, name: string): string {
  const path = join(tmp, `${name}.gold.jsonl`);
  writeFileSync(path, execFileSync(process.execPath, [join(EVAL, script), arg], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  return path;
}

/** chrono-node as a timex tagger: a DATE valued at the precision chrono is sure of. */
function chronoTimexes(doc: Input): ExtractionRecord {
  const ref = doc.dct ? new Date(doc.dct.slice(0, 10) + 'T12:00:00Z') : new Date();
  const timexes: Timex[] = chrono.parse(doc.text, ref).map((r) => {
    const s = r.start;
    const y = s.get('year');
    const m = s.get('month');
    const d = s.get('day');
    const pad = (n: number | null) => String(n).padStart(2, '0');
    const value = s.isCertain('day') || s.isCertain('weekday') ? `${y}-${pad(m)}-${pad(d)}` : s.isCertain('month') ? `${y}-${pad(m)}` : String(y);
    return { start: r.index, end: r.index + r.text.length, type: 'DATE', value };
  });
  return { id: doc.id, timexes };
}

/** compromise as an entity tagger: its people, organisations and places with offsets. */
function compromiseEntities(doc: Input): ExtractionRecord {
  const d = nlp(doc.text);
  const entities: EntityMention[] = [];
  const add = (view: { json(options: object): unknown }, type: EntityMention['type']) => {
    for (const m of view.json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>) {
      const text = m.text.replace(/[.,;:!?'"]+$/, '');
      entities.push({ start: m.offset.start, end: m.offset.start + text.length, type, id: text });
    }
  };
  add(d.people(), 'PERSON');
  add(d.organizations(), 'ORG');
  add(d.places(), 'GPE');
  return { id: doc.id, entities };
}

const rows: Array<{ set: string; metric: string; ours: Summary[string]; peer?: { name: string; s: Summary[string] } }> = [];
const timed = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const r = fn();
  return [r, (performance.now() - t) / 1000];
};

// Seed gold (every file in ../shared/eval/gold)
for (const file of readdirSync(join(EVAL, 'gold')).filter((f) => f.endsWith('.jsonl'))) {
  const gold = join(EVAL, 'gold', file);
  const docs = readJsonl(gold);
  const ours = score(gold, docs.map((d) => extractRecord({ id: d.id, text: d.text, dct: d.dct })), file);
  const chronoS = score(gold, docs.map(chronoTimexes), `${file}.chrono`);
  const compS = score(gold, docs.map(compromiseEntities), `${file}.compromise`);
  for (const metric of Object.keys(ours).filter((k) => typeof ours[k] === 'object')) {
    const peer = metric.startsWith('timex') ? { name: 'chrono-node', s: chronoS[metric] } : metric.startsWith('entity') ? { name: 'compromise', s: compS[metric] } : undefined;
    rows.push({ set: `gold/${file}`, metric, ours: ours[metric], peer });
  }
}

// TempEval-3
for (const set of ['timebank', 'aquaint']) {
  const gold = convert('timeml-to-jsonl.mjs', join(SHARED, 'data/tempeval3', set), set);
  const docs = readJsonl(gold);
  const [preds, secs] = timed(() => docs.map((d) => extractRecord({ id: d.id, text: d.text, dct: d.dct })));
  const ours = score(gold, preds.map((p) => ({ id: p.id, timexes: p.timexes })), set);
  const peer = score(gold, docs.map(chronoTimexes), `${set}.chrono`);
  for (const metric of ['timex.extent.strict', 'timex.extent.relaxed', 'timex.value', 'timex.type']) rows.push({ set: `TempEval-3 ${set}${set === 'aquaint' ? ' (held out)' : ' (dev)'}`, metric, ours: ours[metric], peer: { name: 'chrono-node', s: peer[metric] } });
  console.error(`${set}: ${docs.length} docs in ${secs.toFixed(1)} s`);
}

// MEANTIME: timexes and speech events on a second news source (WikiNews, annotated under the NewsReader
// guidelines), a second development set beside timebank and the seed.
{
  const gold = join(tmp, 'meantime.gold.jsonl');
  const docs = meantimeDocs(join(SHARED, 'data/meantime-en/intra-doc_annotation'));
  writeFileSync(gold, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const records = docs.map((d) => extractRecord({ id: d.id, text: d.text, dct: d.dct }));
  const ours = score(gold, records.map((r) => ({ id: r.id, timexes: r.timexes, quotes: r.quotes, entities: r.entities })), 'meantime');
  const peer = score(gold, docs.map(chronoTimexes), 'meantime.chrono');
  for (const metric of ['timex.extent.strict', 'timex.extent.relaxed', 'timex.value', 'timex.type']) rows.push({ set: 'MEANTIME (dev)', metric, ours: ours[metric], peer: { name: 'chrono-node', s: peer[metric] } });
  // Its speech events (a speech verb, who said it, what was said) scored as quotes: a second source for speakers.
  for (const metric of ['quote.span', 'quote.span+speaker']) rows.push({ set: 'MEANTIME speech events (dev)', metric, ours: ours[metric] });
  // Its named mentions: spans follow MEANTIME's own extents ("Airbus parent EADS"), so the span rows are not
  // CoNLL's; the alias row is how well mentions of one entity share one id within a story.
  const peerEntities = score(gold, docs.map(compromiseEntities), 'meantime.compromise');
  for (const metric of ['entity.span', 'entity.span+type', 'entity.alias.b3']) rows.push({ set: 'MEANTIME named mentions (dev)', metric, ours: ours[metric], peer: { name: 'compromise', s: peerEntities[metric] } });
}

// CoNLL-2003
for (const set of ['eng.testa', 'eng.testb']) {
  const gold = convert('conll-to-jsonl.mjs', join(SHARED, 'data/conll2003', set), set);
  const docs = readJsonl(gold);
  const ours = score(gold, docs.map((d) => ({ id: d.id, entities: extractRecord({ id: d.id, text: d.text }).entities })), set);
  const peer = score(gold, docs.map(compromiseEntities), `${set}.compromise`);
  for (const metric of ['entity.span', 'entity.span+type']) rows.push({ set: `CoNLL-2003 ${set}${set === 'eng.testb' ? ' (held out)' : ' (dev)'}`, metric, ours: ours[metric], peer: { name: 'compromise', s: peer[metric] } });
}

// PLOVER gold-standard records: events (the full report: npm run eval:events)
rows.push(...gsrRows());

const pct = (x: number | undefined) => (x === undefined ? '   -  ' : (100 * x).toFixed(1).padStart(6));
console.log(`${'data set'.padEnd(34)} ${'metric'.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   peer F1`);
for (const r of rows) {
  console.log(`${r.set.padEnd(34)} ${r.metric.padEnd(22)} ${pct(r.ours?.p)} ${pct(r.ours?.r)} ${pct(r.ours?.f1)}   ${r.peer ? `${pct(r.peer.s?.f1)} ${r.peer.name}` : ''}`);
}
