// Subscriptions: POST/GET/DELETE /v1/subscriptions (scope subscribe; a key sees the ones it made, admin sees all),
// each with an SSE and a WebSocket stream, RSS/Atom/JSON feeds (scope read), and its webhook deliveries.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { requireScope, hasScope, type ApiKey } from '../auth.ts';
import { sendError } from '../errors.ts';
import { DeliverError, type Deliverer, type Subscription } from '../../deliver/subscriptions.ts';
import { serveSse, serveWs, subscriptionSource } from '../../deliver/stream.ts';
import { FEED_KINDS, renderFeed, type FeedKind } from '../../deliver/feeds.ts';

const FEED_SIZE = 50;

const keyOf = (req: FastifyRequest) => (req as FastifyRequest & { apiKey?: ApiKey }).apiKey;

function baseUrl(req: FastifyRequest): string {
  return `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

/** Where a subscription's channels are. */
function links(sub: Subscription, base: string) {
  const at = `${base}/v1/subscriptions/${sub.id}`;
  return { sse: `${at}/stream`, ws: `${at}/ws`.replace(/^http/, 'ws'), rss: `${at}/feed.rss`, atom: `${at}/feed.atom`, json: `${at}/feed.json`, deliveries: `${at}/deliveries` };
}

export async function register(app: FastifyInstance, ctx: AppContext, deliverer: Deliverer): Promise<void> {
  const subscribe = requireScope(ctx, 'subscribe');
  const read = requireScope(ctx, 'read');

  /** The subscription if this key may manage it (its maker, or an admin); otherwise a 404 has been sent. */
  const owned = (req: FastifyRequest, reply: FastifyReply): Subscription | null => {
    const { id } = req.params as { id: string };
    const sub = deliverer.get(id);
    const key = keyOf(req);
    if (!sub || !key || (sub.keyId !== key.id && !hasScope(key, 'admin'))) {
      sendError(reply, 404, 'NOT_FOUND', `no subscription with id ${id} for this key`);
      return null;
    }
    return sub;
  };
  const found = (req: FastifyRequest, reply: FastifyReply): Subscription | null => {
    const { id } = req.params as { id: string };
    const sub = deliverer.get(id);
    if (!sub) sendError(reply, 404, 'NOT_FOUND', `no subscription with id ${id}`);
    return sub;
  };

  app.post('/v1/subscriptions', { preHandler: subscribe }, async (req, reply) => {
    const raw = (req.body as Buffer | undefined)?.toString('utf8') ?? '';
    let input: unknown;
    try {
      input = JSON.parse(raw);
    } catch (err) {
      return sendError(reply, 400, 'BAD_JSON', `the body must be JSON like {"name": "Flashes", "rule": "urgency<=1", "channel": {"type": "sse"}}: ${(err as Error).message}`);
    }
    const key = keyOf(req)!;
    try {
      const sub = await deliverer.create(input, { keyId: key.id, admin: hasScope(key, 'admin') });
      return reply.code(201).send({ ...sub, links: links(sub, baseUrl(req)) });
    } catch (err) {
      if (err instanceof DeliverError) return sendError(reply, err.status, err.code, err.message);
      throw err;
    }
  });

  app.get('/v1/subscriptions', { preHandler: subscribe }, async (req) => {
    const key = keyOf(req)!;
    const subs = deliverer.list(hasScope(key, 'admin') ? null : key.id);
    return { subscriptions: subs.map((s) => ({ ...s, links: links(s, baseUrl(req)) })) };
  });

  app.get('/v1/subscriptions/:id', { preHandler: subscribe }, async (req, reply) => {
    const sub = owned(req, reply);
    return sub ? { ...sub, links: links(sub, baseUrl(req)) } : reply;
  });

  app.delete('/v1/subscriptions/:id', { preHandler: subscribe }, async (req, reply) => {
    const sub = owned(req, reply);
    if (!sub) return reply;
    deliverer.remove(sub.id);
    return reply.code(204).send();
  });

  app.get('/v1/subscriptions/:id/deliveries', { preHandler: subscribe }, async (req, reply) => {
    const sub = owned(req, reply);
    if (!sub) return reply;
    const q = req.query as { state?: string; limit?: string; attempts?: string };
    if (q.state !== undefined && !['pending', 'delivered', 'dead', 'canceled'].includes(q.state)) return sendError(reply, 400, 'BAD_QUERY', `state: pending, delivered, dead or canceled; got "${q.state}"`);
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return sendError(reply, 400, 'BAD_QUERY', `limit must be an integer 1-1000; got "${q.limit}"`);
    return { subscription: sub.id, channel: sub.channel, ...deliverer.deliveries(sub.id, { state: q.state, limit, attempts: q.attempts === 'true' }) };
  });

  app.post('/v1/subscriptions/:id/deliveries/retry', { preHandler: subscribe }, async (req, reply) => {
    const sub = owned(req, reply);
    if (!sub) return reply;
    return deliverer.retryNow(sub.id);
  });

  app.get('/v1/subscriptions/:id/stream', { preHandler: read }, (req, reply) => {
    const sub = found(req, reply);
    if (sub) serveSse(req, reply, subscriptionSource(deliverer, sub.id));
  });

  app.get('/v1/subscriptions/:id/ws', { websocket: true, preHandler: read }, (socket, req) => {
    const { id } = req.params as { id: string };
    if (!deliverer.get(id)) return socket.close(4404, `no subscription with id ${id}`);
    serveWs(socket, req, subscriptionSource(deliverer, id));
  });

  app.get('/v1/subscriptions/:id/feed.:kind', { preHandler: read }, async (req, reply) => {
    const { kind } = req.params as { kind: string };
    if (!(kind in FEED_KINDS)) return sendError(reply, 404, 'NOT_FOUND', `feeds are feed.rss, feed.atom and feed.json; got feed.${kind}`);
    const sub = found(req, reply);
    if (!sub) return reply;
    const body = renderFeed(kind as FeedKind, sub, deliverer.recent(sub.id, FEED_SIZE), baseUrl(req));
    return reply.type(FEED_KINDS[kind as FeedKind]).send(body);
  });
}
