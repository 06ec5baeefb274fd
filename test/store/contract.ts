// The Store contract: every implementation (SQLite now, PostgreSQL later) must pass these.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/types.ts';
import type { Item } from '../../src/item/types.ts';

export function makeItem(uri: string, over: Partial<Item> = {}, text = 'Body text of the item.'): Item {
  return {
    uri,
    version: '1',
    versionCreated: '2026-10-05T10:00:00Z',
    pubStatus: 'usable',
    urgency: 5,
    headlines: [{ value: `Headline for ${uri}` }],
    infoSources: [{ name: 'AFP', role: 'originator' }],
    ...over,
    'x-wiredesk': { format: 'test', text, dateline: { text: 'PARIS, Oct 5', place: 'PARIS' }, ...(over['x-wiredesk'] ?? {}) },
  };
}

export function storeContract(name: string, open: () => Store) {
  test(`${name}: put is idempotent on uri+version`, () => {
    const s = open();
    const a = s.put(makeItem('urn:t:1'));
    const b = s.put(makeItem('urn:t:1'));
    assert.equal(a.outcome, 'stored');
    assert.equal(b.outcome, 'duplicate');
    assert.equal(s.count(), 1);
    assert.equal(s.versions(a.id).length, 1);
    s.close();
  });

  test(`${name}: a newer version supersedes and history is kept; a late older one goes to history`, () => {
    const s = open();
    const v1 = s.put(makeItem('urn:t:2', { version: '1', headlines: [{ value: 'First' }] }));
    const v3 = s.put(makeItem('urn:t:2', { version: '3', headlines: [{ value: 'Third' }] }));
    const v2 = s.put(makeItem('urn:t:2', { version: '2', headlines: [{ value: 'Second' }] }));
    assert.equal(v1.id, v3.id);
    assert.equal(v3.outcome, 'updated');
    assert.equal(v2.outcome, 'superseded-older');
    assert.equal(s.get(v1.id)?.item.headlines?.[0].value, 'Third');
    assert.deepEqual(s.versions(v1.id).map((i) => i.version), ['3', '2', '1']);
    s.close();
  });

  test(`${name}: a kill hides the item from default reads but not from history`, () => {
    const s = open();
    const r = s.put(makeItem('urn:t:3'));
    assert.equal(s.query({}).items.length, 1);
    s.put(makeItem('urn:t:3', { version: '2', pubStatus: 'canceled' }));
    assert.equal(s.query({}).items.length, 0);
    assert.equal(s.query({ includeHidden: true }).items.length, 1);
    assert.equal(s.versions(r.id).length, 2);
    s.close();
  });

  test(`${name}: query filters by text, urgency, source, place, time, and pages with a cursor`, () => {
    const s = open();
    for (let i = 0; i < 25; i++) {
      s.put(
        makeItem(
          `urn:t:q${i}`,
          {
            versionCreated: `2026-10-05T10:${String(i).padStart(2, '0')}:00Z`,
            urgency: i % 5 === 0 ? 1 : 5,
            infoSources: [{ name: i % 2 ? 'AFP' : 'Reuters' }],
          },
          i === 7 ? 'Troops crossed the frontier at dawn.' : 'Markets were calm.',
        ),
      );
    }
    assert.deepEqual(s.query({ q: 'frontier' }).items.map((x) => x.item.uri), ['urn:t:q7']);
    assert.deepEqual(s.query({ q: 'troop' }).items.map((x) => x.item.uri), ['urn:t:q7'], 'porter stemming');
    assert.equal(s.query({ urgencyMax: 1 }).items.length, 5);
    assert.equal(s.query({ source: 'reuters' }).items.length, 13);
    assert.equal(s.query({ place: 'Paris' }).items.length, 25);
    assert.equal(s.query({ since: '2026-10-05T10:20:00Z' }).items.length, 5);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = s.query({ limit: 10, cursor });
      seen.push(...page.items.map((x) => x.item.uri));
      cursor = page.next ?? undefined;
    } while (cursor);
    assert.equal(seen.length, 25);
    assert.equal(new Set(seen).size, 25);
    assert.equal(seen[0], 'urn:t:q24', 'newest first');
    s.close();
  });

  test(`${name}: changesSince streams writes in order; annotate bumps the sequence and indexes entities`, () => {
    const s = open();
    const a = s.put(makeItem('urn:t:c1'));
    const b = s.put(makeItem('urn:t:c2'));
    assert.deepEqual(s.changesSince(0, 10).map((x) => x.id), [a.id, b.id]);
    s.annotate(a.id, { extraction: { entities: [{ start: 0, end: 4, type: 'GPE', id: 'Iraq' }] }, storyId: 'st1' });
    const changes = s.changesSince(b.seq, 10);
    assert.deepEqual(changes.map((x) => x.id), [a.id]);
    assert.equal(changes[0].item['x-wiredesk'].storyId, 'st1');
    assert.deepEqual(s.query({ entity: 'Iraq' }).items.map((x) => x.id), [a.id]);
    assert.deepEqual(s.query({ storyId: 'st1' }).items.map((x) => x.id), [a.id]);
    s.close();
  });

  test(`${name}: quarantine keeps the raw bytes, code, message and position`, () => {
    const s = open();
    const raw = new Uint8Array([0, 1, 2, 255]);
    const id = s.quarantine({ code: 'BINARY_INPUT', message: 'not text', position: { file: 'x.bin', byte: 0 }, raw }, 'x.bin');
    const [entry] = s.listQuarantine();
    assert.equal(entry.code, 'BINARY_INPUT');
    assert.deepEqual(entry.position, { file: 'x.bin', byte: 0 });
    assert.deepEqual(s.quarantineRaw(id), raw);
    s.close();
  });
}
