// Every ingest door on one batch that mixes good items with bad input: good items land, bad ones are
// quarantined with their reason and position, and the server keeps answering.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { startDesk, type RunningDesk } from '../../src/server/desk.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { defaultSteps } from '../../src/ingest/default-steps.ts';
import { watchDropFolder } from '../../src/ingest/watch.ts';
import { pollOnce } from '../../src/ingest/poll.ts';
import { REPO } from '../shared.ts';
import { badInputs, GOOD_NITF, ninjsItem } from './fixtures.ts';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
let desk: RunningDesk | undefined;
after(async () => desk?.close());

test('POST /v1/items: good items stored, each bad input quarantined with its code, server still answers', async () => {
  desk = await startDesk({ dataDir: tmp('wd-http-'), port: 0 });
  const auth = { authorization: `Bearer ${desk.adminKey}` };
  const post = (body: Uint8Array | string, headers: Record<string, string> = auth) =>
    fetch(`${desk!.url}/v1/items`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body: typeof body === 'string' ? body : Buffer.from(body) });

  assert.equal((await post(ninjsItem(1), {})).status, 401, 'no write without a key');

  const good = [ninjsItem(1), ninjsItem(2), GOOD_NITF];
  for (const g of good) {
    const res = await post(g);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { items: Array<{ outcome: string }> };
    assert.deepEqual(body.items.map((i) => i.outcome), ['stored']);
  }
  for (const bad of badInputs()) {
    const res = await post(bad.bytes, { ...auth, 'x-wiredesk-source': bad.name });
    assert.ok(res.status === 422 || res.status === 413, `${bad.name}: status ${res.status}`);
    if (res.status === 422) {
      const body = (await res.json()) as { failures: Array<{ code: string; message: string }> };
      assert.ok(bad.codes.includes(body.failures[0].code), `${bad.name}: got ${body.failures[0].code}, expected one of ${bad.codes}`);
      assert.ok(body.failures[0].message.length > 10, 'the reason is spelt out');
    }
  }
  // The same item again is a duplicate, not a second copy.
  const again = (await (await post(ninjsItem(1))).json()) as { items: Array<{ outcome: string }> };
  assert.equal(again.items[0].outcome, 'duplicate');

  const list = (await (await fetch(`${desk.url}/v1/items`)).json()) as { items: Array<{ uri: string; 'x-wiredesk': { id: string } }> };
  assert.equal(list.items.length, 3);
  const one = (await (await fetch(`${desk.url}/v1/items/${list.items[0]['x-wiredesk'].id}`)).json()) as { uri: string; 'x-wiredesk': { versions: unknown[] } };
  assert.equal(one.uri, list.items[0].uri);
  assert.equal(one['x-wiredesk'].versions.length, 1);
  const quarantine = (await (await fetch(`${desk.url}/v1/quarantine`, { headers: auth })).json()) as { entries: Array<{ code: string; source: string }> };
  assert.ok(quarantine.entries.length >= 5, `quarantine holds the bad inputs (${quarantine.entries.length})`);
  assert.equal((await fetch(`${desk.url}/healthz`)).status, 200, 'the server still answers');
});

test('wiredesk ingest: a folder of good and bad files; every good item stored, every bad file explained', () => {
  const dir = tmp('wd-cli-in-');
  writeFileSync(join(dir, 'a.json'), ninjsItem(10));
  writeFileSync(join(dir, 'b.json'), ninjsItem(11));
  writeFileSync(join(dir, 'c.xml'), GOOD_NITF);
  for (const bad of badInputs()) writeFileSync(join(dir, bad.name), bad.bytes);
  const data = tmp('wd-cli-data-');
  const run = spawnSync(process.execPath, [join(REPO, 'bin/wiredesk.js'), 'ingest', dir, '--data', data, '--json'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const summary = JSON.parse(run.stdout) as { stored: number; quarantined: number; failures: string[]; read: number };
  assert.equal(summary.read, 9);
  assert.equal(summary.stored, 3);
  assert.equal(summary.quarantined, 6);
  assert.ok(summary.failures.some((f) => f.includes('bomb.xml') && f.includes('ENTITY_EXPANSION')), summary.failures.join('\n'));
  assert.ok(summary.failures.some((f) => f.includes('truncated.xml') && /line \d+/.test(f)), 'malformed XML says where');
  const store = new SqliteStore(join(data, 'wiredesk.db'));
  assert.equal(store.count(), 3);
  assert.equal(store.listQuarantine().length, 6);
  store.close();
});

test('drop folder: files are read once and moved to done/ or failed/ with the reason', () => {
  const dir = tmp('wd-drop-');
  const store = new SqliteStore(join(tmp('wd-drop-data-'), 'w.db'));
  const ingestor = new Ingestor(store, defaultSteps(store.db, { extract: false, stories: false }));
  const lines: string[] = [];
  const watcher = watchDropFolder(dir, ingestor, (l) => lines.push(l), 60_000);
  writeFileSync(join(dir, 'story.xml'), GOOD_NITF);
  writeFileSync(join(dir, 'empty.txt'), '');
  assert.deepEqual(watcher.scan(), [], 'a file is left alone until its size holds still');
  assert.equal(watcher.scan().length, 2);
  watcher.stop();
  assert.deepEqual(readdirSync(join(dir, 'done')), ['story.xml']);
  assert.ok(readdirSync(join(dir, 'failed')).includes('empty.txt'));
  assert.match(readFileSync(join(dir, 'failed', 'empty.txt.error.txt'), 'utf8'), /EMPTY_INPUT/);
  assert.equal(store.count(), 1);
  assert.equal(watcher.scan().length, 0, 'nothing is read twice');
  store.close();
});

test('feed polling: conditional GET; an unchanged feed is one 304 and nothing is stored twice', async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title><link>http://127.0.0.1/</link><description>t</description>
<item><title>Ferry service resumes after storm</title><guid>urn:test:rss:1</guid><pubDate>Tue, 06 Oct 2026 07:00:00 GMT</pubDate><description>Ferries between the islands sailed again on Tuesday.</description></item>
<item><title>Bridge closed for repairs</title><guid>urn:test:rss:2</guid><pubDate>Tue, 06 Oct 2026 08:00:00 GMT</pubDate><description>The old bridge will be closed for three weeks.</description></item>
</channel></rss>`;
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(rss);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.xml`;
  const store = new SqliteStore(join(tmp('wd-poll-'), 'w.db'));
  const ingestor = new Ingestor(store, defaultSteps(store.db, { extract: false, stories: false }));
  const state = {};
  const first = await pollOnce(url, state, ingestor);
  assert.equal(first?.items.length, 2);
  assert.equal(await pollOnce(url, state, ingestor), null, 'second poll is a 304');
  assert.equal(hits, 2);
  assert.equal(store.count(), 2);
  store.close();
  server.close();
});

test('plain text posted with no date of its own is read against the day it arrived', () => {
  const store = new SqliteStore(join(tmp('wd-undated-'), 'w.db'));
  const ingestor = new Ingestor(store, defaultSteps(store.db, { stories: false }));
  const report = ingestor.ingestBytes(Buffer.from('NAIROBI, Kenya (AP) - Rescuers searched the rubble today as the toll rose.'), 'posted.txt');
  const stored = store.get(report.items[0].id)!;
  const arrived = stored.item['x-wiredesk'].receivedAt!.slice(0, 10);
  const timexes = (stored.item['x-wiredesk'].extraction as { timexes: Array<{ text: string; value: string }> }).timexes;
  assert.deepEqual(timexes.map((t) => [t.text, t.value]), [['today', arrived]]);
  store.close();
});
