// npm run eval:events — the event coder (src/extract/events.ts) scored two ways:
//  1. the PLOVER gold-standard records (../shared/data/plover_gsr: 322 sentences from the CAMEO manual, hand-coded
//     to PLOVER 0.5b1): type accuracy and source/target accuracy, on a dev half (odd record numbers, looked at
//     while writing the trigger table) and a held-out half (even record numbers, never looked at);
//  2. the seed gold (../shared/eval/gold/seed.jsonl): `event.type+actors` from ../shared/eval/score.mjs, as the
//     gold stands and with its two older type names and its actor names read through the alias knowledge base.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractRecord } from '../src/extract/pipeline.ts';
import { lookupAlias } from '../src/knowledge/aliases.ts';
import { lookupDemonym, lookupPlace } from '../src/knowledge/gazetteer.ts';
import type { EventRecord } from '../src/extract/types.ts';

const SHARED = process.env.WIREDESK_SHARED ?? resolve(import.meta.dirname, '../../shared');
const GSR = join(SHARED, 'data/plover_gsr/PLOVER_GSR_CAMEO.json');
const SEED = join(SHARED, 'eval/gold/seed.jsonl');

/**
 * PLOVER 0.5b1 categories (the GSR's labels) → PLOVER 2.0 types. How: the twelve categories that kept their
 * name map to themselves; the 2.0 manual renamed DEMAND to REQUEST and DISAPPROVE to ACCUSE, folded FIGHT
 * (conventional military force) into ASSAULT, and keeps investigations as a mode of ACCUSE (INVESTIGATE).
 * The seed gold's ATTACK is the FORMAT.md example name for ASSAULT.
 */
export const TO_PLOVER_2: Record<string, string> = {
  AGREE: 'AGREE', CONSULT: 'CONSULT', SUPPORT: 'SUPPORT', CONCEDE: 'CONCEDE', COOPERATE: 'COOPERATE', AID: 'AID',
  RETREAT: 'RETREAT', REJECT: 'REJECT', THREATEN: 'THREATEN', PROTEST: 'PROTEST', SANCTION: 'SANCTION',
  MOBILIZE: 'MOBILIZE', COERCE: 'COERCE', ASSAULT: 'ASSAULT',
  DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE', ATTACK: 'ASSAULT',
};

interface GsrActor {
  actorText: string;
  code?: string;
}
interface GsrRecord {
  id: string;
  event: string;
  text: string;
  date?: string;
  source?: GsrActor[] | string;
  target?: GsrActor[] | string;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/['\u2019]s\b/g, '').replace(/^(the|a|an) /, '').replace(/[.,]/g, '').trim();

/** ISO 3166 alpha-3 codes by country name, for matching CAMEO country codes. */
const ALPHA3 = new Map<string, string>(
  (createRequire(import.meta.url)('world-countries') as Array<{ name: { common: string }; cca2: string; cca3: string }>).map((c) => [c.cca2, c.cca3]),
);

/**
 * A predicted actor (a canonical name) matches a gold actor when: the names are equal after normalising case,
 * "the" and possessives; or one contains the other as whole words ("Judge Alejandro Rivera" / "Alejandro
 * Rivera"); or a word or word pair of the gold text names the predicted entity through the gazetteer or the alias
 * knowledge base ("Moroccan diplomats" → Morocco, "U.S. official" → United States); or the gold actor's CAMEO
 * country code is the predicted country's ISO alpha-3 code.
 */
export function actorMatches(predicted: string | undefined, gold: GsrActor): boolean {
  if (!predicted) return false;
  const p = norm(predicted);
  const g = norm(gold.actorText);
  if (!p || !g) return false;
  const words = (s: string) => ` ${s.replace(/[^a-z0-9 -]/g, ' ').replace(/\s+/g, ' ')} `;
  if (p === g || words(g).includes(words(p)) || words(p).includes(words(g))) return true;
  const tokens = gold.actorText.replace(/['\u2019]s\b/g, '').split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    for (const span of [tokens[i], `${tokens[i]} ${tokens[i + 1] ?? ''}`.trim()]) {
      const named = lookupAlias(span)?.id ?? lookupPlace(span)?.name ?? lookupDemonym(span)?.name;
      if (named && norm(named) === p) return true;
    }
  }
  const place = lookupPlace(predicted);
  return !!(place && gold.code && ALPHA3.get(place.country) === gold.code.slice(0, 3));
}

const actorsOf = (a: GsrRecord['source']) => (Array.isArray(a) ? a.filter((x) => x?.actorText) : []);

interface GsrScore {
  records: number;
  covered: number; // records with at least one predicted event
  typeFirst: number; // the first predicted event has the gold type
  typeAny: number; // some predicted event has the gold type
  withSource: number;
  sourcePredicted: number; // of those, the first event of the gold type names a source
  sourceRight: number; // ... and it is a gold source
  withTarget: number;
  targetPredicted: number;
  targetRight: number;
  perType: Map<string, { n: number; first: number; any: number }>;
}

export function scoreGsr(records: GsrRecord[]): GsrScore {
  const s: GsrScore = { records: 0, covered: 0, typeFirst: 0, typeAny: 0, withSource: 0, sourcePredicted: 0, sourceRight: 0, withTarget: 0, targetPredicted: 0, targetRight: 0, perType: new Map() };
  for (const r of records) {
    const type = TO_PLOVER_2[r.event];
    const events: EventRecord[] = extractRecord({ id: r.id, text: r.text, dct: r.date }).events ?? [];
    const hit = events.find((e) => e.type === type);
    const t = s.perType.get(type) ?? { n: 0, first: 0, any: 0 };
    s.perType.set(type, t);
    s.records++;
    t.n++;
    if (events.length) s.covered++;
    if (events[0]?.type === type) (s.typeFirst++, t.first++);
    if (hit) (s.typeAny++, t.any++);
    // Compound actors ("Hungarian and Romanian officials agreed") list every member as a source: any one counts.
    const sources = actorsOf(r.source);
    const targets = actorsOf(r.target);
    if (sources.length) {
      s.withSource++;
      if (hit?.source) s.sourcePredicted++;
      if (hit && sources.some((a) => actorMatches(hit.source, a))) s.sourceRight++;
    }
    if (targets.length) {
      s.withTarget++;
      if (hit?.target) s.targetPredicted++;
      if (hit && targets.some((a) => actorMatches(hit.target, a))) s.targetRight++;
    }
  }
  return s;
}

export function loadGsr(): GsrRecord[] {
  const all = JSON.parse(readFileSync(GSR, 'utf8')) as GsrRecord[];
  return all.filter((r) => r.event !== 'DOCUMENT' && r.text);
}

/**
 * Rows for `npm run eval`'s table: over the held-out half, P = right / predicted, R = right / gold records, for the
 * type of each record's first event and for the source and target of its first event of the gold type.
 */
export function gsrRows(): Array<{ set: string; metric: string; ours: { p: number; r: number; f1: number } }> {
  if (!existsSync(GSR)) return [];
  const s = scoreGsr(loadGsr().filter((r) => recordNumber(r) % 2 === 0));
  const prf = (right: number, predicted: number, gold: number) => {
    const p = predicted ? right / predicted : 0;
    const r = gold ? right / gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const set = 'PLOVER GSR (held out)';
  return [
    { set, metric: 'event.type', ours: prf(s.typeFirst, s.covered, s.records) },
    { set, metric: 'event.source', ours: prf(s.sourceRight, s.sourcePredicted, s.withSource) },
    { set, metric: 'event.target', ours: prf(s.targetRight, s.targetPredicted, s.withTarget) },
  ];
}

const recordNumber = (r: GsrRecord) => Number(r.id.match(/(\d+)$/)?.[1] ?? 0);

function runScoreMjs(gold: string, predicted: string): string {
  const out = execFileSync(process.execPath, [join(SHARED, 'eval/score.mjs'), gold, predicted], { encoding: 'utf8' });
  return out.split('\n').find((l) => l.startsWith('event.type+actors')) ?? '(no event rows)';
}

function main() {
  const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '-'}% (${n}/${d})`;
  if (!existsSync(GSR)) console.log(`PLOVER GSR: skipped, ${GSR} not found`);
  else {
    const records = loadGsr();
    const halves: Array<[string, GsrRecord[]]> = [
      ['dev (odd record numbers)', records.filter((r) => recordNumber(r) % 2 === 1)],
      ['held out (even record numbers)', records.filter((r) => recordNumber(r) % 2 === 0)],
      ['all', records],
    ];
    console.log('PLOVER GSR (0.5b1 labels mapped to 2.0; source/target: the first predicted event of the gold type)');
    console.log(`${'records'.padEnd(32)} ${'n'.padStart(4)}  ${'covered'.padEnd(17)} ${'type (first)'.padEnd(17)} ${'type (any)'.padEnd(17)} ${'source'.padEnd(17)} target`);
    let all: GsrScore | undefined;
    for (const [name, rs] of halves) {
      const s = scoreGsr(rs);
      all = s;
      console.log(`${name.padEnd(32)} ${String(s.records).padStart(4)}  ${pct(s.covered, s.records).padEnd(17)} ${pct(s.typeFirst, s.records).padEnd(17)} ${pct(s.typeAny, s.records).padEnd(17)} ${pct(s.sourceRight, s.withSource).padEnd(17)} ${pct(s.targetRight, s.withTarget)}`);
    }
    console.log('\nper PLOVER 2.0 type, all records: type (first) / type (any)');
    for (const [type, t] of [...all!.perType].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${type.padEnd(10)} ${String(t.n).padStart(3)}   ${pct(t.first, t.n).padEnd(16)} ${pct(t.any, t.n)}`);
  }

  if (!existsSync(SEED)) console.log(`\nseed gold: skipped, ${SEED} not found`);
  else {
    const tmp = mkdtempSync(join(tmpdir(), 'wd-events-'));
    const gold = readFileSync(SEED, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const predicted = join(tmp, 'pred.jsonl');
    writeFileSync(predicted, gold.map((d) => JSON.stringify({ id: d.id, events: extractRecord({ id: d.id, text: d.text, dct: d.dct }).events })).join('\n') + '\n');
    // The same gold with PLOVER 2.0 type names and actors named as the alias KB names them ("US-led coalition").
    const canonical = (name?: string) => (name ? (lookupAlias(name)?.id ?? name) : name);
    const mappedPath = join(tmp, 'gold.mapped.jsonl');
    writeFileSync(mappedPath, gold.map((d) => JSON.stringify({ id: d.id, events: d.events?.map((e: EventRecord) => ({ ...e, type: TO_PLOVER_2[e.type] ?? e.type, source: canonical(e.source), target: canonical(e.target) })) })).join('\n') + '\n');
    console.log('\nseed gold, node ../shared/eval/score.mjs (component, P, R, F1):');
    console.log(`  as the gold stands:                     ${runScoreMjs(SEED, predicted)}`);
    console.log(`  gold types → 2.0, actors through KB:    ${runScoreMjs(mappedPath, predicted)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
