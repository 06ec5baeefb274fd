// Delivery doors: the live stream of the wire.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { registerStream } from '../../deliver/stream.ts';

export async function register(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerStream(app, ctx);
}
