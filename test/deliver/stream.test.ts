// The live stream: items arrive as Server-Sent Events; a client that reconnects with Last-Event-ID gets
// exactly what it missed, then the live feed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDesk } from '../../src/server/desk.ts';
import { ninjsItem } from '../ingest/fixtures.ts';
import { collectSse } from './helpers.ts';

/** Opens the live stream (resuming after `lastEventId` when given) and resolves with the first `count` events. */
const collect = (url: string, count: number, lastEventId?: string) =>
  collectSse(`${url}/v1/stream`, count, lastEventId ? { 'last-event-id': lastEventId } : {}).done;

test('SSE delivers stored items live, and a reconnecting client resumes without gaps', async () => {
  const desk = await startDesk({ dataDir: mkdtempSync(join(tmpdir(), 'wd-sse-')), port: 0 });
  const post = (n: number) =>
    fetch(`${desk.url}/v1/items`, { method: 'POST', headers: { authorization: `Bearer ${desk.adminKey}` }, body: ninjsItem(n) }).then((r) => r.json());
  try {
    const first = collect(desk.url, 3);
    await new Promise((r) => setTimeout(r, 100));
    for (const n of [1, 2, 3]) await post(n);
    const live = await first;
    assert.deepEqual(live.map((e) => e.uri), ['urn:test:wiredesk:1', 'urn:test:wiredesk:2', 'urn:test:wiredesk:3']);

    // While the client is away, two more items land; it reconnects from the last id it saw.
    for (const n of [4, 5]) await post(n);
    const resumed = collect(desk.url, 3, live[2].id);
    await new Promise((r) => setTimeout(r, 100));
    await post(6);
    const got = await resumed;
    assert.deepEqual(got.map((e) => e.uri), ['urn:test:wiredesk:4', 'urn:test:wiredesk:5', 'urn:test:wiredesk:6']);
    assert.ok(Number(got[0].id) > Number(live[2].id));
  } finally {
    await desk.close();
  }
});
