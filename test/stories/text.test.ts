// What an item is compared by: the slug counts like the headline, headline shorthand meets its long form,
// and magnitudes ("million", "at least") say nothing about which story an item belongs to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTerms, featuresOf } from '../../src/stories/text.ts';
import { loadSamples, manifest } from './helpers.ts';
import type { Item } from '../../src/item/types.ts';

test('shorthand and magnitudes', () => {
  assert.deepEqual(contentTerms('Earthquake'), contentTerms('quake'));
  assert.deepEqual(contentTerms('sismo'), contentTerms('quakes'));
  assert.deepEqual(contentTerms('pledged $12 million, at least 29 dead'), ['pledg', 'dead']);
});

test("the slug's words are terms of the item, weighted like the headline", () => {
  const item: Item = { uri: 'urn:t', slugline: 'BC-Peru-Quake-Shelters', headlines: [{ value: 'Japan adds money for tents' }], 'x-wiredesk': { format: 'test', text: 'Tents and blankets.' } };
  const { terms } = featuresOf(item);
  assert.equal(terms.get('peru'), 2);
  assert.equal(terms.get('quak'), 2);
  assert.equal(terms.get('shelter'), 2);
  assert.equal(terms.has('bc'), false);
});

test('the sample quake story holds its sidebars: the aid pledges join the quake, not a story of their own', () => {
  const { storyOf } = loadSamples();
  const quake = manifest.stories.find((s) => s.key === 'quake')!;
  const votes = new Map<string, number>();
  for (const uri of quake.members) votes.set(storyOf.get(uri)!, (votes.get(storyOf.get(uri)!) ?? 0) + 1);
  const main = [...votes].sort((a, b) => b[1] - a[1])[0][0];
  assert.ok(votes.get(main)! >= 7, `quake members per story: ${JSON.stringify([...votes.values()])}`);
  assert.equal(storyOf.get('urn:meridian:2026:quake-peru-aid'), main);
});
