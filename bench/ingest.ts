// npm run bench:ingest — how close the spine runs to SQLite's own limit, on Reuters-21578 (21,578 real 1987 items).
// Prints items/s for: parse only; parse + store; the store ceiling (the same parsed items put with no parsing);
// a raw SQLite ceiling (the same JSON rows inserted into a bare table); and the whole flow with extraction and
// stories on a slice. Medians of RUNS runs, interleaved so machine noise hits every variant alike; peak RSS.
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parseBytes } from '../src/formats/index.ts';
import { SqliteStore } from '../src/store/sqlite/store.ts';
import { Ingestor } from '../src/ingest/ingestor.ts';
import { defaultSteps } from '../src/ingest/default-steps.ts';
import type { Item } from '../src/item/types.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const SHARED = process.env.WIREDESK_SHARED ?? resolve(import.meta.dirname, '../../shared');
const dir = join(SHARED, 'data/reuters21578');
const files = readdirSync(dir).filter((f) => f.endsWith('.sgm')).sort().map((f) => ({ name: join(dir, f), bytes: new Uint8Array(readFileSync(join(dir, f))) }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tmp = () => mkdtempSync(join(tmpdir(), 'wd-bench-'));

function time(fn: () => number): { seconds: number; items: number } {
  const t = performance.now();
  const items = fn();
  return { seconds: (performance.now() - t) / 1000, items };
}

let parsedItems: Item[] = [];
const variants: Record<string, () => number> = {
  'parse only': () => {
    const all: Item[] = [];
    for (const f of files) all.push(...parseBytes(f.bytes, f.name).items);
    parsedItems = all;
    return all.length;
  },
  'parse + store': () => {
    const d = tmp();
    const store = new SqliteStore(join(d, 'w.db'));
    const ingestor = new Ingestor(store, defaultSteps(store.db, { extract: false, stories: false }));
    let n = 0;
    for (const f of files) n += ingestor.ingestBytes(f.bytes, f.name).items.length;
    store.close();
    rmSync(d, { recursive: true });
    return n;
  },
  'store ceiling (same items, no parsing)': () => {
    const d = tmp();
    const store = new SqliteStore(join(d, 'w.db'));
    for (let i = 0; i < parsedItems.length; i += 1000) store.putMany(parsedItems.slice(i, i + 1000));
    store.close();
    rmSync(d, { recursive: true });
    return parsedItems.length;
  },
  'raw SQLite ceiling (same JSON rows, bare table)': () => {
    const d = tmp();
    const db = new Database(join(d, 'w.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE t (uri TEXT PRIMARY KEY, json TEXT NOT NULL)');
    const ins = db.prepare('INSERT INTO t (uri, json) VALUES (?, ?)');
    const rows = parsedItems.map((i) => [i.uri, JSON.stringify(i)] as const);
    db.transaction(() => {
      for (const [u, j] of rows) ins.run(u, j);
    })();
    db.close();
    rmSync(d, { recursive: true });
    return rows.length;
  },
};

const results: Record<string, number[]> = {};
variants['parse only'](); // warm-up, and fills parsedItems for the ceilings
for (let run = 0; run < RUNS; run++) {
  for (const [name, fn] of Object.entries(variants)) {
    const r = time(fn);
    (results[name] ??= []).push(r.items / r.seconds);
  }
}

// The whole flow (parse + extract + store + stories) is slower by design: measured on the first two files.
const slice = files.slice(0, 2);
const full: number[] = [];
let fullItems = 0;
for (let run = 0; run < RUNS; run++) {
  const d = tmp();
  const store = new SqliteStore(join(d, 'w.db'));
  const ingestor = new Ingestor(store, defaultSteps(store.db));
  const r = time(() => slice.reduce((n, f) => n + ingestor.ingestBytes(f.bytes, f.name).items.length, 0));
  fullItems = r.items;
  full.push(r.items / r.seconds);
  store.close();
  rmSync(d, { recursive: true });
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`Reuters-21578: ${files.length} files, ${parsedItems.length} items; median of ${RUNS} runs (items/s)`);
for (const [name, xs] of Object.entries(results)) console.log(`  ${name.padEnd(48)} ${fmt(median(xs)).padStart(9)}   runs: ${xs.map(fmt).join(', ')}`);
const ratio = median(results['parse + store']) / median(results['store ceiling (same items, no parsing)']);
const rawRatio = median(results['parse + store']) / median(results['raw SQLite ceiling (same JSON rows, bare table)']);
console.log(`  parse+store / store ceiling: ${ratio.toFixed(2)}   parse+store / raw SQLite ceiling: ${rawRatio.toFixed(2)}`);
console.log(`  whole flow (parse + extract + store + stories), ${fullItems} items: ${fmt(median(full))} items/s   runs: ${full.map(fmt).join(', ')}`);
console.log(`  peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
