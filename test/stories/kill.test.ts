// A kill or a withdrawal is a new version of an item that already has a story: it takes the item out of what
// the story shows (items, sources, title, events, counts), and a story with nothing left to show is not listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { extractItem } from '../../src/extract/pipeline.ts';
import { StoryAssigner } from '../../src/stories/cluster.ts';
import type { Item } from '../../src/item/types.ts';

const QUAKE = 'A strong earthquake struck southern Peru near Arequipa on Monday, killing at least 14 people and ' +
  'damaging hundreds of homes, Peru civil defence officials said. Rescuers searched collapsed houses in Arequipa. ' +
  'Peru asked Japan for aid and Japan pledged $2 million to help Peru.';

function wireItem(uri: string, version: number, time: string, headline: string, text: string, agency: string, status: Item['pubStatus'] = 'usable'): Item {
  return {
    uri,
    version: String(version),
    versionCreated: time,
    pubStatus: status,
    headlines: [{ value: headline }],
    infoSources: [{ name: agency }],
    'x-wiredesk': { format: 'test', text },
  };
}

function desk() {
  const store = new SqliteStore(':memory:');
  const assigner = new StoryAssigner(store.db);
  let next: Item[] = [];
  const ingestor = new Ingestor(store, {
    parse: () => ({ format: 'test', items: next, failures: [] }),
    extract: extractItem,
    assignStory: (stored) => assigner.assign(stored).storyId,
  });
  const send = (...items: Item[]) => {
    next = items;
    return ingestor.ingestBytes(new Uint8Array([1]), 'test').items;
  };
  const listed = () => assigner.stories.page(100);
  return { store, stories: assigner.stories, send, listed };
}

const lead = wireItem('urn:test:quake-1', 1, '2026-10-05T10:00:00Z', 'Earthquake kills 14 in southern Peru', QUAKE, 'MP');
const follow = wireItem('urn:test:quake-2', 1, '2026-10-05T12:00:00Z', 'Peru quake toll rises as rescuers search Arequipa', QUAKE.replace('14', '20') + ' More bodies were found.', 'NW');
const kill = (item: Item, status: Item['pubStatus'] = 'canceled') =>
  wireItem(item.uri, Number(item.version) + 1, '2026-10-05T13:00:00Z', 'KILL-' + item.headlines![0].value, '', item.infoSources![0].name!, status);

test('a kill of the item that named a story hides it: count, sources, title and events follow the items left', () => {
  const { store, stories, send, listed } = desk();
  const [a] = send(lead);
  const [b] = send(follow);
  assert.equal(a.storyId, b.storyId, 'the follow-up joins the lead');
  const before = stories.storyById(a.storyId!)!;
  assert.equal(before.itemCount, 2);
  assert.deepEqual(Object.keys(before.sources).sort(), ['MP', 'NW']);
  assert.ok(stories.events({ storyId: a.storyId!, limit: 100 }).some((e) => e.itemId === a.id), 'the lead has coded events');

  const [k] = send(kill(lead));
  assert.equal(k.storyId, a.storyId, 'the kill is a version of an item in the story, not a story of its own');
  const after = stories.storyById(a.storyId!)!;
  assert.equal(after.itemCount, 1);
  assert.deepEqual(after.sources, { NW: 1 });
  assert.equal(after.title, follow.headlines![0].value, 'the killed headline no longer names the story');
  assert.ok(!listed().some((s) => s.title?.startsWith('KILL-')));
  const killedEvents = stories.events({ storyId: a.storyId!, limit: 100 }).filter((e) => e.itemId === a.id);
  assert.deepEqual(killedEvents, [], "the killed item's events leave /v1/events");
  assert.equal(store.get(a.id)!.item.pubStatus, 'canceled');
});

test('a story whose items are all killed is not listed; an item that comes back (withheld, then usable) is', () => {
  const { send, listed, stories } = desk();
  const [a] = send(lead);
  assert.deepEqual(listed().map((s) => s.id), [a.storyId]);
  send(kill(lead, 'withheld'));
  assert.deepEqual(listed(), []);
  assert.equal(stories.storyById(a.storyId!)!.itemCount, 0);
  send(wireItem(lead.uri, 3, '2026-10-05T14:00:00Z', lead.headlines![0].value, QUAKE, 'MP'));
  assert.deepEqual(listed().map((s) => [s.id, s.itemCount, s.title]), [[a.storyId, 1, lead.headlines![0].value]]);
});

test('a kill that arrives before the item it kills opens no visible story', () => {
  const { send, listed } = desk();
  send(kill(lead));
  const [late] = send(lead);
  assert.equal(late.outcome, 'superseded-older', 'the original, arriving late, stays in history');
  assert.deepEqual(listed(), []);
});
