// The seed's own text holds a timeline; the story built from it must show it in the order of the dates it refers
// to, with evidence, whether or not the event coder found anything, and a republished copy refines the entries
// (more evidence) instead of repeating them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { defaultSteps } from '../../src/ingest/default-steps.ts';
import { buildTimeline, type TimelineEntry } from '../../src/stories/timeline.ts';
import type { StoredItem } from '../../src/store/types.ts';
import { shared } from '../shared.ts';

const SEED = shared('corpus/seed/afp-baghdad-2024-01-27.txt');
const skip = existsSync(SEED) ? false : `the seed is not at ${SEED} (set WIREDESK_SHARED)`;

const EXPECTED: Array<{ what: string; date: RegExp; text: RegExp }> = [
  { what: 'coalition formed 2014', date: /^2014$/, text: /coalition formed in 2014/ },
  { what: 'IS defeated late 2017', date: /^2017$/, text: /defeat in Iraq in late 2017/ },
  { what: 'talks planned since August 2023', date: /^2023-08$/, text: /planned since August/ },
  { what: 'attacks since mid-October 2023', date: /^2023-10/, text: /attacks .*since mid-October/ },
  { what: 'working groups agreed 2024-01-25', date: /^2024-01-25$/, text: /On Thursday, Washington had said it agreed .*working groups/ },
  { what: 'first round of talks 2024-01-27', date: /^2024-01-27$/, text: /on Saturday held a first round of talks/ },
];

function ingest(texts: string[]): StoredItem[] {
  const store = new SqliteStore(':memory:');
  const ingestor = new Ingestor(store, defaultSteps(store.db));
  const ids = texts.flatMap((t, i) => ingestor.ingestBytes(Buffer.from(t), `seed-${i}.txt`).items.map((r) => r.id));
  const stored = ids.map((id) => store.get(id)!);
  const storyIds = new Set(stored.map((s) => s.item['x-wiredesk'].storyId));
  assert.equal(storyIds.size, 1, 'the items are one story');
  return stored;
}

function positions(entries: TimelineEntry[]): number[] {
  return EXPECTED.map(({ what, date, text }) => {
    const i = entries.findIndex((e) => date.test(e.date) && text.test(e.label));
    assert.ok(i >= 0, `${what} is on the timeline:\n${entries.map((e) => `  ${e.date} ${e.kind} ${e.label.slice(0, 80)}`).join('\n')}`);
    return i;
  });
}

function assertInOrder(entries: TimelineEntry[]): void {
  const at = positions(entries);
  for (let k = 1; k < at.length; k++) assert.ok(at[k] > at[k - 1], `${EXPECTED[k].what} comes after ${EXPECTED[k - 1].what}`);
  for (const e of entries) for (const ev of e.evidence) assert.ok(ev.end > ev.start && typeof ev.itemId === 'string', 'every entry links to its evidence');
}

test("the seed's timeline has its six dated entries, in the order of the dates they refer to", { skip }, () => {
  const [seed] = ingest([readFileSync(SEED, 'utf8')]);
  const entries = buildTimeline([seed]);
  assertInOrder(entries);
  // Entries are ordered by the date referred to, never by the filing date (2024-01-27 for all of them).
  const starts = entries.map((e) => e.date.slice(0, 4));
  assert.deepEqual(starts, [...starts].sort());
  const text = seed.item['x-wiredesk'].text;
  const talks = entries.find((e) => EXPECTED[5].text.test(e.label))!;
  assert.match(text.slice(talks.evidence[0].start, talks.evidence[0].end), /talks|held/);
});

test('the timeline does not depend on the event coder: dated sentences and quotes carry it alone', { skip }, () => {
  const [seed] = ingest([readFileSync(SEED, 'utf8')]);
  const x = seed.item['x-wiredesk'].extraction as { events: unknown[] };
  const withoutEvents: StoredItem = { ...seed, item: { ...seed.item, 'x-wiredesk': { ...seed.item['x-wiredesk'], extraction: { ...x, events: [] } } } };
  assertInOrder(buildTimeline([withoutEvents]));
});

test('a republished, lightly edited copy refines the entries instead of repeating them', { skip }, () => {
  const original = readFileSync(SEED, 'utf8');
  const copy = original.replace('(BSS/AFP)', '(AFP)').replace('Roughly 2,500', 'About 2,500').replace('frequent attacks', 'repeated attacks');
  const [alone] = ingest([original]);
  const both = ingest([original, copy]);
  const single = buildTimeline([alone]);
  const merged = buildTimeline(both);
  assert.equal(merged.length, single.length, 'no entry is repeated');
  assertInOrder(merged);
  for (const k of positions(merged)) {
    assert.deepEqual(new Set(merged[k].evidence.map((e) => e.itemId)), new Set(both.map((s) => s.id)), `${merged[k].label.slice(0, 60)}: evidence from both items`);
  }
});
