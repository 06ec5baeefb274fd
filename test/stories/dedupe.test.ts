// Near-duplicates: MinHash over word shingles with an LSH band index in SQLite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { DuplicateIndex, fingerprint, isNearDuplicate, signatureBlob } from '../../src/stories/dedupe.ts';

// Written for this test: three paragraphs of invented wire copy.
const ORIGINAL = [
  'Dockworkers at the port of Rotterdam ended a five-day strike on Thursday after unions and terminal operators agreed a two-year deal on pay and job security, the FNV union said.',
  'The agreement gives about 1,200 workers a 6.5 percent rise over two years and rules out compulsory redundancies at the automated terminals until 2029, the union said in a statement.',
  'Shipping lines had diverted dozens of container vessels to Antwerp and Hamburg during the walkout, and the port authority said it expected the backlog to clear within a week.',
  'Operators said the deal was expensive but necessary to keep the port running through the busy season before Christmas.',
].join('\n\n');

test('an identical body is a duplicate with Jaccard 1; an unrelated one is not', () => {
  const a = fingerprint(ORIGINAL);
  assert.equal(isNearDuplicate(a, fingerprint(ORIGINAL)).jaccard, 1);
  const other = fingerprint('Wanjiru was declared winner of the Nairobi governor by-election on Saturday after a count that took nearly two days, the electoral commission said.');
  assert.equal(isNearDuplicate(a, other).duplicate, false);
});

test('a lightly edited copy (a word changed, a sentence dropped, wrapping and punctuation changed) is a duplicate', () => {
  const edited = ORIGINAL.replace('ended a five-day strike', 'ended their five-day strike')
    .replace(/\n\nOperators said[^]*$/, '')
    .replace(/ /g, (m, i: number) => (i % 70 === 0 ? '\n' : m))
    .replace(/,/g, '');
  const m = isNearDuplicate(fingerprint(ORIGINAL), fingerprint(edited));
  assert.ok(m.duplicate, `jaccard ${m.jaccard}`);
});

test('a first take inside its longer write-thru is a duplicate by containment', () => {
  const take = ORIGINAL.split('\n\n').slice(0, 3).join('\n\n');
  const writethru = [
    ORIGINAL,
    'Port officials said the last of the diverted vessels would return by the middle of next week, while the union said talks on pensions would resume in the spring with a mediator appointed by the government.',
    'Exporters of flowers and vegetables, who rely on refrigerated containers moving through the port, had warned of losses running into tens of millions of euros if the stoppage lasted into a second week.',
    'The economy ministry welcomed the deal and said it would review how disputes at critical infrastructure are settled, after the second strike at the port in three years.',
    'Terminal operators had argued that automation was needed to compete with Antwerp and Hamburg, and said the job guarantee would be paid for by productivity gains rather than higher handling fees.',
  ].join('\n\n');
  const m = isNearDuplicate(fingerprint(take), fingerprint(writethru));
  assert.ok(m.jaccard < 0.5, `the take is a small part of the write-thru (jaccard ${m.jaccard.toFixed(2)})`);
  assert.ok(m.duplicate, `jaccard ${m.jaccard.toFixed(2)}, containment ${m.containment.toFixed(2)}`);
});

test('the LSH index finds a near-duplicate stored earlier, and never returns the item itself', () => {
  const store = new SqliteStore(':memory:');
  store.db.prepare(`INSERT INTO stories (id, first_activity, last_activity, centroid) VALUES ('st-1', '', '', '{"terms":{},"entities":{}}')`).run();
  const index = new DuplicateIndex(store.db);
  const add = (itemId: string, body: string) => {
    const fp = fingerprint(body);
    const member = Number(
      store.db.prepare(`INSERT INTO story_items (item_id, story_rowid, joined_at, shingles, signature) VALUES (?, 1, '', ?, ?)`).run(itemId, fp.size, signatureBlob(fp.signature)).lastInsertRowid,
    );
    index.add(member, fp);
  };
  add('orig', ORIGINAL);
  add('other', 'Norway raised its key policy rate by a quarter of a percentage point on Thursday and signalled one more hike before the end of the year as the krone weakened against the euro.');
  const found = index.find(fingerprint(ORIGINAL.replace('Thursday', 'Friday')), 'copy');
  assert.equal(found?.itemId, 'orig');
  assert.equal(found?.storyRowid, 1);
  assert.equal(index.find(fingerprint(ORIGINAL), 'orig'), undefined, 'an item is not its own duplicate');
});
