// npm run bench:extract — how fast the whole extract pipeline reads wire copy, in words per second on one core
// (one Node thread), over Reuters-21578 bodies parsed by src/formats. Beside it, on the very same texts: chrono-node
// finding dates (timex only) and compromise finding people, organisations and places (entities only), the
// JavaScript peers. Medians of RUNS runs, interleaved so machine noise hits every variant alike; a per-stage
// split of our pipeline; peak RSS.   RUNS=5 WORDS=300000 npm run bench:extract
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { parseBytes } from '../src/formats/index.ts';
import { extract } from '../src/extract/pipeline.ts';
import { makeDoc } from '../src/text/doc.ts';
import { extractDateline } from '../src/extract/dateline.ts';
import { extractTimexes } from '../src/extract/timex.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { extractQuantities } from '../src/extract/quantities.ts';
import { extractEvents } from '../src/extract/events.ts';
import type { Item } from '../src/item/types.ts';

const RUNS = Number(process.env.RUNS ?? 5);
/** How many words of Reuters bodies to read per run: enough for a steady figure, few enough for several runs. */
const WORDS = Number(process.env.WORDS ?? 300_000);
const SHARED = process.env.WIREDESK_SHARED ?? resolve(import.meta.dirname, '../../shared');
const dir = join(SHARED, 'data/reuters21578');

const countWords = (text: string) => text.match(/\S+/g)?.length ?? 0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// Items with a body, in file order, until WORDS words.
const items: Item[] = [];
let words = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith('.sgm')).sort()) {
  for (const item of parseBytes(new Uint8Array(readFileSync(join(dir, f))), f).items) {
    const n = countWords(item['x-wiredesk'].text);
    if (n < 20) continue; // headline-only items: nothing to read
    items.push(item);
    words += n;
    if (words >= WORDS) break;
  }
  if (words >= WORDS) break;
}
const texts = items.map((i) => i['x-wiredesk'].text);
const dcts = items.map((i) => i['x-wiredesk'].dateline?.date ?? i.versionCreated?.slice(0, 10));

const variants: Record<string, () => number> = {
  'wiredesk extract (whole pipeline)': () => {
    let failed = 0;
    texts.forEach((text, i) => {
      if (extract(text, { dct: dcts[i] }).errors) failed++;
    });
    return failed;
  },
  'chrono-node (dates only)': () => {
    let n = 0;
    texts.forEach((t, i) => (n += chrono.parse(t, new Date(`${dcts[i] ?? '1987-03-01'}T12:00:00Z`)).length));
    return n;
  },
  'compromise (people, orgs, places only)': () => {
    let n = 0;
    for (const t of texts) {
      const d = nlp(t);
      n += d.people().length + d.organizations().length + d.places().length;
    }
    return n;
  },
};

const results: Record<string, number[]> = {};
// Warm-up (model and gazetteer loading, JIT); a stage that throws would make the figure meaningless, so count them.
const failedItems = variants['wiredesk extract (whole pipeline)']();
for (const fn of Object.values(variants).slice(1)) fn();
for (let run = 0; run < RUNS; run++) {
  for (const [name, fn] of Object.entries(variants)) {
    const t = performance.now();
    fn();
    (results[name] ??= []).push(words / ((performance.now() - t) / 1000));
  }
}

// Where our time goes: the pipeline's stages timed one by one over the same texts (one pass, after the runs).
const stageMs: Record<string, number> = { doc: 0, dateline: 0, timex: 0, entities: 0, quotes: 0, quantities: 0, events: 0 };
const lap = <T>(name: string, fn: () => T): T => {
  const t = performance.now();
  const r = fn();
  stageMs[name] += performance.now() - t;
  return r;
};
texts.forEach((text, i) => {
  const doc = lap('doc', () => makeDoc(text, dcts[i]));
  const dateline = lap('dateline', () => extractDateline(doc));
  doc.dct ??= dateline?.date;
  const timexes = lap('timex', () => extractTimexes(doc));
  const entities = lap('entities', () => extractEntities(doc, timexes));
  lap('quotes', () => extractQuotes(doc, entities));
  const quantities = lap('quantities', () => extractQuantities(doc, timexes));
  lap('events', () => extractEvents(doc, { dateline, timexes, entities, quantities }));
});

const ours = median(results['wiredesk extract (whole pipeline)']);
console.log(`Reuters-21578: ${items.length} items, ${fmt(words)} words; median of ${RUNS} runs (words/s, one core)`);
for (const [name, xs] of Object.entries(results)) {
  const ratio = median(xs) / ours;
  console.log(`  ${name.padEnd(40)} ${fmt(median(xs)).padStart(9)}   ${ratio === 1 ? '      ' : `x${ratio.toFixed(2)}`.padStart(6)} of ours   runs: ${xs.map(fmt).join(', ')}`);
}
const totalMs = Object.values(stageMs).reduce((a, b) => a + b, 0);
console.log(`  stages (one pass): ${Object.entries(stageMs).map(([k, v]) => `${k} ${((100 * v) / totalMs).toFixed(0)}%`).join(', ')}`);
console.log(`  items where a stage threw: ${failedItems}`);
console.log(`  target 20,000 words/s: ${ours >= 20_000 ? 'met' : 'NOT met'}`);
console.log(`  peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
