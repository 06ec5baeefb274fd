// Subscriptions over HTTP: keys and scopes, the desk's own request, clear errors, and every channel but webhooks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { api, collectSse, flashItem, postItem, startTestDesk, wireItem } from './helpers.ts';

test('writes need a key with the subscribe scope; a key sees only its own subscriptions', async () => {
  const desk = await startTestDesk();
  try {
    const body = { name: 'Flashes', rule: 'urgency<=1' };
    const none = await api(desk, 'POST', '/v1/subscriptions', null, body);
    assert.equal(none.status, 401);
    assert.equal(none.json.error.code, 'NO_KEY');
    const wrong = await api(desk, 'POST', '/v1/subscriptions', desk.keys.read, body);
    assert.equal(wrong.status, 403);
    assert.equal(wrong.json.error.code, 'WRONG_SCOPE');
    const bad = await api(desk, 'POST', '/v1/subscriptions', 'wdk_not_a_key', body);
    assert.equal(bad.status, 401);
    assert.equal(bad.json.error.code, 'BAD_KEY');

    const made = await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, body);
    assert.equal(made.status, 201);
    assert.match(made.json.id, /^sub_/);
    assert.equal(made.json.ruleText, 'urgency<=1');

    // The admin sees it; another subscribe key does not, and cannot delete it.
    const all = await api(desk, 'GET', '/v1/subscriptions', desk.keys.admin);
    assert.deepEqual(all.json.subscriptions.map((s: { id: string }) => s.id), [made.json.id]);
    const readList = await api(desk, 'GET', '/v1/subscriptions', desk.keys.read);
    assert.equal(readList.status, 403);
    const other = (await api(desk, 'POST', '/v1/subscriptions', desk.keys.admin, { name: 'x', rule: 'place:Iraq' })).json.id;
    const mine = await api(desk, 'GET', '/v1/subscriptions', desk.keys.subscribe);
    assert.deepEqual(mine.json.subscriptions.map((s: { id: string }) => s.id), [made.json.id]);
    assert.equal((await api(desk, 'DELETE', `/v1/subscriptions/${other}`, desk.keys.subscribe)).status, 404);
    assert.equal((await api(desk, 'DELETE', `/v1/subscriptions/${made.json.id}`, null)).status, 401);
    assert.equal((await api(desk, 'DELETE', `/v1/subscriptions/${made.json.id}`, desk.keys.subscribe)).status, 204);
    assert.equal((await api(desk, 'GET', `/v1/subscriptions/${made.json.id}`, desk.keys.subscribe)).status, 404);
  } finally {
    await desk.close();
  }
});

test('bad rules and bad bodies get clear errors: code, what, where', async () => {
  const desk = await startTestDesk();
  try {
    const post = (body: unknown) => api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, body);
    const typo = await post({ name: 'x', rule: 'urgency<=3 AND plcae:Iraq' });
    assert.equal(typo.status, 400);
    assert.equal(typo.json.error.code, 'BAD_RULE');
    assert.match(typo.json.error.message, /column 16/);
    assert.match(typo.json.error.message, /unknown field "plcae"; did you mean "place"/);
    const json = await post({ name: 'x', rule: { all: [{ field: 'urgency', op: '<=', value: 3 }, { field: 'place', op: '>', value: 'iraq' }] } });
    assert.equal(json.json.error.code, 'BAD_RULE');
    assert.match(json.json.error.message, /\$\.all\[1\]/);
    assert.match((await post({ name: 'x', rule: 'urgency<=12' })).json.error.message, /urgency is an integer from 1 \(flash\) to 9/);
    assert.match((await post({ name: 'x', rule: 'place:"Iraq' })).json.error.message, /never closed/);
    const notJson = await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, '{name:');
    assert.equal(notJson.json.error.code, 'BAD_JSON');
    const channel = await post({ name: 'x', rule: 'urgency<=1', channel: { type: 'pigeon' } });
    assert.equal(channel.json.error.code, 'BAD_CHANNEL');
    assert.match(channel.json.error.message, /sse, ws, feed, webhook/);
  } finally {
    await desk.close();
  }
});

test('webhooks to loopback or private addresses are refused by default (SSRF guard)', async () => {
  const desk = await startTestDesk();
  try {
    for (const url of ['http://127.0.0.1:9/hook', 'http://10.0.0.1/hook', 'http://[::1]/hook', 'http://169.254.169.254/latest', 'http://localhost:9/hook']) {
      const res = await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'x', rule: 'urgency<=1', channel: { type: 'webhook', url } });
      assert.equal(res.status, 400, url);
      assert.equal(res.json.error.code, 'TARGET_PRIVATE', url);
    }
    // Only an admin may let one through.
    const asUser = await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'x', rule: 'urgency<=1', channel: { type: 'webhook', url: 'http://10.0.0.1/hook', allowPrivate: true } });
    assert.equal(asUser.status, 403);
    assert.equal(asUser.json.error.code, 'ADMIN_ONLY');
    const asAdmin = await api(desk, 'POST', '/v1/subscriptions', desk.keys.admin, { name: 'x', rule: 'urgency<=1', channel: { type: 'webhook', url: 'http://10.0.0.1/hook', allowPrivate: true } });
    assert.equal(asAdmin.status, 201);
    assert.match(asAdmin.json.secret, /^whsec_/);
  } finally {
    await desk.close();
  }
});

test("the desk's alert request works, and /v1/stream?subscription= carries only matches", async () => {
  const desk = await startTestDesk();
  try {
    // Exactly what web/src/Alerts.tsx sends, with a rule written by web/src/lib/rules.ts.
    const made = await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: '“ceasefire”, flashes', rule: 'text ~ "ceasefire" AND urgency <= 1', channel: { type: 'sse' } });
    assert.equal(made.status, 201);
    const id = made.json.id as string;
    const stream = collectSse(`${desk.url}/v1/stream?subscription=${id}`, 2);
    await stream.opened;
    await postItem(desk, wireItem(1));
    await postItem(desk, flashItem(2));
    await postItem(desk, wireItem(3, { urgency: 1 })); // urgent, but no ceasefire
    await postItem(desk, flashItem(4));
    assert.deepEqual((await stream.done).map((e) => e.uri), ['urn:test:deliver:2', 'urn:test:deliver:4']);
  } finally {
    await desk.close();
  }
});

test('a reconnecting subscription SSE client resumes from Last-Event-ID without gaps', async () => {
  const desk = await startTestDesk();
  try {
    const id = (await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'Flashes', rule: 'urgency<=1' })).json.id;
    const url = `${desk.url}/v1/subscriptions/${id}/stream`;
    const first = collectSse(url, 2);
    await first.opened;
    for (const n of [1, 2, 3]) await postItem(desk, n === 2 ? wireItem(n) : flashItem(n));
    const live = await first.done;
    assert.deepEqual(live.map((e) => e.uri), ['urn:test:deliver:1', 'urn:test:deliver:3']);

    // Away: three items land, two match. Back with the last id seen: those two, then the live one.
    for (const n of [4, 5, 6]) await postItem(desk, n === 5 ? wireItem(n) : flashItem(n));
    const again = collectSse(url, 3, { 'last-event-id': live[1].id });
    await again.opened;
    await postItem(desk, flashItem(7));
    assert.deepEqual((await again.done).map((e) => e.uri), ['urn:test:deliver:4', 'urn:test:deliver:6', 'urn:test:deliver:7']);

    // ?after=0 replays everything it ever matched.
    const all = collectSse(`${url}?after=0`, 5);
    assert.deepEqual((await all.done).map((e) => e.uri), [1, 3, 4, 6, 7].map((n) => `urn:test:deliver:${n}`));
  } finally {
    await desk.close();
  }
});

/** Resolves with the uris of the first `count` WebSocket messages. */
function collectWs(url: string, count: number): { done: Promise<Array<{ id: number; uri: string }>>; opened: Promise<void> } {
  const ws = new WebSocket(url);
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const done = new Promise<Array<{ id: number; uri: string }>>((resolve, reject) => {
    const got: Array<{ id: number; uri: string }> = [];
    const timer = setTimeout(() => reject(new Error(`timed out with ${got.length}/${count}`)), 10_000);
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { id: number; item: { uri: string } };
      got.push({ id: m.id, uri: m.item.uri });
      if (got.length === count) {
        clearTimeout(timer);
        ws.close();
        resolve(got);
      }
    });
    ws.on('close', (code, reason) => got.length < count && reject(new Error(`closed ${code} ${reason}`)));
  });
  return { done, opened };
}

test('WebSocket: the whole wire at /v1/stream/ws and one subscription at /v1/subscriptions/:id/ws, with ?after resume', async () => {
  const desk = await startTestDesk();
  try {
    const id = (await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'Flashes', rule: { field: 'urgency', eq: 1 }, channel: { type: 'ws' } })).json.id;
    const ws = desk.url.replace('http', 'ws');
    const wire = collectWs(`${ws}/v1/stream/ws`, 3);
    const sub = collectWs(`${ws}/v1/subscriptions/${id}/ws`, 2);
    await Promise.all([wire.opened, sub.opened]);
    await postItem(desk, flashItem(1));
    await postItem(desk, wireItem(2));
    await postItem(desk, flashItem(3));
    assert.deepEqual((await wire.done).map((m) => m.uri), [1, 2, 3].map((n) => `urn:test:deliver:${n}`));
    const got = await sub.done;
    assert.deepEqual(got.map((m) => m.uri), ['urn:test:deliver:1', 'urn:test:deliver:3']);
    const resumed = collectWs(`${ws}/v1/subscriptions/${id}/ws?after=${got[0].id}`, 1);
    assert.deepEqual((await resumed.done).map((m) => m.uri), ['urn:test:deliver:3']);
    // Unknown subscription: closed with a reason. A bad key: refused before the upgrade.
    await assert.rejects(collectWs(`${ws}/v1/subscriptions/sub_nope/ws`, 1).done, /4404/);
    const status = await new Promise<number>((resolve) => new WebSocket(`${ws}/v1/stream/ws?key=wdk_bad`).on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)).on('error', () => {}));
    assert.equal(status, 401);
  } finally {
    await desk.close();
  }
});

test('feeds out per subscription: RSS 2.0, Atom and JSON Feed of the latest matches, newest first', async () => {
  const desk = await startTestDesk();
  try {
    const made = (await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'Ceasefire', rule: 'ceasefire', channel: 'feed' })).json;
    for (const n of [1, 2, 3]) await postItem(desk, n === 2 ? wireItem(n) : flashItem(n));
    const get = async (kind: string) => {
      const res = await fetch(`${desk.url}/v1/subscriptions/${made.id}/feed.${kind}`);
      assert.equal(res.status, 200);
      return { type: res.headers.get('content-type') ?? '', text: await res.text() };
    };
    const rss = await get('rss');
    assert.match(rss.type, /application\/rss\+xml/);
    const rssFeed = parseRssFeed(rss.text);
    assert.equal(rssFeed.title, 'wiredesk: Ceasefire');
    assert.deepEqual(rssFeed.items?.map((i) => i.guid?.value), ['urn:test:deliver:3', 'urn:test:deliver:1']);
    const atom = parseAtomFeed((await get('atom')).text);
    assert.deepEqual(atom.entries?.map((e) => e.id), ['urn:test:deliver:3', 'urn:test:deliver:1']);
    assert.equal(atom.entries?.[0].title?.value ?? atom.entries?.[0].title, 'FLASH ceasefire collapses, report 3');
    const json = await get('json');
    assert.match(json.type, /application\/feed\+json/);
    const jf = parseJsonFeed(JSON.parse(json.text));
    assert.deepEqual(jf.items?.map((i) => i.id), ['urn:test:deliver:3', 'urn:test:deliver:1']);
    assert.equal((await fetch(`${desk.url}/v1/subscriptions/${made.id}/feed.pdf`)).status, 404);
  } finally {
    await desk.close();
  }
});

test('subscriptions with the same rule share its matches, each from its own start; deleting one leaves the other', async () => {
  const desk = await startTestDesk();
  try {
    const make = async () => (await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'Flashes', rule: 'urgency<=1' })).json.id as string;
    const early = await make();
    await postItem(desk, flashItem(1));
    const late = await make();
    await postItem(desk, flashItem(2));
    const uris = async (id: string) => (await collectSse(`${desk.url}/v1/subscriptions/${id}/stream?after=0`, id === early ? 2 : 1).done).map((e) => e.uri);
    assert.deepEqual(await uris(early), ['urn:test:deliver:1', 'urn:test:deliver:2']);
    assert.deepEqual(await uris(late), ['urn:test:deliver:2'], 'nothing from before it was made');
    const feed = async (id: string) => ((await (await fetch(`${desk.url}/v1/subscriptions/${id}/feed.json`)).json()) as { items: Array<{ id: string }> }).items.map((i) => i.id);
    assert.deepEqual(await feed(late), ['urn:test:deliver:2']);
    assert.equal((await api(desk, 'DELETE', `/v1/subscriptions/${early}`, desk.keys.subscribe)).status, 204);
    await postItem(desk, flashItem(3));
    assert.deepEqual(await feed(late), ['urn:test:deliver:3', 'urn:test:deliver:2']);
  } finally {
    await desk.close();
  }
});
