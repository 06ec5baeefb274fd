// IPTC 7901 stamps carry month, day and time but no year ("080630 GMT Oct 8"): the parser keeps them
// yearless and ingest dates them by when the item arrived, so such items sort where they belong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveYearless } from '../../src/item/build.ts';
import { parseBytes } from '../../src/formats/index.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { defaultSteps } from '../../src/ingest/default-steps.ts';

const wire7901 = (stamp: string) =>
  new TextEncoder().encode(
    ['\x01xyz123 4 i 30  xyz 0051', '', 'Harbour-Ferry/', '\x02Ferry service resumes across the bay =', '', 'Tallinn (XYZ) - Ferries resumed on Monday after a week of storms.', '', `\x03${stamp}`, ''].join('\r\n'),
  );

test('a yearless stamp takes the year it was received in, or the one before when that would be days ahead', () => {
  assert.equal(resolveYearless('--10-08T06:30Z', '2026-11-25T14:00:00Z'), '2026-10-08T06:30:00Z');
  assert.equal(resolveYearless('--12-31T23:50Z', '2027-01-01T00:05:00Z'), '2026-12-31T23:50:00Z', 'a stamp from last night across new year');
  assert.equal(resolveYearless('--01-01T00:05Z', '2026-12-31T23:50:00Z'), '2027-01-01T00:05:00Z', 'a clock a little ahead stays in the coming year');
  assert.equal(resolveYearless('Oct 8', '2026-11-25T14:00:00Z'), undefined);
});

test('IPTC 7901: the ETX stamp is read in English and German month names, with or without GMT', () => {
  const sentAt = (stamp: string) => parseBytes(wire7901(stamp), 'ferry.txt').items[0]?.['x-wiredesk'].wire?.sentAt;
  assert.equal(sentAt('080630 GMT Oct 8'), '--10-08T06:30Z');
  assert.equal(sentAt('071341 GMT Okt 15'), '--10-15T13:41Z');
  assert.equal(sentAt('211259 Dez 21'), '--12-21T12:59Z');
  assert.equal(sentAt('no stamp here'), undefined);
});

test('ingest dates a 7901 item by its stamp, in the year it arrived', () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'wd-7901-')), 'w.db'));
  try {
    const ingestor = new Ingestor(store, defaultSteps(store.db, { extract: false, stories: false }));
    const report = ingestor.ingestBytes(wire7901('080630 GMT Oct 8'), 'ferry.txt');
    const stored = store.get(report.items[0].id);
    const year = new Date(stored!.item['x-wiredesk'].receivedAt!).getUTCFullYear();
    const expected = Date.UTC(year, 9, 8, 6, 30) > Date.parse(stored!.item['x-wiredesk'].receivedAt!) + 2 * 86_400_000 ? year - 1 : year;
    assert.equal(stored!.item.versionCreated, `${expected}-10-08T06:30:00Z`);
  } finally {
    store.close();
  }
});
