// npm run bench:stories — items/s of story assignment (near-duplicate lookup + candidate stories + scoring + all
// index writes) with 10k, 100k and 1M items already stored, on a synthetic wire with realistic skew: Zipf-distributed
// words and entities, stories that keep their own words and people, new stories opening all the time, ~2,900 items
// a day. The stored part is pre-filled straight into the story tables (stories, members with MinHash signatures,
// LSH bands, postings, term counts) the way the assigner writes them; then fresh items are assigned through
// StoryAssigner.assign. The cost per item must not grow with the store: the ratio to the 10k figure stays near 1.
// SIZES=10000,100000 to skip 1M; BATCHES and BATCH set the measured runs (median of BATCHES batches of BATCH items);
// CACHE_MB sets SQLite's page cache for the measured part (default: the store's own, 64 MB; CACHE_MB=2 is SQLite's default).
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/store.ts';
import { StoryAssigner, SETTINGS } from '../src/stories/cluster.ts';
import { BANDS, HASHES, bandKeys, signatureBlob } from '../src/stories/dedupe.ts';
import type { Item } from '../src/item/types.ts';
import type { EntityMention } from '../src/extract/types.ts';
import { rng } from '../eval/random.ts';

const SIZES = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number);
const BATCHES = Number(process.env.BATCHES ?? 5);
const BATCH = Number(process.env.BATCH ?? 400);
const VOCAB = 50_000;
const ENTITIES = 20_000;
const ITEMS_PER_STORY = 10;
const SECONDS_PER_ITEM = 30;
const T0 = Date.parse('2025-01-01T00:00:00Z');

/** Zipf(s) over 0..n-1 by inverse CDF. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const random = rng(42);
const commonWord = zipf(VOCAB, 1.07, random);
const commonEntity = zipf(ENTITIES, 1.0, random);
const word = (i: number) => 'w' + i.toString(36);
const entity = (i: number) => 'Entity ' + i.toString(36);

interface SynthStory {
  words: number[];
  entities: number[];
}
const newStory = (): SynthStory => ({
  words: Array.from({ length: 15 }, () => 500 + Math.floor(random() * (VOCAB - 500))),
  entities: Array.from({ length: 5 }, () => commonEntity() + Math.floor(random() * 50)),
});

/** One synthetic wire item of a story: 150 words (40% the story's own), 6-10 entity mentions (most the story's). */
function synthItem(k: number, story: SynthStory): Item {
  const words: string[] = [];
  for (let i = 0; i < 150; i++) words.push(random() < 0.4 ? word(story.words[Math.floor(random() * story.words.length)]) : word(commonWord()));
  const text = words.join(' ');
  const mentions: EntityMention[] = [];
  const n = 6 + Math.floor(random() * 5);
  for (let i = 0; i < n; i++) {
    const id = entity(random() < 0.75 ? story.entities[Math.floor(random() * story.entities.length)] : commonEntity());
    mentions.push({ start: i, end: i + 1, type: 'ORG', id });
  }
  return {
    uri: `urn:bench:${k}`,
    versionCreated: new Date(T0 + k * SECONDS_PER_ITEM * 1000).toISOString(),
    headlines: [{ value: words.slice(0, 8).join(' ') }],
    'x-wiredesk': { format: 'bench', text, extraction: { timexes: [], entities: mentions, quotes: [], quantities: [], events: [] } },
  };
}

/** Writes `n` stored items' worth of story tables directly: what assigning them one by one would leave behind. */
function prefill(store: SqliteStore, n: number): SynthStory[] {
  const db = store.db;
  const stories: SynthStory[] = [];
  const insStory = db.prepare(`INSERT INTO stories (id, title, first_activity, last_activity, item_count, centroid, sources) VALUES (?, ?, ?, ?, ?, ?, '{"BENCH":1}')`);
  const insMember = db.prepare(`INSERT INTO story_items (item_id, story_rowid, joined_at, score, shingles, signature) VALUES (?, ?, ?, 0.5, 140, ?)`);
  const insBand = db.prepare(`INSERT OR IGNORE INTO minhash_bands (band_key, member) VALUES (?, ?)`);
  const insPosting = db.prepare(`INSERT OR IGNORE INTO story_postings (key, story_rowid, last_active) VALUES (?, ?, ?)`);
  const setDf = db.prepare(`INSERT INTO story_df (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = excluded.df`);
  const sig = new Uint32Array(HASHES);
  const storyCount = Math.ceil(n / ITEMS_PER_STORY);
  db.transaction(() => {
    let member = 0;
    for (let s = 0; s < storyCount; s++) {
      const story = newStory();
      stories.push(story);
      const first = s * ITEMS_PER_STORY;
      const last = Math.min(n, first + ITEMS_PER_STORY) - 1;
      const lastActive = new Date(T0 + last * SECONDS_PER_ITEM * 1000).toISOString();
      const centroid = {
        terms: Object.fromEntries([...story.words.map((w) => [word(w), 2]), ...Array.from({ length: 60 }, () => [word(commonWord()), 0.3])]),
        entities: Object.fromEntries(story.entities.map((e) => [entity(e), 2])),
      };
      const rowid = Number(insStory.run(`st-bench-${s}`, `story ${s}`, new Date(T0 + first * SECONDS_PER_ITEM * 1000).toISOString(), lastActive, last - first + 1, JSON.stringify(centroid)).lastInsertRowid);
      for (let k = first; k <= last; k++) {
        for (let i = 0; i < HASHES; i++) sig[i] = (random() * 0xffffffff) >>> 0;
        member = Number(insMember.run(`bench-${k}`, rowid, lastActive, signatureBlob(sig)).lastInsertRowid);
        for (const key of bandKeys(sig)) insBand.run(key, member);
      }
      for (const w of Object.keys(centroid.terms).slice(0, 25)) insPosting.run('t:' + w, rowid, lastActive);
      for (const e of Object.keys(centroid.entities)) insPosting.run('e:' + e, rowid, lastActive);
    }
    // Term and entity counts as n items of this distribution would leave them (expected document frequency).
    const words = 150 * 0.6;
    let sum = 0;
    for (let i = 0; i < VOCAB; i++) sum += 1 / Math.pow(i + 1, 1.07);
    for (let i = 0; i < VOCAB; i++) {
      const p = 1 / Math.pow(i + 1, 1.07) / sum;
      const df = Math.round(n * (1 - Math.pow(1 - p, words)) + (i >= 500 ? (n / VOCAB) * 4 : 0));
      if (df > 0) setDf.run('t:' + word(i), df);
    }
    for (let i = 0; i < ENTITIES; i++) setDf.run('e:' + entity(i), Math.max(1, Math.round((n * 2) / (i + 1) / Math.log(ENTITIES))));
    setDf.run('#items', n);
  })();
  return stories;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(size: number): { itemsPerSecond: number; runs: number[]; prefillSeconds: number; opened: number } {
  const dir = mkdtempSync(join(tmpdir(), 'wd-bench-stories-'));
  const store = new SqliteStore(join(dir, 'w.db'));
  const t = performance.now();
  // Pre-filling is not what is measured: give it a large page cache, then put back the store's own setting.
  const cacheSize = store.db.pragma('cache_size', { simple: true });
  store.db.pragma('cache_size = -1048576');
  const stories = prefill(store, size);
  // ...and let it reach the disk: the OS writing back a fresh gigabyte would otherwise slow the first batches.
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const fd = openSync(join(dir, 'w.db'), 'r+');
  fsyncSync(fd);
  closeSync(fd);
  store.db.pragma(`cache_size = ${process.env.CACHE_MB ? -Number(process.env.CACHE_MB) * 1024 : cacheSize}`);
  const prefillSeconds = (performance.now() - t) / 1000;
  const assigner = new StoryAssigner(store.db);
  // The stream goes on where the stored part ended: recent stories get more items, new ones keep opening.
  const recent = stories.slice(-200);
  let k = size;
  let opened = 0;
  const runs: number[] = [];
  // One batch to warm up (not counted), then the measured ones.
  for (let b = -1; b < BATCHES; b++) {
    const items = Array.from({ length: BATCH }, () => {
      let story: SynthStory;
      if (random() < 0.1) recent.push((story = newStory()));
      else story = recent[recent.length - 1 - Math.floor(Math.pow(random(), 2) * Math.min(recent.length, 200))];
      return synthItem(k++, story);
    });
    const start = performance.now();
    for (const item of items) if (assigner.assign({ id: item.uri, seq: 0, item }).opened && b >= 0) opened++;
    if (b >= 0) runs.push(BATCH / ((performance.now() - start) / 1000));
  }
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return { itemsPerSecond: median(runs), runs, prefillSeconds, opened };
}

console.log(`story assignment, synthetic wire: ${BATCHES} batches of ${BATCH} items per size (median), ${BANDS} LSH bands, ${SETTINGS.postingsPerKey} postings per key`);
let base: number | undefined;
for (const size of SIZES) {
  const m = measure(size);
  base ??= m.itemsPerSecond;
  console.log(
    `  ${size.toLocaleString('en').padStart(9)} stored: ${m.itemsPerSecond.toFixed(0).padStart(5)} items/s  (x${(m.itemsPerSecond / base).toFixed(2)} of the first size; runs ${m.runs.map((r) => r.toFixed(0)).join(' ')}; ${m.opened} new stories; prefill ${m.prefillSeconds.toFixed(0)} s)`,
  );
}
