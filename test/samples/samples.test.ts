// The bundled sample wire: every file reads cleanly, every format is there, the manifest (samples/stories.json)
// still names the items the desk reads, and the wire holds what the desk needs to show: developing stories
// across agencies and formats, flashes, corrections, a kill and a republished copy.
// If a test here fails after a parser change, rebuild the files and manifest: npx tsx samples/build.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseBytes } from '../../src/formats/index.ts';
import { expandPaths } from '../../src/ingest/files.ts';
import { SAMPLES_DIR, isWireFile } from '../../src/server/desk.ts';
import type { Item } from '../../src/item/types.ts';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { needsShared, shared } from '../shared.ts';

interface Manifest {
  stories: Array<{ key: string; name: string; members: string[] }>;
  flashes: string[];
  corrections: string[];
  kills: string[];
  republished: Array<[string, string]>;
  items: Array<{ uri: string; version: number; file: string; index: number; story: string | null; headline: string }>;
}

const manifest = JSON.parse(readFileSync(join(SAMPLES_DIR, 'stories.json'), 'utf8')) as Manifest;
const files = expandPaths([SAMPLES_DIR]).files.filter(isWireFile);
const parsed = files.map((f) => ({ file: relative(SAMPLES_DIR, f), bytes: readFileSync(f), result: parseBytes(readFileSync(f), f) }));
const items: Item[] = parsed.flatMap((p) => p.result.items);
const byUri = (uri: string) => items.filter((i) => i.uri === uri).sort((a, b) => Number(a.version) - Number(b.version));
const agencyOf = (i: Item) => i['x-wiredesk'].dateline?.sources?.at(-1) ?? i.infoSources?.find((s) => s.role !== 'distributor')?.name;
const dateOf = (i: Item) => (i.versionCreated ?? i['x-wiredesk'].dateline?.date)?.slice(0, 10);

function words(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(w.slice(0, -1).map((x, i) => `${x} ${w[i + 1]}`));
}
function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

test('every sample file parses without a failure, 45 items or more', () => {
  for (const p of parsed) {
    assert.deepEqual(p.result.failures.map((f) => `${f.code}: ${f.message}`), [], p.file);
    assert.ok(p.result.items.length > 0, `${p.file} yields items`);
  }
  assert.ok(items.length >= 45, `${items.length} items`);
});

test('every supported format is represented, with at least two items each', () => {
  const byFormat = new Map<string, number>();
  for (const i of items) byFormat.set(i['x-wiredesk'].format, (byFormat.get(i['x-wiredesk'].format) ?? 0) + 1);
  for (const f of ['wire-text', 'anpa1312', 'iptc7901', 'nitf', 'newsml-g2', 'newsml12', 'ninjs', 'rss', 'atom', 'reuters-sgml']) {
    assert.ok((byFormat.get(f) ?? 0) >= 2, `${f}: ${byFormat.get(f) ?? 0}`);
  }
  // ninjs in all three generations: 1.x (headline, body_text), 2.x (lower-case plurals), 3.x (camelCase).
  const ninjs = parsed.filter((p) => p.result.format === 'ninjs').map((p) => JSON.parse(p.bytes.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>);
  assert.ok(ninjs.some((j) => 'headline' in j && 'body_text' in j), 'a ninjs 1.x item');
  assert.ok(ninjs.some((j) => 'headlines' in j && 'versioncreated' in j), 'a ninjs 2.x item');
  assert.ok(ninjs.filter((j) => 'versionCreated' in j).length >= 2, 'several ninjs 3.x items');
  // ANPA priorities include a flash and a bulletin.
  const anpaUrgencies = items.filter((i) => i['x-wiredesk'].format === 'anpa1312').map((i) => i.urgency);
  assert.ok(anpaUrgencies.includes(1) && anpaUrgencies.includes(2), `ANPA urgencies ${anpaUrgencies}`);
});

test('the manifest names items the desk reads, at the places it says', () => {
  const named = [...manifest.stories.flatMap((s) => s.members), ...manifest.flashes, ...manifest.corrections, ...manifest.kills, ...manifest.republished.flat()];
  for (const uri of named) assert.ok(byUri(uri).length > 0, `${uri} is among the parsed items`);
  assert.equal(manifest.items.length, items.length, 'the manifest lists every parsed item');
  for (const m of manifest.items) {
    const item = parsed.find((p) => p.file === m.file)?.result.items[m.index];
    assert.ok(item, `${m.file} #${m.index}`);
    assert.equal(item.uri, m.uri, `${m.file} #${m.index}`);
    assert.equal(item.headlines?.[0]?.value, m.headline, `${m.file} #${m.index}`);
  }
});

test('flashes, corrections and a kill', () => {
  assert.ok(items.filter((i) => i.urgency === 1).length >= 2);
  for (const uri of manifest.flashes) assert.ok(byUri(uri).some((i) => i.urgency === 1), `${uri} is a flash`);
  assert.ok(manifest.corrections.length >= 1 && manifest.kills.length >= 1);
  for (const uri of manifest.corrections) {
    const versions = byUri(uri);
    assert.ok(versions.length >= 2, `${uri} has its original and corrected versions`);
    const [first, last] = [versions[0], versions.at(-1)!];
    assert.match(last.edNote ?? '', /correct/i, `${uri}: the new version says what it corrects`);
    assert.notEqual(last['x-wiredesk'].text, first['x-wiredesk'].text, `${uri}: the corrected text differs`);
  }
  for (const uri of manifest.kills) {
    const versions = byUri(uri);
    assert.equal(versions.at(-1)?.pubStatus, 'canceled', `${uri}: the last version withdraws it`);
    assert.ok(versions.some((i) => i.pubStatus === 'usable' && Number(i.version) < Number(versions.at(-1)!.version)), `${uri}: an earlier usable version`);
  }
});

test('a republished copy names distributor and originator and is a near-duplicate of the original', () => {
  assert.ok(manifest.republished.length >= 1);
  for (const [copyUri, originalUri] of manifest.republished) {
    const [copy] = byUri(copyUri);
    const [original] = byUri(originalUri);
    const sources = copy['x-wiredesk'].dateline?.sources ?? [];
    assert.equal(sources.length, 2, 'the copy names distributor and originator');
    assert.equal(sources[1], agencyOf(original), 'the originator is the original agency');
    const similarity = jaccard(words(copy['x-wiredesk'].text), words(original['x-wiredesk'].text));
    assert.ok(similarity > 0.7 && similarity < 1, `lightly edited: similarity ${similarity.toFixed(2)}`);
  }
});

test('five developing stories, each of four or more items from several agencies and formats over a few days', () => {
  assert.ok(manifest.stories.length >= 5);
  for (const s of manifest.stories) {
    const members = s.members.flatMap(byUri);
    assert.ok(s.members.length >= 4, `${s.key}: ${s.members.length} members`);
    assert.ok(new Set(members.map(agencyOf).filter(Boolean)).size >= 2, `${s.key}: agencies`);
    assert.ok(new Set(members.map((i) => i['x-wiredesk'].format)).size >= 3, `${s.key}: formats`);
    const days = new Set(members.map(dateOf).filter(Boolean));
    assert.ok(days.size >= 2, `${s.key}: spread over ${[...days]}`);
  }
  // Every item is dated inside the week the sample wire covers.
  for (const i of items) {
    const day = dateOf(i);
    if (day) assert.ok(day >= '2026-10-05' && day <= '2026-10-12', `${i.uri}: ${day}`);
  }
});

test('wire text header blocks carry slug, version and correction', () => {
  const corrected = items.find((i) => i['x-wiredesk'].format === 'wire-text' && i.version === '2');
  assert.ok(corrected, 'a wire-text correction');
  assert.ok(corrected.slugline);
  assert.match(corrected.edNote ?? '', /^Correction/);
});

test('each ninjs sample is valid against the official schema of its generation', { skip: needsShared('formats/ninjs/schema') }, () => {
  const compile = (ajv: Ajv | Ajv2020, schemaFile: string) => {
    formatsModule.default(ajv); // a CommonJS module: its plugin is the default export's default
    // The 2.x and 3.x schemas refer to GeoJSON for place geometry, which no sample uses.
    ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
    return ajv.compile(JSON.parse(readFileSync(shared('formats/ninjs/schema', schemaFile), 'utf8')) as object);
  };
  const generations = [
    { folder: 'ninjs1', validate: compile(new Ajv({ strict: false, allErrors: true }), 'ninjs-schema_1.6.json'), atLeast: 1 },
    { folder: 'ninjs2', validate: compile(new Ajv2020({ strict: false, allErrors: true }), 'ninjs-schema_2.2.json'), atLeast: 1 },
    { folder: 'ninjs3', validate: compile(new Ajv2020({ strict: false, allErrors: true }), 'ninjs-schema_3.1.json'), atLeast: 2 },
  ];
  for (const { folder, validate, atLeast } of generations) {
    const samples = parsed.filter((p) => p.file.startsWith(`${folder}/`));
    assert.ok(samples.length >= atLeast, `${folder}: ${samples.length} files`);
    for (const p of samples) {
      const ok = validate(JSON.parse(p.bytes.toString('utf8').replace(/^\uFEFF/, '')));
      assert.ok(ok, `${p.file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  }
});

test('a Windows-1252 file and a UTF-8 file with BOM decode to the right characters', () => {
  const latin = parsed.find((p) => p.bytes.includes(0xf8)); // "ø" as one Windows-1252 byte
  assert.ok(latin, 'one sample is Windows-1252');
  assert.ok(latin.result.items[0]['x-wiredesk'].text.includes('Søren Ødegård'));
  const bom = parsed.find((p) => p.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  assert.ok(bom, 'one sample starts with a BOM');
  assert.equal(bom.result.items.length, 1);
  assert.ok(bom.result.items[0].uri.startsWith('urn:'));
});

test('the manifest names its own schema, so reading samples/ as wire copy does not take it for ninjs items', () => {
  const bytes = readFileSync(join(SAMPLES_DIR, 'stories.json'));
  const read = parseBytes(bytes, 'samples/stories.json');
  assert.equal(read.items.length, 0);
  assert.equal(read.failures[0]?.code, 'UNKNOWN_FORMAT');
  // A ninjs document that names the ninjs schema is still read.
  const ninjs = JSON.stringify({ $schema: 'https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json', uri: 'urn:test:1', headlines: [{ value: 'Ferries resume' }], bodies: [{ contentType: 'text/plain', value: 'TALLINN (XYZ) - Ferries resumed on Monday.' }] });
  assert.equal(parseBytes(new TextEncoder().encode(ninjs), 'n.json').items.length, 1);
});
