// npm run bench:webhooks — the webhook outbox under failure, with the desk in a child process:
//   outage     the receiver is down for DOWN_SECONDS while flashes keep coming, then comes back: every item
//              must arrive at least once, in order (first arrivals in event order), and none dead-lettered;
//   deadletter a receiver that answers 500 forever: every entry must end in the dead letter state (the first after
//              maxAttempts attempts, later ones after one each), visible in GET /v1/subscriptions/:id/deliveries;
//   kill       kill -9 of the desk while it delivers to a slow receiver, then a restart on the same data folder:
//              every item the desk acknowledged (POST answered 200) must arrive, in order.
// The issue asks for a 10-minute outage; DOWN_SECONDS defaults to 60 and the backoff is scaled by the same factor
// (DOWN_SECONDS / 600 x the defaults: 1 s base, 5 min cap, 15 attempts), so the run keeps the shape of the real
// one in a tenth of the time. DOWN_SECONDS=600 runs it at full scale (the dead letter scenario then takes ~25 min).
// Env: DOWN_SECONDS (60), SCENARIOS (outage,deadletter,kill), ITEMS_KILL (300).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { buildApp, openContext } from '../src/server/app.ts';
import { ensureLocalAdminKey } from '../src/server/auth.ts';
import type { Config } from '../src/server/context.ts';
import { DEFAULT_WEBHOOK, verifySignature } from '../src/deliver/webhooks.ts';

const DOWN_SECONDS = Number(process.env.DOWN_SECONDS ?? 60);
const SCALE = DOWN_SECONDS / 600;
const SCENARIOS = (process.env.SCENARIOS ?? 'outage,deadletter,kill').split(',');
const ITEMS_KILL = Number(process.env.ITEMS_KILL ?? 300);
const WEBHOOK = { ...DEFAULT_WEBHOOK, baseDelayMs: DEFAULT_WEBHOOK.baseDelayMs * SCALE, maxDelayMs: DEFAULT_WEBHOOK.maxDelayMs * SCALE };

// ---------- the desk, in its own process ----------

async function serve(dataDir: string): Promise<void> {
  const ctx = openContext({ port: 0, host: '127.0.0.1', dataDir, auth: { ratePerSecond: 1e6, burst: 1e6 }, deliver: { allowPrivateTargets: true, webhook: WEBHOOK } } as Config);
  const key = ensureLocalAdminKey(ctx.store.db);
  const desk = await buildApp(ctx);
  const url = await desk.app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(JSON.stringify({ url, key }) + '\n');
  process.on('SIGTERM', () => void desk.close().then(() => process.exit(0)));
}

async function startDesk(dataDir: string): Promise<{ child: ChildProcess; url: string; key: string | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'webhooks.ts'), '--serve', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r));
  return { child, ...(JSON.parse(first) as { url: string; key: string | null }) };
}

// ---------- receivers and helpers ----------

interface Receiver {
  server: Server | null;
  port: number;
  url: string;
  /** Event ids in the order they arrived (repeats included). */
  events: number[];
  badSignatures: number;
  secret: string;
  answer: () => number;
  delayMs: number;
  up(): Promise<void>;
  down(): Promise<void>;
}

async function receiver(answer: () => number = () => 200, delayMs = 0): Promise<Receiver> {
  const rx: Receiver = {
    server: null,
    port: 0,
    url: '',
    events: [],
    badSignatures: 0,
    secret: '',
    answer,
    delayMs,
    async up() {
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () =>
          setTimeout(() => {
            const status = rx.answer();
            const body = Buffer.concat(chunks);
            if (status === 200) {
              if (!verifySignature(rx.secret, body, req.headers['x-wiredesk-signature'] as string)) rx.badSignatures++;
              rx.events.push((JSON.parse(body.toString()) as { event: { id: number } }).event.id);
            }
            res.writeHead(status).end();
          }, rx.delayMs),
        );
      });
      await new Promise<void>((r) => server.listen(rx.port, '127.0.0.1', r));
      rx.server = server;
      rx.port = (server.address() as AddressInfo).port;
      rx.url = `http://127.0.0.1:${rx.port}/hook`;
    },
    async down() {
      const s = rx.server;
      rx.server = null;
      if (s) await new Promise((r) => (s.closeAllConnections(), s.close(r)));
    },
  };
  await rx.up();
  return rx;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function api(desk: { url: string }, key: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${desk.url}${path}`, { method, headers: { authorization: `Bearer ${key}` }, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: await res.json().catch(() => null) };
}

let itemNo = 0;
const flash = (tag: string) =>
  JSON.stringify({
    uri: `urn:bench:webhooks:${tag}:${++itemNo}`,
    version: '1',
    pubStatus: 'usable',
    urgency: 1,
    headlines: [{ value: `FLASH ${tag} ${itemNo}` }],
    bodies: [{ role: 'main', contentType: 'text/plain', value: `Flash ${itemNo} for the webhook bench (${tag}).` }],
  });

async function subscribe(desk: { url: string }, key: string, rx: Receiver, tag: string): Promise<string> {
  const made = await api(desk, key, 'POST', '/v1/subscriptions', { name: tag, rule: `urgency<=1 AND text~${tag}`, channel: { type: 'webhook', url: rx.url } });
  if (made.status !== 201) throw new Error(`subscription: ${JSON.stringify(made.json)}`);
  rx.secret = made.json.secret;
  return made.json.id;
}

/** Did every expected event arrive; are first arrivals in event order; how many repeats? */
function check(expected: number[], got: number[]) {
  const firsts: number[] = [];
  const seen = new Set<number>();
  for (const e of got) if (!seen.has(e)) (seen.add(e), firsts.push(e));
  const missing = expected.filter((e) => !seen.has(e)).length;
  const inOrder = firsts.every((e, i) => i === 0 || e > firsts[i - 1]);
  return { missing, inOrder, repeats: got.length - seen.size };
}

async function until(ms: number, done: () => Promise<boolean> | boolean): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await done()) return true;
    await sleep(100);
  }
  return false;
}

// ---------- scenarios ----------

async function outage(desk: { url: string }, key: string): Promise<void> {
  const rx = await receiver();
  const sub = await subscribe(desk, key, rx, 'outage');
  let posted = 0;
  const post = async () => {
    if ((await api(desk, key, 'POST', '/v1/items', flash('outage'))).status === 200) posted++;
  };
  for (let i = 0; i < 5; i++) await post();
  await rx.down();
  const downAt = Date.now();
  // One flash a second while the receiver is down.
  while (Date.now() - downAt < DOWN_SECONDS * 1000) {
    await post();
    await sleep(1000);
  }
  await rx.up();
  const upAt = Date.now();
  for (let i = 0; i < 5; i++) await post();
  // The event ids to expect are the outbox's own (the seq each item had when it matched).
  const ok = await until(WEBHOOK.maxDelayMs * 3 + 30_000, async () => (await api(desk, key, 'GET', `/v1/subscriptions/${sub}/deliveries?limit=1000`)).json.counts.pending === 0);
  const state = (await api(desk, key, 'GET', `/v1/subscriptions/${sub}/deliveries?limit=1000`)).json;
  const expected = (state.deliveries as Array<{ seq: number }>).map((d) => d.seq).sort((a, b) => a - b);
  const c = check(expected, rx.events);
  console.log(
    `  outage: receiver down ${DOWN_SECONDS} s (the issue's 10 min scaled by ${SCALE.toFixed(3)}; backoff base ${WEBHOOK.baseDelayMs.toFixed(0)} ms, cap ${(WEBHOOK.maxDelayMs / 1000).toFixed(1)} s), ${posted} flashes: ` +
      `${expected.length - c.missing}/${expected.length} delivered, first arrivals in order: ${c.inOrder}, repeats ${c.repeats}, dead ${state.counts.dead}, bad signatures ${rx.badSignatures}; ` +
      `drained ${ok ? ((Date.now() - upAt) / 1000).toFixed(1) : '(not yet)'} s after the receiver came back`,
  );
  await rx.down();
}

async function deadletter(desk: { url: string }, key: string): Promise<void> {
  const rx = await receiver(() => 500);
  const sub = await subscribe(desk, key, rx, 'deadletter');
  const started = Date.now();
  for (let i = 0; i < 3; i++) await api(desk, key, 'POST', '/v1/items', flash('deadletter'));
  const ok = await until(WEBHOOK.maxDelayMs * WEBHOOK.maxAttempts * 3, async () => (await api(desk, key, 'GET', `/v1/subscriptions/${sub}/deliveries`)).json.counts.dead === 3);
  const state = (await api(desk, key, 'GET', `/v1/subscriptions/${sub}/deliveries`)).json;
  const bySeq = [...(state.deliveries as Array<{ seq: number; attempts: number; lastStatus: number; lastError: string }>)].sort((x, y) => x.seq - y.seq);
  console.log(
    `  deadletter: receiver answers 500 forever, 3 flashes: ${state.counts.dead}/3 dead${ok ? ` after ${((Date.now() - started) / 1000).toFixed(1)} s` : ' (timed out)'}; ` +
      `attempts per entry ${bySeq.map((d) => d.attempts).join(', ')} (maxAttempts ${WEBHOOK.maxAttempts}; behind a dead letter, one each until a success), ` +
      `last status ${bySeq[0].lastStatus}, last error "${bySeq[0].lastError}"; pending ${state.counts.pending}`,
  );
  await rx.down();
}

async function kill(dataDir: string): Promise<void> {
  let desk = await startDesk(dataDir);
  const key = desk.key!;
  const rx = await receiver(() => 200, 20); // 20 ms per answer: deliveries are in flight when the kill lands
  const sub = await subscribe(desk, key, rx, 'kill');
  let acked = 0;
  const post = async (n: number) => {
    for (let i = 0; i < n; i++) if ((await api(desk, key, 'POST', '/v1/items', flash('kill'))).status === 200) acked++;
  };
  // Every flash acknowledged, then kill -9 once a third of them has been delivered (more are in flight).
  await post(ITEMS_KILL);
  await until(60_000, () => rx.events.length >= ITEMS_KILL / 3);
  desk.child.kill('SIGKILL');
  await new Promise((r) => desk.child.once('exit', r));
  const deliveredBeforeKill = rx.events.length;
  desk = await startDesk(dataDir);
  console.log(`  kill: SIGKILL after ${deliveredBeforeKill} of ${acked} acknowledged flashes were delivered; restarted on the same data folder`);
  await post(Math.round(ITEMS_KILL / 3)); // and the wire goes on
  await until(60_000, async () => (await api(desk, key, 'GET', `/v1/subscriptions/${sub}/deliveries?limit=1000`)).json.counts.pending === 0);
  const state = (await api(desk, key, 'GET', `/v1/subscriptions/${sub}/deliveries?limit=1000`)).json;
  const expected = (state.deliveries as Array<{ seq: number }>).map((d) => d.seq).sort((a, b) => a - b);
  const c = check(expected, rx.events);
  console.log(
    `  kill: ${acked} flashes acknowledged, ${expected.length} in the outbox, ${expected.length - c.missing} delivered (missing ${c.missing}), ` +
      `first arrivals in order: ${c.inOrder}, repeats ${c.repeats} (sent again after the restart: at-least-once), bad signatures ${rx.badSignatures}`,
  );
  if (expected.length < acked) console.log(`  kill: LOST ${acked - expected.length} acknowledged items before the outbox`);
  desk.child.kill('SIGTERM');
  await new Promise((r) => desk.child.once('exit', r));
  await rx.down();
}

async function main(): Promise<void> {
  console.log(`bench:webhooks: scenarios ${SCENARIOS.join(', ')}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'wd-bench-webhooks-'));
  const desk = await startDesk(dataDir);
  try {
    // The outage and the dead letter run side by side on one desk; the kill gets a desk of its own.
    await Promise.all([SCENARIOS.includes('outage') && outage(desk, desk.key!), SCENARIOS.includes('deadletter') && deadletter(desk, desk.key!)]);
  } finally {
    desk.child.kill('SIGTERM');
    await new Promise((r) => desk.child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (SCENARIOS.includes('kill')) {
    const killDir = mkdtempSync(join(tmpdir(), 'wd-bench-kill-'));
    try {
      await kill(killDir);
    } finally {
      rmSync(killDir, { recursive: true, force: true });
    }
  }
  process.exit(0);
}

if (process.argv[2] === '--serve') await serve(process.argv[3]);
else await main();
