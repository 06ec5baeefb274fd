// Stories, their timelines, entities and coded events: GET /v1/stories, /v1/stories/:id, /v1/stories/:id/timeline,
// /v1/entities/:id, /v1/events. Everything here reads what src/stories wrote at ingest (stories, story_items,
// item_events) and the items themselves; nothing recomputes a story.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Item } from '../../item/types.ts';
import type { StoredItem } from '../../store/types.ts';
import type { Extraction } from '../../extract/types.ts';
import { requireScope } from '../auth.ts';
import { sendError } from '../errors.ts';
import { StoryStore, type StoryRow } from '../../stories/store.ts';
import { surnamesToFullNames } from '../../stories/names.ts';
import { buildTimeline } from '../../stories/timeline.ts';
import { extractionOf, itemDate } from '../../stories/text.ts';
import { lookupAlias } from '../../knowledge/aliases.ts';
import { isHidden } from '../../store/item-fields.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
/** Most items one story or entity page reads. */
const ITEMS_PER_PAGE = 500;

type Query = Record<string, string | undefined>;

function intParam(q: Query, name: string, dflt: number, max: number): number | string {
  if (q[name] === undefined) return dflt;
  const n = Number(q[name]);
  if (!Number.isInteger(n) || n < 1 || n > max) return `${name} must be an integer 1-${max}; got "${q[name]}"`;
  return n;
}

const summary = (s: StoryRow) => ({
  id: s.id,
  title: s.title ?? undefined,
  firstActivity: s.firstActivity || undefined,
  lastActivity: s.lastActivity || undefined,
  itemCount: s.itemCount,
  // Agencies are merged when the story is written (src/stories/cluster.ts): read as stored.
  sources: Object.entries(s.sources)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
});

/** What a story page lists of an item: enough to show and link it, not its text. */
function itemRow(stored: StoredItem, duplicateOf: string | null) {
  const i = stored.item;
  const x = i['x-wiredesk'];
  return {
    uri: i.uri,
    version: i.version,
    versionCreated: i.versionCreated,
    urgency: i.urgency,
    pubStatus: i.pubStatus,
    headlines: i.headlines?.slice(0, 1) ?? [{ value: x.text.slice(0, 100) }],
    infoSources: i.infoSources,
    located: i.located,
    'x-wiredesk': { id: stored.id, format: x.format, dateline: x.dateline, storyId: x.storyId },
    ...(duplicateOf ? { duplicateOf } : {}),
  };
}

function quoteRows(stored: StoredItem, x: Extraction) {
  const text = stored.item['x-wiredesk'].text;
  return x.quotes.map((q) => ({
    speaker: q.speaker ?? 'unknown speaker',
    text: text.slice(q.start, q.end).replace(/\s+/g, ' ').trim(),
    kind: q.kind,
    itemId: stored.id,
    evidence: [{ itemId: stored.id, start: q.start, end: q.end }],
  }));
}

function countRows(stored: StoredItem, x: Extraction) {
  const text = stored.item['x-wiredesk'].text;
  return x.quantities.map((q) => ({
    text: text.slice(q.start, q.end).replace(/\s+/g, ' ').trim(),
    value: q.value,
    unit: q.unit,
    bound: q.bound,
    approx: q.approx,
    itemId: stored.id,
    evidence: [{ itemId: stored.id, start: q.start, end: q.end }],
  }));
}

/** Mentions outside the dateline ("BAGHDAD, ... (AFP)" names the place and agency of filing, not of the story). */
const bodyEntities = (x: Extraction) => x.entities.filter((e) => e.start >= (x.dateline?.end ?? 0));

const dayOfItem = (item: Item): string | undefined => {
  const d = item['x-wiredesk'].dateline?.date ?? itemDate(item);
  return d && ISO_DATE.test(d) ? d.slice(0, 10) : undefined;
};

/** Monday of the ISO week a day falls in. */
function weekOf(day: string): string {
  const t = Date.parse(day.slice(0, 10) + 'T00:00:00Z');
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - dow * 86_400_000).toISOString().slice(0, 10);
}

export async function register(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const stories = new StoryStore(ctx.store.db);
  const read = { preHandler: requireScope(ctx, 'read') };

  /** The items of a story in the order they joined it, hidden ones (killed, withheld) left out. */
  const storyItems = (story: StoryRow) =>
    stories
      .members(story.rowid, ITEMS_PER_PAGE)
      .map((m) => ({ member: m, stored: ctx.store.get(m.itemId) }))
      .filter((x): x is { member: typeof x.member; stored: StoredItem } => x.stored !== null && !isHidden(x.stored.item));

  app.get('/v1/stories', read, async (req, reply) => {
    const q = req.query as Query;
    const limit = intParam(q, 'limit', 50, 500);
    if (typeof limit === 'string') return sendError(reply, 400, 'BAD_QUERY', limit);
    let after: { lastActivity: string; rowid: number } | undefined;
    if (q.cursor) {
      try {
        const [lastActivity, rowid] = JSON.parse(Buffer.from(q.cursor, 'base64url').toString('utf8')) as [string, number];
        if (typeof lastActivity !== 'string' || typeof rowid !== 'number') throw new Error('shape');
        after = { lastActivity, rowid };
      } catch {
        return sendError(reply, 400, 'BAD_CURSOR', 'The cursor is not one this server gave out; start again without it.');
      }
    }
    const rows = stories.page(limit + 1, after);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const next = rows.length > limit && last ? Buffer.from(JSON.stringify([last.lastActivity, last.rowid])).toString('base64url') : null;
    return { stories: page.map(summary), next };
  });

  app.get('/v1/stories/:id', read, async (req, reply) => {
    const { id } = req.params as { id: string };
    const story = stories.storyById(id);
    if (!story) return sendError(reply, 404, 'NOT_FOUND', `no story with id ${id}`);
    if (story.itemCount === 0) return sendError(reply, 404, 'NOT_FOUND', `story ${id} has no items left to show: all were killed or withheld`);
    const members = storyItems(story);
    const entities = new Map<string, { id: string; name: string; type: string; count: number; mentions: number }>();
    const quotes: ReturnType<typeof quoteRows> = [];
    const counts: ReturnType<typeof countRows> = [];
    for (const { stored } of members) {
      const x = extractionOf(stored.item);
      if (!x) continue;
      const seen = new Set<string>();
      for (const e of bodyEntities(x)) {
        const row = entities.get(e.id) ?? { id: e.id, name: e.id, type: e.type, count: 0, mentions: 0 };
        row.mentions++;
        if (!seen.has(e.id)) row.count++;
        seen.add(e.id);
        entities.set(e.id, row);
      }
      quotes.push(...quoteRows(stored, x));
      counts.push(...countRows(stored, x));
    }
    // "Saavedra" in one item and "Elena Saavedra" in another are one person within the story.
    const fullName = surnamesToFullNames(entities.values());
    for (const [surname, full] of fullName) {
      const short = entities.get(surname)!;
      const row = entities.get(full)!;
      row.mentions += short.mentions;
      row.count += short.count;
      entities.delete(surname);
    }
    for (const q of quotes) q.speaker = fullName.get(q.speaker) ?? q.speaker;
    return {
      ...summary(story),
      items: members.map(({ stored, member }) => itemRow(stored, member.duplicateOf)),
      duplicates: members.filter((m) => m.member.duplicateOf).map((m) => ({ itemId: m.member.itemId, duplicateOf: m.member.duplicateOf })),
      entities: [...entities.values()].sort((a, b) => b.count - a.count || b.mentions - a.mentions || a.id.localeCompare(b.id)),
      quotes,
      counts,
    };
  });

  app.get('/v1/stories/:id/timeline', read, async (req, reply) => {
    const { id } = req.params as { id: string };
    const story = stories.storyById(id);
    if (!story) return sendError(reply, 404, 'NOT_FOUND', `no story with id ${id}`);
    if (story.itemCount === 0) return sendError(reply, 404, 'NOT_FOUND', `story ${id} has no items left to show: all were killed or withheld`);
    return { storyId: story.id, entries: buildTimeline(storyItems(story).map((m) => m.stored)) };
  });

  app.get('/v1/entities/:id', read, async (req, reply) => {
    const { id } = req.params as { id: string };
    const items = ctx.store.query({ entity: id, limit: ITEMS_PER_PAGE }).items;
    if (items.length === 0) return sendError(reply, 404, 'NOT_FOUND', `no item mentions an entity with id ${id}`);
    const aliases = new Set<string>(lookupAlias(id)?.aliases ?? []);
    const types = new Map<string, number>();
    const perDay = new Map<string, number>();
    const related = new Map<string, { id: string; type: string; items: Set<string> }>();
    const storyCounts = new Map<string, number>();
    const quotes: ReturnType<typeof quoteRows> = [];
    for (const stored of items) {
      const x = extractionOf(stored.item);
      if (!x) continue;
      const text = stored.item['x-wiredesk'].text;
      const mine = bodyEntities(x).filter((e) => e.id === id);
      const day = dayOfItem(stored.item);
      for (const e of mine) {
        aliases.add(text.slice(e.start, e.end).replace(/\s+/g, ' '));
        types.set(e.type, (types.get(e.type) ?? 0) + 1);
      }
      if (day && mine.length) perDay.set(day, (perDay.get(day) ?? 0) + mine.length);
      for (const e of bodyEntities(x)) {
        if (e.id === id) continue;
        const row = related.get(e.id) ?? { id: e.id, type: e.type, items: new Set<string>() };
        row.items.add(stored.id);
        related.set(e.id, row);
      }
      quotes.push(...quoteRows(stored, x).filter((q) => q.speaker === id));
      const storyId = stored.item['x-wiredesk'].storyId;
      if (storyId) storyCounts.set(storyId, (storyCounts.get(storyId) ?? 0) + 1);
    }
    // As on the story page: "Saavedra" beside "Elena Saavedra" is one related person (items naming either).
    for (const [surname, full] of surnamesToFullNames(related.values())) {
      for (const itemId of related.get(surname)!.items) related.get(full)!.items.add(itemId);
      related.delete(surname);
    }
    aliases.delete(id);
    const type = [...types].sort((a, b) => b[1] - a[1])[0]?.[0];
    return {
      id,
      name: id,
      type,
      aliases: [...aliases].sort(),
      itemCount: items.length,
      mentions: [...perDay].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([date, count]) => ({ date, count })),
      quotes,
      related: [...related.values()]
        .map((r) => ({ id: r.id, name: r.id, type: r.type, count: r.items.size }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .slice(0, 25),
      stories: [...storyCounts].sort((a, b) => b[1] - a[1]).map(([sid, count]) => ({ id: sid, title: stories.storyById(sid)?.title ?? undefined, count })),
    };
  });

  app.get('/v1/events', read, async (req, reply) => {
    const q = req.query as Query;
    const limit = intParam(q, 'limit', 1000, 5000);
    if (typeof limit === 'string') return sendError(reply, 400, 'BAD_QUERY', limit);
    for (const key of ['since', 'until'] as const) {
      if (q[key] !== undefined && !ISO_DATE.test(q[key]!)) return sendError(reply, 400, 'BAD_QUERY', `${key} must be an ISO date like 2024-01-25; got "${q[key]}"`);
    }
    const groupBy = q.groupBy ?? q.bucket ?? 'day';
    if (groupBy !== 'day' && groupBy !== 'week') return sendError(reply, 400, 'BAD_QUERY', `groupBy must be "day" or "week"; got "${groupBy}"`);
    const by = q.by ?? 'type';
    if (by !== 'type' && by !== 'actor' && by !== 'place') return sendError(reply, 400, 'BAD_QUERY', `by must be "type", "actor" or "place"; got "${by}"`);
    const rows = stories.events({
      type: q.type,
      actor: q.actor,
      place: q.place,
      since: q.since?.slice(0, 10),
      until: q.until?.slice(0, 10),
      storyId: q.story,
      limit,
    });
    const events = rows.map((r) => {
      const e = r.json as { trigger?: string; start?: number; end?: number; count?: { value: number; bound: string } };
      return {
        type: r.type,
        source: r.source,
        target: r.target,
        date: r.date,
        place: r.place,
        trigger: e.trigger,
        count: e.count?.value,
        countBound: e.count?.bound,
        itemId: r.itemId,
        storyId: r.storyId ?? undefined,
        start: e.start,
        end: e.end,
      };
    });
    // Counts per day or week and per type, actor or place, with the items behind each count for drill-down.
    const buckets = new Map<string, { bucket: string; key: string; count: number; itemIds: string[] }>();
    events.forEach((e, i) => {
      const day = rows[i].day;
      if (!day) return;
      const bucket = groupBy === 'week' ? weekOf(day) : day;
      const keys = by === 'type' ? [e.type] : by === 'place' ? (e.place ? [e.place] : []) : [...new Set([e.source, e.target].filter((a): a is string => Boolean(a)))];
      for (const key of keys) {
        const b = buckets.get(`${bucket} ${key}`) ?? { bucket, key, count: 0, itemIds: [] };
        b.count++;
        if (!b.itemIds.includes(e.itemId)) b.itemIds.push(e.itemId);
        buckets.set(`${bucket} ${key}`, b);
      }
    });
    return {
      events,
      groupBy,
      by,
      buckets: [...buckets.values()].sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : b.count - a.count || a.key.localeCompare(b.key))),
    };
  });
}
