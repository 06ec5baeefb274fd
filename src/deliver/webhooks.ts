// Webhooks: a durable outbox in SQLite, drained per subscription in order. Each entry's body is fixed when
// the item matched and is signed with the subscription's secret (X-Wiredesk-Signature: sha256=HEX, an
// HMAC-SHA256 of the exact body bytes). An entry is marked delivered only after a 2xx answer, so a crash
// between sending and marking sends it again: at-least-once; receivers dedupe on X-Wiredesk-Delivery.
// Failures back off exponentially with jitter; after maxAttempts the entry goes to the dead letter state and
// the next one is tried. Until the receiver answers 2xx again, each later entry gets one attempt before it too is
// dead-lettered: a receiver that is gone does not hold every queued item for the whole backoff in turn. Redirects are not followed (a 3xx is a failure): the target was checked, not where it points.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { Database } from 'better-sqlite3';
import { assertPublicTarget, guardedLookup, type TargetPolicy } from './ssrf.ts';

export interface WebhookOptions {
  /** Attempts before an entry is dead-lettered. */
  maxAttempts: number;
  /** Delay after the first failure; it doubles per failure up to maxDelayMs, and half of it is random. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long to wait for the receiver's answer. */
  timeoutMs: number;
}

// 15 attempts with delays doubling from 1 s to at most 5 min span roughly 20 to 40 minutes before dead letter.
export const DEFAULT_WEBHOOK: WebhookOptions = { maxAttempts: 15, baseDelayMs: 1000, maxDelayMs: 300_000, timeoutMs: 10_000 };

export const SIGNATURE_HEADER = 'x-wiredesk-signature';

export function sign(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** For receivers (and tests): does the header carry the body's signature under this secret? */
export function verifySignature(secret: string, body: string | Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const want = Buffer.from(sign(secret, body));
  const got = Buffer.from(header);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** Where and how a subscription's webhook is sent; null when the subscription is gone. */
export interface WebhookTarget {
  url: string;
  secret: string;
  policy: TargetPolicy;
}

interface OutboxRow {
  id: number;
  sub_id: string;
  seq: number;
  body: string;
  attempts: number;
  next_at: number;
}

/** Delay before attempt n+1 after n failures: exponential, capped, with "equal jitter" (half fixed, half random). */
export function backoffMs(failures: number, opts: WebhookOptions, random = Math.random): number {
  const full = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.round(full / 2 + random() * (full / 2));
}

export class WebhookPump {
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Subscriptions whose last entry was dead-lettered and which have not had a success since. */
  private readonly failing = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private readonly agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  private readonly stmt;

  constructor(
    db: Database,
    private readonly opts: WebhookOptions,
    private readonly target: (subId: string) => WebhookTarget | null,
  ) {
    this.stmt = {
      head: db.prepare<[string], OutboxRow>(`SELECT id, sub_id, seq, body, attempts, next_at FROM outbox WHERE sub_id = ? AND state = 'pending' ORDER BY id LIMIT 1`),
      pendingSubs: db.prepare<[], { sub_id: string }>(`SELECT DISTINCT sub_id FROM outbox WHERE state = 'pending'`),
      attempt: db.prepare(`INSERT INTO deliveries (outbox_id, attempt, at, status, error, ms) VALUES (?, ?, ?, ?, ?, ?)`),
      delivered: db.prepare(`UPDATE outbox SET state = 'delivered', attempts = ?, last_status = ?, last_error = NULL, delivered_at = ? WHERE id = ?`),
      failed: db.prepare(`UPDATE outbox SET state = ?, attempts = ?, next_at = ?, last_status = ?, last_error = ? WHERE id = ?`),
      cancel: db.prepare(`UPDATE outbox SET state = 'canceled' WHERE sub_id = ? AND state = 'pending'`),
    };
  }

  /** Drains whatever the outbox holds from an earlier run (a crash leaves entries pending: they are sent again). */
  start(): void {
    for (const { sub_id } of this.stmt.pendingSubs.all()) this.kick(sub_id);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  cancel(subId: string): void {
    this.stmt.cancel.run(subId);
  }

  /** Something was queued for this subscription (or its wait is over): drain it unless a drain is running. */
  kick(subId: string): void {
    if (this.stopped) return;
    if (this.running.has(subId)) {
      this.again.add(subId);
      return;
    }
    const timer = this.timers.get(subId);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(subId);
    }
    const run = this.drain(subId).finally(() => {
      this.inFlight.delete(run);
      this.running.delete(subId);
      if (this.again.delete(subId)) this.kick(subId);
    });
    this.running.add(subId);
    this.inFlight.add(run);
  }

  private async drain(subId: string): Promise<void> {
    while (!this.stopped) {
      const row = this.stmt.head.get(subId);
      if (!row) return;
      const wait = row.next_at - Date.now();
      if (wait > 0) {
        this.again.delete(subId); // the timer is the next kick; new entries queue behind this one anyway
        this.timers.set(
          subId,
          setTimeout(() => {
            this.timers.delete(subId);
            this.kick(subId);
          }, wait),
        );
        return;
      }
      const target = this.target(subId);
      if (!target) return this.cancel(subId);
      await this.attempt(row, target);
    }
  }

  private async attempt(row: OutboxRow, target: WebhookTarget): Promise<void> {
    const n = row.attempts + 1;
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await this.post(target, row);
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (err) {
      error = `${(err as { code?: string }).code ?? 'ERROR'}: ${(err as Error).message}`;
    }
    const now = new Date();
    this.stmt.attempt.run(row.id, n, now.toISOString(), status, error, now.getTime() - started);
    if (!error) {
      this.failing.delete(row.sub_id);
      this.stmt.delivered.run(n, status, now.toISOString(), row.id);
      return;
    }
    const dead = n >= this.opts.maxAttempts || this.failing.has(row.sub_id);
    if (dead) this.failing.add(row.sub_id);
    this.stmt.failed.run(dead ? 'dead' : 'pending', n, dead ? row.next_at : now.getTime() + backoffMs(n, this.opts), status, error, row.id);
  }

  private async post(target: WebhookTarget, row: OutboxRow): Promise<number> {
    await assertPublicTarget(target.url, target.policy); // IP literals never reach the guarded lookup
    const url = new URL(target.url);
    const secure = url.protocol === 'https:';
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(
        url,
        {
          method: 'POST',
          agent: secure ? this.agents.https : this.agents.http,
          lookup: guardedLookup(target.policy),
          timeout: this.opts.timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(row.body),
            'user-agent': 'wiredesk/0.1 (+webhooks)',
            [SIGNATURE_HEADER]: sign(target.secret, row.body),
            'x-wiredesk-delivery': String(row.id),
            'x-wiredesk-event': String(row.seq),
            'x-wiredesk-subscription': row.sub_id,
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${this.opts.timeoutMs} ms`), { code: 'TIMEOUT' })));
      req.on('error', reject);
      req.end(row.body);
    });
  }
}
