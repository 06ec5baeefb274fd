// The `wiredesk extract --jsonl` door: records in, records out; a bad line is reported with its number and the
// rest go on; a document date it cannot read is reported and the record still comes out, read by its dateline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from '../shared.ts';

test('extract --jsonl: good records out, a bad line and an unreadable dct reported on stderr with their line numbers', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'NAIROBI, Kenya, Aug. 7, 1998 (AP) - Rescuers searched the rubble on Tuesday.', dct: 'soon' }),
    'not json',
    JSON.stringify({ id: 'b', text: 'Talks resumed on Monday.', dct: '03-02-2009' }),
  ].join('\n');
  const out = execFileSync(process.execPath, [join(REPO, 'bin/wiredesk.js'), 'extract', '--jsonl'], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  const records = out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => [r.id, r.timexes.map((t: { value: string }) => t.value)]), [['a', ['1998-08-07', '1998-08-04']], ['b', ['2009-02-02']]]);
  assert.match(records[0].errors[0], /dct: "soon" is not a date/);
});

test('extract --jsonl: what went wrong is said on stderr with the line', () => {
  const input = [JSON.stringify({ id: 'a', text: 'Talks resumed on Tuesday.', dct: 'soon' }), 'not json'].join('\n');
  const { stderr } = spawnSync(process.execPath, [join(REPO, 'bin/wiredesk.js'), 'extract', '--jsonl'], { input, encoding: 'utf8' });
  assert.match(stderr, /line 1: WARNING \(id a\): dct: "soon"/);
  assert.match(stderr, /line 2: BAD_RECORD: not JSON/);
});
