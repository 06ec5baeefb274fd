// Schema migrations for the embedded store, applied in order; PRAGMA user_version records how far a file got.
import type { Database } from 'better-sqlite3';

const MIGRATIONS: string[] = [
  // 1: items, their history, full-text index, quarantine
  `
  CREATE TABLE items (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,             -- stable id derived from the uri
    uri TEXT NOT NULL UNIQUE,
    version TEXT NOT NULL,
    version_created TEXT,                -- ISO, from the item
    sort_key TEXT NOT NULL,              -- versionCreated or receivedAt: the wire's order, newest first
    pub_status TEXT NOT NULL DEFAULT 'usable',
    hidden INTEGER NOT NULL DEFAULT 0,   -- killed or withheld: out of default reads
    urgency INTEGER,
    place TEXT,                          -- lower-cased dateline place
    format TEXT NOT NULL,
    story_id TEXT,
    seq INTEGER NOT NULL UNIQUE,         -- change sequence: bumped on every write to this item
    json TEXT NOT NULL                   -- the current version, ninjs + x-wiredesk (earlier ones: item_versions)
  );
  CREATE INDEX items_sort ON items (sort_key DESC, seq DESC);
  CREATE INDEX items_urgency ON items (urgency, sort_key DESC);
  CREATE INDEX items_place ON items (place);
  CREATE INDEX items_story ON items (story_id);

  CREATE TABLE item_versions (          -- every version but the current one
    item_rowid INTEGER NOT NULL REFERENCES items(rowid),
    version TEXT NOT NULL,
    version_created TEXT,
    pub_status TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (item_rowid, version)
  ) WITHOUT ROWID;

  CREATE TABLE item_sources (
    name TEXT NOT NULL COLLATE NOCASE,   -- agency names (infoSources, dateline chain)
    item_rowid INTEGER NOT NULL,
    PRIMARY KEY (name, item_rowid)
  ) WITHOUT ROWID;

  CREATE TABLE item_entities (
    entity_id TEXT NOT NULL,
    item_rowid INTEGER NOT NULL,
    PRIMARY KEY (entity_id, item_rowid)
  ) WITHOUT ROWID;

  CREATE VIRTUAL TABLE items_fts USING fts5 (headline, body, content='', contentless_delete=1, tokenize='porter unicode61');

  CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    source TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    position TEXT,
    size INTEGER NOT NULL,
    raw BLOB NOT NULL
  );

  `,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
