// What a newcomer gets from `npm start`: the sample wire loaded once into a fresh data folder, served at / and /v1/items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDesk } from '../../src/server/desk.ts';

test('the sample wire loads once into a fresh data folder and is served', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wd-desk-'));
  const first = await startDesk({ dataDir, port: 0, loadSamples: true });
  try {
    assert.ok(first.adminKey, 'a local admin key is created on first start');
    assert.ok(first.samples && first.samples.items >= 40, `sample items read: ${first.samples?.items}`);
    assert.equal(first.samples!.quarantined, 0, 'every sample file is readable');
    const page = await fetch(`${first.url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /html/);
    const wire = (await (await fetch(`${first.url}/v1/items?limit=500`)).json()) as { items: Array<{ urgency?: number; pubStatus?: string }> };
    assert.equal(wire.items.length, first.samples!.stored - 1, 'every distinct item is on the wire but the killed one');
    assert.ok(wire.items.filter((i) => i.urgency === 1).length >= 2, 'at least two flashes');
    assert.ok(wire.items.every((i) => i.pubStatus !== 'canceled'), 'a killed item is not on the wire');
    const killed = (await (await fetch(`${first.url}/v1/items?hidden=true&limit=500`)).json()) as { items: Array<{ pubStatus?: string }> };
    assert.ok(killed.items.some((i) => i.pubStatus === 'canceled'), 'the kill is kept, out of default reads');
    // The brief view: same rows in the same order, without bodies or extraction, for list pages.
    type Row = { uri: string; bodies?: unknown; 'x-wiredesk': { text: string; extraction?: unknown; dateline?: unknown } };
    const full = (await (await fetch(`${first.url}/v1/items?limit=20`)).json()) as { items: Row[] };
    const briefRes = await fetch(`${first.url}/v1/items?limit=20&view=brief`);
    const brief = (await briefRes.json()) as { items: Row[] };
    assert.deepEqual(brief.items.map((i) => i.uri), full.items.map((i) => i.uri));
    assert.ok(full.items.some((i) => i['x-wiredesk'].extraction), 'full rows carry what was read');
    assert.ok(brief.items.every((i) => !i['x-wiredesk'].extraction && !i.bodies && i['x-wiredesk'].text.length <= 200));
    assert.deepEqual(brief.items.map((i) => i['x-wiredesk'].dateline), full.items.map((i) => i['x-wiredesk'].dateline));
    assert.equal((await fetch(`${first.url}/v1/items?view=tiny`)).status, 400);
    const api = (await (await fetch(`${first.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(api.openapi, '3.1.0');
    assert.ok(api.paths['/v1/items']);
  } finally {
    await first.close();
  }
  const second = await startDesk({ dataDir, port: 0, loadSamples: true });
  try {
    assert.equal(second.samples, null, 'samples are not loaded twice');
    assert.equal(second.adminKey, null, 'the admin key is only shown once');
  } finally {
    await second.close();
  }
});

test('GET /v1/items rejects bad filters with a clear error', async () => {
  const desk = await startDesk({ dataDir: mkdtempSync(join(tmpdir(), 'wd-desk-')), port: 0 });
  try {
    for (const q of ['urgency=0', 'urgency=x', 'since=yesterday', 'limit=100000', 'cursor=nonsense']) {
      const res = await fetch(`${desk.url}/v1/items?${q}`);
      assert.equal(res.status, 400, q);
      const body = (await res.json()) as { error: { code: string; message: string } };
      assert.ok(body.error.code && body.error.message.length > 10, q);
    }
    assert.equal((await fetch(`${desk.url}/v1/items/nope`)).status, 404);
  } finally {
    await desk.close();
  }
});
