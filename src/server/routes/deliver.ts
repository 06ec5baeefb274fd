// Delivery doors: the live stream of the wire, and subscriptions with their channels. One Deliverer per app
// matches every stored item against the subscriptions and drains the webhook outbox until the app closes.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { registerStream } from '../../deliver/stream.ts';
import { Deliverer, DEFAULT_DELIVER, type DeliverOptions } from '../../deliver/subscriptions.ts';
import type { WebhookOptions } from '../../deliver/webhooks.ts';
import { register as registerSubscriptions } from './subscriptions.ts';

/** config.deliver (optional) tunes delivery: tests and benches shorten the webhook backoff this way. */
type DeliverConfig = Partial<Omit<DeliverOptions, 'webhook'>> & { webhook?: Partial<WebhookOptions> };

export async function register(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const given = (ctx.config as { deliver?: DeliverConfig }).deliver ?? {};
  const opts: DeliverOptions = { ...DEFAULT_DELIVER, ...given, webhook: { ...DEFAULT_DELIVER.webhook, ...given.webhook } };
  const deliverer = new Deliverer(ctx.store.db, ctx.store, ctx.bus, opts);
  deliverer.start();
  app.addHook('onClose', () => deliverer.stop());
  registerStream(app, ctx, deliverer);
  await registerSubscriptions(app, ctx, deliverer);
}
