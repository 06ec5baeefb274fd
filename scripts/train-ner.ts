// Trains the NER tagger on CoNLL-2003 eng.train, picks epochs on eng.testa (never on eng.testb), prunes small
// weights and writes models/ner-conll.json.gz.   npx tsx scripts/train-ner.ts [--epochs 20] [--out FILE]
// Two stacked models (see tagDocument in src/extract/ner.ts): the first tags sentences alone; the second also sees
// how the first tagged each capitalised word across the document. So that the second learns from first-pass
// output as noisy as it will meet, the first-pass tags of eng.train come from models trained on the other folds.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TAGS, features, sentenceFeatures, tagWords, docVotes, serialise, setSignatures, MODEL_PATH, type DocVotes, type Model, type Tag } from '../src/extract/ner.ts';

const SHARED = process.env.WIREDESK_SHARED ?? resolve(import.meta.dirname, '../../shared');
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const maxEpochs = Number(arg('--epochs')) || 20;
const out = arg('--out') ? resolve(arg('--out')!) : MODEL_PATH;
const FOLDS = 4;

interface Sentence {
  words: string[];
  tags: Tag[];
  votes?: DocVotes; // the first pass's votes over the sentence's document (second model only)
}
type Document = Sentence[];

/** CoNLL columns: word POS chunk tag; IOB1 or IOB2 — converted to IOB2. This copy has no -DOCSTART- lines:
 *  a document starts at the headline, the sentence before its dateline ("LONDON 1996-08-30"). */
function read(file: string): Document[] {
  const sentences = readFileSync(resolve(SHARED, 'data/conll2003', file), 'utf8')
    .split(/\n\s*\n/)
    .map((block) => {
      const rows = block.split('\n').map((l) => l.trim().split(/\s+/)).filter((c) => c.length >= 4 && c[0] !== '-DOCSTART-');
      const words = rows.map((r) => r[0]);
      const tags = rows.map((r, i) => {
        const t = r[3];
        if (t.startsWith('I-') && (i === 0 || rows[i - 1][3].slice(2) !== t.slice(2) || rows[i - 1][3] === 'O')) return ('B-' + t.slice(2)) as Tag;
        return t as Tag;
      });
      return { words, tags };
    })
    .filter((s) => s.words.length);
  const isDateline = (s: Sentence) => s.words.length <= 6 && /^\d{4}-\d{2}-\d{2}$/.test(s.words[s.words.length - 1]);
  const docs: Document[] = [];
  let current: Document = [];
  sentences.forEach((s, i) => {
    if (i + 1 < sentences.length && isDateline(sentences[i + 1]) && current.length) {
      docs.push(current);
      current = [];
    }
    current.push(s);
  });
  if (current.length) docs.push(current);
  return docs;
}

function spans(tags: Tag[]): Set<string> {
  const out = new Set<string>();
  let start = -1;
  let type = '';
  tags.forEach((t, i) => {
    if (t === 'O' || t.startsWith('B-') || t.slice(2) !== type) {
      if (start >= 0) out.add(`${start}:${i}:${type}`);
      start = t === 'O' ? -1 : i;
      type = t === 'O' ? '' : t.slice(2);
    }
  });
  if (start >= 0) out.add(`${start}:${tags.length}:${type}`);
  return out;
}

function f1(model: Model, data: Sentence[]): number {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const s of data) {
    const g = spans(s.tags);
    const p = spans(tagWords(model, s.words, s.votes));
    gold += g.size;
    pred += p.size;
    for (const x of p) if (g.has(x)) tp++;
  }
  const precision = tp / pred;
  const recall = tp / gold;
  return (2 * precision * recall) / (precision + recall);
}

/** Averaged perceptron: weights plus a running total, averaged lazily by timestamps. */
class Trainer {
  weights = new Map<string, Float32Array>();
  totals = new Map<string, Float64Array>();
  stamps = new Map<string, Float64Array>();
  t = 0;
  private get(map: Map<string, Float32Array | Float64Array>, f: string, make: () => Float32Array | Float64Array) {
    let v = map.get(f);
    if (!v) map.set(f, (v = make()));
    return v;
  }
  update(feats: string[], truth: number, guess: number) {
    for (const f of feats) {
      const w = this.get(this.weights, f, () => new Float32Array(TAGS.length)) as Float32Array;
      const tot = this.get(this.totals, f, () => new Float64Array(TAGS.length)) as Float64Array;
      const st = this.get(this.stamps, f, () => new Float64Array(TAGS.length)) as Float64Array;
      for (const [k, d] of [[truth, 1], [guess, -1]] as const) {
        tot[k] += (this.t - st[k]) * w[k];
        st[k] = this.t;
        w[k] += d;
      }
    }
  }
  averaged(minAbs: number): Model {
    const weights = new Map<string, Float32Array>();
    for (const [f, w] of this.weights) {
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      const avg = new Float32Array(TAGS.length);
      let keep = false;
      for (let k = 0; k < TAGS.length; k++) {
        avg[k] = (tot[k] + (this.t - st[k]) * w[k]) / this.t;
        if (Math.abs(avg[k]) >= minAbs) keep = true;
        else avg[k] = 0;
      }
      if (keep) weights.set(f, avg);
    }
    return { classes: TAGS.length, weights };
  }
}

function trainEpoch(tr: Trainer, data: Sentence[], seed: number) {
  const order = data.map((_, i) => i);
  let x = seed;
  for (let i = order.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const model: Model = { classes: TAGS.length, weights: tr.weights };
  const scores = new Float64Array(TAGS.length);
  for (const idx of order) {
    const s = data[idx];
    const predicted: Tag[] = [];
    const sf = sentenceFeatures(s.words, s.votes);
    for (let i = 0; i < s.words.length; i++) {
      // Train on the model's own previous predictions, as it will see them when tagging.
      const feats = features(sf, i, predicted[i - 1] ?? '<S>', predicted[i - 2] ?? '<S>');
      scores.fill(0);
      for (const f of feats) {
        const w = model.weights.get(f);
        if (w) for (let k = 0; k < TAGS.length; k++) scores[k] += w[k];
      }
      let guess = 0;
      for (let k = 1; k < TAGS.length; k++) if (scores[k] > scores[guess]) guess = k;
      const truth = TAGS.indexOf(s.tags[i]);
      tr.t++;
      if (guess !== truth) tr.update(feats, truth, guess);
      predicted.push(TAGS[guess]);
    }
  }
}

/** Trains up to `epochs` epochs, stopping when eng.testa stops improving (when a dev set is given); prunes. */
function trainModel(name: string, train: Sentence[], dev: Sentence[] | null, epochs: number): { model: Model; epochs: number } {
  const tr = new Trainer();
  let best = { f: 0, epoch: epochs, model: null as Model | null };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = performance.now();
    trainEpoch(tr, train, epoch);
    if (!dev) continue;
    const model = tr.averaged(0);
    const f = f1(model, dev);
    console.log(`${name} epoch ${epoch}: eng.testa F1 ${f.toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(1)} s, ${tr.weights.size} features)`);
    if (f > best.f) best = { f, epoch, model };
    else if (epoch - best.epoch >= 2) break;
  }
  // Prune: weights this small change almost no decision and would triple the file.
  const pruned = tr.averaged(0.05);
  if (!dev) return { model: pruned, epochs };
  const pf = f1(pruned, dev);
  console.log(`${name}: best epoch ${best.epoch} (F1 ${best.f.toFixed(4)}); last-epoch model pruned to ${pruned.weights.size} features: F1 ${pf.toFixed(4)}`);
  return { model: pf >= best.f - 0.003 ? pruned : best.model!, epochs: best.epoch };
}

/** The first model's votes over each document, attached to its sentences. */
function attachVotes(model: Model, docs: Document[]): Sentence[] {
  return docs.flatMap((doc) => {
    const votes = docVotes(
      doc.map((s) => s.words),
      doc.map((s) => tagWords(model, s.words)),
    );
    return doc.map((s) => ({ ...s, votes }));
  });
}

/** The article bodies of Reuters-21578 (1987 newswire, no labels), tokenised like CoNLL. */
function reutersSentences(): string[][] {
  const dir = resolve(SHARED, 'data/reuters21578');
  const out: string[][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sgm'))) {
    for (const [, body] of readFileSync(resolve(dir, file), 'latin1').matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
      const text = body.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#\d+;/g, ' ');
      for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z"])/)) {
        const words = sentence.match(/[A-Za-z]+(?:[.'&-][A-Za-z]+)*\.?|\d+(?:[.,]\d+)*|\S/g);
        if (words) out.push(words);
      }
    }
  }
  return out;
}

/**
 * Unsupervised word classes: each word (as written, seen at least MIN_COUNT times) is described by the frequent
 * words to its left and right (positive PMI), and that vector is cut by 16 random hyperplanes. Words used alike
 * point alike, so they share leading bits (random-projection hashing of distributional vectors; a cheap stand-in
 * for Brown clusters). Built from eng.train and Reuters-21578 text only, never from the test sets.
 */
function wordSignatures(sentences: string[][]): Map<string, number> {
  const MIN_COUNT = 3;
  const CONTEXTS = 400;
  const BITS = 16;
  const count = new Map<string, number>();
  const ctxCount = new Map<string, number>();
  for (const s of sentences) for (const w of s) {
    count.set(w, (count.get(w) ?? 0) + 1);
    ctxCount.set(w.toLowerCase(), (ctxCount.get(w.toLowerCase()) ?? 0) + 1);
  }
  const contexts = new Map([...ctxCount].sort((a, b) => b[1] - a[1]).slice(0, CONTEXTS).map(([w], k) => [w, k]));
  const dims = 2 * CONTEXTS + 2; // left words, right words, and the sentence edges
  const cooc = new Map<string, Float64Array>();
  for (const s of sentences) {
    s.forEach((w, i) => {
      if ((count.get(w) ?? 0) < MIN_COUNT) return;
      let v = cooc.get(w);
      if (!v) cooc.set(w, (v = new Float64Array(dims)));
      const left = i === 0 ? 2 * CONTEXTS : contexts.get(s[i - 1].toLowerCase());
      const right = i === s.length - 1 ? 2 * CONTEXTS + 1 : contexts.get(s[i + 1].toLowerCase());
      if (left !== undefined) v[left]++;
      if (right !== undefined) v[right < CONTEXTS ? right + CONTEXTS : right]++;
    });
  }
  const colTotals = new Float64Array(dims);
  let total = 0;
  for (const v of cooc.values()) for (let d = 0; d < dims; d++) (colTotals[d] += v[d]), (total += v[d]);
  // Random Gaussian hyperplanes from a fixed seed, so a retrain gives the same classes.
  let x = 12345;
  const uniform = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) + 1) / 0x80000000;
  const planes = Array.from({ length: BITS }, () => Float64Array.from({ length: dims }, () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform())));
  const out = new Map<string, number>();
  for (const [w, v] of cooc) {
    const rowTotal = v.reduce((a, b) => a + b, 0);
    if (!rowTotal) continue;
    const ppmi = v.map((c, d) => (c ? Math.max(0, Math.log((c * total) / (rowTotal * colTotals[d]))) : 0));
    let sig = 0;
    for (const p of planes) sig = (sig << 1) | (p.reduce((a, pd, d) => a + pd * ppmi[d], 0) > 0 ? 1 : 0);
    out.set(w, sig);
  }
  return out;
}

const train = read('eng.train');
const dev = read('eng.testa');
console.log(`eng.train: ${train.length} documents, eng.testa: ${dev.length}`);
const signatures = wordSignatures([...train.flat().map((s) => s.words), ...reutersSentences()]);
setSignatures(signatures);
console.log(`word signatures: ${signatures.size} words`);
const first = trainModel('first', train.flat(), dev.flat(), maxEpochs);
// First-pass tags of eng.train from models that never saw the document.
const stacked: Sentence[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const held = train.filter((_, i) => i % FOLDS === fold);
  const rest = train.filter((_, i) => i % FOLDS !== fold);
  const t0 = performance.now();
  const foldModel = trainModel(`fold ${fold + 1}`, rest.flat(), null, first.epochs).model;
  stacked.push(...attachVotes(foldModel, held));
  console.log(`fold ${fold + 1}/${FOLDS}: first pass over ${held.length} held-out documents (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
const second = trainModel('second', stacked, attachVotes(first.model, dev), maxEpochs);
const chosen: Model = { ...first.model, second: second.model, signatures };
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(serialise(chosen), { level: 9 });
writeFileSync(out, gz);
console.log(`wrote ${out} (${(gz.length / 1e6).toFixed(2)} MB)`);
