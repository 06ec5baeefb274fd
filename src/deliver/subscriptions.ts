// Subscriptions: stored rules, matched against every item the store takes in, through the rule index.
// What matched is written in one transaction with the webhook outbox and the "last sequence matched" cursor,
// so a restart (even after kill -9) picks up exactly where matching stopped: items stored while the server was
// down, or by another process (`wiredesk ingest`), are matched from the store's change feed.
// Live channels (SSE, WebSocket) hear matches on `live` (event name = subscription id) right after the commit.
import { EventEmitter } from 'node:events';
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Store, StoredItem } from '../store/types.ts';
import { RuleIndex } from './matcher.ts';
import { parseRule, ruleToText, RuleError } from './rules.ts';
import { parseTargetUrl, assertPublicTarget, policyFromEnv, TargetError, type TargetPolicy } from './ssrf.ts';
import { DEFAULT_WEBHOOK, WebhookPump, type WebhookOptions, type WebhookTarget } from './webhooks.ts';

export const CHANNELS = ['sse', 'ws', 'feed', 'webhook'] as const;
export type ChannelType = (typeof CHANNELS)[number];

export interface Channel {
  type: ChannelType;
  url?: string;
  /** Admin only: this webhook may target a private address. */
  allowPrivate?: boolean;
}

export interface Subscription {
  id: string;
  name: string;
  /** The rule as it was given (text or JSON tree) and in its text spelling. */
  rule: unknown;
  ruleText: string;
  channel: Channel;
  keyId: number | null;
  createdAt: string;
}

export interface DeliverOptions {
  webhook: WebhookOptions;
  /** Private webhook / feed targets: false (default), true, or a list of hosts, addresses, CIDR networks. Env WIREDESK_ALLOW_PRIVATE_TARGETS adds to it. */
  allowPrivateTargets: boolean | string[];
  /** How often the store is checked for items written by other processes. */
  catchUpEveryMs: number;
}

export const DEFAULT_DELIVER: DeliverOptions = { webhook: DEFAULT_WEBHOOK, allowPrivateTargets: false, catchUpEveryMs: 1000 };

/** A request the API turns into a 4xx: code, message, HTTP status. */
export class DeliverError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface SubRow {
  id: string;
  name: string;
  rule: string;
  channel: string;
  secret: string | null;
  key_id: number | null;
  created_at: string;
  rule_key: string | null;
  start_seq: number;
}

export interface DeliveryEntry {
  id: number;
  seq: number;
  itemId: string;
  state: 'pending' | 'delivered' | 'dead' | 'canceled';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

const CATCH_UP_PAGE = 500;
const MAX_NAME = 200;

function mergePolicy(config: boolean | string[], env: TargetPolicy): TargetPolicy {
  if (config === true || env.allowPrivate === true) return { allowPrivate: true };
  return { allowPrivate: [...(Array.isArray(config) ? config : []), ...(Array.isArray(env.allowPrivate) ? env.allowPrivate : [])] };
}

export class Deliverer {
  /** Distinct rules (by key), each shared by the subscriptions in byRule: a rule is evaluated and stored once per item. */
  readonly index = new RuleIndex<string>();
  private readonly byRule = new Map<string, Set<string>>();
  /** Emits (subscription id) → StoredItem whose seq is the event id, after the match is committed. */
  readonly live = new EventEmitter();
  readonly policy: TargetPolicy;
  private readonly subs = new Map<string, Subscription & { secret: string | null; ruleKey: string; startSeq: number }>();
  private readonly pump: WebhookPump;
  private readonly stmt;
  private cursor = 0;
  private cursorDirty = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly onItem = (s: StoredItem) => {
    if (s.seq > this.cursor) this.process([s]);
  };

  constructor(
    private readonly db: Database,
    private readonly store: Store,
    private readonly bus: EventEmitter<{ item: [StoredItem] }>,
    readonly opts: DeliverOptions = DEFAULT_DELIVER,
  ) {
    this.live.setMaxListeners(0);
    this.policy = mergePolicy(opts.allowPrivateTargets, policyFromEnv());
    this.stmt = {
      all: db.prepare<[], SubRow>(`SELECT * FROM subscriptions WHERE deleted_at IS NULL ORDER BY created_at, id`),
      insert: db.prepare(`INSERT INTO subscriptions (id, name, rule, channel, secret, key_id, created_at, rule_key, start_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      setRuleKey: db.prepare(`UPDATE subscriptions SET rule_key = ? WHERE id = ?`),
      remove: db.prepare(`UPDATE subscriptions SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`),
      match: db.prepare(`INSERT OR IGNORE INTO rule_matches (rule_key, seq, item_id) VALUES (?, ?, ?)`),
      forgetRule: db.prepare(`DELETE FROM rule_matches WHERE rule_key = ?`),
      outbox: db.prepare(`INSERT OR IGNORE INTO outbox (sub_id, seq, body, next_at, created_at) VALUES (?, ?, ?, ?, ?)`),
      getCursor: db.prepare<[], { value: number }>(`SELECT value FROM deliver_state WHERE name = 'cursor'`),
      setCursor: db.prepare(`INSERT INTO deliver_state (name, value) VALUES ('cursor', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value`),
      maxSeq: db.prepare<[], { s: number | null }>(`SELECT max(seq) AS s FROM items`),
      replay: db.prepare<[string, number, number], { seq: number; id: string; json: string }>(
        `SELECT m.seq, i.id, i.json FROM rule_matches m JOIN items i ON i.id = m.item_id WHERE m.rule_key = ? AND m.seq > ? ORDER BY m.seq LIMIT ?`,
      ),
      recent: db.prepare<[string, number, number], { seq: number; id: string; json: string }>(
        `SELECT m.seq, i.id, i.json FROM rule_matches m JOIN items i ON i.id = m.item_id WHERE m.rule_key = ? AND m.seq > ? ORDER BY m.seq DESC LIMIT ?`,
      ),
      deliveries: db.prepare(`SELECT * FROM outbox WHERE sub_id = ? AND (? IS NULL OR state = ?) ORDER BY id DESC LIMIT ?`),
      summary: db.prepare<[string], { state: string; n: number }>(`SELECT state, count(*) AS n FROM outbox WHERE sub_id = ? GROUP BY state`),
      attempts: db.prepare(`SELECT attempt, at, status, error, ms FROM deliveries WHERE outbox_id = ? ORDER BY attempt`),
      retry: db.prepare(`UPDATE outbox SET state = 'pending', attempts = 0, next_at = ? WHERE sub_id = ? AND state = 'dead'`),
      hurry: db.prepare(`UPDATE outbox SET next_at = ? WHERE sub_id = ? AND state = 'pending' AND next_at > ?`),
    };
    this.pump = new WebhookPump(db, opts.webhook, (id) => this.webhookTarget(id));
  }

  start(): void {
    for (const row of this.stmt.all.all()) this.load(row);
    const saved = this.stmt.getCursor.get();
    // A fresh data folder starts matching from now: subscriptions are about what comes next.
    this.cursor = saved ? saved.value : (this.stmt.maxSeq.get()?.s ?? 0);
    if (!saved) this.stmt.setCursor.run(this.cursor);
    this.catchUp();
    this.bus.on('item', this.onItem);
    this.timer = setInterval(() => {
      this.catchUp();
      if (this.cursorDirty) this.saveCursor();
    }, this.opts.catchUpEveryMs);
    this.timer.unref();
    this.pump.start();
  }

  async stop(): Promise<void> {
    this.bus.off('item', this.onItem);
    if (this.timer) clearInterval(this.timer);
    if (this.cursorDirty) this.saveCursor();
    await this.pump.stop();
  }

  /** Matches whatever the store holds past the cursor (startup, other writers). */
  catchUp(): void {
    for (;;) {
      const page = this.store.changesSince(this.cursor, CATCH_UP_PAGE);
      if (page.length) this.process(page);
      if (page.length < CATCH_UP_PAGE) return;
    }
  }

  private process(items: StoredItem[]): void {
    const matched: Array<[StoredItem, string[]]> = [];
    for (const s of items) {
      const rules = this.index.size ? this.index.match(s.item) : [];
      if (rules.length) matched.push([s, rules]);
      this.cursor = Math.max(this.cursor, s.seq);
    }
    // Most items match nothing: their cursor move is saved with the next match or by the timer. Matching again
    // after a crash is harmless: a match is unique per (rule, seq) and an outbox entry per (subscription, seq).
    if (!matched.length) {
      this.cursorDirty = true;
      return;
    }
    const now = Date.now();
    this.db.transaction(() => {
      for (const [s, rules] of matched) {
        // The item is serialised once for every webhook that takes it, not once per subscription.
        let itemJson: string | undefined;
        for (const rule of rules) {
          this.stmt.match.run(rule, s.seq, s.id);
          for (const id of this.byRule.get(rule)!) {
            const sub = this.subs.get(id)!;
            if (sub.channel.type !== 'webhook') continue;
            itemJson ??= JSON.stringify(s.item);
            const head = JSON.stringify({ subscription: { id, name: sub.name }, event: { id: s.seq, type: 'item', itemId: s.id } });
            const body = `${head.slice(0, -1)},"item":${itemJson}}`;
            this.stmt.outbox.run(id, s.seq, body, now, new Date(now).toISOString());
          }
        }
      }
      this.saveCursor();
    })();
    for (const [s, rules] of matched)
      for (const rule of rules)
        for (const id of this.byRule.get(rule)!) {
          this.live.emit(id, s);
          if (this.subs.get(id)!.channel.type === 'webhook') this.pump.kick(id);
        }
  }

  private saveCursor(): void {
    this.stmt.setCursor.run(this.cursor);
    this.cursorDirty = false;
  }

  private load(row: SubRow): void {
    const rule = JSON.parse(row.rule) as unknown;
    const parsed = parseRule(rule);
    const ruleText = ruleToText(parsed);
    // Subscriptions whose rules read the same share one key: same text spelling, same matches.
    const ruleKey = createHash('sha256').update(ruleText).digest('base64url').slice(0, 22);
    if (row.rule_key !== ruleKey) this.stmt.setRuleKey.run(ruleKey, row.id);
    const channel = JSON.parse(row.channel) as Channel;
    this.subs.set(row.id, { id: row.id, name: row.name, rule, ruleText, channel, keyId: row.key_id, createdAt: row.created_at, secret: row.secret, ruleKey, startSeq: row.start_seq });
    let subs = this.byRule.get(ruleKey);
    if (!subs) {
      this.byRule.set(ruleKey, (subs = new Set()));
      this.index.add(ruleKey, parsed);
    }
    subs.add(row.id);
  }

  private webhookTarget(id: string): WebhookTarget | null {
    const sub = this.subs.get(id);
    if (!sub || sub.channel.type !== 'webhook' || !sub.channel.url || !sub.secret) return null;
    return { url: sub.channel.url, secret: sub.secret, policy: sub.channel.allowPrivate ? { allowPrivate: true } : this.policy };
  }

  /** Validates and stores a subscription; a webhook gets a secret, returned here only. */
  async create(input: unknown, by: { keyId: number | null; admin: boolean }): Promise<Subscription & { secret?: string }> {
    if (!input || typeof input !== 'object' || Array.isArray(input)) throw new DeliverError(400, 'BAD_SUBSCRIPTION', 'send a JSON object: {"name", "rule", "channel": {"type": "sse" | "ws" | "feed" | "webhook", "url"?}}');
    const o = input as Record<string, unknown>;
    if (o.rule === undefined) throw new DeliverError(400, 'BAD_RULE', 'rule: missing; write one like "urgency<=3 AND place:Iraq"');
    let ruleText: string;
    try {
      ruleText = ruleToText(parseRule(o.rule));
    } catch (err) {
      if (err instanceof RuleError) throw new DeliverError(400, err.code, `rule ${err.message}`);
      throw err;
    }
    const name = o.name === undefined ? ruleText.slice(0, MAX_NAME) : o.name;
    if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME) throw new DeliverError(400, 'BAD_SUBSCRIPTION', `name: a non-empty string of at most ${MAX_NAME} characters`);
    const channel = this.readChannel(o.channel ?? { type: 'sse' }, by.admin);
    if (channel.type === 'webhook') {
      try {
        await assertPublicTarget(channel.url!, channel.allowPrivate ? { allowPrivate: true } : this.policy);
      } catch (err) {
        if (err instanceof TargetError) throw new DeliverError(400, err.code, `channel.url: ${err.message}`);
        throw err;
      }
    }
    if (o.secret !== undefined && (typeof o.secret !== 'string' || o.secret.length < 16)) throw new DeliverError(400, 'BAD_SUBSCRIPTION', 'secret: at least 16 characters (or leave it out and one is made for you)');
    const secret = channel.type === 'webhook' ? ((o.secret as string | undefined) ?? `whsec_${randomBytes(24).toString('base64url')}`) : null;
    const row: SubRow = {
      id: `sub_${randomBytes(9).toString('base64url')}`,
      name: name.trim(),
      rule: JSON.stringify(o.rule),
      channel: JSON.stringify(channel),
      secret,
      key_id: by.keyId,
      created_at: new Date().toISOString(),
      rule_key: null, // set by load
      start_seq: this.cursor, // what comes next is its own, even where an older subscription shares its rule
    };
    this.stmt.insert.run(row.id, row.name, row.rule, row.channel, row.secret, row.key_id, row.created_at, null, row.start_seq);
    this.load(row);
    const sub = this.get(row.id)!;
    return secret ? { ...sub, secret } : sub;
  }

  private readChannel(raw: unknown, admin: boolean): Channel {
    if (typeof raw === 'string') raw = { type: raw };
    if (!raw || typeof raw !== 'object') throw new DeliverError(400, 'BAD_CHANNEL', `channel: an object like {"type": "webhook", "url": "https://..."}; types are ${CHANNELS.join(', ')}`);
    const c = raw as Record<string, unknown>;
    if (!CHANNELS.includes(c.type as ChannelType)) throw new DeliverError(400, 'BAD_CHANNEL', `channel.type: one of ${CHANNELS.join(', ')}; got ${JSON.stringify(c.type)}`);
    const channel: Channel = { type: c.type as ChannelType };
    if (channel.type !== 'webhook') return channel;
    try {
      channel.url = parseTargetUrl(c.url).toString();
    } catch (err) {
      throw new DeliverError(400, (err as TargetError).code ?? 'BAD_TARGET', `channel.url: ${(err as Error).message}`);
    }
    if (c.allowPrivate === true) {
      if (!admin) throw new DeliverError(403, 'ADMIN_ONLY', 'channel.allowPrivate: only an admin key may let a webhook reach a private address');
      channel.allowPrivate = true;
    }
    return channel;
  }

  get(id: string): Subscription | null {
    const s = this.subs.get(id);
    if (!s) return null;
    const { secret: _secret, ruleKey: _ruleKey, startSeq: _startSeq, ...pub } = s;
    return pub;
  }

  /** Subscriptions made by one key, or all (keyId null). */
  list(keyId: number | null): Subscription[] {
    return [...this.subs.keys()].map((id) => this.get(id)!).filter((s) => keyId === null || s.keyId === keyId);
  }

  remove(id: string): boolean {
    const sub = this.subs.get(id);
    if (!sub) return false;
    this.stmt.remove.run(new Date().toISOString(), id);
    this.subs.delete(id);
    const sharing = this.byRule.get(sub.ruleKey)!;
    sharing.delete(id);
    if (!sharing.size) {
      this.byRule.delete(sub.ruleKey);
      this.index.remove(sub.ruleKey);
      this.stmt.forgetRule.run(sub.ruleKey);
    }
    this.pump.cancel(id);
    return true;
  }

  /** Matched items after an event id, oldest first (the seq of each is its event id). */
  replay(id: string, after: number, limit: number): StoredItem[] {
    const sub = this.subs.get(id);
    if (!sub) return [];
    return this.stmt.replay.all(sub.ruleKey, Math.max(after, sub.startSeq), limit).map((r) => ({ id: r.id, seq: r.seq, item: JSON.parse(r.json) }));
  }

  /** The latest matches, newest first (feeds). */
  recent(id: string, limit: number): StoredItem[] {
    const sub = this.subs.get(id);
    if (!sub) return [];
    return this.stmt.recent.all(sub.ruleKey, sub.startSeq, limit).map((r) => ({ id: r.id, seq: r.seq, item: JSON.parse(r.json) }));
  }

  deliveries(id: string, opts: { state?: string; limit: number; attempts?: boolean }) {
    const counts = { pending: 0, delivered: 0, dead: 0, canceled: 0 } as Record<string, number>;
    for (const r of this.stmt.summary.all(id)) counts[r.state] = r.n;
    const rows = this.stmt.deliveries.all(id, opts.state ?? null, opts.state ?? null, opts.limit) as Array<Record<string, unknown>>;
    const entries = rows.map((r) => ({
      id: r.id as number,
      seq: r.seq as number,
      itemId: (JSON.parse(r.body as string) as { event: { itemId: string } }).event.itemId,
      state: r.state as DeliveryEntry['state'],
      attempts: r.attempts as number,
      nextAttemptAt: r.state === 'pending' ? new Date(r.next_at as number).toISOString() : null,
      lastStatus: (r.last_status as number | null) ?? null,
      lastError: (r.last_error as string | null) ?? null,
      createdAt: r.created_at as string,
      deliveredAt: (r.delivered_at as string | null) ?? null,
      ...(opts.attempts ? { history: this.stmt.attempts.all(r.id) } : {}),
    }));
    return { counts, deliveries: entries };
  }

  /** The receiver is fixed: dead-lettered entries go back in the queue, and entries waiting out a backoff are due now. */
  retryNow(id: string): { requeued: number; hurried: number } {
    const now = Date.now();
    const hurried = this.stmt.hurry.run(now, id, now).changes;
    const requeued = this.stmt.retry.run(now, id).changes;
    if (requeued || hurried) this.pump.kick(id);
    return { requeued, hurried };
  }
}
