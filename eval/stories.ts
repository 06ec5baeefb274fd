// npm run eval:stories — story clustering and near-duplicate detection, measured.
// 1. Clustering on ECB+ (../shared/data/ecbplus, 982 news documents; gold story = topic + subtopic, so every topic
//    holds two look-alike stories): the documents go through the streaming assigner one by one in a fixed shuffled
//    order (seeded), then pairwise and B-cubed precision / recall / F1 against the gold stories.
// 2. Near-duplicates: pairs from the sample wire (samples/stories.json lists republished copies; every other pair of
//    items of one story is a non-duplicate) and from ECB+ (edited copies made here: a sentence dropped, two swapped,
//    a few words changed; non-duplicates: two different documents of the same topic). A pair is called a duplicate
//    when the LSH bands make it a candidate and the signatures agree (what DuplicateIndex.find does).
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/store.ts';
import { StoryAssigner } from '../src/stories/cluster.ts';
import { bandKeys, fingerprint, isNearDuplicate, type Fingerprint } from '../src/stories/dedupe.ts';
import { featuresOf } from '../src/stories/text.ts';
import { extractItem } from '../src/extract/pipeline.ts';
import { parseBytes } from '../src/formats/index.ts';
import { expandPaths } from '../src/ingest/files.ts';
import { SAMPLES_DIR, isWireFile } from '../src/server/desk.ts';
import type { Item } from '../src/item/types.ts';
import { rng, shuffle } from './random.ts';

const SHARED = process.env.WIREDESK_SHARED ?? resolve(import.meta.dirname, '../../shared');
const ECB = join(SHARED, 'data/ecbplus/ecbplus_docs.jsonl');
const SEED = Number(process.env.SEED ?? 20240127);

interface EcbDoc {
  doc_id: string;
  topic: number;
  subtopic: string;
  story_cluster: string;
  sentences: string[];
}

/** An ECB+ document as a wire item: its title line as headline, its sentences as paragraphs; no date (ECB+ has none). */
function ecbItem(id: string, sentences: string[]): Item {
  const text = sentences.join('\n\n');
  const headline = sentences.find((s) => !/^https?:/.test(s)) ?? '';
  const item: Item = { uri: `urn:ecbplus:${id}`, headlines: [{ value: headline }], 'x-wiredesk': { format: 'ecbplus', text } };
  item['x-wiredesk'].extraction = extractItem(item);
  return item;
}

interface Prf {
  p: number;
  r: number;
  f1: number;
}
const prf = (p: number, r: number): Prf => ({ p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 });
const fmt = (m: Prf) => `P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}`;

/** Pairwise and B-cubed scores of a predicted clustering against gold labels (same keys). */
export function clusterScores(gold: Map<string, string>, pred: Map<string, string>): { pairwise: Prf; bcubed: Prf } {
  const ids = [...gold.keys()];
  const members = (labels: Map<string, string>) => {
    const m = new Map<string, string[]>();
    for (const id of ids) m.set(labels.get(id)!, [...(m.get(labels.get(id)!) ?? []), id]);
    return m;
  };
  const goldClusters = members(gold);
  const predClusters = members(pred);
  // Pairwise: over all unordered pairs of documents.
  let tp = 0;
  let predPairs = 0;
  let goldPairs = 0;
  for (const c of predClusters.values()) {
    predPairs += (c.length * (c.length - 1)) / 2;
    const byGold = new Map<string, number>();
    for (const id of c) byGold.set(gold.get(id)!, (byGold.get(gold.get(id)!) ?? 0) + 1);
    for (const n of byGold.values()) tp += (n * (n - 1)) / 2;
  }
  for (const c of goldClusters.values()) goldPairs += (c.length * (c.length - 1)) / 2;
  // B-cubed: per document, the share of its predicted cluster that is in its gold cluster, and vice versa.
  let bp = 0;
  let br = 0;
  for (const id of ids) {
    const p = predClusters.get(pred.get(id)!)!;
    const g = goldClusters.get(gold.get(id)!)!;
    const both = p.filter((x) => gold.get(x) === gold.get(id)).length;
    bp += both / p.length;
    br += both / g.length;
  }
  return { pairwise: prf(predPairs ? tp / predPairs : 0, goldPairs ? tp / goldPairs : 0), bcubed: prf(bp / ids.length, br / ids.length) };
}

function clustering(docs: EcbDoc[]): void {
  const order = shuffle(docs, rng(SEED));
  const items = order.map((d) => ({ d, item: ecbItem(d.doc_id, d.sentences) }));
  const store = new SqliteStore(':memory:');
  const assigner = new StoryAssigner(store.db);
  const gold = new Map<string, string>();
  const pred = new Map<string, string>();
  const t0 = performance.now();
  items.forEach(({ d, item }, i) => {
    gold.set(d.doc_id, d.story_cluster);
    pred.set(d.doc_id, assigner.assign({ id: d.doc_id, seq: i + 1, item }).storyId);
  });
  const ms = performance.now() - t0;
  const s = clusterScores(gold, pred);
  console.log(`ECB+ clustering: ${docs.length} documents in a shuffled order (seed ${SEED}), ${new Set(gold.values()).size} gold stories, ${new Set(pred.values()).size} predicted`);
  console.log(`  pairwise  ${fmt(s.pairwise)}`);
  console.log(`  B-cubed   ${fmt(s.bcubed)}   (target F1 >= 0.85)`);
  console.log(`  assignment: ${(docs.length / (ms / 1000)).toFixed(0)} items/s (extraction not counted)`);
  store.close();
}

interface Pair {
  a: Fingerprint;
  b: Fingerprint;
  duplicate: boolean;
}

function judge(name: string, pairs: Pair[]): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { a, b, duplicate } of pairs) {
    const ka = new Set(bandKeys(a.signature));
    const candidate = bandKeys(b.signature).some((k) => ka.has(k));
    const said = candidate && isNearDuplicate(a, b).duplicate;
    if (said && duplicate) tp++;
    else if (said) fp++;
    else if (duplicate) fn++;
  }
  const pos = pairs.filter((p) => p.duplicate).length;
  const m = prf(tp + fp ? tp / (tp + fp) : 1, pos ? tp / pos : 0);
  console.log(`  ${name}: ${pos} duplicate pairs, ${pairs.length - pos} non-duplicate pairs: ${fmt(m)} (tp ${tp}, fp ${fp}, fn ${fn})`);
}

const bodyFingerprint = (item: Item) => fingerprint(featuresOf(item).body);

function sampleWirePairs(): Pair[] {
  const manifest = JSON.parse(readFileSync(join(SAMPLES_DIR, 'stories.json'), 'utf8')) as { stories: Array<{ members: string[] }>; republished: Array<[string, string]> };
  const latest = new Map<string, Item>();
  for (const file of expandPaths([SAMPLES_DIR]).files.filter(isWireFile)) {
    for (const item of parseBytes(readFileSync(file), file).items) {
      const seen = latest.get(item.uri);
      if (!seen || Number(item.version ?? 1) >= Number(seen.version ?? 1)) latest.set(item.uri, item);
    }
  }
  const fp = new Map<string, Fingerprint>();
  for (const [uri, item] of latest) fp.set(uri, bodyFingerprint({ ...item, 'x-wiredesk': { ...item['x-wiredesk'], extraction: extractItem(item) } }));
  const dup = new Set(manifest.republished.map(([a, b]) => [a, b].sort().join(' ')));
  const pairs: Pair[] = [];
  for (const s of manifest.stories) {
    const members = s.members.filter((m) => fp.has(m));
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) pairs.push({ a: fp.get(members[i])!, b: fp.get(members[j])!, duplicate: dup.has([members[i], members[j]].sort().join(' ')) });
  }
  return pairs;
}

/** A lightly edited copy: one sentence dropped, two neighbours swapped, three words replaced. */
function editedCopy(sentences: string[], random: () => number): string[] {
  const out = [...sentences];
  if (out.length > 3) out.splice(1 + Math.floor(random() * (out.length - 1)), 1);
  if (out.length > 3) {
    const i = 1 + Math.floor(random() * (out.length - 2));
    [out[i], out[i + 1]] = [out[i + 1], out[i]];
  }
  for (let k = 0; k < 3; k++) {
    const i = Math.floor(random() * out.length);
    const words = out[i].split(' ');
    words[Math.floor(random() * words.length)] = ['reportedly', 'officials', 'local'][k];
    out[i] = words.join(' ');
  }
  return out;
}

function ecbPairs(docs: EcbDoc[]): Pair[] {
  const random = rng(SEED + 1);
  const fpOf = (id: string, s: string[]) => bodyFingerprint(ecbItem(id, s));
  const originals = new Map(docs.map((d) => [d.doc_id, fpOf(d.doc_id, d.sentences)]));
  const pairs: Pair[] = [];
  for (const d of docs) pairs.push({ a: originals.get(d.doc_id)!, b: fpOf(d.doc_id + '-copy', editedCopy(d.sentences, random)), duplicate: true });
  // Non-duplicates: each document against the next two of its topic (same topic, often the same story).
  const byTopic = new Map<number, EcbDoc[]>();
  for (const d of docs) byTopic.set(d.topic, [...(byTopic.get(d.topic) ?? []), d]);
  for (const group of byTopic.values())
    group.forEach((d, i) => {
      for (const other of group.slice(i + 1, i + 3)) pairs.push({ a: originals.get(d.doc_id)!, b: originals.get(other.doc_id)!, duplicate: false });
    });
  return pairs;
}

function main(): void {
  if (!existsSync(ECB)) {
    console.log(`skipped: ${ECB} is not there (set WIREDESK_SHARED to the folder holding data/ecbplus)`);
    return;
  }
  const docs = readFileSync(ECB, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EcbDoc);
  clustering(docs);
  console.log('Near-duplicates (3-word shingles, MinHash 60 = 20 bands x 3 rows; duplicate at Jaccard >= 0.5 or containment >= 0.8):');
  judge('sample wire', sampleWirePairs());
  judge('ECB+ edited copies vs same-topic documents', ecbPairs(docs));
}

main();
