// The bundled sample wire: every file reads cleanly, every format is there, and it holds what the desk needs
// to show (five developing stories, flashes, a correction, a kill, a republished copy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../../src/formats/index.ts';
import { expandPaths } from '../../src/ingest/files.ts';
import { SAMPLES_DIR, isWireFile } from '../../src/server/desk.ts';
import type { Item } from '../../src/item/types.ts';

const manifest = JSON.parse(readFileSync(join(SAMPLES_DIR, 'stories.json'), 'utf8')) as {
  stories: Array<{ key: string; files: string[]; headlines: string[] }>;
  kills: string[];
  corrections: string[];
  republished: Array<{ copy: string; of: string }>;
};
const files = expandPaths([SAMPLES_DIR]).files.filter(isWireFile);
const parsed = files.map((f) => ({ file: f, result: parseBytes(readFileSync(f), f) }));
const items: Item[] = parsed.flatMap((p) => p.result.items);

test('every sample file parses without a failure', () => {
  for (const p of parsed) assert.deepEqual(p.result.failures.map((f) => f.code), [], p.file);
  assert.ok(items.length >= 40, `${items.length} items`);
});

test('every supported format is represented, with at least two items each', () => {
  const byFormat = new Map<string, number>();
  for (const i of items) byFormat.set(i['x-wiredesk'].format, (byFormat.get(i['x-wiredesk'].format) ?? 0) + 1);
  for (const f of ['wire-text', 'anpa1312', 'iptc7901', 'nitf', 'newsml-g2', 'newsml12', 'ninjs', 'rss', 'atom', 'reuters-sgml']) {
    assert.ok((byFormat.get(f) ?? 0) >= 2, `${f}: ${byFormat.get(f) ?? 0}`);
  }
});

test('the sample wire has flashes, a correction, a kill and a republished copy', () => {
  assert.ok(items.filter((i) => i.urgency === 1).length >= 2);
  for (const uri of manifest.kills) assert.ok(items.some((i) => i.uri === uri && i.pubStatus === 'canceled'), uri);
  for (const uri of manifest.corrections) {
    const versions = items.filter((i) => i.uri === uri).map((i) => i.version);
    assert.ok(versions.length >= 2, `${uri} has its original and corrected versions: ${versions}`);
  }
  assert.ok(manifest.republished.length >= 1);
  for (const r of manifest.republished) {
    const copy = items.find((i) => i.uri === r.copy);
    assert.ok(copy, r.copy);
    assert.deepEqual(copy['x-wiredesk'].dateline?.sources?.length, 2, 'the copy names distributor and originator');
  }
});

test('five developing stories of four or more items each', () => {
  assert.ok(manifest.stories.length >= 5);
  for (const s of manifest.stories) {
    assert.ok(s.headlines.length >= 4, `${s.key}: ${s.headlines.length}`);
    for (const h of s.headlines) assert.ok(items.some((i) => i.headlines?.[0]?.value === h), `${s.key}: "${h}" is in the parsed wire`);
  }
});

test('a Windows-1252 file and a UTF-8 file with BOM decode to the right characters', () => {
  assert.ok(items.some((i) => i['x-wiredesk'].text.includes('Søren Ødegård')));
  const bom = files.find((f) => readFileSync(f).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  assert.ok(bom, 'one sample starts with a BOM');
  assert.equal(parseBytes(readFileSync(bom), bom).items[0].uri.startsWith('urn:'), true);
});
