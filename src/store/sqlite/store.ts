// The embedded store: one SQLite file (WAL), items with their version history, an FTS5 index and a quarantine.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Item, ParseFailure } from '../../item/types.ts';
import type { ItemPage, ItemQuery, PutResult, QuarantineEntry, Store, StoredItem } from '../types.ts';
import { migrate } from './migrations.ts';
import { itemIdFor, compareVersions, isHidden, headlineOf, agenciesOf } from '../item-fields.ts';

interface ItemRow {
  rowid: number;
  id: string;
  version: string;
  seq: number;
  json: string;
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private seq: number;
  private readonly stmt;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // 64 MB of page cache (SQLite's default is 2 MB): story assignment reads postings, LSH bands and term counts
    // spread over the file, and at a million items the default cache re-reads them from disk (bench:stories).
    this.db.pragma('cache_size = -65536');
    migrate(this.db);
    // The sequence is the highest one written: no counter row to update on every put.
    this.seq = (this.db.prepare('SELECT max(seq) AS s FROM items').get() as { s: number | null }).s ?? 0;
    const db = this.db;
    this.stmt = {
      byUri: db.prepare<[string], ItemRow>(`SELECT rowid, id, version, seq, json FROM items WHERE uri = ?`),
      byId: db.prepare<[string], ItemRow>(`SELECT rowid, id, version, seq, json FROM items WHERE id = ?`),
      hasVersion: db.prepare<[number, string], { x: number }>(`SELECT 1 AS x FROM item_versions WHERE item_rowid = ? AND version = ?`),
      insertItem: db.prepare(
        `INSERT INTO items (id, uri, version, version_created, sort_key, pub_status, hidden, urgency, place, format, story_id, seq, json)
         VALUES (@id, @uri, @version, @versionCreated, @sortKey, @pubStatus, @hidden, @urgency, @place, @format, @storyId, @seq, @json)`,
      ),
      updateItem: db.prepare(
        `UPDATE items SET version = @version, version_created = @versionCreated, sort_key = @sortKey, pub_status = @pubStatus,
           hidden = @hidden, urgency = @urgency, place = @place, format = @format, seq = @seq, json = @json WHERE rowid = @rowid`,
      ),
      insertVersion: db.prepare(
        `INSERT OR IGNORE INTO item_versions (item_rowid, version, version_created, pub_status, json) VALUES (?, ?, ?, ?, ?)`,
      ),
      versions: db.prepare<[number], { json: string; version: string }>(`SELECT json, version FROM item_versions WHERE item_rowid = ?`),
      insertSource: db.prepare(`INSERT OR IGNORE INTO item_sources (name, item_rowid) VALUES (?, ?)`),
      deleteSources: db.prepare(`DELETE FROM item_sources WHERE item_rowid = ?`),
      insertEntity: db.prepare(`INSERT OR IGNORE INTO item_entities (entity_id, item_rowid) VALUES (?, ?)`),
      deleteEntities: db.prepare(`DELETE FROM item_entities WHERE item_rowid = ?`),
      ftsInsert: db.prepare(`INSERT INTO items_fts (rowid, headline, body) VALUES (?, ?, ?)`),
      ftsDelete: db.prepare(`DELETE FROM items_fts WHERE rowid = ?`),
      annotate: db.prepare(`UPDATE items SET json = @json, story_id = @storyId, seq = @seq WHERE rowid = @rowid`),
      changes: db.prepare<[number, number], ItemRow>(`SELECT rowid, id, version, seq, json FROM items WHERE seq > ? ORDER BY seq LIMIT ?`),
      count: db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM items`),
      quarantine: db.prepare(
        `INSERT INTO quarantine (received_at, source, code, message, position, size, raw) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      listQuarantine: db.prepare<[number], Omit<QuarantineEntry, 'position'> & { position: string | null; receivedAt: string }>(
        `SELECT id, received_at AS receivedAt, source, code, message, position, size FROM quarantine ORDER BY id DESC LIMIT ?`,
      ),
      quarantineRaw: db.prepare<[number], { raw: Buffer }>(`SELECT raw FROM quarantine WHERE id = ?`),
    };
  }

  private nextSeq(): number {
    return ++this.seq;
  }

  put(item: Item): PutResult {
    return this.db.transaction(() => this.putOne(item))();
  }

  putMany(items: Item[]): PutResult[] {
    return this.db.transaction(() => items.map((item) => this.putOne(item)))();
  }

  private putOne(item: Item): PutResult {
    const uri = item.uri;
    const version = item.version ?? '1';
    const existing = this.stmt.byUri.get(uri);
    if (existing && (existing.version === version || this.stmt.hasVersion.get(existing.rowid, version))) {
      return { id: existing.id, uri, version, outcome: 'duplicate', seq: 0 };
    }
    const id = existing?.id ?? itemIdFor(uri);
    const stored: Item = { ...item, version, 'x-wiredesk': { ...item['x-wiredesk'], id } };
    delete stored['x-wiredesk'].seq;
    delete stored['x-wiredesk'].versions;

    if (existing && compareVersions(version, existing.version) < 0) {
      // An older version arriving late goes into history only; the current one stays.
      this.stmt.insertVersion.run(existing.rowid, version, item.versionCreated ?? null, item.pubStatus ?? 'usable', JSON.stringify(stored));
      return { id, uri, version, outcome: 'superseded-older', seq: 0 };
    }

    const seq = this.nextSeq();
    // An update keeps the story assignment and extraction of the item until they are recomputed.
    if (existing) {
      const previous = JSON.parse(existing.json) as Item;
      stored['x-wiredesk'].storyId ??= previous['x-wiredesk'].storyId;
    }
    stored['x-wiredesk'].seq = seq;
    const json = JSON.stringify(stored);
    const row = {
      id,
      uri,
      version,
      versionCreated: item.versionCreated ?? null,
      sortKey: item.versionCreated ?? item['x-wiredesk'].receivedAt ?? new Date().toISOString(),
      pubStatus: item.pubStatus ?? 'usable',
      hidden: isHidden(item) ? 1 : 0,
      urgency: item.urgency ?? null,
      place: (item['x-wiredesk'].dateline?.place ?? item.located ?? null)?.toLowerCase() ?? null,
      format: item['x-wiredesk'].format,
      storyId: stored['x-wiredesk'].storyId ?? null,
      seq,
      json,
    };
    let rowid: number;
    if (existing) {
      rowid = existing.rowid;
      // The version being replaced moves to history; items always holds the current one.
      const old = JSON.parse(existing.json) as Item;
      this.stmt.insertVersion.run(rowid, existing.version, old.versionCreated ?? null, old.pubStatus ?? 'usable', existing.json);
      this.stmt.updateItem.run({ ...row, rowid });
      this.stmt.ftsDelete.run(rowid);
      this.stmt.deleteSources.run(rowid);
    } else {
      rowid = Number(this.stmt.insertItem.run(row).lastInsertRowid);
    }
    this.stmt.ftsInsert.run(rowid, headlineOf(item), item['x-wiredesk'].text);
    for (const name of agenciesOf(item)) this.stmt.insertSource.run(name, rowid);
    this.indexEntities(rowid, item['x-wiredesk'].extraction);
    return { id, uri, version, outcome: existing ? 'updated' : 'stored', seq };
  }

  get(id: string): StoredItem | null {
    const row = this.stmt.byId.get(id);
    return row ? toStored(row) : null;
  }

  versions(id: string): Item[] {
    const row = this.stmt.byId.get(id);
    if (!row) return [];
    return [{ json: row.json, version: row.version }, ...this.stmt.versions.all(row.rowid)]
      .sort((a, b) => compareVersions(b.version, a.version))
      .map((v) => JSON.parse(v.json) as Item);
  }

  query(q: ItemQuery): ItemPage {
    const limit = Math.min(Math.max(q.limit ?? 50, 1), 500);
    const where: string[] = [];
    const params: unknown[] = [];
    if (!q.includeHidden) where.push('i.hidden = 0');
    if (q.urgencyMax !== undefined) {
      where.push('i.urgency <= ?');
      params.push(q.urgencyMax);
    }
    if (q.source) {
      where.push('i.rowid IN (SELECT item_rowid FROM item_sources WHERE name = ?)');
      params.push(q.source);
    }
    if (q.place) {
      where.push('i.place = ?');
      params.push(q.place.toLowerCase());
    }
    if (q.entity) {
      where.push('i.rowid IN (SELECT item_rowid FROM item_entities WHERE entity_id = ?)');
      params.push(q.entity);
    }
    if (q.storyId) {
      where.push('i.story_id = ?');
      params.push(q.storyId);
    }
    if (q.since) {
      where.push('i.sort_key >= ?');
      params.push(q.since);
    }
    if (q.until) {
      where.push('i.sort_key < ?');
      params.push(q.until);
    }
    if (q.q) {
      where.push('i.rowid IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)');
      params.push(toFtsQuery(q.q));
    }
    if (q.cursor) {
      const [sortKey, seq] = decodeCursor(q.cursor);
      where.push('(i.sort_key < ? OR (i.sort_key = ? AND i.seq < ?))');
      params.push(sortKey, sortKey, seq);
    }
    const sql = `SELECT i.rowid, i.id, i.version, i.seq, i.json, i.sort_key AS sortKey FROM items i
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY i.sort_key DESC, i.seq DESC LIMIT ?`;
    const rows = this.db.prepare<unknown[], ItemRow & { sortKey: string }>(sql).all(...params, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toStored),
      next: rows.length > limit && last ? encodeCursor(last.sortKey, last.seq) : null,
    };
  }

  changesSince(seq: number, limit: number): StoredItem[] {
    return this.stmt.changes.all(seq, limit).map(toStored);
  }

  annotate(id: string, patch: { extraction?: unknown; storyId?: string }): void {
    this.db.transaction(() => {
      const row = this.stmt.byId.get(id);
      if (!row) return;
      const item = JSON.parse(row.json) as Item;
      if (patch.extraction !== undefined) item['x-wiredesk'].extraction = patch.extraction;
      if (patch.storyId !== undefined) item['x-wiredesk'].storyId = patch.storyId;
      const seq = this.nextSeq();
      item['x-wiredesk'].seq = seq;
      this.stmt.annotate.run({ rowid: row.rowid, json: JSON.stringify(item), storyId: item['x-wiredesk'].storyId ?? null, seq });
      if (patch.extraction !== undefined) this.indexEntities(row.rowid, patch.extraction);
    })();
  }

  private indexEntities(rowid: number, extraction: unknown): void {
    this.stmt.deleteEntities.run(rowid);
    for (const entityId of entityIdsOf(extraction)) this.stmt.insertEntity.run(entityId, rowid);
  }

  quarantine(failure: ParseFailure, source: string): number {
    const raw = Buffer.from(failure.raw.buffer, failure.raw.byteOffset, failure.raw.byteLength);
    const info = this.stmt.quarantine.run(
      new Date().toISOString(),
      source,
      failure.code,
      failure.message,
      failure.position ? JSON.stringify(failure.position) : null,
      failure.raw.byteLength,
      raw,
    );
    return Number(info.lastInsertRowid);
  }

  listQuarantine(limit = 100): QuarantineEntry[] {
    return this.stmt.listQuarantine.all(limit).map((r) => ({ ...r, position: r.position ? JSON.parse(r.position) : null }));
  }

  quarantineRaw(id: number): Uint8Array | null {
    const row = this.stmt.quarantineRaw.get(id);
    return row ? new Uint8Array(row.raw) : null;
  }

  count(): number {
    return this.stmt.count.get()!.n;
  }

  close(): void {
    this.db.close();
  }
}

function toStored(row: ItemRow): StoredItem {
  const item = JSON.parse(row.json) as Item;
  item['x-wiredesk'].seq = row.seq;
  return { id: row.id, seq: row.seq, item };
}

function entityIdsOf(extraction: unknown): Set<string> {
  const ids = new Set<string>();
  const entities = (extraction as { entities?: Array<{ id?: string }> } | null)?.entities;
  if (Array.isArray(entities)) for (const e of entities) if (e.id) ids.add(e.id);
  return ids;
}

/** A user's words become an FTS5 query of quoted terms (AND), so punctuation never breaks the syntax. */
function toFtsQuery(text: string): string {
  const phrases = text.match(/"[^"]+"|[^\s"]+/g) ?? [];
  return phrases.map((p) => '"' + p.replace(/"/g, '').replace(/"/g, '""') + '"').join(' ');
}

function encodeCursor(sortKey: string, seq: number): string {
  return Buffer.from(JSON.stringify([sortKey, seq])).toString('base64url');
}

function decodeCursor(cursor: string): [string, number] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number') return [v[0], v[1]];
  } catch {
    /* fall through */
  }
  throw Object.assign(new Error('The cursor is not one this server gave out; start again without it.'), { code: 'BAD_CURSOR' });
}
