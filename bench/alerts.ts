// npm run bench:alerts — how long a FLASH takes from POST /v1/items to the SSE clients of 1,000 subscribers,
// while routine copy flows in (one item per POST, each parsed, extracted, stored and put in a story).
// The desk runs in a child process (its own event loop, as in production); this process holds the 1,000 SSE
// connections, posts the copy and timestamps both ends on one clock (performance.timeOrigin + now). Every subscriber
// has the rule urgency<=1. Three figures per flash: POST->arrival at each client (what a subscriber sees; the 1,000
// clients share one process, which adds its own queueing), POST->written (the desk has written it to all 1,000
// sockets) and delivery (from the flow handing it over to all written: matching, commit, fan-out).
// First the desk's ingest capacity is measured (closed loop, 8 POSTs in flight). Then rounds: a baseline with
// flashes only, ROUNDS rounds at RATE items/s (the issue's 500), and ROUNDS rounds at SUSTAINED items/s (default
// 70% of the measured capacity). p50/p99/max per round (arrivals: one sample per flash and subscriber); the routine
// backlog drains between rounds; medians of the rounds' figures.
// Env: FLASH_LANE (own | shared: flashes on their own connection, the default, or on the routine pool), RULES (shared | distinct), SUBSCRIBERS (1000), RATE (500), SUSTAINED (0.7 x capacity), SECONDS per round (15; OVERLOAD_SECONDS = 5 when RATE is
// above the capacity), ROUNDS (3), FLASH_EVERY_MS (250).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { buildApp, openContext } from '../src/server/app.ts';
import { ensureLocalAdminKey } from '../src/server/auth.ts';
import type { Config } from '../src/server/context.ts';
import { expandPaths } from '../src/ingest/files.ts';
import { parseBytes } from '../src/formats/index.ts';
import { isWireFile, SAMPLES_DIR } from '../src/server/desk.ts';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1000);
const RATE = Number(process.env.RATE ?? 500);
const SECONDS = Number(process.env.SECONDS ?? 15);
// Rounds at RATE are shorter when RATE is above what the desk absorbs: the backlog must drain before the next round.
const OVERLOAD_SECONDS = Number(process.env.OVERLOAD_SECONDS ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const FLASH_EVERY_MS = Number(process.env.FLASH_EVERY_MS ?? 250);
// shared: every subscriber has the rule urgency<=1 (the desk stores and evaluates it once); distinct: each has its own
// rule that every flash passes (urgency<=1 AND NOT text~zq<i>): 1,000 rules evaluated and 1,000 matches stored per flash.
const RULES = process.env.RULES === 'distinct' ? 'distinct' : 'shared';

// ---------- the desk, in its own process ----------

async function serve(dataDir: string): Promise<void> {
  // Rate limits are per key; the bench posts 500/s with one key, so the limit is raised for it.
  const ctx = openContext({ port: 0, host: '127.0.0.1', dataDir, auth: { ratePerSecond: 1e6, burst: 1e6 } } as Config);
  const key = ensureLocalAdminKey(ctx.store.db);
  // Stamps each flash when the flow hands it to delivery (registered before the deliverer, so it runs first).
  ctx.bus.on('item', (s) => {
    if (s.item.urgency === 1) process.stdout.write(JSON.stringify({ stored: s.item.uri, at: performance.timeOrigin + performance.now() }) + '\n');
  });
  const desk = await buildApp(ctx);
  // ...and once delivery is done with it: matched, committed, written to every subscriber's socket.
  ctx.bus.on('item', (s) => {
    if (s.item.urgency === 1) process.stdout.write(JSON.stringify({ fanned: s.item.uri, at: performance.timeOrigin + performance.now() }) + '\n');
  });
  const url = await desk.app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(JSON.stringify({ url, key }) + '\n');
  process.on('SIGTERM', () => void desk.close().then(() => process.exit(0)));
}

// ---------- the clients ----------

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
// Flashes go on a connection of their own, as an agency's priority channel does. On the routine pool they would wait
// in this client until one of its 64 sockets is answered: a backlog the desk cannot reorder, since it never saw them.
// FLASH_LANE=shared puts them on the routine pool to show that.
const flashAgent = process.env.FLASH_LANE === 'shared' ? agent : new http.Agent({ keepAlive: true, maxSockets: 4 });

function post(url: string, key: string, body: string, via: http.Agent = agent): Promise<number> {
  return new Promise((resolvePost, reject) => {
    const req = http.request(url, { method: 'POST', agent: via, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolvePost(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Routine copy: the bundled sample wire's texts, re-sent as new ninjs items at urgency 4-6. */
function routineTexts(): Array<{ headline: string; body: string }> {
  const { files } = expandPaths([SAMPLES_DIR]);
  const out: Array<{ headline: string; body: string }> = [];
  for (const f of files.filter(isWireFile))
    for (const item of parseBytes(readFileSync(f), f).items) if (item['x-wiredesk'].text.length > 200) out.push({ headline: item.headlines?.[0]?.value ?? 'Routine', body: item['x-wiredesk'].text });
  return out;
}

const ninjs = (uri: string, urgency: number, headline: string, body: string) =>
  JSON.stringify({ uri, version: '1', versionCreated: new Date().toISOString(), pubStatus: 'usable', urgency, headlines: [{ value: headline }], bodies: [{ role: 'main', contentType: 'text/plain', value: body }] });

/** One SSE connection. While a round runs it only timestamps chunks (so 1,000 clients in one process add as little
 * as possible to what they measure); `arrivals` reads them afterwards. */
class SseClient {
  private chunks: Array<[number, Buffer]> = [];
  private rest = '';
  req!: http.ClientRequest;

  open(url: string): Promise<void> {
    return new Promise((resolveOpen, reject) => {
      this.req = http.request(url, { agent: false }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`SSE ${url}: HTTP ${res.statusCode}`));
        res.on('data', (chunk: Buffer) => this.chunks.push([performance.timeOrigin + performance.now(), chunk])); // one clock for both processes
        resolveOpen();
      });
      this.req.on('error', () => {}); // the desk goes away at the end
      this.req.end();
    });
  }

  /** Every event's uri with the time its last byte arrived; clears what was read. */
  arrivals(): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const [at, chunk] of this.chunks) {
      this.rest += chunk.toString('utf8');
      let i;
      while ((i = this.rest.indexOf('\n\n')) >= 0) {
        const uri = /"uri":"([^"]+)"/.exec(this.rest.slice(0, i))?.[1];
        this.rest = this.rest.slice(i + 2);
        if (uri) out.push([uri, at]);
      }
    }
    this.chunks = [];
    return out;
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Stats {
  p50: number;
  p99: number;
  max: number;
}
const stats = (xs: number[]): Stats => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { p50: pct(sorted, 50), p99: pct(sorted, 99), max: sorted[sorted.length - 1] };
};

interface RoundResult {
  label: string;
  /** POST of the flash to its arrival at each subscriber's SSE client (one sample per flash and subscriber). */
  arrival: Stats;
  /** POST to the moment the desk had written the flash to all 1,000 sockets (one sample per flash). */
  fanned: Stats;
  /** Handed to delivery (stored, extracted, in its story) to written to all sockets: matching, commit, fan-out. */
  delivery: Stats;
  samples: number;
  expected: number;
  offered: number;
  absorbed: number;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wd-bench-alerts-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'alerts.ts'), '--serve', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((r) => lines.once('line', r));
  const { url, key } = JSON.parse(first) as { url: string; key: string };
  const storedAt = new Map<string, number>();
  const fannedAt = new Map<string, number>();
  lines.on('line', (line) => {
    const m = JSON.parse(line) as { stored?: string; fanned?: string; at: number };
    if (m.stored) storedAt.set(m.stored, m.at);
    if (m.fanned) fannedAt.set(m.fanned, m.at);
  });
  const texts = routineTexts();
  let seq = 0;
  let inFlight = 0;
  let done = 0;
  const postRoutine = () => {
    const t = texts[seq % texts.length];
    inFlight++;
    return post(`${url}/v1/items`, key, ninjs(`urn:bench:routine:${++seq}`, 4 + (seq % 3), t.headline, t.body)).finally(() => {
      inFlight--;
      done++;
    });
  };
  const drain = async () => {
    while (inFlight > 0) await sleep(50);
  };
  try {
    // 1,000 subscribers who each want every flash, each on its own SSE connection.
    const clients: SseClient[] = [];
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const res = await fetch(`${url}/v1/subscriptions`, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: JSON.stringify({ name: `desk ${i}`, rule: RULES === 'shared' ? 'urgency<=1' : `urgency<=1 AND NOT text~zq${i}` }) });
      const { id } = (await res.json()) as { id: string };
      const client = new SseClient();
      await client.open(`${url}/v1/subscriptions/${id}/stream`);
      clients.push(client);
    }

    // Capacity: how many routine items/s the desk absorbs with 8 POSTs always in flight.
    const capSeconds = 5;
    const capEnd = performance.now() + capSeconds * 1000;
    const before = done;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (performance.now() < capEnd) await postRoutine();
      }),
    );
    const capacity = (done - before) / capSeconds;
    const sustained = Number(process.env.SUSTAINED ?? Math.floor(capacity * 0.7));
    console.log(
      `bench:alerts: ${SUBSCRIBERS} subscribers on SSE (${RULES === 'shared' ? 'one shared rule urgency<=1' : `${SUBSCRIBERS} distinct rules every flash passes`}); routine copy = ${texts.length} sample-wire texts re-sent as new items, one per POST; ` +
        `a flash every ${FLASH_EVERY_MS} ms; ${SECONDS} s per round`,
    );
    console.log(`  ingest capacity of the desk (parse + extract + store + story + match): ${capacity.toFixed(0)} items/s`);

    const round = async (label: string, rate: number, seconds: number): Promise<RoundResult> => {
      for (const c of clients) c.arrivals(); // forget what came before
      const sentAt = new Map<string, number>();
      let offered = 0;
      const absorbedBefore = done;
      const start = performance.now();
      // Routine: every 10 ms, as many POSTs as keep the running count on `rate` per second (open loop).
      const routine = setInterval(() => {
        const due = Math.floor(((performance.now() - start) / 1000) * rate) - offered;
        for (let k = 0; k < due; k++) void postRoutine();
        offered += Math.max(0, due);
      }, 10);
      const flashTimer = setInterval(() => {
        const uri = `urn:bench:flash:${++seq}`;
        sentAt.set(uri, performance.timeOrigin + performance.now());
        void post(`${url}/v1/items`, key, ninjs(uri, 1, 'FLASH Bench flash', 'Flash body text for the alert latency bench.'), flashAgent);
      }, FLASH_EVERY_MS);
      await sleep(seconds * 1000);
      clearInterval(routine);
      clearInterval(flashTimer);
      const absorbed = (done - absorbedBefore) / seconds;
      await drain();
      await sleep(1000); // the last flashes arrive
      const arrival: number[] = [];
      for (const c of clients) for (const [uri, at] of c.arrivals()) if (sentAt.has(uri)) arrival.push(at - sentAt.get(uri)!);
      const flashes = [...sentAt.keys()];
      return {
        label,
        arrival: stats(arrival),
        fanned: stats(flashes.map((u) => fannedAt.get(u)! - sentAt.get(u)!)),
        delivery: stats(flashes.map((u) => fannedAt.get(u)! - storedAt.get(u)!)),
        samples: arrival.length,
        expected: flashes.length * SUBSCRIBERS,
        offered: offered / seconds,
        absorbed,
      };
    };
    const f = (s: Stats) => `p50 ${s.p50.toFixed(1)} p99 ${s.p99.toFixed(1)} max ${s.max.toFixed(1)}`;
    const show = (r: RoundResult) =>
      console.log(
        `  ${r.label.padEnd(24)} POST->arrival ${f(r.arrival)} ms | POST->written ${f(r.fanned)} | delivery ${f(r.delivery)} | ` +
          `arrivals ${r.samples}/${r.expected}; routine offered ${r.offered.toFixed(0)}/s, absorbed ${r.absorbed.toFixed(0)}/s`,
      );
    const summary = (label: string, rs: RoundResult[], baseline: RoundResult) => {
      const m = (g: (r: RoundResult) => number) => median(rs.map(g)).toFixed(1);
      console.log(
        `  ${label}, medians of ${rs.length} rounds: POST->arrival p50 ${m((r) => r.arrival.p50)} ms, p99 ${m((r) => r.arrival.p99)} ms (target < 25 ms; ${(median(rs.map((r) => r.arrival.p99)) / baseline.arrival.p99).toFixed(1)}x the baseline p99); ` +
          `POST->written p99 ${m((r) => r.fanned.p99)} ms; delivery p50 ${m((r) => r.delivery.p50)} ms, p99 ${m((r) => r.delivery.p99)} ms; ` +
          `arrivals ${rs.reduce((n, r) => n + r.samples, 0)}/${rs.reduce((n, r) => n + r.expected, 0)}`,
      );
    };

    const baseline = await round('baseline (no routine)', 0, Math.min(SECONDS, 10));
    show(baseline);
    const atRate: RoundResult[] = [];
    const rateSeconds = RATE > capacity ? OVERLOAD_SECONDS : SECONDS;
    for (let r = 1; r <= ROUNDS; r++) show(atRate[atRate.push(await round(`${RATE} items/s, round ${r}`, RATE, rateSeconds)) - 1]);
    const atSustained: RoundResult[] = [];
    for (let r = 1; r <= ROUNDS; r++) show(atSustained[atSustained.push(await round(`${sustained} items/s, round ${r}`, sustained, SECONDS)) - 1]);
    summary(`at ${RATE} items/s`, atRate, baseline);
    summary(`at ${sustained} items/s (${process.env.SUSTAINED ? 'SUSTAINED' : '70% of capacity'})`, atSustained, baseline);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    agent.destroy();
  flashAgent.destroy();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3]);
else await main();
