// API keys: random, shown once, kept as a SHA-256 hash with a short prefix for listing. Scopes: ingest, read,
// subscribe, admin (admin implies every scope). No write without a key; reads are open on a local desk unless
// the server is started with openReads off. A token bucket per key limits the request rate.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { AppContext } from './context.ts';

export const SCOPES = ['ingest', 'read', 'subscribe', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ApiKey {
  id: number;
  name: string;
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  revokedAt: string | null;
}

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

export function ensureAuthTables(db: Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS api_keys (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  )`);
}

export function parseScopes(text: string): Scope[] {
  const scopes = text.split(/[,\s]+/).filter(Boolean);
  const bad = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (bad.length) throw Object.assign(new Error(`unknown scope ${bad.map((b) => `"${b}"`).join(', ')}; scopes are ${SCOPES.join(', ')}`), { code: 'BAD_SCOPE' });
  if (scopes.length === 0) throw Object.assign(new Error(`a key needs at least one scope: ${SCOPES.join(', ')}`), { code: 'BAD_SCOPE' });
  return scopes as Scope[];
}

export function createKey(db: Database, opts: { name: string; scopes: Scope[] }): { id: number; key: string } {
  ensureAuthTables(db);
  const key = `wdk_${randomBytes(32).toString('base64url')}`;
  const info = db
    .prepare('INSERT INTO api_keys (name, prefix, hash, scopes, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(opts.name, key.slice(0, 10), hash(key), opts.scopes.join(','), new Date().toISOString());
  return { id: Number(info.lastInsertRowid), key };
}

interface KeyRow {
  id: number;
  name: string;
  prefix: string;
  scopes: string;
  created_at: string;
  revoked_at: string | null;
}

const toKey = (r: KeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scopes: r.scopes.split(',') as Scope[],
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export function listKeys(db: Database): ApiKey[] {
  ensureAuthTables(db);
  return (db.prepare('SELECT * FROM api_keys ORDER BY id').all() as KeyRow[]).map(toKey);
}

export function revokeKey(db: Database, id: number): boolean {
  ensureAuthTables(db);
  return db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(new Date().toISOString(), id).changes > 0;
}

export function findKey(db: Database, key: string): ApiKey | null {
  ensureAuthTables(db);
  const row = db.prepare('SELECT * FROM api_keys WHERE hash = ? AND revoked_at IS NULL').get(hash(key)) as KeyRow | undefined;
  return row ? toKey(row) : null;
}

/** The embedded desk makes one admin key the first time a data folder is opened, and shows it once. */
export function ensureLocalAdminKey(db: Database): string | null {
  ensureAuthTables(db);
  const n = (db.prepare('SELECT count(*) AS n FROM api_keys').get() as { n: number }).n;
  return n === 0 ? createKey(db, { name: 'local admin', scopes: ['admin'] }).key : null;
}

export function hasScope(key: ApiKey, scope: Scope): boolean {
  return key.scopes.includes('admin') || key.scopes.includes(scope);
}

/** Where a request carries its key: Authorization: Bearer, X-Api-Key, or ?key= (EventSource and WebSocket cannot set headers). */
export function keyFrom(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const header = req.headers['x-api-key'];
  if (typeof header === 'string') return header;
  const q = (req.query as { key?: string } | undefined)?.key;
  return typeof q === 'string' ? q : undefined;
}

interface Bucket {
  tokens: number;
  at: number;
}

export interface AuthOptions {
  /** GET requests without a key are allowed (the local desk); keys are still checked when given. */
  openReads: boolean;
  /** Requests per second per key, and the burst a key may spend at once. */
  ratePerSecond: number;
  burst: number;
}

export const DEFAULT_AUTH: AuthOptions = { openReads: true, ratePerSecond: 50, burst: 200 };

const buckets = new WeakMap<Database, Map<number, Bucket>>();

function takeToken(db: Database, keyId: number, opts: AuthOptions): number {
  let map = buckets.get(db);
  if (!map) buckets.set(db, (map = new Map()));
  const now = Date.now();
  const b = map.get(keyId) ?? { tokens: opts.burst, at: now };
  b.tokens = Math.min(opts.burst, b.tokens + ((now - b.at) / 1000) * opts.ratePerSecond);
  b.at = now;
  map.set(keyId, b);
  if (b.tokens < 1) return Math.ceil((1 - b.tokens) / opts.ratePerSecond);
  b.tokens -= 1;
  return 0;
}

function deny(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}

export function requireScope(ctx: AppContext, scope: Scope): preHandlerHookHandler {
  const opts: AuthOptions = { ...DEFAULT_AUTH, ...(ctx.config as { auth?: Partial<AuthOptions> }).auth };
  return async (req, reply) => {
    const key = keyFrom(req);
    if (!key) {
      if (scope === 'read' && opts.openReads) return;
      return deny(reply, 401, 'NO_KEY', `this needs an API key with the "${scope}" scope: send Authorization: Bearer KEY (create one with: wiredesk keys create --name NAME --scopes ${scope})`);
    }
    const found = findKey(ctx.store.db, key);
    if (!found) return deny(reply, 401, 'BAD_KEY', 'the API key is unknown or revoked');
    if (!hasScope(found, scope)) return deny(reply, 403, 'WRONG_SCOPE', `the key "${found.name}" has scopes ${found.scopes.join(', ')}; this needs "${scope}"`);
    const wait = takeToken(ctx.store.db, found.id, opts);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      return deny(reply, 429, 'RATE_LIMITED', `too many requests for key "${found.name}" (limit ${opts.ratePerSecond}/s); retry after ${wait} s`);
    }
    (req as FastifyRequest & { apiKey?: ApiKey }).apiKey = found;
  };
}
