// A named-entity tagger: an averaged perceptron over BIO tags (PER, ORG, LOC, MISC) with greedy left-to-right
// decoding, trained on CoNLL-2003 by scripts/train-ner.ts into models/ner-conll.json.gz. The features are the
// ones that carry CoNLL taggers: the word, its shape, affixes, neighbours, the previous tags, and gazetteers.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { lookupPlace, lookupDemonym } from '../knowledge/gazetteer.ts';
import { lookupAlias } from '../knowledge/aliases.ts';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

export const MODEL_PATH = fileURLToPath(new URL('../../models/ner-conll.json.gz', import.meta.url));

export function shapeOf(w: string): string {
  let s = '';
  let last = '';
  for (const ch of w) {
    const c = /[A-Z\u00C0-\u00DE]/.test(ch) ? 'X' : /[a-z\u00DF-\u00FF]/.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last) s += c; // collapse runs: "Baghdad" -> "Xx", "2,500" -> "d,d"
    last = c;
  }
  return s;
}

const gazCache = new Map<string, string>();
/** Gazetteer class of a word: country, city, demonym, known alias. Cached: the same words recur. */
function gazOf(w: string): string {
  let g = gazCache.get(w);
  if (g !== undefined) return g;
  g = '';
  if (/^[A-Z]/.test(w)) {
    const p = lookupPlace(w);
    if (p) g = p.kind === 'country' ? 'C' : 'T';
    else if (lookupDemonym(w)) g = 'D';
    else if (lookupAlias(w)) g = 'A';
  }
  if (gazCache.size < 200_000) gazCache.set(w, g);
  return g;
}

/** Multi-word places and known names ("New York", "Hong Kong", "Islamic State"): B-/I- marks with the class. */
function multiWordGazetteer(words: string[]): string[] {
  const marks = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length; i++) {
    if (!/^[A-Z]/.test(words[i])) continue;
    for (let j = Math.min(words.length, i + 4); j > i + 1; j--) {
      const name = words.slice(i, j).join(' ');
      const place = lookupPlace(name);
      const g = place ? (place.kind === 'country' ? 'C' : 'T') : lookupAlias(name) ? 'A' : '';
      if (!g) continue;
      for (let k = i; k < j; k++) marks[k] = `${k === i ? 'B' : 'I'}-${g}`;
      i = j - 1;
      break;
    }
  }
  return marks;
}

/** Word classes learnt from unlabelled news (see wordSignatures in scripts/train-ner.ts): a 16-bit signature per
 *  word whose leading bits group words met in like contexts, so a name the labelled data never saw still shares
 *  weights with the names it is used like. Set from the model when it loads. */
let signatures = new Map<string, number>();
export function setSignatures(table: Map<string, number>): void {
  signatures = table;
}
const signatureFeatures = (w: string): string[] => {
  const sig = signatures.get(w);
  return sig === undefined ? [] : [`c4=${sig >> 12}`, `c8=${sig >> 8}`, `c12=${sig >> 4}`, `c16=${sig}`];
};

/** What a sentence's words say before any tag is chosen, computed once per sentence. */
export interface SentenceFeatures {
  words: string[];
  intrinsic: string[][]; // per token: the features of the word alone (the same wherever it occurs)
  fixed: string[][]; // per token: the features of its context that do not depend on predicted tags
  lower: string[];
  shape: string[];
  gaz: string[];
}

/** How the first pass tagged each capitalised word across the whole document: O, PER, ORG, LOC, MISC counts
 *  by lower-cased word, and "~word" for a word that ended a person's full name. */
export type DocVotes = Map<string, number[]>;
const VOTE_CLASSES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];

export function docVotes(sentences: string[][], tags: Tag[][]): DocVotes {
  const votes: DocVotes = new Map();
  const vote = (key: string, k: number) => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = [0, 0, 0, 0, 0]));
    v[k]++;
  };
  sentences.forEach((words, n) => {
    const t = tags[n];
    words.forEach((w, i) => {
      if (!/^[A-Z]/.test(w)) return;
      vote(w.toLowerCase(), t[i] === 'O' ? 0 : VOTE_CLASSES.indexOf(t[i].slice(2)));
      if (t[i] === 'I-PER' && t[i + 1] !== 'I-PER') vote(`~${w.toLowerCase()}`, 1);
    });
  });
  return votes;
}

/** The document's say on a word: its majority class, and whether it was ever part of a name. */
function voteFeatures(votes: DocVotes, lw: string, shape: string): string[] {
  const v = votes.get(lw);
  if (!v) return [];
  let best = 0;
  for (let k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
  const total = v.reduce((a, b) => a + b, 0);
  const f = [`dv=${VOTE_CLASSES[best]}`, `dv|sh=${VOTE_CLASSES[best]}|${shape}`, `dv|n=${VOTE_CLASSES[best]}|${total > 1 ? 'many' : 'one'}`];
  for (let k = 1; k < v.length; k++) if (v[k] > 0 && k !== best) f.push(`dv+=${VOTE_CLASSES[k]}`);
  if (votes.has(`~${lw}`)) f.push('dsur');
  return f;
}

export function sentenceFeatures(words: string[], votes?: DocVotes): SentenceFeatures {
  const lower = words.map((w) => w.toLowerCase());
  const shape = words.map(shapeOf);
  const gaz = words.map(gazOf);
  const multi = multiWordGazetteer(words);
  // A headline in capitals: capitals say nothing about names there.
  const headline = words.filter((w) => /[A-Za-z]/.test(w)).every((w) => w === w.toUpperCase()) && words.length > 2;
  const at = <T>(xs: T[], i: number, edge: T) => (i < 0 || i >= xs.length ? edge : xs[i]);
  const intrinsic = words.map((w, i) => {
    const lw = lower[i];
    const f = ['b', `w=${lw}`, `W=${w}`, `sh=${shape[i]}`, `p3=${lw.slice(0, 3)}`, `s2=${lw.slice(-2)}`, `s3=${lw.slice(-3)}`, `s4=${lw.slice(-4)}`];
    if (gaz[i]) f.push(`gz=${gaz[i]}`);
    if (w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w)) f.push('caps');
    if (/-/.test(w)) f.push('hyph');
    f.push(...signatureFeatures(w));
    return f;
  });
  const fixed = words.map((w, i) => {
    const lw = lower[i];
    const sh = shape[i];
    const f = [
      `pw=${at(lower, i - 1, '<s>')}`,
      `nw=${at(lower, i + 1, '</s>')}`,
      `p2w=${at(lower, i - 2, '<s>')}`,
      `n2w=${at(lower, i + 2, '</s>')}`,
      `psh=${at(shape, i - 1, '<S>')}`,
      `nsh=${at(shape, i + 1, '</S>')}`,
      `sh|nsh=${sh}|${at(shape, i + 1, '</S>')}`,
      `psh|sh=${at(shape, i - 1, '<S>')}|${sh}`,
      `pw|w=${at(lower, i - 1, '<s>')}|${lw}`,
      `w|nw=${lw}|${at(lower, i + 1, '</s>')}`,
    ];
    if (i === 0) f.push('first');
    if (at(gaz, i + 1, '')) f.push(`ngz=${gaz[i + 1]}`);
    if (multi[i]) f.push(`mg=${multi[i]}`);
    if (headline) f.push('hl', `hl|gz=${gaz[i]}`);
    f.push(`pw|sh=${at(lower, i - 1, '<s>')}|${sh}`, `sh|nw=${sh}|${at(lower, i + 1, '</s>')}`);
    return f;
  });
  const s = { words, intrinsic, fixed, lower, shape, gaz };
  return votes ? withVotes(s, votes) : s;
}

/** The same sentence for the second pass: each capitalised word also carries the document's votes on it. */
function withVotes(s: SentenceFeatures, votes: DocVotes): SentenceFeatures {
  return { ...s, fixed: s.fixed.map((f, i) => (/^[A-Z]/.test(s.words[i]) ? [...f, ...voteFeatures(votes, s.lower[i], s.shape[i])] : f)) };
}

/** The features of token i that depend on the two previous predicted tags. */
export function tagFeatures(s: SentenceFeatures, i: number, prev: string, prev2: string): string[] {
  return [...historyFeatures(prev, prev2), ...wordHistoryFeatures(s, i, prev)];
}

/** The part of them that is about the tags alone, the same for every word (so scored once per model). */
function historyFeatures(prev: string, prev2: string): string[] {
  return [`pt=${prev}`, `pt2=${prev2}|${prev}`];
}

function wordHistoryFeatures(s: SentenceFeatures, i: number, prev: string): string[] {
  const f = [`pt|w=${prev}|${s.lower[i]}`, `pt|sh=${prev}|${s.shape[i]}`];
  if (s.gaz[i]) f.push(`gz|pt=${s.gaz[i]}|${prev}`);
  return f;
}

/** Features of token i given the two previous predicted tags. */
export function features(s: SentenceFeatures, i: number, prev: string, prev2: string): string[] {
  return [...s.intrinsic[i], ...s.fixed[i], ...tagFeatures(s, i, prev, prev2)];
}

export interface Model {
  classes: number;
  weights: Map<string, Float32Array>;
  /** The stacked second pass, trained on the document votes of the first (see tagDocument). */
  second?: Model;
  /** The word signatures its features were trained with (see setSignatures). */
  signatures?: Map<string, number>;
}

export function score(model: Model, feats: string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let k = 0; k < out.length; k++) out[k] += w[k];
  }
}

/** FOLLOWS[p + 1][k]: may tag k follow tag p (-1 the sentence start)? An I- tag only follows its own type. */
const FOLLOWS = [-1, ...TAGS.keys()].map((p) => TAGS.map((t) => !t.startsWith('I-') || (p > 0 && TAGS[p].slice(2) === t.slice(2))));

/** Tags one sentence with a small beam; constrained so an I- tag only follows its own type. The scores of the
 *  features that do not depend on tags are summed once per token, those that do once per distinct history. */
export function tagWords(model: Model, words: string[], votes?: DocVotes, beamWidth = 4): Tag[] {
  return tagSentence(model, sentenceFeatures(words, votes), beamWidth);
}

/** Per model, the summed weights of a word's intrinsic features: the same words recur across a wire. */
const wordScores = new WeakMap<Model, Map<string, Float64Array>>();

function intrinsicScore(model: Model, s: SentenceFeatures, i: number): Float64Array {
  let cache = wordScores.get(model);
  if (!cache) wordScores.set(model, (cache = new Map()));
  let out = cache.get(s.words[i]);
  if (!out) {
    if (cache.size > 200_000) cache.clear();
    score(model, s.intrinsic[i], (out = new Float64Array(TAGS.length)));
    cache.set(s.words[i], out);
  }
  return out;
}

/** Per model, the summed weights of the tag-only features for each (previous, one before) pair of tags. */
const historyScores = new WeakMap<Model, Float64Array[]>();

function historyScore(model: Model, key: number, prev: string, prev2: string): Float64Array {
  let table = historyScores.get(model);
  if (!table) historyScores.set(model, (table = []));
  let out = table[key];
  if (!out) score(model, historyFeatures(prev, prev2), (out = table[key] = new Float64Array(TAGS.length)));
  return out;
}

function tagSentence(model: Model, s: SentenceFeatures, beamWidth = 4): Tag[] {
  const words = s.words;
  if (!words.length) return [];
  const n = TAGS.length;
  const fixed = new Float64Array(n);
  const scores = new Float64Array(n);
  // Hypotheses live in one array per position, each pointing back to its parent: no copying of tag lists.
  interface Hypothesis {
    tag: number;
    total: number;
    parent: Hypothesis | null;
  }
  let beam: Hypothesis[] = [{ tag: -1, total: 0, parent: null }];
  const byHistory = new Map<number, Float64Array>();
  for (let i = 0; i < words.length; i++) {
    score(model, s.fixed[i], fixed);
    const own = intrinsicScore(model, s, i);
    for (let k = 0; k < n; k++) fixed[k] += own[k];
    byHistory.clear();
    const next: Hypothesis[] = [];
    for (const h of beam) {
      const prev2Tag = h.parent ? h.parent.tag : -1;
      const key = (h.tag + 1) * 16 + prev2Tag + 1;
      let tagScores = byHistory.get(key);
      if (!tagScores) {
        const prev = h.tag >= 0 ? TAGS[h.tag] : '<S>';
        score(model, wordHistoryFeatures(s, i, prev), scores);
        const tagsOnly = historyScore(model, key, prev, prev2Tag >= 0 ? TAGS[prev2Tag] : '<S>');
        tagScores = new Float64Array(n);
        for (let k = 0; k < n; k++) tagScores[k] = scores[k] + tagsOnly[k];
        byHistory.set(key, tagScores);
      }
      const allowed = FOLLOWS[h.tag + 1];
      for (let k = 0; k < n; k++) {
        if (!allowed[k]) continue;
        // Keep only the best beamWidth, in order (ties in the order met); most candidates are never built.
        const total = h.total + fixed[k] + tagScores[k];
        if (next.length === beamWidth && total <= next[beamWidth - 1].total) continue;
        let at = next.length;
        while (at > 0 && next[at - 1].total < total) at--;
        next.splice(at, 0, { tag: k, total, parent: h });
        if (next.length > beamWidth) next.pop();
      }
    }
    beam = next;
  }
  const tags: Tag[] = new Array(words.length);
  for (let h: Hypothesis | null = beam[0], i = words.length - 1; h && i >= 0; h = h.parent, i--) tags[i] = TAGS[h.tag];
  return tags;
}

/**
 * Tags a document's sentences. Two passes when the model has a second: the first tags each sentence alone, the
 * second sees how the first tagged every capitalised word across the document (stacking, as in Krishnan and
 * Manning 2006: "Shearer" is a person here because "Alan Shearer" was). Then the consistency pass below.
 */
export function tagDocument(model: Model, sentences: string[][]): Tag[][] {
  const features = sentences.map((words) => sentenceFeatures(words));
  let tags = features.map((s) => tagSentence(model, s));
  if (model.second) {
    const votes = docVotes(sentences, tags);
    tags = features.map((s) => tagSentence(model.second!, withVotes(s, votes)));
  }
  harmonise(sentences, tags);
  return tags;
}

const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const isCapitalised = (w: string) => /^[A-Z\u00C0-\u00DE]/.test(w);

/**
 * Document-level consistency, a second pass over a tagged document: a name is one kind of thing throughout,
 * so each name takes the class it was given most often ("Kent" ORG four times, LOC once → ORG), and a name
 * the tagger missed somewhere is tagged where it recurs in capitals ("Shearer" after "Alan Shearer",
 * "SHEARER" in a headline). Words the document also writes in lower case are left alone ("First").
 */
export function harmonise(sentences: string[][], tags: Tag[][]): void {
  const votes = new Map<string, number[]>(); // lower-cased name -> votes per class
  const lowercase = new Set<string>();
  const vote = (key: string, k: number, n = 1) => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = [0, 0, 0, 0]));
    v[k] += n;
  };
  const spansOf = (t: Tag[]) => {
    const out: Array<[number, number, number]> = []; // start, end, class
    for (let i = 0; i < t.length; i++) {
      if (t[i] === 'O') continue;
      const k = CLASSES.indexOf(t[i].slice(2) as (typeof CLASSES)[number]);
      let j = i + 1;
      while (j < t.length && t[j] === `I-${CLASSES[k]}`) j++;
      out.push([i, j, k]);
      i = j - 1;
    }
    return out;
  };
  const keyOf = (words: string[], i: number, j: number) => words.slice(i, j).join(' ').toLowerCase();
  sentences.forEach((words, n) => {
    for (const w of words) if (/^[a-z]/.test(w)) lowercase.add(w);
    for (const [i, j, k] of spansOf(tags[n])) {
      vote(keyOf(words, i, j), k);
      // The surname alone is the person too.
      if (CLASSES[k] === 'PER' && j - i > 1) vote(`~${words[j - 1].toLowerCase()}`, k);
    }
  });
  const majority = (v: number[] | undefined) => {
    if (!v) return -1;
    let best = 0;
    for (let k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
    return v.filter((x) => x === v[best]).length === 1 ? best : -1; // a tie decides nothing
  };
  const setSpan = (t: Tag[], i: number, j: number, k: number) => {
    for (let x = i; x < j; x++) t[x] = `${x === i ? 'B' : 'I'}-${CLASSES[k]}` as Tag;
  };
  sentences.forEach((words, n) => {
    const t = tags[n];
    for (const [i, j, k] of spansOf(t)) {
      const best = majority(votes.get(keyOf(words, i, j)));
      if (best >= 0 && best !== k) setSpan(t, i, j, best);
    }
    // Names the tagger missed here but found elsewhere: the longest known run of capitalised words.
    for (let i = 0; i < words.length; i++) {
      if (t[i] !== 'O' || !isCapitalised(words[i])) continue;
      for (let j = Math.min(words.length, i + 4); j > i; j--) {
        if (t.slice(i, j).some((x) => x !== 'O') || !words.slice(i, j).every(isCapitalised)) continue;
        if (j === i + 1 && lowercase.has(words[i].toLowerCase())) continue;
        const key = keyOf(words, i, j);
        const best = majority(votes.get(key)) >= 0 ? majority(votes.get(key)) : j === i + 1 ? majority(votes.get(`~${key}`)) : -1;
        if (best < 0) continue;
        setSpan(t, i, j, best);
        i = j - 1;
        break;
      }
    }
  });
}

function weightsObject(weights: Map<string, Float32Array>): Record<string, number[]> {
  const obj: Record<string, number[]> = {};
  for (const [f, w] of weights) obj[f] = Array.from(w, (x) => Math.round(x * 1000) / 1000);
  return obj;
}

export function serialise(model: Model): Buffer {
  return Buffer.from(JSON.stringify({ tags: TAGS, weights: weightsObject(model.weights), ...(model.second ? { second: weightsObject(model.second.weights) } : {}), ...(model.signatures ? { signatures: Object.fromEntries(model.signatures) } : {}) }));
}

let cached: Model | null = null;

export function loadModel(path = MODEL_PATH): Model {
  if (cached && path === MODEL_PATH) return cached;
  if (!existsSync(path)) throw Object.assign(new Error(`no NER model at ${path}: run npx tsx scripts/train-ner.ts`), { code: 'NO_MODEL' });
  const raw = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as { tags: string[]; weights: Record<string, number[]>; second?: Record<string, number[]>; signatures?: Record<string, number> };
  const toMap = (obj: Record<string, number[]>) => new Map(Object.entries(obj).map(([f, w]) => [f, Float32Array.from(w)]));
  const model: Model = { classes: raw.tags.length, weights: toMap(raw.weights) };
  if (raw.second) model.second = { classes: raw.tags.length, weights: toMap(raw.second) };
  if (raw.signatures) setSignatures((model.signatures = new Map(Object.entries(raw.signatures))));
  if (path === MODEL_PATH) cached = model;
  return model;
}
