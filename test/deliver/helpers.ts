// A desk on a free port with its own data folder, keys of each scope, and small clients for its channels.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { buildApp, openContext, type Desk } from '../../src/server/app.ts';
import { createKey, ensureLocalAdminKey } from '../../src/server/auth.ts';
import type { Config } from '../../src/server/context.ts';

export interface TestDesk extends Desk {
  url: string;
  dataDir: string;
  keys: { admin: string; subscribe: string; read: string; ingest: string };
}

/** `deliver` is config.deliver (short webhook backoff, private targets for local receivers). */
export async function startTestDesk(opts: { dataDir?: string; deliver?: object; keys?: TestDesk['keys'] } = {}): Promise<TestDesk> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'wd-deliver-'));
  const config = { port: 0, host: '127.0.0.1', dataDir, deliver: opts.deliver, auth: { ratePerSecond: 10_000, burst: 10_000 } } as Config;
  const ctx = openContext(config);
  const keys = opts.keys ?? {
    admin: ensureLocalAdminKey(ctx.store.db)!,
    subscribe: createKey(ctx.store.db, { name: 'subscriber', scopes: ['subscribe'] }).key,
    read: createKey(ctx.store.db, { name: 'reader', scopes: ['read'] }).key,
    ingest: createKey(ctx.store.db, { name: 'ingester', scopes: ['ingest'] }).key,
  };
  const desk = await buildApp(ctx);
  const address = await desk.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...desk, url: address, dataDir, keys };
}

export async function api(desk: TestDesk, method: string, path: string, key: string | null, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${desk.url}${path}`, {
    method,
    headers: key ? { authorization: `Bearer ${key}` } : {},
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** Posts wire copy (a ninjs item) with the ingest key. */
export async function postItem(desk: TestDesk, ninjs: string): Promise<void> {
  const res = await api(desk, 'POST', '/v1/items', desk.keys.ingest, ninjs);
  if (res.status !== 200) throw new Error(`POST /v1/items answered ${res.status}: ${JSON.stringify(res.json)}`);
}

export interface SseEvent {
  id: string;
  uri: string;
}

/** Opens an SSE stream and resolves with the first `count` events, then closes it. */
export function collectSse(url: string, count: number, headers: Record<string, string> = {}): { done: Promise<SseEvent[]>; opened: Promise<void> } {
  let opened!: () => void;
  const openedP = new Promise<void>((r) => (opened = r));
  const done = new Promise<SseEvent[]>((resolve, reject) => {
    const events: SseEvent[] = [];
    if (count === 0) opened();
    const req = request(url, { headers }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      opened();
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const id = block.match(/^id: (\d+)$/m)?.[1];
          const data = block.match(/^data: (.*)$/m)?.[1];
          if (id && data) events.push({ id, uri: (JSON.parse(data) as { uri: string }).uri });
          if (events.length === count) {
            req.destroy();
            resolve(events);
          }
        }
      });
    });
    req.on('error', (e) => (events.length === count ? undefined : reject(e)));
    req.setTimeout(10_000, () => reject(new Error(`timed out with ${events.length}/${count} events`)));
    req.end();
  });
  return { done, opened: openedP };
}

/** A small ninjs item; `n` makes the uri, the rest overrides fields. */
export function wireItem(n: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    uri: `urn:test:deliver:${n}`,
    version: '1',
    versionCreated: `2026-10-05T08:${String(n % 60).padStart(2, '0')}:00Z`,
    pubStatus: 'usable',
    urgency: 5,
    headlines: [{ value: `Harbour authority reports grain shipments, part ${n}` }],
    bodies: [{ role: 'main', contentType: 'text/plain', value: `The port handled more than 40 grain ships on Monday, the harbour authority said in statement ${n}.` }],
    ...extra,
  });
}

export const flashItem = (n: number) =>
  wireItem(n, { urgency: 1, headlines: [{ value: `FLASH ceasefire collapses, report ${n}` }], bodies: [{ role: 'main', contentType: 'text/plain', value: `The ceasefire collapsed on Tuesday, officials said in report ${n}.` }] });
