// Webhooks: signed bodies in order, retries with backoff, the dead letter state, and an outbox that survives restarts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { api, flashItem, postItem, startTestDesk, type TestDesk } from './helpers.ts';
import { backoffMs, sign, verifySignature, DEFAULT_WEBHOOK } from '../../src/deliver/webhooks.ts';
import { openContext } from '../../src/server/app.ts';
import type { Config } from '../../src/server/context.ts';

// Local receivers live on 127.0.0.1: the tests' desks allow private targets, and back off in milliseconds.
const FAST = { allowPrivateTargets: true, webhook: { baseDelayMs: 20, maxDelayMs: 80, maxAttempts: 3, timeoutMs: 2000 } };

interface Received {
  event: number;
  uri: string;
  delivery: string;
  signed: boolean;
}

/** A webhook receiver; `answer` decides each response's status. */
function receiver(secret: () => string, answer: (n: number) => number = () => 200, port = 0): Promise<{ server: Server; url: string; got: Received[] }> {
  const got: Received[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const status = answer(++n);
      if (status === 200) {
        const parsed = JSON.parse(body.toString()) as { event: { id: number }; item: { uri: string } };
        got.push({ event: parsed.event.id, uri: parsed.item.uri, delivery: String(req.headers['x-wiredesk-delivery']), signed: verifySignature(secret(), body, req.headers['x-wiredesk-signature'] as string) });
      }
      res.writeHead(status).end();
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got })));
}

async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const deliveries = (desk: TestDesk, id: string, q = '') => api(desk, 'GET', `/v1/subscriptions/${id}/deliveries${q}`, desk.keys.subscribe).then((r) => r.json);

test('signatures: HMAC-SHA256 of the body, checked in constant time', () => {
  const header = sign('whsec_0123456789abcdef', '{"a":1}');
  assert.match(header, /^sha256=[0-9a-f]{64}$/);
  assert.ok(verifySignature('whsec_0123456789abcdef', Buffer.from('{"a":1}'), header));
  assert.ok(!verifySignature('whsec_0123456789abcdef', '{"a":2}', header));
  assert.ok(!verifySignature('another-secret-0000', '{"a":1}', header));
  assert.ok(!verifySignature('whsec_0123456789abcdef', '{"a":1}', undefined));
});

test('backoff doubles per failure up to a cap, half of it random', () => {
  const opts = { ...DEFAULT_WEBHOOK, baseDelayMs: 1000, maxDelayMs: 60_000 };
  assert.equal(backoffMs(1, opts, () => 0), 500);
  assert.equal(backoffMs(1, opts, () => 1), 1000);
  assert.equal(backoffMs(4, opts, () => 0), 4000);
  assert.equal(backoffMs(20, opts, () => 1), 60_000);
  assert.equal(backoffMs(20, opts, () => 0), 30_000);
});

test('a webhook gets every match once, signed, in order; delivery state is in the API', async () => {
  let secret = '';
  const rx = await receiver(() => secret);
  const desk = await startTestDesk({ deliver: FAST });
  try {
    const made = await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'Flashes', rule: 'urgency<=1', channel: { type: 'webhook', url: rx.url } });
    assert.equal(made.status, 201, JSON.stringify(made.json));
    secret = made.json.secret;
    assert.equal((await api(desk, 'GET', `/v1/subscriptions/${made.json.id}`, desk.keys.subscribe)).json.secret, undefined, 'the secret is shown once');
    for (let n = 1; n <= 8; n++) await postItem(desk, flashItem(n));
    await until('8 deliveries', () => rx.got.length >= 8 || undefined);
    assert.deepEqual(rx.got.map((g) => g.uri), Array.from({ length: 8 }, (_, i) => `urn:test:deliver:${i + 1}`));
    assert.ok(rx.got.every((g) => g.signed), 'every body verifies');
    assert.deepEqual([...rx.got.map((g) => g.event)].sort((a, b) => a - b), rx.got.map((g) => g.event));
    const state = await until('all marked delivered', async () => {
      const d = await deliveries(desk, made.json.id);
      return d.counts.delivered === 8 ? d : undefined;
    });
    assert.equal(state.deliveries[0].state, 'delivered');
    assert.equal(state.deliveries[0].lastStatus, 200);
  } finally {
    await desk.close();
    rx.server.close();
  }
});

test('failures are retried with backoff; a receiver answering 500 forever ends in dead letter, and can be retried', async () => {
  const flaky = await receiver(() => '', (n) => (n <= 2 ? 503 : 200));
  let fixed = false;
  const broken = await receiver(() => '', () => (fixed ? 200 : 500));
  const desk = await startTestDesk({ deliver: FAST });
  try {
    const a = (await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'a', rule: 'urgency<=1', channel: { type: 'webhook', url: flaky.url } })).json.id;
    const b = (await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'b', rule: 'urgency<=1', channel: { type: 'webhook', url: broken.url } })).json.id;
    await postItem(desk, flashItem(1));
    await postItem(desk, flashItem(2));

    await until('flaky receiver got both', () => flaky.got.length === 2 || undefined);
    assert.deepEqual(flaky.got.map((g) => g.uri), ['urn:test:deliver:1', 'urn:test:deliver:2']);
    const da = await until('both delivered', async () => ((await deliveries(desk, a, '?attempts=true')).counts.delivered === 2 ? deliveries(desk, a, '?attempts=true') : undefined));
    const first = da.deliveries.find((d: { seq: number }) => d.seq === Math.min(...da.deliveries.map((x: { seq: number }) => x.seq)));
    assert.equal(first.attempts, 3);
    assert.deepEqual(first.history.map((h: { status: number }) => h.status), [503, 503, 200]);

    const db = await until('dead letter', async () => {
      const d = await deliveries(desk, b);
      return d.counts.dead === 2 ? d : undefined;
    });
    assert.equal(broken.got.length, 0);
    // The first entry used every attempt; the next one, queued behind a dead letter, got one.
    const bySeq = [...db.deliveries].sort((x: { seq: number }, y: { seq: number }) => x.seq - y.seq);
    assert.deepEqual(bySeq.map((d: { state: string; attempts: number }) => [d.state, d.attempts]), [['dead', 3], ['dead', 1]]);
    assert.equal(bySeq[0].lastStatus, 500);
    assert.equal(bySeq[0].lastError, 'HTTP 500');
    const dead = await deliveries(desk, b, '?state=dead');
    assert.equal(dead.deliveries.length, 2);

    // The receiver is fixed: the dead letters go out again, in order.
    fixed = true;
    assert.equal((await api(desk, 'POST', `/v1/subscriptions/${b}/deliveries/retry`, desk.keys.subscribe)).json.requeued, 2);
    await until('retried dead letters delivered', () => broken.got.length === 2 || undefined);
    assert.deepEqual(broken.got.map((g) => g.uri), ['urn:test:deliver:1', 'urn:test:deliver:2']);
  } finally {
    await desk.close();
    flaky.server.close();
    broken.server.close();
  }
});

test('nothing is lost across a restart: the outbox and the match cursor are in the store', async () => {
  // The receiver is down while the desk runs and when it stops.
  const probe = await receiver(() => '');
  const port = Number(new URL(probe.url).port);
  await new Promise((r) => probe.server.close(r));
  const slow = { ...FAST, webhook: { ...FAST.webhook, maxAttempts: 100 } };
  const desk = await startTestDesk({ deliver: slow });
  const made = (await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'Flashes', rule: 'urgency<=1', channel: { type: 'webhook', url: probe.url } })).json;
  for (const n of [1, 2, 3]) await postItem(desk, flashItem(n));
  await until('a failed attempt', async () => ((await deliveries(desk, made.id)).deliveries.some((d: { attempts: number }) => d.attempts > 0) ? true : undefined));
  await desk.close();

  // While no server runs, another process stores two more flashes (nobody matches them yet).
  const offline = openContext({ port: 0, host: '127.0.0.1', dataDir: desk.dataDir } as Config);
  for (const n of [4, 5]) offline.ingestor.ingestBytes(Buffer.from(flashItem(n)), 'test');
  offline.store.close();

  let secret = made.secret as string;
  const rx = await receiver(() => secret, () => 200, port);
  const again = await startTestDesk({ dataDir: desk.dataDir, deliver: slow, keys: desk.keys });
  try {
    await until('all five delivered', () => rx.got.length >= 5 || undefined);
    assert.deepEqual([...new Set(rx.got.map((g) => g.uri))], [1, 2, 3, 4, 5].map((n) => `urn:test:deliver:${n}`));
    assert.ok(rx.got.every((g) => g.signed));
    secret = '';
  } finally {
    await again.close();
    rx.server.close();
  }
});

test('retry now: when the receiver is back, entries waiting out a long backoff go at once', async () => {
  const probe = await receiver(() => '');
  const port = Number(new URL(probe.url).port);
  await new Promise((r) => probe.server.close(r));
  const desk = await startTestDesk({ deliver: { allowPrivateTargets: true, webhook: { baseDelayMs: 600_000, maxDelayMs: 600_000, maxAttempts: 5 } } });
  let rx: Awaited<ReturnType<typeof receiver>> | null = null;
  try {
    const made = (await api(desk, 'POST', '/v1/subscriptions', desk.keys.subscribe, { name: 'Flashes', rule: 'urgency<=1', channel: { type: 'webhook', url: probe.url } })).json;
    for (const n of [1, 2]) await postItem(desk, flashItem(n));
    await until('a failed attempt', async () => ((await deliveries(desk, made.id)).deliveries.some((d: { attempts: number }) => d.attempts > 0) ? true : undefined));
    rx = await receiver(() => made.secret, () => 200, port);
    const res = await api(desk, 'POST', `/v1/subscriptions/${made.id}/deliveries/retry`, desk.keys.subscribe);
    assert.deepEqual(res.json, { requeued: 0, hurried: 1 });
    await until('both delivered', () => rx!.got.length === 2 || undefined);
    assert.deepEqual(rx.got.map((g) => g.uri), ['urn:test:deliver:1', 'urn:test:deliver:2']);
  } finally {
    await desk.close();
    rx?.server.close();
  }
});
