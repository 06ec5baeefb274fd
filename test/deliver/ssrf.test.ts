// The SSRF guard: which addresses are private, the admin's ways to allow them, and the feed poller's hook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { assertPublicTarget, feedGuard, guardedLookup, isPrivateAddress, policyFromEnv, TargetError } from '../../src/deliver/ssrf.ts';
import { pollOnce } from '../../src/ingest/poll.ts';
import type { Ingestor } from '../../src/ingest/ingestor.ts';

test('private, loopback, link-local and unique-local addresses are recognised, in IPv4 and IPv6 forms', () => {
  for (const a of ['127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', 'ff02::1', 'not-an-ip'])
    assert.ok(isPrivateAddress(a), a);
  for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '193.0.6.139', '2001:4860:4860::8888', '::ffff:8.8.8.8', '2a00:1450:4001::1'])
    assert.ok(!isPrivateAddress(a), a);
});

test('targets are refused with TARGET_PRIVATE unless allowed: all, by host, or by network', async () => {
  const refused = (e: unknown) => e instanceof TargetError && e.code === 'TARGET_PRIVATE' && /127\.0\.0\.1|::1/.test(e.message);
  await assert.rejects(assertPublicTarget('http://127.0.0.1:8080/x', { allowPrivate: false }), refused);
  await assert.rejects(assertPublicTarget('http://localhost/x', { allowPrivate: false }), refused);
  await assert.rejects(assertPublicTarget('http://10.0.0.1/x', { allowPrivate: false }), /10\.0\.0\.1, a private or loopback address/);
  await assert.rejects(assertPublicTarget('http://[::ffff:127.0.0.1]/x', { allowPrivate: false }), /TARGET_PRIVATE|private/);
  await assertPublicTarget('http://127.0.0.1/x', { allowPrivate: true });
  await assertPublicTarget('http://10.1.2.3/x', { allowPrivate: ['10.0.0.0/8'] });
  await assertPublicTarget('http://127.0.0.1/x', { allowPrivate: ['127.0.0.1'] });
  await assert.rejects(assertPublicTarget('http://10.1.2.3/x', { allowPrivate: ['192.168.0.0/16'] }), /private/);
  await assert.rejects(assertPublicTarget('ftp://example.org/x', { allowPrivate: false }), (e: unknown) => e instanceof TargetError && e.code === 'BAD_TARGET');
  await assert.rejects(assertPublicTarget('http://user:pw@example.org/x', { allowPrivate: false }), /credentials/);

  assert.deepEqual(policyFromEnv({}), { allowPrivate: false });
  assert.deepEqual(policyFromEnv({ WIREDESK_ALLOW_PRIVATE_TARGETS: '1' }), { allowPrivate: true });
  assert.deepEqual(policyFromEnv({ WIREDESK_ALLOW_PRIVATE_TARGETS: 'hooks.internal, 10.0.0.0/8' }), { allowPrivate: ['hooks.internal', '10.0.0.0/8'] });
});

test("the feed poller's guard refuses private feeds, and checks every redirect hop", async () => {
  let polled = 0;
  const server = createServer((req, res) => {
    polled++;
    if (req.url === '/moved') res.writeHead(302, { location: 'http://10.0.0.1/feed.xml' }).end();
    else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>t</title></channel></rss>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ingestor = { ingestBytes: () => ({ source: '', format: 'rss', items: [], failures: [] }) } as unknown as Ingestor;
  try {
    await assert.rejects(pollOnce(`${base}/feed.xml`, {}, ingestor, { guard: feedGuard({ allowPrivate: false }) }), (e: unknown) => (e as TargetError).code === 'TARGET_PRIVATE');
    assert.equal(polled, 0, 'refused before any request');
    // The admin allowed this host, not where it redirects to.
    await assert.rejects(pollOnce(`${base}/moved`, {}, ingestor, { guard: feedGuard({ allowPrivate: ['127.0.0.1'] }) }), /10\.0\.0\.1/);
    assert.equal(polled, 1);
    assert.ok(await pollOnce(`${base}/feed.xml`, {}, ingestor, { guard: feedGuard({ allowPrivate: ['127.0.0.1'] }) }));
  } finally {
    server.close();
  }
});

test('at connect time the guarded lookup refuses a name that resolves to a private address (DNS rebinding)', async () => {
  let reached = 0;
  const server = createServer((_req, res) => (reached++, res.end('ok')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const get = (policy: { allowPrivate: boolean }) =>
    new Promise<number>((resolve, reject) => {
      const req = request({ host: 'localhost', port, family: 4, lookup: guardedLookup(policy) }, (res) => (res.resume(), resolve(res.statusCode ?? 0)));
      req.on('error', reject);
      req.end();
    });
  try {
    await assert.rejects(get({ allowPrivate: false }), (e: unknown) => (e as TargetError).code === 'TARGET_PRIVATE');
    assert.equal(reached, 0);
    assert.equal(await get({ allowPrivate: true }), 200);
  } finally {
    server.close();
  }
});
