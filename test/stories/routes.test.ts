// The story API answers in the shapes the desk reads (web/src/api.ts: StorySummary, TimelineEntry, EventRecord,
// Evidence), on the sample wire loaded the way `npm start` loads it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDesk } from '../../src/server/desk.ts';

const desk = await startDesk({ dataDir: mkdtempSync(join(tmpdir(), 'wd-stories-')), port: 0, loadSamples: true });
after(() => desk.close());
const get = async (path: string) => {
  const res = await fetch(desk.url + path);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

test('GET /v1/stories: newest activity first, with sources, counts and a cursor', async () => {
  const { status, body } = await get('/v1/stories?limit=3');
  assert.equal(status, 200);
  assert.equal(body.stories.length, 3);
  for (const s of body.stories) {
    assert.equal(typeof s.id, 'string');
    assert.equal(typeof s.itemCount, 'number');
    assert.ok(Array.isArray(s.sources) && s.sources.every((x: any) => typeof x.name === 'string' && x.count >= 1));
  }
  const rest = await get(`/v1/stories?limit=500&cursor=${body.next}`);
  const all = [...body.stories, ...rest.body.stories];
  assert.equal(new Set(all.map((s) => s.id)).size, all.length, 'pages do not overlap');
  const dated = all.filter((s) => s.lastActivity);
  for (let i = 1; i < dated.length; i++) assert.ok(dated[i - 1].lastActivity >= dated[i].lastActivity, 'newest activity first');
  assert.equal((await get('/v1/stories?limit=0')).body.error.code, 'BAD_QUERY');
  assert.equal((await get('/v1/stories?cursor=nonsense')).body.error.code, 'BAD_CURSOR');
});

test('GET /v1/stories/:id: items, sources, entities, quotes, counts; /v1/items?story= lists the same items', async () => {
  const { body: list } = await get('/v1/stories?limit=500');
  const big = list.stories.sort((a: any, b: any) => b.itemCount - a.itemCount)[0];
  const { status, body } = await get(`/v1/stories/${big.id}`);
  assert.equal(status, 200);
  assert.equal(body.id, big.id);
  assert.ok(body.items.length >= 4);
  for (const i of body.items) assert.equal(i['x-wiredesk'].storyId, big.id);
  assert.ok(body.entities.length > 0 && body.entities.every((e: any) => e.id && e.count >= 1));
  assert.ok(body.quotes.every((q: any) => q.speaker && q.text && q.itemId));
  assert.ok(body.counts.every((c: any) => typeof c.value === 'number' && c.itemId));
  const viaItems = await get(`/v1/items?story=${big.id}&limit=500`);
  assert.deepEqual(viaItems.body.items.map((i: any) => i['x-wiredesk'].id).sort(), body.items.map((i: any) => i['x-wiredesk'].id).sort());
  assert.equal((await get('/v1/stories/no-such-story')).status, 404);
});

test('GET /v1/stories/:id/timeline: dated entries in date order, each with evidence in an item of the story', async () => {
  const { body: list } = await get('/v1/stories?limit=500');
  let checked = 0;
  for (const s of list.stories.filter((x: any) => x.itemCount >= 3)) {
    const { status, body } = await get(`/v1/stories/${s.id}/timeline`);
    assert.equal(status, 200);
    const story = await get(`/v1/stories/${s.id}`);
    const ids = new Set(story.body.items.map((i: any) => i['x-wiredesk'].id));
    for (const e of body.entries) {
      assert.match(e.date, /^\d{4}/);
      assert.equal(typeof e.label, 'string');
      assert.ok(e.evidence.length >= 1 && e.evidence.every((ev: any) => ids.has(ev.itemId) && ev.end > ev.start));
    }
    checked += body.entries.length;
  }
  assert.ok(checked > 0, 'the sample stories have dated entries');
});

test('GET /v1/entities/:id: aliases, mentions per day, quotes by them, related entities', async () => {
  const { body: story } = await get(`/v1/stories?limit=500`);
  const withQuotes = [];
  for (const s of story.stories) withQuotes.push(...(await get(`/v1/stories/${s.id}`)).body.quotes);
  const speaker = withQuotes.find((q: any) => q.speaker !== 'unknown speaker')?.speaker;
  assert.ok(speaker, 'someone is quoted on the sample wire');
  const { status, body } = await get(`/v1/entities/${encodeURIComponent(speaker)}`);
  assert.equal(status, 200);
  assert.equal(body.id, speaker);
  assert.ok(Array.isArray(body.aliases));
  assert.ok(body.mentions.length >= 1 && body.mentions.every((m: any) => /^\d{4}-\d{2}-\d{2}$/.test(m.date) && m.count >= 1));
  assert.ok(body.quotes.length >= 1 && body.quotes.every((q: any) => q.speaker === speaker));
  assert.ok(Array.isArray(body.related));
  assert.equal((await get('/v1/entities/Nobody%20At%20All')).status, 404);
});

test('GET /v1/events: filters, counts per week by type/actor/place with the items behind them', async () => {
  const { status, body } = await get('/v1/events?groupBy=week&by=type&limit=5000');
  assert.equal(status, 200);
  assert.ok(Array.isArray(body.events));
  for (const e of body.events) assert.ok(typeof e.type === 'string' && typeof e.itemId === 'string');
  const total = body.buckets.reduce((n: number, b: any) => n + b.count, 0);
  assert.equal(total, body.events.filter((e: any) => e.date).length, 'every dated event is counted once by type');
  for (const b of body.buckets) assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(b.bucket) && new Date(b.bucket + 'T00:00:00Z').getUTCDay() === 1 && b.itemIds.length >= 1);
  if (body.events.length) {
    const type = body.events[0].type;
    const only = await get(`/v1/events?type=${type}`);
    assert.ok(only.body.events.length >= 1 && only.body.events.every((e: any) => e.type === type));
  }
  assert.equal((await get('/v1/events?groupBy=month')).body.error.code, 'BAD_QUERY');
  assert.equal((await get('/v1/events?since=yesterday')).body.error.code, 'BAD_QUERY');
  assert.equal((await get('/v1/events?by=colour')).body.error.code, 'BAD_QUERY');
});

test('a killed sample item is no story: no "KILL-" title is listed, and its story has nothing to show', async () => {
  const { body } = await get('/v1/stories?limit=500');
  assert.ok(!body.stories.some((s: any) => /^KILL-/.test(s.title ?? '') || /malaria/i.test(s.title ?? '')), body.stories.map((s: any) => s.title).join(' | '));
  const killed = await get('/v1/items?hidden=true&limit=500');
  const item = (killed.body.items as any[]).find((i) => i.uri === 'urn:meridian:2026:wrong-test-item');
  assert.equal(item?.pubStatus, 'canceled');
  const storyId = item['x-wiredesk'].storyId;
  assert.ok(storyId, 'the item got its story before the kill came');
  assert.equal((await get(`/v1/stories/${storyId}`)).body.error.code, 'NOT_FOUND');
  assert.equal((await get(`/v1/stories/${storyId}/timeline`)).status, 404);
  for (const s of body.stories) assert.ok(s.sources.every((x: any) => !/ - /.test(x.name)), `${s.title}: ${JSON.stringify(s.sources)}`);
});

test('within a story a surname quoted in one item is the person named in full in another', async () => {
  const { body: list } = await get('/v1/stories?limit=500');
  let merged = 0;
  for (const s of list.stories) {
    const { body } = await get(`/v1/stories/${s.id}`);
    const people: string[] = body.entities.filter((e: any) => e.type === 'PERSON').map((e: any) => e.id);
    const speakers = new Set<string>(body.quotes.map((q: any) => q.speaker));
    for (const lone of people.filter((p) => !/\s/.test(p))) {
      const ends = people.filter((p) => /\s/.test(p) && p.toLowerCase().endsWith(` ${lone.toLowerCase()}`));
      assert.notEqual(ends.length, 1, `${s.title}: "${lone}" stands beside "${ends[0]}"`);
    }
    for (const sp of speakers) {
      if (/\s/.test(sp)) continue;
      assert.ok(![...speakers].some((o) => o !== sp && o.toLowerCase().endsWith(` ${sp.toLowerCase()}`)), `${s.title}: speaker "${sp}" beside its full name`);
    }
    merged += [...speakers].filter((sp) => /\s/.test(sp)).length;
  }
  assert.ok(merged > 0, 'the sample wire quotes people by full name');
  // The entity page's related names follow the same rule, counting items that name either form.
  let checked = 0;
  for (const s of list.stories) {
    const { body } = await get(`/v1/stories/${s.id}`);
    for (const place of body.entities.filter((e: any) => e.type === 'GPE').slice(0, 3)) {
      const { body: entity } = await get(`/v1/entities/${encodeURIComponent(place.id)}`);
      if (entity.related.some((r: any) => r.type === 'PERSON' && /\s/.test(r.id))) checked++;
      const people: string[] = entity.related.filter((r: any) => r.type === 'PERSON').map((r: any) => r.id);
      for (const lone of people.filter((n) => !/\s/.test(n)))
        assert.notEqual(people.filter((n) => n.toLowerCase().endsWith(` ${lone.toLowerCase()}`)).length, 1, `${place.id}: "${lone}" beside its full name`);
    }
  }
  assert.ok(checked > 0, 'some place appears with people named in full');
});
