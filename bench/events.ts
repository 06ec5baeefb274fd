// npm run bench:events — what the event coder adds to the extract pipeline: words/s of the pipeline without and
// with events over the first ITEMS Reuters-21578 items that have a body (one Node thread), and their ratio.
// Both variants run the same stages in the same order (those of src/extract/pipeline.ts); medians of RUNS runs,
// interleaved (alternating which goes first) so machine noise hits both alike; the ratio is the median of the
// per-run ratios, which a shared, noisy machine disturbs less than the ratio of medians.
//   RUNS=9 ITEMS=2000 npm run bench:events
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBytes } from '../src/formats/index.ts';
import { makeDoc } from '../src/text/doc.ts';
import { extractDateline } from '../src/extract/dateline.ts';
import { extractTimexes } from '../src/extract/timex.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { extractQuantities } from '../src/extract/quantities.ts';
import { extractEvents } from '../src/extract/events.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const ITEMS = Number(process.env.ITEMS ?? 2000);
const SHARED = process.env.WIREDESK_SHARED ?? resolve(import.meta.dirname, '../../shared');
const dir = join(SHARED, 'data/reuters21578');

const inputs: Array<{ text: string; dct?: string }> = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.sgm')).sort()) {
  for (const item of parseBytes(new Uint8Array(readFileSync(join(dir, f))), f).items) {
    const text = item['x-wiredesk'].text;
    if ((text.match(/\S+/g)?.length ?? 0) < 20) continue; // headline-only items: nothing to read
    inputs.push({ text, dct: item['x-wiredesk'].dateline?.date ?? item.versionCreated?.slice(0, 10) });
    if (inputs.length === ITEMS) break;
  }
  if (inputs.length === ITEMS) break;
}
const words = inputs.reduce((n, i) => n + (i.text.match(/\S+/g)?.length ?? 0), 0);

let eventCount = 0;
const eventShares: number[] = []; // per run: the events stage's share of the pipeline's time, timed in place
function read(withEvents: boolean) {
  eventCount = 0;
  let eventMs = 0;
  const start = performance.now();
  for (const input of inputs) {
    const doc = makeDoc(input.text, input.dct);
    const dateline = extractDateline(doc);
    doc.dct ??= dateline?.date;
    const timexes = extractTimexes(doc);
    const entities = extractEntities(doc, timexes);
    extractQuotes(doc, entities);
    const quantities = extractQuantities(doc, timexes);
    if (!withEvents) continue;
    const t = performance.now();
    eventCount += extractEvents(doc, { dateline, timexes, entities, quantities }).length;
    eventMs += performance.now() - t;
  }
  if (withEvents) eventShares.push(eventMs / (performance.now() - start));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const variants: Record<string, () => void> = { 'pipeline without events': () => read(false), 'pipeline with events': () => read(true) };
const results: Record<string, number[]> = {};
for (const fn of Object.values(variants)) fn(); // warm-up: model and gazetteer loading, JIT
for (let run = 0; run < RUNS; run++) {
  const order = Object.entries(variants);
  if (run % 2) order.reverse();
  for (const [name, fn] of order) {
    const t = performance.now();
    fn();
    (results[name] ??= []).push(words / ((performance.now() - t) / 1000));
  }
}
// The coder alone, timed over the same Docs with the earlier stages' results computed beforehand.
const prepared = inputs.map((input) => {
  const doc = makeDoc(input.text, input.dct);
  const dateline = extractDateline(doc);
  doc.dct ??= dateline?.date;
  const timexes = extractTimexes(doc);
  const entities = extractEntities(doc, timexes);
  return { doc, x: { dateline, timexes, entities, quantities: extractQuantities(doc, timexes) } };
});
const alone: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const t = performance.now();
  for (const p of prepared) extractEvents(p.doc, p.x);
  alone.push(words / ((performance.now() - t) / 1000));
}

const ratios = results['pipeline with events'].map((w, run) => w / results['pipeline without events'][run]);
const ratio = median(ratios);
console.log(`Reuters-21578: first ${inputs.length} items with a body, ${fmt(words)} words, ${eventCount} events; median of ${RUNS} runs (words/s, one core)`);
for (const [name, xs] of Object.entries(results)) console.log(`  ${name.padEnd(26)} ${fmt(median(xs)).padStart(9)}   runs: ${xs.map(fmt).join(', ')}`);
console.log(`  with / without events (median of per-run ratios): ${ratio.toFixed(3)}   runs: ${ratios.map((r) => r.toFixed(3)).join(', ')}`);
const coder = median(alone);
const pipeline = median(results['pipeline without events']);
console.log(`  event coder alone:         ${fmt(coder).padStart(9)}   runs: ${alone.map(fmt).join(', ')}`);
console.log(`  so events add ${((100 * pipeline) / coder).toFixed(1)}% to the pipeline's time (its words/s over the coder's)`);
console.log(`  events stage's share of the pipeline's time, timed in place: ${(100 * median(eventShares.slice(1))).toFixed(1)}%   runs: ${eventShares.slice(1).map((x) => (100 * x).toFixed(1) + '%').join(', ')}`);
