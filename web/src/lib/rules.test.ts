import { expect, test } from 'vitest';
import { alertName, ruleFromFilters } from './rules.ts';

test('a search becomes the rule that matches the same items', () => {
  expect(ruleFromFilters({ q: 'earthquake', urgency: '3' })).toBe('text ~ "earthquake" AND urgency <= 3');
  expect(ruleFromFilters({ source: 'AFP', place: 'Lima', entity: 'Red Cross', story: 'st-1' })).toBe('source = "AFP" AND place = "Lima" AND entity = "Red Cross" AND story = "st-1"');
});

test('quotes and backslashes in a search are escaped, blanks and odd urgencies dropped', () => {
  expect(ruleFromFilters({ q: ' "dam" \\ burst ' })).toBe('text ~ "\\"dam\\" \\\\ burst"');
  expect(ruleFromFilters({ q: '  ', urgency: 'high' })).toBe('');
  expect(ruleFromFilters({})).toBe('');
});

test('the alert is named after the search in words', () => {
  expect(alertName({ q: 'earthquake', urgency: '3' })).toBe('“earthquake”, urgency ≤ 3');
  expect(alertName({ urgency: '1', place: 'Lima' })).toBe('flashes, Lima');
  expect(alertName({})).toBe('Everything');
});
