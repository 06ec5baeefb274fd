import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { storeContract, makeItem } from './contract.ts';

storeContract('sqlite', () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'wd-store-')), 'wiredesk.db')));

test('sqlite: data survives reopening the file (migrations run once)', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'wd-store-')), 'wiredesk.db');
  const a = new SqliteStore(path);
  const r = a.put(makeItem('urn:t:persist'));
  a.close();
  const b = new SqliteStore(path);
  assert.equal(b.get(r.id)?.item.uri, 'urn:t:persist');
  const next = b.put(makeItem('urn:t:persist2'));
  assert.ok(next.seq > r.seq, 'sequence continues after reopening');
  b.close();
});
