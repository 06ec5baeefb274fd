// Live streams over Server-Sent Events and WebSocket: every stored item (GET /v1/stream, /v1/stream/ws), or
// what one subscription matched (/v1/subscriptions/:id/stream and /ws, or ?subscription=ID). The event id is a
// change sequence, so a client that reconnects with Last-Event-ID (or ?after=SEQ) first gets what it missed
// from the store, then the live feed; nothing is lost between the two because live events queue while the
// replay runs.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { AppContext } from '../server/context.ts';
import type { StoredItem } from '../store/types.ts';
import type { Deliverer } from './subscriptions.ts';
import { requireScope } from '../server/auth.ts';
import { sendError } from '../server/errors.ts';

const HEARTBEAT_MS = 15_000;
const REPLAY_PAGE = 500;

/** Where a stream's events come from: a replay from the store after an event id, and live events. */
export interface StreamSource {
  replay(after: number, limit: number): StoredItem[];
  subscribe(listener: (s: StoredItem) => void): () => void;
  passes(s: StoredItem): boolean;
}

/** Every stored item, or those at an urgency or above. */
export function wireSource(ctx: AppContext, urgencyMax?: number): StreamSource {
  return {
    replay: (after, limit) => ctx.store.changesSince(after, limit),
    subscribe: (listener) => {
      ctx.bus.on('item', listener);
      return () => ctx.bus.off('item', listener);
    },
    passes: (s) => urgencyMax === undefined || (s.item.urgency !== undefined && s.item.urgency <= urgencyMax),
  };
}

/** What one subscription matched. */
export function subscriptionSource(deliverer: Deliverer, id: string): StreamSource {
  return {
    replay: (after, limit) => deliverer.replay(id, after, limit),
    subscribe: (listener) => {
      deliverer.live.on(id, listener);
      return () => deliverer.live.off(id, listener);
    },
    passes: () => true,
  };
}

/**
 * Sends the source's events after `after` (null: live only) in order, without gaps or repeats; returns the
 * function that stops following.
 */
export function follow(source: StreamSource, after: number | null, send: (s: StoredItem) => void): () => void {
  const pending: StoredItem[] = [];
  let replaying = after !== null;
  let last = after ?? 0;
  const onItem = (s: StoredItem) => {
    if (replaying) pending.push(s);
    else if (s.seq > last && source.passes(s)) {
      send(s);
      last = s.seq;
    }
  };
  const unsubscribe = source.subscribe(onItem);
  if (replaying) {
    // Catch up from the store, page by page, then flush what arrived meanwhile.
    for (;;) {
      const page = source.replay(last, REPLAY_PAGE);
      for (const s of page) {
        if (source.passes(s)) send(s);
        last = s.seq;
      }
      if (page.length < REPLAY_PAGE) break;
    }
    replaying = false;
    for (const s of pending.splice(0)) onItem(s);
  }
  return unsubscribe;
}

function readAfter(req: FastifyRequest): number | null {
  const q = req.query as { after?: string };
  const lastId = (req.headers['last-event-id'] as string | undefined) ?? q.after;
  return lastId !== undefined && /^\d+$/.test(lastId) ? Number(lastId) : null;
}

// One live item goes to every client that follows it, over SSE and WebSocket: serialise it once, not once per
// connection or per protocol.
const itemJson = new WeakMap<StoredItem, string>();
const sseFrames = new WeakMap<StoredItem, string>();
const wsMessages = new WeakMap<StoredItem, string>();

function jsonOf(s: StoredItem): string {
  let j = itemJson.get(s);
  if (j === undefined) itemJson.set(s, (j = JSON.stringify(s.item)));
  return j;
}

function frame(s: StoredItem): string {
  let f = sseFrames.get(s);
  if (f === undefined) sseFrames.set(s, (f = `id: ${s.seq}\nevent: item\ndata: ${jsonOf(s)}\n\n`));
  return f;
}

/** The same text as JSON.stringify({ id, event: 'item', item }). */
function message(s: StoredItem): string {
  let m = wsMessages.get(s);
  if (m === undefined) wsMessages.set(s, (m = `{"id":${s.seq},"event":"item","item":${jsonOf(s)}}`));
  return m;
}

export function serveSse(req: FastifyRequest, reply: FastifyReply, source: StreamSource): void {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  res.write(': wiredesk stream\nretry: 2000\n\n');
  res.socket?.setNoDelay(true); // a flash is one small write: send it now, not after Nagle's wait
  const stop = follow(source, readAfter(req), (s) => res.write(frame(s)));
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.raw.on('close', () => {
    clearInterval(heartbeat);
    stop();
  });
}

/** WebSocket messages are JSON: {"id": SEQ, "event": "item", "item": {...}}; resume with ?after=SEQ. */
export function serveWs(socket: WebSocket, req: FastifyRequest, source: StreamSource): void {
  const stop = follow(source, readAfter(req), (s) => socket.send(message(s)));
  const heartbeat = setInterval(() => socket.ping(), HEARTBEAT_MS);
  socket.on('close', () => {
    clearInterval(heartbeat);
    stop();
  });
}

export function registerStream(app: FastifyInstance, ctx: AppContext, deliverer: Deliverer): void {
  /** The source a /v1/stream request asks for: ?subscription=ID, else the wire with an optional ?urgency. */
  const pick = (req: FastifyRequest): StreamSource | string => {
    const q = req.query as { urgency?: string; subscription?: string };
    if (q.subscription !== undefined) return deliverer.get(q.subscription) ? subscriptionSource(deliverer, q.subscription) : `no subscription with id ${q.subscription}`;
    return wireSource(ctx, q.urgency && /^[1-9]$/.test(q.urgency) ? Number(q.urgency) : undefined);
  };
  app.get('/v1/stream', { preHandler: requireScope(ctx, 'read') }, (req, reply: FastifyReply) => {
    const source = pick(req);
    if (typeof source === 'string') return sendError(reply, 404, 'NOT_FOUND', source);
    serveSse(req, reply, source);
  });
  app.get('/v1/stream/ws', { websocket: true, preHandler: requireScope(ctx, 'read') }, (socket, req) => {
    const source = pick(req);
    if (typeof source === 'string') return socket.close(4404, source);
    serveWs(socket, req, source);
  });
}
