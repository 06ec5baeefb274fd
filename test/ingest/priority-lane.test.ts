// The HTTP door's lane: copy waiting to be read goes most urgent first, arrivals in order within an urgency,
// and each caller gets the same report the synchronous flow gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { defaultSteps } from '../../src/ingest/default-steps.ts';
import { PriorityLane } from '../../src/ingest/priority-lane.ts';

const wire = (n: number, flash: boolean) =>
  new TextEncoder().encode(
    [
      `Id: urn:test:lane-${n}`,
      'Version: 1',
      `Date: 2026-10-06T10:${String(n).padStart(2, '0')}:00Z`,
      ...(flash ? ['News Flash'] : []),
      `Harbour story number ${n}`,
      `TALLINN, Oct 6, 2026 (XYZ) - Ferry number ${n} left the harbour on Tuesday, the port said.`,
      '',
    ].join('\n'),
  );

test('a flash queued behind routine copy is read first; routine copy keeps its arrival order', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'wd-lane-')), 'w.db'));
  try {
    const lane = new PriorityLane(new Ingestor(store, defaultSteps(store.db, { extract: false, stories: false })));
    const done: string[] = [];
    const submit = (n: number, flash: boolean) => lane.submit(wire(n, flash), `lane-${n}`).then((r) => (done.push(r.items[0].uri), r));
    const pending = [submit(1, false), submit(2, false), submit(3, false), submit(4, true), submit(5, false)];
    assert.equal(lane.length, 5, 'parsed on arrival, waiting for their turn');
    const reports = await Promise.all(pending);
    assert.deepEqual(done, ['urn:test:lane-4', 'urn:test:lane-1', 'urn:test:lane-2', 'urn:test:lane-3', 'urn:test:lane-5']);
    assert.ok(reports.every((r) => r.items.length === 1 && r.items[0].outcome === 'stored'));
    const stored = store.get(reports[3].items[0].id)!;
    assert.equal(stored.item.urgency, 1);
    assert.ok(stored.seq < store.get(reports[0].items[0].id)!.seq, 'the flash was stored before the routine copy ahead of it');
    // Bad input takes the same lane and comes back as a quarantined failure, not an exception.
    const bad = await lane.submit(new Uint8Array([0, 1, 2, 3, 255, 254]), 'garbage.bin');
    assert.equal(bad.items.length, 0);
    assert.equal(bad.failures[0].code, 'BINARY_INPUT');
  } finally {
    store.close();
  }
});
