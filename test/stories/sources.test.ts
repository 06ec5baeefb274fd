// A story lists each agency once, by name: spellings differing in case are one agency, a feed's service
// suffix is dropped, and a code gives way to the name it abbreviates when the story's items give both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviates, itemAgencies, mergeAgencies, withoutService } from '../../src/stories/sources.ts';
import { loadSamples } from './helpers.ts';
import { StoryStore } from '../../src/stories/store.ts';
import type { Item } from '../../src/item/types.ts';

test('codes abbreviate the names they stand for, and only those', () => {
  assert.ok(abbreviates('MP', 'Meridian Press'));
  assert.ok(abbreviates('NW', 'Northwire'));
  assert.ok(abbreviates('ASUR', 'Agencia Sur'));
  assert.ok(abbreviates('bnd', 'Baltic News Desk'));
  assert.ok(!abbreviates('GNA', 'Meridian Press'));
  assert.ok(!abbreviates('BND', 'Agencia Sur'));
  assert.ok(!abbreviates('MP', 'MPX'), 'a code never expands to another code');
  assert.equal(withoutService('Baltic News Desk - world service'), 'Baltic News Desk');
  assert.equal(withoutService('Agence France-Presse'), 'Agence France-Presse');
});

test('merging: case, service suffixes and code/name pairs become one row each, counts added', () => {
  const merged = mergeAgencies(Object.entries({ bnd: 1, BND: 2, 'Baltic News Desk - world service': 1, MP: 2, 'Meridian Press': 1, GNA: 1, Reuters: 1 }));
  assert.deepEqual(Object.fromEntries(merged), { 'Baltic News Desk': 4, 'Meridian Press': 3, GNA: 1, Reuters: 1 });
  // Two names a code could stand for: it is left as it is rather than guessed.
  assert.deepEqual(Object.fromEntries(mergeAgencies(Object.entries({ MP: 1, 'Meridian Press': 1, 'Morning Post': 1 }))), { MP: 1, 'Meridian Press': 1, 'Morning Post': 1 });
});

test('one item that gives a name and its code counts once, under the name; a distributor stays a source of its own', () => {
  const item = (infoSources: string[], dateline: string[], copyrightHolder?: string): Item => ({
    uri: 'urn:test:x',
    infoSources: infoSources.map((name) => ({ name })),
    copyrightHolder,
    'x-wiredesk': { format: 'test', text: '', dateline: { sources: dateline } },
  }) as Item;
  assert.deepEqual(itemAgencies(item(['MP'], ['MP'], 'Meridian Press')), ['Meridian Press']);
  assert.deepEqual(itemAgencies(item(['Meridian Press - Americas and world'], ['BND'])).sort(), ['BND', 'Meridian Press']);
  assert.deepEqual(itemAgencies(item(['bnd'], ['BND'])), ['BND']);
});

test('on the sample wire no story lists one agency twice', () => {
  const { store } = loadSamples();
  const stories = new StoryStore(store.db).page(500);
  assert.ok(stories.length > 5);
  for (const s of stories) {
    const names = Object.keys(s.sources);
    const lower = names.map((n) => n.toLowerCase());
    assert.equal(new Set(lower).size, names.length, `${s.title}: ${names.join(', ')}`);
    assert.ok(names.every((n) => withoutService(n) === n), `${s.title}: a service suffix in ${names.join(', ')}`);
    for (const code of names) assert.ok(!names.some((n) => n !== code && abbreviates(code, n)), `${s.title}: ${code} listed beside its name (${names.join(', ')})`);
  }
  const havana = stories.find((s) => s.title?.includes('Havana'))!;
  assert.ok(havana.sources['Meridian Press'] >= 2 && !('MP' in havana.sources), JSON.stringify(havana.sources));
});
