// The HTTP server: one Fastify app, route modules registered in the order of the flow, the desk at /.
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext, Config } from './context.ts';
import type { StoredItem } from '../store/types.ts';
import { SqliteStore } from '../store/sqlite/store.ts';
import { Ingestor } from '../ingest/ingestor.ts';
import { defaultSteps } from '../ingest/default-steps.ts';
import { register as registerItems } from './routes/items.ts';
import { register as registerDeliver } from './routes/deliver.ts';
import { register as registerStories } from './routes/stories.ts';
import { openApiDocument } from './openapi.ts';

export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface Desk {
  app: FastifyInstance;
  ctx: AppContext & { ingestor: Ingestor };
  close(): Promise<void>;
}

export function openContext(config: Config): AppContext & { ingestor: Ingestor } {
  const store = new SqliteStore(join(config.dataDir, 'wiredesk.db'));
  const bus = new EventEmitter<{ item: [StoredItem] }>();
  bus.setMaxListeners(0);
  return { config, store, bus, ingestor: new Ingestor(store, defaultSteps(store.db), bus) };
}

export async function buildApp(ctx: AppContext & { ingestor: Ingestor }): Promise<Desk> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  // Wire copy arrives in any format: every body is taken as raw bytes and detected by src/formats.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    const status = err.statusCode ?? 500;
    const code = err.code ?? (status === 500 ? 'INTERNAL' : 'BAD_REQUEST');
    reply.code(status).send({ error: { code, message: err.message } });
  });
  await app.register(fastifyWebsocket);

  app.get('/openapi.json', async () => openApiDocument());
  app.get('/healthz', async () => ({ ok: true, items: ctx.store.count() }));
  await registerItems(app, ctx);
  await registerDeliver(app, ctx);
  await registerStories(app, ctx);

  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', index: 'index.html' });
  } else {
    app.get('/', async (_req, reply) =>
      reply.type('text/html').send('<!doctype html><title>wiredesk</title><p>The desk is not built yet: run <code>npm run build:web</code>. The API is at <a href="/v1/items">/v1/items</a>.</p>'),
    );
  }
  return {
    app,
    ctx,
    async close() {
      await app.close();
      ctx.store.close();
    },
  };
}
