// The Ingestor places one input's items in their stories inside one transaction (one commit per file), tells
// listeners only after it, and an item whose assignment fails loses neither itself nor the rest of the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { StoryAssigner } from '../../src/stories/cluster.ts';
import type { Item } from '../../src/item/types.ts';
import type { StoredItem } from '../../src/store/types.ts';

const item = (n: number): Item => ({
  uri: `urn:test:batch-${n}`,
  versionCreated: `2026-10-05T1${n}:00:00Z`,
  headlines: [{ value: `Harbour pilots strike in Rotterdam, day ${n}` }],
  'x-wiredesk': { format: 'test', text: `Harbour pilots in Rotterdam stayed on strike on day ${n}, holding up container ships.` },
});

test("one file's assignments run in one transaction; listeners hear after it; a failing item rolls back alone", () => {
  const store = new SqliteStore(':memory:');
  const assigner = new StoryAssigner(store.db);
  const bus = new EventEmitter<{ item: [StoredItem] }>();
  let transactions = 0;
  const heard: Array<{ uri: string; inTransaction: boolean; storyId?: string }> = [];
  bus.on('item', (s) => heard.push({ uri: s.item.uri, inTransaction: store.db.inTransaction, storyId: s.item['x-wiredesk'].storyId }));
  const ingestor = new Ingestor(
    store,
    {
      parse: () => ({ format: 'test', items: [1, 2, 3].map(item), failures: [] }),
      assignStory: (stored) => {
        assert.ok(store.db.inTransaction, 'assignment runs inside the file transaction');
        if (stored.item.uri.endsWith('-2')) {
          // Half-written, then failing inside its own transaction, as StoryAssigner.assign writes: only its writes go.
          store.db.transaction(() => {
            store.db.prepare(`INSERT INTO stories (id, first_activity, last_activity, centroid) VALUES ('st-broken', '', '', '{}')`).run();
            throw new Error('boom');
          })();
        }
        return assigner.assign(stored).storyId;
      },
      inTransaction: (run) => {
        transactions++;
        return store.db.transaction(run)();
      },
    },
    bus,
  );
  const report = ingestor.ingestBytes(new Uint8Array([1]), 'test');
  assert.equal(transactions, 1);
  assert.deepEqual(report.items.map((i) => [i.outcome, Boolean(i.storyId)]), [['stored', true], ['stored', false], ['stored', true]]);
  assert.equal(report.items[0].storyId, report.items[2].storyId);
  assert.deepEqual(heard.map((h) => [h.uri, h.inTransaction, Boolean(h.storyId)]), [
    ['urn:test:batch-1', false, true],
    ['urn:test:batch-2', false, false],
    ['urn:test:batch-3', false, true],
  ]);
  assert.equal((store.db.prepare(`SELECT count(*) AS n FROM stories WHERE id = 'st-broken'`).get() as { n: number }).n, 0);
  assert.equal(store.count(), 3);
});
