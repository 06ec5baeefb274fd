import { describe, expect, test } from 'vitest';
import type { Extraction } from '../api.ts';
import { marksOf, quotesOf, segments } from './marks.ts';

const text = '"Norges Bank will raise rates on Thursday by 25 basis points," Ida Wolden Bache said.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const extraction: Extraction = {
  timexes: [{ ...span('Thursday'), type: 'DATE', value: 'XXXX-WXX-4' }],
  entities: [
    { ...span('Norges Bank'), type: 'ORG', id: 'Norges Bank' },
    { ...span('Ida Wolden Bache'), type: 'PERSON', id: 'Ida Wolden Bache' },
  ],
  quantities: [{ ...span('25 basis points'), value: 25, unit: 'basis points', approx: false, bound: '=' }],
  quotes: [{ start: 0, end: text.indexOf(' Ida'), speaker: 'Ida Wolden Bache', kind: 'direct', cue: 'said' }],
};

describe('marksOf', () => {
  test('every date, name and count becomes a mark saying what it was read as', () => {
    const marks = marksOf(extraction);
    expect(marks.map((m) => [text.slice(m.start, m.end), m.kind, m.title])).toEqual([
      ['Norges Bank', 'entity', 'organisation: Norges Bank'],
      ['Thursday', 'date', 'date: a Thursday (XXXX-WXX-4)'],
      ['25 basis points', 'count', 'count: 25 basis points'],
      ['Ida Wolden Bache', 'entity', 'person: Ida Wolden Bache'],
    ]);
    expect(marks[0].entityId).toBe('Norges Bank');
    expect(marks[3].subtype).toBe('person');
  });

  test('durations, bounds and approximate counts are said in words', () => {
    const marks = marksOf({
      timexes: [{ start: 0, end: 16, type: 'DURATION', value: 'PT25M', mod: 'APPROX' }],
      quantities: [{ start: 20, end: 40, value: 150, unit: 'attacks', approx: true, bound: '>' }],
    });
    expect(marks.map((m) => m.title)).toEqual(['duration: 25 minutes (PT25M), approx', 'count: > about 150 attacks']);
  });

  test('an item that could not be read has no marks', () => {
    expect(marksOf(undefined)).toEqual([]);
    expect(marksOf({ error: 'EXTRACT_FAILED' } as unknown as Extraction)).toEqual([]);
    expect(quotesOf({ error: 'EXTRACT_FAILED' } as unknown as Extraction)).toEqual([]);
  });
});

test('quotesOf names the speaker, or says it is unknown', () => {
  expect(quotesOf(extraction)[0].title).toBe('direct quote — speaker: Ida Wolden Bache (said)');
  expect(quotesOf({ quotes: [{ start: 0, end: 5, kind: 'partial' }] })[0].title).toBe('partial quote — speaker unknown');
});

describe('segments', () => {
  test('cut a paragraph into runs that rebuild it, marks inside the quote they fall in', () => {
    const segs = segments(0, text.length, marksOf(extraction), quotesOf(extraction));
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const norges = segs.find((s) => s.mark?.entityId === 'Norges Bank');
    expect(norges?.quote?.speaker).toBe('Ida Wolden Bache');
    const speaker = segs.find((s) => s.mark?.entityId === 'Ida Wolden Bache');
    expect(speaker?.quote).toBeUndefined();
  });

  test('overlapping marks: the earliest wins, and of two starting together the longer', () => {
    const segs = segments(0, 30, [
      { start: 0, end: 12, kind: 'entity', title: 'org: A' },
      { start: 0, end: 5, kind: 'entity', title: 'org: B' },
      { start: 10, end: 20, kind: 'date', title: 'date: C' },
      { start: 22, end: 25, kind: 'count', title: 'count: D' },
    ].sort((a, b) => a.start - b.start || b.end - a.end) as ReturnType<typeof marksOf>, []);
    expect(segs.filter((s) => s.mark).map((s) => s.mark!.title)).toEqual(['org: A', 'count: D']);
  });

  test('marks outside the paragraph are left to the paragraph they belong to', () => {
    const segs = segments(10, 20, [{ start: 2, end: 8, kind: 'date', title: 'date: x' }, { start: 18, end: 25, kind: 'date', title: 'date: y' }], []);
    expect(segs).toEqual([{ start: 10, end: 20, mark: undefined, quote: undefined }]);
  });
});
