// npm run bench:rules — rule matching: items/s at 100 and at 10,000 subscriptions, through the rule index and by
// evaluating every rule (the brute-force baseline), on the bundled sample wire read by the real extraction.
// Subscriptions are drawn like a newsroom's: mostly one entity, speaker, place or phrase each (a fifth of the
// names from the sample wire's own vocabulary, the rest other names), some event counts, 4% flash watchers
// (urgency<=1) and 1% rules with only a NOT (which no index can narrow: checked for every item). Two sets:
// "newsroom" (matches grow with the rules) and "quiet" (equal matches: the cost of more subscriptions alone).
// Each figure: the median of RUNS runs (default 5) of at least 1 s each; "facts only" is the per-item floor
// (reading the item's fields and words once, which every match needs).
import { readFileSync } from 'node:fs';
import { expandPaths } from '../src/ingest/files.ts';
import { parseBytes } from '../src/formats/index.ts';
import { extractItem } from '../src/extract/pipeline.ts';
import { isWireFile, SAMPLES_DIR } from '../src/server/desk.ts';
import { RuleIndex } from '../src/deliver/matcher.ts';
import { itemFacts, parseRule } from '../src/deliver/rules.ts';
import type { Extraction } from '../src/extract/types.ts';
import type { Item } from '../src/item/types.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = [100, 10_000];

const items: Item[] = [];
for (const f of expandPaths([SAMPLES_DIR]).files.filter(isWireFile))
  for (const item of parseBytes(readFileSync(f), f).items) {
    item['x-wiredesk'].extraction = extractItem(item);
    items.push(item);
  }

// The sample wire's vocabulary, for rules that can match.
const vocab = { entity: new Set<string>(), speaker: new Set<string>(), place: new Set<string>(), source: new Set<string>(), event: new Set<string>(), word: new Set<string>() };
for (const item of items) {
  const x = item['x-wiredesk'].extraction as Extraction;
  x.entities.forEach((e) => vocab.entity.add(e.id));
  x.quotes.forEach((q) => q.speaker && vocab.speaker.add(q.speaker));
  x.events.forEach((e) => vocab.event.add(e.type));
  if (item['x-wiredesk'].dateline?.place) vocab.place.add(item['x-wiredesk'].dateline.place);
  item.infoSources?.forEach((s) => s.name && vocab.source.add(s.name));
  for (const w of item['x-wiredesk'].text.toLowerCase().match(/\p{L}{6,}/gu) ?? []) vocab.word.add(w);
}
const list = (s: Set<string>, fallback: string) => (s.size ? [...s] : [fallback]);
const V = { entity: list(vocab.entity, 'Nobody'), speaker: list(vocab.speaker, 'Nobody'), place: list(vocab.place, 'Nowhere'), source: list(vocab.source, 'AFP'), event: list(vocab.event, 'ASSAULT'), word: list(vocab.word, 'ceasefire') };

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
/** A share of the names (a fifth, by default) are the sample wire's own; the rest are names it never mentions. */
let realShare = 0.2;
const name = (real: string[], kind: string) => (random() < realShare ? pick(real) : `${kind} ${Math.floor(random() * 1e6)}`);
const q = (s: string) => JSON.stringify(s);

/** all: the whole mix; selective: without the flash watchers and NOT rules, which pass many items whatever the names. */
function ruleText(mix: 'all' | 'selective'): string {
  const r = mix === 'all' ? random() : random() * 0.95;
  if (r < 0.3) return `entity:${q(name(V.entity, 'Person'))}`;
  if (r < 0.45) return `quote.speaker:${q(name(V.speaker, 'Speaker'))}`;
  if (r < 0.6) return `place:${q(name(V.place, 'Town'))} AND urgency<=3`;
  if (r < 0.75) return `text~${q(`${name(V.word, 'word')} ${name(V.word, 'word')}`)}`;
  if (r < 0.85) return `event.type:${pick(V.event)} AND event.count>=${1 + Math.floor(random() * 50)} AND place:${q(name(V.place, 'Town'))}`;
  if (r < 0.9) return `source:${q(name(V.source, 'Agency'))} AND urgency<=2`;
  if (r < 0.95) return `story:st_${Math.floor(random() * 1e5)}`;
  if (r < 0.99) return 'urgency<=1';
  return `NOT place:${q(pick(V.place))}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Items per second for one way of matching, over at least 1 s. */
function rate(match: (item: Item) => number): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) for (const item of items) (match(item), n++);
  return n / ((performance.now() - start) / 1000);
}

console.log(`bench:rules: ${items.length} sample-wire items (extracted), ${RUNS} runs per figure`);
const factsOnly = median(Array.from({ length: RUNS }, () => rate((item) => itemFacts(item).words.size)));
console.log(`  facts only (the per-item floor): ${factsOnly.toFixed(0)} items/s`);
// newsroom: every rule drawn from the whole mix, so matches grow with the number of rules.
// quiet: the same first 100 rules, then rules on names the wire never mentions: equal matches at both sizes,
// so the ratio is the cost of the extra subscriptions alone.
for (const mix of ['newsroom', 'quiet'] as const) {
  console.log(`  ${mix === 'newsroom' ? 'newsroom (every rule from the whole mix)' : 'quiet (the same 100, then 9,900 rules on names the wire never mentions)'}:`);
  const results: Record<number, { index: number; scan: number; matches: number }> = {};
  for (const size of SIZES) {
    seed = 7;
    const index = new RuleIndex<number>();
    for (let i = 0; i < size; i++) {
      realShare = mix === 'quiet' && i >= 100 ? 0 : 0.2;
      index.add(i, parseRule(ruleText(mix === 'quiet' && i >= 100 ? 'selective' : 'all')));
    }
    const matches = items.reduce((n, item) => n + index.match(item).length, 0) / items.length;
    const viaIndex: number[] = [];
    const viaScan: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      // Interleaved, so machine noise hits both alike.
      viaIndex.push(rate((item) => index.match(item).length));
      viaScan.push(rate((item) => index.scan(item).length));
    }
    results[size] = { index: median(viaIndex), scan: median(viaScan), matches };
    console.log(`    ${String(size).padStart(6)} subscriptions: index ${results[size].index.toFixed(0)} items/s, full scan ${results[size].scan.toFixed(0)} items/s (index ${(results[size].index / results[size].scan).toFixed(1)}x); ${matches.toFixed(1)} matches per item`);
  }
  const [small, large] = SIZES.map((s) => results[s]);
  console.log(`    10,000 vs 100 subscriptions: index ${(large.index / small.index).toFixed(2)}x the items/s (1.00 = no cost for more rules); full scan ${(large.scan / small.scan).toFixed(3)}x`);
}
