// `npm start` loads the sample wire in the order an agency would have sent it, so stories form in arrival order:
// by the earliest filing time in each file, files without one last.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inArrivalOrder } from '../../src/server/desk.ts';
import { sampleFiles } from './helpers.ts';
import { parseBytes } from '../../src/formats/index.ts';
import { readFileSync } from 'node:fs';

test('the sample wire in arrival order: a kill after the item it kills, a correction after its original', () => {
  const names = sampleFiles.map((f) => basename(f));
  assert.ok(names.indexOf('wrong-test-item.xml') < names.indexOf('wrong-test-item-v2.xml'));
  assert.ok(names.indexOf('peru-quake-toll.xml') < names.indexOf('peru-quake-toll-v2.xml'));
  assert.ok(names.indexOf('quake-peru-1.txt') < names.indexOf('quake-peru-aid.xml'));
  // Filing times never go backwards (files that give one).
  const times = sampleFiles.map((f) => parseBytes(readFileSync(f), f).items.map((i) => i.versionCreated ?? i.firstCreated).filter(Boolean).sort()[0]);
  const dated = times.filter((t): t is string => Boolean(t));
  for (let i = 1; i < dated.length; i++) assert.ok(Date.parse(dated[i - 1]!) <= Date.parse(dated[i]!), `${dated[i - 1]} before ${dated[i]}`);
});

test('files without a time go last, in path order', () => {
  const dir = mkdtempSync(join(tmpdir(), 's2-arrival-'));
  const file = (name: string, body: string) => {
    writeFileSync(join(dir, name), body);
    return join(dir, name);
  };
  const ninjs = (uri: string, time?: string) => JSON.stringify({ uri, headline: 'x', body_text: 'Some text.', ...(time ? { versioncreated: time } : {}) });
  const undatedB = file('b-undated.json', ninjs('urn:t:b'));
  const undatedA = file('a-undated.json', ninjs('urn:t:a'));
  const late = file('c-late.json', ninjs('urn:t:c', '2026-10-06T10:00:00Z'));
  const early = file('d-early.json', ninjs('urn:t:d', '2026-10-05T10:00:00Z'));
  assert.deepEqual(inArrivalOrder([undatedB, late, undatedA, early]), [early, late, undatedA, undatedB]);
});
