import { expect, test } from 'vitest';
import type { EventRecord } from '../api.ts';
import { weeklyCounts } from './events.ts';

const monday = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const events: EventRecord[] = [
  { type: 'ASSAULT', source: 'Militia', target: 'Coalition', date: '2023-10-17', place: 'Iraq', itemId: 'a' },
  { type: 'ASSAULT', source: 'Militia', target: 'Coalition', date: '2023-10-19', place: 'Syria', itemId: 'b' },
  { type: 'ASSAULT', source: 'Militia', target: 'Coalition', date: '2023-11-02', place: 'Iraq', itemId: 'c' },
  { type: 'CONSULT', source: 'Iraq', target: 'United States', date: '2023-10-18', place: 'Baghdad', itemId: 'd' },
  { type: 'CONSULT', source: 'Iraq', target: 'United States', itemId: 'e' },
];

test('events are counted per Monday-to-Sunday week, quiet weeks kept as zeros', () => {
  const c = weeklyCounts(events, 'type');
  expect(c.weeks).toEqual([monday('2023-10-16'), monday('2023-10-23'), monday('2023-10-30')]);
  expect(c.series.map((s) => [s.key, s.total, s.counts])).toEqual([
    ['ASSAULT', 3, [2, 0, 1]],
    ['CONSULT', 1, [1, 0, 0]],
  ]);
  expect(c.undated).toBe(1);
});

test('every count keeps the events behind it, for the drill-down', () => {
  const assault = weeklyCounts(events, 'type').series[0];
  expect(assault.events[0].map((e) => e.itemId)).toEqual(['a', 'b']);
  expect(assault.events[2].map((e) => e.itemId)).toEqual(['c']);
});

test('by actor counts an event for its source and its target; by place for its place', () => {
  const actors = weeklyCounts(events, 'actor').series.map((s) => [s.key, s.total]);
  expect(actors).toEqual([
    ['Coalition', 3],
    ['Militia', 3],
    ['Iraq', 1],
    ['United States', 1],
  ]);
  expect(weeklyCounts(events, 'place').series.map((s) => [s.key, s.total])).toEqual([
    ['Iraq', 2],
    ['Baghdad', 1],
    ['Syria', 1],
  ]);
});

test('only the top series are kept, and no dated events means no weeks', () => {
  expect(weeklyCounts(events, 'actor', 2).series.map((s) => s.key)).toEqual(['Coalition', 'Militia']);
  expect(weeklyCounts([{ type: 'AID' }], 'type')).toEqual({ weeks: [], series: [], undated: 1 });
});
