import { expect, test } from 'vitest';
import { aliasesOf, axisTicks, counted, describeEntryDate, mergeTimeline, countRows, evidenceOf, groupCounts, mentionSeries, placeTimeline, quoteRows, quoteWords, recentWindow, speakers, storyItems } from './story.ts';

test('story items read from ninjs items or from short records', () => {
  const rows = storyItems([
    { uri: 'u1', urgency: 1, versionCreated: '2026-10-05T06:42:00Z', headlines: [{ value: 'Strong earthquake strikes' }], 'x-wiredesk': { id: 'i1', text: 'LIMA ...', dateline: { place: 'Lima', sources: ['MP'] } } },
    { id: 'i2', headline: 'Toll climbs', place: 'Arequipa', sources: [{ name: 'NW' }] },
    { title: 'no id: skipped' },
    'not a record',
  ]);
  expect(rows).toEqual([
    { id: 'i1', headline: 'Strong earthquake strikes', versionCreated: '2026-10-05T06:42:00Z', urgency: 1, place: 'Lima', sources: 'MP' },
    { id: 'i2', headline: 'Toll climbs', versionCreated: undefined, urgency: undefined, place: 'Arequipa', sources: 'NW' },
  ]);
});

test('counted takes strings, records or a name→count map, merges names and sorts most first', () => {
  expect(counted(['AFP', 'MP', 'AFP'])).toEqual([
    { name: 'AFP', count: 2 },
    { name: 'MP', count: 1 },
  ]);
  expect(counted([{ id: 'Q1', name: 'Iraq', count: 4 }, { label: 'Baghdad', mentions: 6 }])).toEqual([
    { name: 'Baghdad', count: 6, id: undefined },
    { name: 'Iraq', count: 4, id: 'Q1' },
  ]);
  expect(counted({ Lima: 2, Arequipa: 3 })).toEqual([
    { name: 'Arequipa', count: 3 },
    { name: 'Lima', count: 2 },
  ]);
  expect(counted(undefined)).toEqual([]);
});

test('quotes and their speakers, counted', () => {
  const quotes = [
    { speaker: 'Sabrina Singh', text: 'We are talking', evidence: [{ itemId: 'i1', start: 0, end: 5 }] },
    { speaker: 'Sabrina Singh', text: 'Talks continue', itemId: 'i2' },
    { name: 'Fuad Hussein', count: 3 },
    { text: 'nobody said this' },
  ];
  expect(quoteRows(quotes).map((q) => [q.speaker, q.itemId])).toEqual([
    ['Sabrina Singh', 'i1'],
    ['Sabrina Singh', 'i2'],
    ['Fuad Hussein', undefined],
    ['unknown speaker', undefined],
  ]);
  expect(speakers(quotes)).toEqual([
    { name: 'Fuad Hussein', count: 3 },
    { name: 'Sabrina Singh', count: 2 },
  ]);
});

test('counts reported read as the wire wrote them, else as value and unit', () => {
  expect(countRows([{ text: 'more than 150 attacks', value: 150, itemId: 'i1' }, { value: 86000000, unit: 'EUR', evidence: [{ itemId: 'i2' }] }, {}])).toEqual([
    { label: 'more than 150 attacks', value: 150, unit: undefined, itemId: 'i1' },
    { label: '86,000,000 EUR', value: 86000000, unit: 'EUR', itemId: 'i2' },
  ]);
});

test('the timeline places dated entries in order and keeps the rest apart', () => {
  const { placed, undated, min, max } = placeTimeline([
    { date: '2024-01-25', label: 'working groups agreed' },
    { date: '2014', label: 'coalition formed' },
    { date: 'PAST_REF', label: 'long ago' },
    { date: '2023-10', label: 'attacks begin' },
  ]);
  expect(placed.map((p) => p.entry.label)).toEqual(['coalition formed', 'attacks begin', 'working groups agreed']);
  expect(undated.map((e) => e.label)).toEqual(['long ago']);
  expect(min).toBe(Date.UTC(2014, 0, 1));
  expect(max).toBe(Date.UTC(2024, 0, 26));
  expect(evidenceOf({ date: '2014', evidence: [{ itemId: 'i1' }, { start: 3 } as never] })).toEqual([{ itemId: 'i1' }]);
});

test('mentions per day: one bar per day from the first to the last, quiet days as zero', () => {
  const s = mentionSeries([
    { date: '2026-10-05', count: 5 },
    { date: '2026-10-01', count: 3 },
    { day: '2026-10-03', mentions: 1 },
    { date: '2026-10-03T15:00:00Z', count: 1 },
  ]);
  expect(s.x.map((x) => new Date(x * 1000).toISOString().slice(0, 10))).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05']);
  expect(s.y).toEqual([3, 0, 2, 0, 5]);
  expect(mentionSeries({ '2026-10-01': 2 })).toEqual({ x: [Date.UTC(2026, 9, 1) / 1000], y: [2] });
  expect(mentionSeries(null)).toEqual({ x: [], y: [] });
});

test('aliases from strings or records, nothing from what is neither', () => {
  expect(aliasesOf(['Norges Bank', { name: 'Norway central bank' }, { alias: 'NB' }, null, {}])).toEqual(['Norges Bank', 'Norway central bank', 'NB']);
});

test("a quote loses the wire's quotation marks and the comma before the attribution, nothing more", () => {
  expect(quoteWords('"This is the first step, and the hardest,"')).toBe('This is the first step, and the hardest');
  expect(quoteWords('“We are talking.”')).toBe('We are talking.');
  expect(quoteWords('the deal would let the faction regroup')).toBe('the deal would let the faction regroup');
  expect(quoteWords('"a" and "b"')).toBe('"a" and "b"');
  expect(quoteRows([{ speaker: 'Cardenas', text: ' "respect every line" ' }])[0].text).toBe('respect every line');
});

test('a figure several items report is listed once, with each item', () => {
  const rows = countRows([
    { text: 'an estimated 1,200 fighters', itemId: 'i1' },
    { text: 'An estimated 1,200 fighters', itemId: 'i2' },
    { text: 'an estimated 1,200 fighters', itemId: 'i1' },
    { text: 'three municipalities', itemId: 'i3' },
  ]);
  expect(groupCounts(rows)).toEqual([
    { label: 'an estimated 1,200 fighters', itemIds: ['i1', 'i2'] },
    { label: 'three municipalities', itemIds: ['i3'] },
  ]);
});

const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

test('axis ticks: years over a long span, months over a year, Mondays over weeks', () => {
  expect(axisTicks(utcDay('2019-01-01'), utcDay('2026-10-20')).map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  expect(axisTicks(utcDay('1900-01-01'), utcDay('2026-10-20')).map((t) => t.label)).toEqual(['1920', '1940', '1960', '1980', '2000', '2020']);
  expect(axisTicks(utcDay('2026-03-01'), utcDay('2026-10-20')).map((t) => t.label)).toEqual(['Apr 2026', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct']);
  expect(axisTicks(utcDay('2026-10-05'), utcDay('2026-10-10')).map((t) => t.label)).toEqual(['5 Oct', '6 Oct', '7 Oct', '8 Oct', '9 Oct', '10 Oct']);
  expect(axisTicks(utcDay('2026-10-01'), utcDay('2026-10-20')).map((t) => t.label)).toEqual(['1 Oct', '3 Oct', '5 Oct', '7 Oct', '9 Oct', '11 Oct', '13 Oct', '15 Oct', '17 Oct', '19 Oct']);
  const weeks = axisTicks(utcDay('2026-09-20'), utcDay('2026-10-20'));
  expect(weeks.map((t) => t.label)).toEqual(['21 Sept', '28 Sept', '5 Oct', '12 Oct', '19 Oct']);
  expect(weeks.every((t) => new Date(t.at).getUTCDay() === 1)).toBe(true);
});

test('a closer axis for the last weeks only when most of a long timeline happened there', () => {
  const entries = (dates: string[]) => placeTimeline(dates.map((date) => ({ date }))).placed;
  expect(recentWindow(entries(['2019', '2026-10-05', '2026-10-07', '2026-10-09', '2026-10-15']))).toEqual({ lo: utcDay('2026-10-05'), hi: utcDay('2026-10-16') });
  expect(recentWindow(entries(['2019', '2021', '2023', '2026-10-05', '2026-10-07']))).toBeNull();
  expect(recentWindow(entries(['2026-10-01', '2026-10-05', '2026-10-07', '2026-10-09']))).toBeNull();
});

test('one sentence read as two things on the same date is one timeline entry with both types', () => {
  const merged = mergeTimeline([
    { date: '2026-10-05', type: 'STATEMENT', label: 'We came to stop the killing', evidence: [{ itemId: 'i1', start: 0 }, { itemId: 'i2', start: 4 }] },
    { date: '2026-10-05', type: 'REJECT', label: 'We came to stop the killing', evidence: [{ itemId: 'i1', start: 0 }] },
    { date: '2026-10-06', type: 'REJECT', label: 'We came to stop the killing', evidence: [{ itemId: 'i3', start: 0 }] },
    { date: '2026-10-05', label: 'Talks opened' },
  ]);
  expect(merged.map((e) => [e.date, e.types, e.label, e.evidence?.map((ev) => ev.itemId)])).toEqual([
    ['2026-10-05', ['STATEMENT', 'REJECT'], 'We came to stop the killing', ['i1', 'i2']],
    ['2026-10-06', ['REJECT'], 'We came to stop the killing', ['i3']],
    ['2026-10-05', [], 'Talks opened', []],
  ]);
});

test('a timeline date says early, mid or late', () => {
  expect(describeEntryDate({ date: '2017', mod: 'END' })).toBe('late 2017');
  expect(describeEntryDate({ date: '2023-10', mod: 'START' })).toBe('early Oct 2023');
  expect(describeEntryDate({ date: '2024-01-25' })).toBe('25 Jan 2024');
});
