// The SQLite side of stories: the tables of migration 2 behind small typed methods.
// Every lookup the assignment makes goes through an index; nothing here reads a whole table.
import type { Database, Statement } from 'better-sqlite3';
import type { Item } from '../item/types.ts';

export interface Centroid {
  terms: Record<string, number>;
  entities: Record<string, number>;
}

export interface StoryRow {
  rowid: number;
  id: string;
  title: string | null;
  titleItemId: string | null;
  firstActivity: string;
  lastActivity: string;
  itemCount: number;
  centroid: Centroid;
  sources: Record<string, number>;
}

interface RawStory {
  rowid: number;
  id: string;
  title: string | null;
  title_item_id: string | null;
  first_activity: string;
  last_activity: string;
  item_count: number;
  centroid: string;
  sources: string;
}

export interface MemberRow {
  rowid: number;
  itemId: string;
  storyRowid: number;
  joinedAt: string;
  score: number | null;
  duplicateOf: string | null;
}

export interface StoredEvent {
  itemId: string;
  storyId: string | null;
  type: string;
  source?: string;
  target?: string;
  place?: string;
  date?: string;
  day?: string;
  json: Record<string, unknown>;
}

export interface EventFilter {
  type?: string;
  actor?: string;
  place?: string;
  since?: string; // YYYY-MM-DD, inclusive
  until?: string; // YYYY-MM-DD, exclusive
  storyId?: string;
  limit: number;
}

const toStory = (r: RawStory): StoryRow => ({
  rowid: r.rowid,
  id: r.id,
  title: r.title,
  titleItemId: r.title_item_id,
  firstActivity: r.first_activity,
  lastActivity: r.last_activity,
  itemCount: r.item_count,
  centroid: JSON.parse(r.centroid) as Centroid,
  sources: JSON.parse(r.sources) as Record<string, number>,
});

const ITEMS_SEEN = '#items'; // story_df row counting the items read, the N of IDF
/** Term counts are written behind, every this many items: one item's hundred-odd counts would otherwise touch a
 * hundred B-tree pages per commit. Reads add what is pending, so answers are the same as writing through. */
const COUNT_FLUSH_ITEMS = 256;

export class StoryStore {
  private readonly s: Record<string, Statement<any[], any>>;
  private readonly pendingCounts = new Map<string, number>();
  private pendingItems = 0;

  constructor(readonly db: Database) {
    this.s = {
      storyByRowid: db.prepare(`SELECT * FROM stories WHERE rowid = ?`),
      storyById: db.prepare(`SELECT * FROM stories WHERE id = ?`),
      insertStory: db.prepare(
        `INSERT INTO stories (id, title, title_item_id, first_activity, last_activity, item_count, centroid, sources)
         VALUES (@id, @title, @titleItemId, @firstActivity, @lastActivity, @itemCount, @centroid, @sources)`,
      ),
      updateStory: db.prepare(
        `UPDATE stories SET title = @title, title_item_id = @titleItemId, first_activity = @firstActivity, last_activity = @lastActivity,
           item_count = @itemCount, centroid = @centroid, sources = @sources WHERE rowid = @rowid`,
      ),
      memberByItem: db.prepare(`SELECT rowid, item_id, story_rowid, joined_at, score, duplicate_of FROM story_items WHERE item_id = ?`),
      insertMember: db.prepare(
        `INSERT INTO story_items (item_id, story_rowid, joined_at, score, duplicate_of, shingles, signature) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      memberItems: db.prepare(
        `SELECT si.item_id, i.json FROM story_items si JOIN items i ON i.id = si.item_id WHERE si.story_rowid = ? ORDER BY si.rowid`,
      ),
      members: db.prepare(`SELECT rowid, item_id, story_rowid, joined_at, score, duplicate_of FROM story_items WHERE story_rowid = ? ORDER BY rowid LIMIT ?`),
      postings: db.prepare(
        `SELECT story_rowid FROM story_postings WHERE key = ? AND last_active >= ? ORDER BY last_active DESC, story_rowid DESC LIMIT ?`,
      ),
      upsertPosting: db.prepare(
        `INSERT INTO story_postings (key, story_rowid, last_active) VALUES (?, ?, ?)
         ON CONFLICT (key, story_rowid) DO UPDATE SET last_active = max(last_active, excluded.last_active)`,
      ),
      df: db.prepare(`SELECT df FROM story_df WHERE key = ?`),
      bumpDf: db.prepare(`INSERT INTO story_df (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df`),
      // A story whose items are all killed or withheld counts none and is not listed.
      page: db.prepare(
        `SELECT * FROM stories WHERE item_count > 0 AND (last_activity < @lastActivity OR (last_activity = @lastActivity AND rowid < @rowid))
         ORDER BY last_activity DESC, rowid DESC LIMIT @limit`,
      ),
      clearEvents: db.prepare(`DELETE FROM item_events WHERE item_id = ?`),
      insertEvent: db.prepare(
        `INSERT OR REPLACE INTO item_events (item_id, idx, story_id, type, source, target, place, date, day, json)
         VALUES (@itemId, @idx, @storyId, @type, @source, @target, @place, @date, @day, @json)`,
      ),
    };
  }

  storyByRowid(rowid: number): StoryRow | undefined {
    const r = this.s.storyByRowid.get(rowid) as RawStory | undefined;
    return r && toStory(r);
  }

  storyById(id: string): StoryRow | undefined {
    const r = this.s.storyById.get(id) as RawStory | undefined;
    return r && toStory(r);
  }

  insertStory(story: Omit<StoryRow, 'rowid'>): number {
    return Number(this.s.insertStory.run(serialise(story)).lastInsertRowid);
  }

  updateStory(story: StoryRow): void {
    this.s.updateStory.run({ ...serialise(story), rowid: story.rowid });
  }

  memberByItem(itemId: string): MemberRow | undefined {
    const r = this.s.memberByItem.get(itemId) as { rowid: number; item_id: string; story_rowid: number; joined_at: string; score: number | null; duplicate_of: string | null } | undefined;
    return r && { rowid: r.rowid, itemId: r.item_id, storyRowid: r.story_rowid, joinedAt: r.joined_at, score: r.score, duplicateOf: r.duplicate_of };
  }

  insertMember(m: Omit<MemberRow, 'rowid'>, shingles: number, signature: Buffer | null): number {
    return Number(this.s.insertMember.run(m.itemId, m.storyRowid, m.joinedAt, m.score, m.duplicateOf, shingles, signature).lastInsertRowid);
  }

  members(storyRowid: number, limit = 1000): MemberRow[] {
    return (this.s.members.all(storyRowid, limit) as Array<{ rowid: number; item_id: string; story_rowid: number; joined_at: string; score: number | null; duplicate_of: string | null }>).map(
      (r) => ({ rowid: r.rowid, itemId: r.item_id, storyRowid: r.story_rowid, joinedAt: r.joined_at, score: r.score, duplicateOf: r.duplicate_of }),
    );
  }

  /** Every member of a story with its current version, in the order they joined. */
  memberItems(storyRowid: number): Array<{ itemId: string; item: Item }> {
    return (this.s.memberItems.all(storyRowid) as Array<{ item_id: string; json: string }>).map((r) => ({ itemId: r.item_id, item: JSON.parse(r.json) as Item }));
  }

  /** The most recently active stories under one index key, active at or after `since`. */
  postings(key: string, since: string, limit: number): number[] {
    return (this.s.postings.all(key, since, limit) as Array<{ story_rowid: number }>).map((r) => r.story_rowid);
  }

  post(key: string, storyRowid: number, lastActive: string): void {
    this.s.upsertPosting.run(key, storyRowid, lastActive);
  }

  df(key: string): number {
    return ((this.s.df.get(key) as { df: number } | undefined)?.df ?? 0) + (this.pendingCounts.get(key) ?? 0);
  }

  itemsSeen(): number {
    return this.df(ITEMS_SEEN);
  }

  /** Counts one item's terms and entities; call inside the transaction that assigns it. */
  countItem(keys: Iterable<string>): void {
    for (const k of [ITEMS_SEEN, ...keys]) this.pendingCounts.set(k, (this.pendingCounts.get(k) ?? 0) + 1);
    if (++this.pendingItems >= COUNT_FLUSH_ITEMS) this.flushCounts();
  }

  /** Writes the pending counts (inside the caller's transaction, if any). */
  flushCounts(): void {
    for (const [k, n] of [...this.pendingCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) this.s.bumpDf.run(k, n);
    this.pendingCounts.clear();
    this.pendingItems = 0;
  }

  /** Stories, newest activity first; the cursor is the last row of the previous page. */
  page(limit: number, after?: { lastActivity: string; rowid: number }): StoryRow[] {
    const from = after ?? { lastActivity: '\uffff', rowid: Number.MAX_SAFE_INTEGER };
    return (this.s.page.all({ ...from, limit }) as RawStory[]).map(toStory);
  }

  clearEvents(itemId: string): void {
    this.s.clearEvents.run(itemId);
  }

  addEvent(e: StoredEvent, idx: number): void {
    this.s.insertEvent.run({
      itemId: e.itemId,
      idx,
      storyId: e.storyId,
      type: e.type,
      source: e.source ?? null,
      target: e.target ?? null,
      place: e.place ?? null,
      date: e.date ?? null,
      day: e.day ?? null,
      json: JSON.stringify(e.json),
    });
  }

  events(f: EventFilter): StoredEvent[] {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      where.push(sql);
      params.push(...values);
    };
    if (f.type) add('type = ?', f.type.toUpperCase());
    if (f.actor) add('(source = ? OR target = ?)', f.actor, f.actor);
    if (f.place) add('place = ? COLLATE NOCASE', f.place);
    if (f.since) add('day >= ?', f.since);
    if (f.until) add('day < ?', f.until);
    if (f.storyId) add('story_id = ?', f.storyId);
    const sql = `SELECT item_id, story_id, type, source, target, place, date, day, json FROM item_events
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY day DESC, item_id, idx LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, f.limit) as Array<Record<string, string | null>>;
    return rows.map((r) => ({
      itemId: r.item_id!,
      storyId: r.story_id,
      type: r.type!,
      source: r.source ?? undefined,
      target: r.target ?? undefined,
      place: r.place ?? undefined,
      date: r.date ?? undefined,
      day: r.day ?? undefined,
      json: JSON.parse(r.json!) as Record<string, unknown>,
    }));
  }
}

function serialise(s: Omit<StoryRow, 'rowid'>) {
  return {
    id: s.id,
    title: s.title,
    titleItemId: s.titleItemId,
    firstActivity: s.firstActivity,
    lastActivity: s.lastActivity,
    itemCount: s.itemCount,
    centroid: JSON.stringify(s.centroid),
    sources: JSON.stringify(s.sources),
  };
}
