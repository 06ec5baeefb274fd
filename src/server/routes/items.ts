// The wire's read and write doors: GET /v1/items, GET /v1/items/:id (+ versions), POST /v1/items, quarantine.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Ingestor } from '../../ingest/ingestor.ts';
import { PriorityLane } from '../../ingest/priority-lane.ts';
import type { ItemQuery } from '../../store/types.ts';
import { toNinjs } from '../../item/ninjs.ts';
import type { Item } from '../../item/types.ts';
import { requireScope } from '../auth.ts';
import { sendError } from '../errors.ts';

/** What a list row needs: the item without its bodies, full text and extraction (a tenth of the bytes). */
function brief(item: Item): Item {
  const { bodies: _bodies, descriptions: _descriptions, people: _people, organisations: _organisations, places: _places, subjects: _subjects, ...rest } = item;
  const { extraction: _extraction, paragraphs: _paragraphs, text, ...ext } = item['x-wiredesk'];
  return { ...rest, 'x-wiredesk': { ...ext, text: text.slice(0, 200) } };
}

const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export async function register(app: FastifyInstance, ctx: AppContext & { ingestor: Ingestor }): Promise<void> {
  // Posted copy is read most urgent first, so a FLASH does not queue behind routine items.
  const lane = new PriorityLane(ctx.ingestor);
  app.get('/v1/items', { preHandler: requireScope(ctx, 'read') }, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const query: ItemQuery = { limit: 50 };
    if (q.q) query.q = q.q;
    if (q.source) query.source = q.source;
    if (q.place) query.place = q.place;
    if (q.entity) query.entity = q.entity;
    if (q.story) query.storyId = q.story;
    if (q.cursor) query.cursor = q.cursor;
    if (q.hidden === 'true') query.includeHidden = true;
    for (const key of ['since', 'until'] as const) {
      const v = q[key];
      if (v === undefined) continue;
      if (!ISO.test(v)) return sendError(reply, 400, 'BAD_QUERY', `${key} must be an ISO date or date-time, like 2026-10-05 or 2026-10-05T12:00:00Z; got "${v}"`);
      query[key] = v;
    }
    if (q.urgency !== undefined) {
      const u = Number(q.urgency);
      if (!Number.isInteger(u) || u < 1 || u > 9) return sendError(reply, 400, 'BAD_QUERY', `urgency must be an integer 1-9 (items at that urgency or more urgent); got "${q.urgency}"`);
      query.urgencyMax = u;
    }
    if (q.limit !== undefined) {
      const n = Number(q.limit);
      if (!Number.isInteger(n) || n < 1 || n > 500) return sendError(reply, 400, 'BAD_QUERY', `limit must be an integer 1-500; got "${q.limit}"`);
      query.limit = n;
    }
    if (q.view !== undefined && q.view !== 'full' && q.view !== 'brief') return sendError(reply, 400, 'BAD_QUERY', `view must be "full" (the default) or "brief" (no bodies, text cut to 200 characters, no extraction); got "${q.view}"`);
    try {
      const page = ctx.store.query(query);
      const shape = q.view === 'brief' ? brief : (i: Item) => i;
      return { items: page.items.map((s) => shape(s.item)), next: page.next };
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'BAD_CURSOR') return sendError(reply, 400, code, (err as Error).message);
      throw err;
    }
  });

  app.get('/v1/items/:id', { preHandler: requireScope(ctx, 'read') }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const stored = ctx.store.get(id);
    if (!stored) return sendError(reply, 404, 'NOT_FOUND', `no item with id ${id}`);
    if ((req.query as { format?: string }).format === 'ninjs') return toNinjs(stored.item);
    const versions = ctx.store.versions(id).map((v) => ({ version: v.version ?? '1', versionCreated: v.versionCreated, pubStatus: v.pubStatus }));
    return { ...stored.item, 'x-wiredesk': { ...stored.item['x-wiredesk'], versions } };
  });

  app.get('/v1/items/:id/versions', { preHandler: requireScope(ctx, 'read') }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const versions = ctx.store.versions(id);
    if (versions.length === 0) return sendError(reply, 404, 'NOT_FOUND', `no item with id ${id}`);
    return { versions };
  });

  // Any format: the body is read as raw bytes and detected like a file would be.
  app.post('/v1/items', { preHandler: requireScope(ctx, 'ingest') }, async (req, reply: FastifyReply) => {
    const body = req.body as Buffer | undefined;
    const bytes = body ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : new Uint8Array();
    const source = (req.headers['x-wiredesk-source'] as string | undefined) ?? `http:${req.ip}`;
    const report = await lane.submit(bytes, source);
    const status = report.items.length === 0 && report.failures.length > 0 ? 422 : 200;
    return reply.code(status).send({ format: report.format, items: report.items, failures: report.failures });
  });

  app.get('/v1/quarantine', { preHandler: requireScope(ctx, 'admin') }, async () => ({ entries: ctx.store.listQuarantine(200) }));

  app.get('/v1/quarantine/:id/raw', { preHandler: requireScope(ctx, 'admin') }, async (req, reply) => {
    const raw = ctx.store.quarantineRaw(Number((req.params as { id: string }).id));
    if (!raw) return sendError(reply, 404, 'NOT_FOUND', 'no such quarantine entry');
    return reply.type('application/octet-stream').send(Buffer.from(raw));
  });
}
