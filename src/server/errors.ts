import type { FastifyReply } from 'fastify';

/** Every error a client can meet has the same shape: {"error": {"code", "message"}}. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}
