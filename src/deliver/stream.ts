// GET /v1/stream: Server-Sent Events of every stored item. The event id is the item's change sequence, so a
// client that reconnects with Last-Event-ID (or ?after=SEQ) first gets what it missed from the store, then
// the live feed; nothing is lost between the two because live events queue while the replay runs.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../server/context.ts';
import type { StoredItem } from '../store/types.ts';
import { requireScope } from '../server/auth.ts';

const HEARTBEAT_MS = 15_000;
const REPLAY_PAGE = 500;

/** Which items a stream carries: all, or those at an urgency or above. */
export interface StreamFilter {
  urgencyMax?: number;
}

const passes = (s: StoredItem, f: StreamFilter) => f.urgencyMax === undefined || (s.item.urgency !== undefined && s.item.urgency <= f.urgencyMax);

function frame(s: StoredItem): string {
  return `id: ${s.seq}\nevent: item\ndata: ${JSON.stringify(s.item)}\n\n`;
}

export function registerStream(app: FastifyInstance, ctx: AppContext): void {
  app.get('/v1/stream', { preHandler: requireScope(ctx, 'read') }, (req, reply: FastifyReply) => {
    const q = req.query as { after?: string; urgency?: string };
    const lastId = (req.headers['last-event-id'] as string | undefined) ?? q.after;
    let after = lastId !== undefined && /^\d+$/.test(lastId) ? Number(lastId) : null;
    const filter: StreamFilter = q.urgency && /^[1-9]$/.test(q.urgency) ? { urgencyMax: Number(q.urgency) } : {};

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(': wiredesk stream\nretry: 2000\n\n');

    const pending: StoredItem[] = [];
    let replaying = after !== null;
    const onItem = (s: StoredItem) => {
      if (replaying) pending.push(s);
      else if (s.seq > (after ?? 0) && passes(s, filter)) {
        res.write(frame(s));
        after = s.seq;
      }
    };
    ctx.bus.on('item', onItem);
    if (replaying) {
      // Catch up from the store, page by page, then flush what arrived meanwhile.
      for (;;) {
        const page = ctx.store.changesSince(after!, REPLAY_PAGE);
        for (const s of page) {
          if (passes(s, filter)) res.write(frame(s));
          after = s.seq;
        }
        if (page.length < REPLAY_PAGE) break;
      }
      replaying = false;
      for (const s of pending.splice(0)) onItem(s);
    }
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      ctx.bus.off('item', onItem);
    });
  });
}
