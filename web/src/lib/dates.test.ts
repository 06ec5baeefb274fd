import { describe, expect, test } from 'vitest';
import { describeDate, describeDuration, isoWeekStart, timexRange, weekOf } from './dates.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('timexRange', () => {
  test('reads every precision the timeline meets as the span it covers', () => {
    expect(timexRange('2024-01-25')).toEqual({ from: day('2024-01-25'), to: day('2024-01-26') });
    expect(timexRange('2023-10')).toEqual({ from: day('2023-10-01'), to: day('2023-11-01') });
    expect(timexRange('2017-Q4')).toEqual({ from: day('2017-10-01'), to: day('2018-01-01') });
    expect(timexRange('2023-H1')).toEqual({ from: day('2023-01-01'), to: day('2023-07-01') });
    expect(timexRange('2023-SU')).toEqual({ from: day('2023-06-01'), to: day('2023-09-01') });
    expect(timexRange('2014')).toEqual({ from: day('2014-01-01'), to: day('2015-01-01') });
    expect(timexRange('199X')).toEqual({ from: day('1990-01-01'), to: day('2000-01-01') });
    expect(timexRange('198')).toEqual({ from: day('1980-01-01'), to: day('1990-01-01') });
    expect(timexRange('19')).toEqual({ from: day('1900-01-01'), to: day('2000-01-01') });
    expect(timexRange('2024-01-25T10:30:00Z')).toEqual({ from: Date.parse('2024-01-25T10:30:00Z'), to: Date.parse('2024-01-25T10:30:00Z') });
  });

  test('has no range for values without a calendar anchor', () => {
    for (const v of ['PRESENT_REF', 'P3D', 'XXXX-WXX-4', 'XXXX-10-05', '', undefined]) expect(timexRange(v)).toBeNull();
  });

  test('an ISO week starts on its Monday', () => {
    expect(timexRange('2023-W42')).toEqual({ from: day('2023-10-16'), to: day('2023-10-23') });
    expect(isoWeekStart(2021, 1)).toBe(day('2021-01-04'));
    expect(isoWeekStart(2026, 1)).toBe(day('2025-12-29'));
  });
});

test('weekOf gives the Monday of the week a moment falls in', () => {
  expect(weekOf(Date.parse('2026-10-08T15:00:00Z'))).toBe(day('2026-10-05'));
  expect(weekOf(day('2026-10-05'))).toBe(day('2026-10-05'));
  expect(weekOf(Date.parse('2026-10-11T23:59:59Z'))).toBe(day('2026-10-05'));
});

describe('describeDate', () => {
  test('says a date at its own precision', () => {
    expect(describeDate('2024-01-25')).toBe('25 Jan 2024');
    expect(describeDate('2023-10')).toBe('Oct 2023');
    expect(describeDate('2014')).toBe('2014');
    expect(describeDate('198')).toBe('the 1980s');
    expect(describeDate('19')).toBe('the 1900s');
    expect(describeDate('2017-Q4')).toBe('Q4 2017');
    expect(describeDate('2023-W42')).toBe('week 42 2023');
    expect(describeDate('2024-01-25T10:30:00Z')).toBe('25 Jan 2024, 10:30 UTC');
  });

  test('says what is known of a date the reader could not anchor', () => {
    expect(describeDate('XXXX-WXX-4')).toBe('a Thursday');
    expect(describeDate('XXXX-10-05')).toBe('5 Oct, year unknown');
    expect(describeDate('PRESENT_REF')).toBe('now');
    expect(describeDate('something else')).toBe('something else');
  });
});

test('describeDuration puts ISO 8601 durations in words', () => {
  expect(describeDuration('PT25M')).toBe('25 minutes');
  expect(describeDuration('P1Y6M')).toBe('1 year 6 months');
  expect(describeDuration('P1D')).toBe('1 day');
  expect(describeDuration('PT36H')).toBe('36 hours');
  expect(describeDuration('PXW')).toBe('some weeks');
  expect(describeDuration('P')).toBe('P');
  expect(describeDuration('soon')).toBe('soon');
});
