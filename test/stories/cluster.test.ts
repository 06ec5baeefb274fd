// Streaming story assignment on the sample wire: its five developing stories come out as five stories,
// a republished copy folds into the story of its original with both agencies listed, and the same arrival
// order always gives the same stories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSamples, manifest, sampleFiles } from './helpers.ts';
import { StoryStore } from '../../src/stories/store.ts';
import { abbreviates, itemAgencies } from '../../src/stories/sources.ts';

const { store, storyOf } = loadSamples();

test('every stored item is assigned to a story', () => {
  const unassigned = store.db.prepare(`SELECT uri FROM items WHERE story_id IS NULL`).all();
  assert.deepEqual(unassigned, []);
});

test("the sample wire's five stories come out as five distinct stories that match the manifest", () => {
  const found = new Set<string>();
  for (const s of manifest.stories) {
    // The predicted story holding most of this story's members...
    const votes = new Map<string, number>();
    for (const uri of s.members) if (storyOf.has(uri)) votes.set(storyOf.get(uri)!, (votes.get(storyOf.get(uri)!) ?? 0) + 1);
    const [best, held] = [...votes].sort((a, b) => b[1] - a[1])[0];
    // ...holds at least half of them, and little else.
    assert.ok(held >= s.members.length / 2, `${s.key}: ${held} of ${s.members.length} members in one story (${JSON.stringify([...votes.values()])})`);
    const inBest = [...storyOf].filter(([, id]) => id === best).map(([uri]) => uri);
    const foreign = inBest.filter((uri) => !s.members.includes(uri));
    assert.ok(foreign.length <= inBest.length * 0.2, `${s.key}: story ${best} also holds ${foreign.join(', ')}`);
    assert.ok(!found.has(best), `${s.key} shares its story with another manifest story`);
    found.add(best);
  }
  assert.ok(found.size >= 5);
});

test('no two manifest stories are merged anywhere', () => {
  const keyOf = new Map(manifest.stories.flatMap((s) => s.members.map((m) => [m, s.key] as const)));
  const keysPerStory = new Map<string, Set<string>>();
  for (const [uri, id] of storyOf) {
    const key = keyOf.get(uri);
    if (key) keysPerStory.set(id, new Set([...(keysPerStory.get(id) ?? []), key]));
  }
  for (const [id, keys] of keysPerStory) assert.equal(keys.size, 1, `story ${id} mixes ${[...keys].join(' and ')}`);
});

test('a republished copy folds into the story of its original, marked as its duplicate, with every source listed', () => {
  const stories = new StoryStore(store.db);
  for (const [copy, original] of manifest.republished) {
    assert.equal(storyOf.get(copy), storyOf.get(original), `${copy} is in the story of ${original}`);
    const idOf = (uri: string) => (store.db.prepare(`SELECT id FROM items WHERE uri = ?`).get(uri) as { id: string }).id;
    const [first, second] = [idOf(copy), idOf(original)].map((id) => stories.memberByItem(id)!);
    const later = first.rowid > second.rowid ? first : second;
    const earlier = later === first ? second : first;
    assert.equal(later.duplicateOf, earlier.itemId, 'the copy that came second is marked as a duplicate of the first');
    const story = stories.storyById(storyOf.get(copy)!)!;
    // Each agency by name, or by a code the story lists under its name (src/stories/sources.ts).
    const agencies = (uri: string) => itemAgencies(store.get(idOf(uri))!.item);
    const listed = (name: string) => story.sources[name] >= 1 || Object.keys(story.sources).some((n) => abbreviates(name, n));
    for (const name of [...agencies(copy), ...agencies(original)]) assert.ok(listed(name), `${name} is listed on the story (${JSON.stringify(story.sources)})`);
  }
});

test('the same arrival order gives the same stories; another order still keeps the manifest stories apart', () => {
  const again = loadSamples();
  assert.deepEqual([...again.storyOf].sort(), [...storyOf].sort());
  const reversed = loadSamples([...sampleFiles].reverse());
  const keyOf = new Map(manifest.stories.flatMap((s) => s.members.map((m) => [m, s.key] as const)));
  const keysPerStory = new Map<string, Set<string>>();
  for (const [uri, id] of reversed.storyOf) {
    const key = keyOf.get(uri);
    if (key) keysPerStory.set(id, new Set([...(keysPerStory.get(id) ?? []), key]));
  }
  for (const keys of keysPerStory.values()) assert.equal(keys.size, 1);
});
