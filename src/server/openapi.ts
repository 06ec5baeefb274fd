// The API described for clients and tools (GET /openapi.json). Kept by hand beside the routes: short and honest.
const errorResponse = {
  description: 'An error: {"error": {"code", "message"}}',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

const param = (name: string, description: string, schema: object = { type: 'string' }, where = 'query') => ({
  name,
  in: where,
  required: where === 'path',
  description,
  schema,
});

const SUB = param('id', 'subscription id', { type: 'string' }, 'path');

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'wiredesk API',
      version: '0.1.0',
      description:
        'A self-hosted newswire desk. Items are IPTC ninjs 3.1 objects; wiredesk adds its own fields under "x-wiredesk" ' +
        '(plain text, dateline, extraction, story). Writes need an API key (Authorization: Bearer KEY) with the right scope.',
    },
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
        },
        Item: { type: 'object', description: 'ninjs 3.1 (https://iptc.org/std/ninjs/) plus "x-wiredesk"', required: ['uri'] },
      },
    },
    paths: {
      '/v1/items': {
        get: {
          summary: 'The wire, newest first, with filters and cursor paging',
          parameters: [
            param('q', 'full-text query (words are ANDed; "quoted phrases")'),
            param('urgency', 'items at this urgency or more urgent (1 = flash)', { type: 'integer', minimum: 1, maximum: 9 }),
            param('source', 'agency name (AFP, Reuters...)'),
            param('place', 'dateline place'),
            param('entity', 'canonical entity id'),
            param('story', 'story id'),
            param('since', 'ISO date-time, inclusive'),
            param('until', 'ISO date-time, exclusive'),
            param('limit', 'page size, 1-500 (default 50)', { type: 'integer' }),
            param('view', '"brief" for list rows: no bodies, text cut to 200 characters, no extraction (default "full")'),
            param('cursor', 'the "next" of the previous page'),
          ],
          responses: {
            200: {
              description: '{"items": [Item], "next": cursor or null}',
              content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Item' } }, next: { type: ['string', 'null'] } } } } },
            },
            400: errorResponse,
          },
        },
        post: {
          summary: 'Ingest wire copy in any supported format (detected); per-item results',
          security: [{ apiKey: [] }],
          requestBody: { content: { '*/*': { schema: { type: 'string', format: 'binary' } } } },
          responses: { 200: { description: '{"format", "items": [{uri, id, version, outcome}], "failures": [{code, message, position}]}' }, 401: errorResponse, 403: errorResponse, 422: errorResponse },
        },
      },
      '/v1/items/{id}': {
        get: {
          summary: 'One item with its version list; ?format=ninjs gives strict ninjs 3.1',
          parameters: [param('id', 'item id', { type: 'string' }, 'path'), param('format', '"ninjs" for strict ninjs without x-wiredesk')],
          responses: { 200: { description: 'Item' }, 404: errorResponse },
        },
      },
      '/v1/items/{id}/versions': {
        get: { summary: 'Every stored version, newest first', parameters: [param('id', 'item id', { type: 'string' }, 'path')], responses: { 200: { description: '{"versions": [Item]}' }, 404: errorResponse } },
      },
      '/v1/quarantine': { get: { summary: 'What could not be read, with code, message and position (admin)', security: [{ apiKey: [] }], responses: { 200: { description: '{"entries": [...]}' } } } },
      '/v1/stories': { get: { summary: 'Developing stories, newest activity first', parameters: [param('limit', 'page size, 1-500 (default 50)', { type: 'integer' }), param('cursor', 'the "next" of the previous page')], responses: { 200: { description: '{"stories": [{id, title, firstActivity, lastActivity, itemCount, sources: [{name, count}]}], "next"}' }, 400: errorResponse } } },
      '/v1/stories/{id}': { get: { summary: 'A story: items, sources, entities, quotes, counts', parameters: [param('id', 'story id', { type: 'string' }, 'path')], responses: { 200: { description: 'Story' }, 404: errorResponse } } },
      '/v1/stories/{id}/timeline': { get: { summary: "A story's dated entries, ordered by the date they refer to", parameters: [param('id', 'story id', { type: 'string' }, 'path')], responses: { 200: { description: 'Timeline' }, 404: errorResponse } } },
      '/v1/entities/{id}': { get: { summary: 'An entity: aliases, mentions over time, quotes', parameters: [param('id', 'canonical entity id', { type: 'string' }, 'path')], responses: { 200: { description: 'Entity' }, 404: errorResponse } } },
      '/v1/events': {
        get: {
          summary: 'Coded events (PLOVER) with counts per day or week, for charts, and the items behind each count',
          parameters: [
            param('type', 'PLOVER type (ASSAULT, AGREE...)'),
            param('actor', 'source or target entity id'),
            param('place', 'place name'),
            param('story', 'story id'),
            param('since', 'ISO date, inclusive'),
            param('until', 'ISO date, exclusive'),
            param('groupBy', '"day" (default) or "week" (buckets start on Monday)'),
            param('by', '"type" (default), "actor" or "place"'),
            param('limit', 'most events, 1-5000 (default 1000)', { type: 'integer' }),
          ],
          responses: { 200: { description: '{"events": [{type, source, target, date, place, trigger, count, itemId, storyId, start, end}], "groupBy", "by", "buckets": [{bucket, key, count, itemIds}]}' }, 400: errorResponse },
        },
      },
      '/v1/stream': {
        get: {
          summary: 'Server-Sent Events: every stored item, or one subscription\'s matches (id = sequence; resume with Last-Event-ID or ?after=)',
          parameters: [param('after', 'resume after this event id'), param('urgency', 'items at this urgency or more urgent'), param('subscription', 'only what this subscription matched')],
          responses: { 200: { description: 'text/event-stream' }, 404: errorResponse },
        },
      },
      '/v1/stream/ws': { get: { summary: 'WebSocket: the same as /v1/stream, messages {"id", "event": "item", "item"}; ?after, ?urgency, ?subscription', responses: { 101: { description: 'switching protocols' } } } },
      '/v1/subscriptions': {
        get: { summary: 'Subscriptions made by this key (all of them for admin)', security: [{ apiKey: [] }], responses: { 200: { description: '{"subscriptions": [Subscription]}' }, 401: errorResponse, 403: errorResponse } },
        post: {
          summary: 'Create a subscription: {"name", "rule", "channel": {"type": "sse" | "ws" | "feed" | "webhook", "url"?, "allowPrivate"? (admin)}, "secret"?}',
          description:
            'rule: text like `urgency<=3 AND place:Iraq AND quote.speaker:"Sabrina Singh"` or JSON like {"all": [{"field": "urgency", "op": "<=", "value": 3}, {"field": "place", "eq": "iraq"}]}. ' +
            'Fields: urgency, source, place, entity, quote.speaker, event.type, event.source, event.target, event.count, story, text; ' +
            'event(type:ASSAULT AND target:"coalition troops" AND count>=1) needs one event to meet all its conditions. ' +
            'A webhook gets a secret (shown once); bodies are signed: X-Wiredesk-Signature: sha256=HMAC-SHA256(secret, body). Webhook URLs on private addresses are refused (TARGET_PRIVATE).',
          security: [{ apiKey: [] }],
          responses: { 201: { description: 'Subscription with links to its channels' }, 400: errorResponse, 401: errorResponse, 403: errorResponse },
        },
      },
      '/v1/subscriptions/{id}': {
        get: { summary: 'One subscription', security: [{ apiKey: [] }], parameters: [SUB], responses: { 200: { description: 'Subscription' }, 404: errorResponse } },
        delete: { summary: 'Delete a subscription (pending webhook deliveries are canceled)', security: [{ apiKey: [] }], parameters: [SUB], responses: { 204: { description: 'deleted' }, 404: errorResponse } },
      },
      '/v1/subscriptions/{id}/stream': { get: { summary: 'Server-Sent Events of what the subscription matched; resume with Last-Event-ID or ?after=', parameters: [SUB], responses: { 200: { description: 'text/event-stream' }, 404: errorResponse } } },
      '/v1/subscriptions/{id}/ws': { get: { summary: 'WebSocket of what the subscription matched; resume with ?after=', parameters: [SUB], responses: { 101: { description: 'switching protocols' } } } },
      '/v1/subscriptions/{id}/feed.{kind}': { get: { summary: 'The latest 50 matches as RSS 2.0 (rss), Atom (atom) or JSON Feed 1.1 (json)', parameters: [SUB, param('kind', 'rss, atom or json', { type: 'string' }, 'path')], responses: { 200: { description: 'a feed' }, 404: errorResponse } } },
      '/v1/subscriptions/{id}/deliveries': {
        get: {
          summary: 'Webhook delivery state: counts per state and the latest entries (pending, delivered, dead, canceled) with attempts and last error',
          security: [{ apiKey: [] }],
          parameters: [SUB, param('state', 'only entries in this state'), param('limit', '1-1000, default 100'), param('attempts', '"true" adds every attempt')],
          responses: { 200: { description: '{"counts", "deliveries": [...]}' }, 404: errorResponse },
        },
      },
      '/v1/subscriptions/{id}/deliveries/retry': { post: { summary: 'The receiver is fixed: dead-lettered deliveries go back in the queue, waiting ones are due now', security: [{ apiKey: [] }], parameters: [SUB], responses: { 200: { description: '{"requeued": n, "hurried": n}' } } } },
    },
  };
}
