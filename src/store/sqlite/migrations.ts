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
  // 2: developing stories (src/stories): members, the candidate index, MinHash bands, term counts, coded events
  `
  CREATE TABLE stories (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    title_item_id TEXT,
    first_activity TEXT NOT NULL,
    last_activity TEXT NOT NULL,
    item_count INTEGER NOT NULL DEFAULT 0,
    centroid TEXT NOT NULL,              -- JSON {terms: {term: weight}, entities: {id: weight}}: the top ones only
    sources TEXT NOT NULL DEFAULT '{}'   -- JSON {agency: items}
  );
  CREATE INDEX stories_activity ON stories (last_activity DESC, rowid DESC);

  CREATE TABLE story_items (
    rowid INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL UNIQUE,
    story_rowid INTEGER NOT NULL REFERENCES stories(rowid),
    joined_at TEXT NOT NULL,             -- the item's own date
    score REAL,                          -- similarity it joined with (null: opened the story)
    duplicate_of TEXT,                   -- item id it is a near-duplicate of
    shingles INTEGER NOT NULL DEFAULT 0, -- size of its shingle set
    signature BLOB                       -- MinHash signature (uint32 each)
  );
  CREATE INDEX story_items_story ON story_items (story_rowid, rowid);

  CREATE TABLE story_postings (          -- candidate stories by entity ("e:") or salient term ("t:")
    key TEXT NOT NULL,
    story_rowid INTEGER NOT NULL,
    last_active TEXT NOT NULL,
    PRIMARY KEY (key, story_rowid)
  ) WITHOUT ROWID;
  CREATE INDEX story_postings_recent ON story_postings (key, last_active DESC, story_rowid DESC);

  CREATE TABLE minhash_bands (           -- LSH: (band << 32 | hash of the band's rows) -> story_items rowid
    band_key INTEGER NOT NULL,
    member INTEGER NOT NULL,
    PRIMARY KEY (band_key, member)
  ) WITHOUT ROWID;

  CREATE TABLE story_df (                -- in how many items a term ("t:") or entity ("e:") occurred, for IDF
    key TEXT PRIMARY KEY,
    df INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE item_events (             -- the coded events of assigned items, for /v1/events
    item_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    story_id TEXT,
    type TEXT NOT NULL,
    source TEXT,
    target TEXT,
    place TEXT,
    date TEXT,                           -- as the extractor dated it (TIMEX value), else the item's date
    day TEXT,                            -- YYYY-MM-DD the date starts on, for counting
    json TEXT NOT NULL,
    PRIMARY KEY (item_id, idx)
  ) WITHOUT ROWID;
  CREATE INDEX item_events_day ON item_events (day);
  CREATE INDEX item_events_type ON item_events (type, day);
  `,
  // 3: subscriptions (src/deliver): rules, what each matched, the webhook outbox and every delivery attempt
  `
  CREATE TABLE IF NOT EXISTS subscriptions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rule TEXT NOT NULL,                  -- as given: the text spelling, or the JSON tree
    channel TEXT NOT NULL,               -- JSON {type: sse|ws|feed|webhook, url?, allowPrivate?}
    secret TEXT,                         -- webhook HMAC key (shown once, at creation)
    key_id INTEGER,                      -- the API key that made it
    created_at TEXT NOT NULL,
    deleted_at TEXT
  );
  CREATE TABLE IF NOT EXISTS subscription_matches (  -- feeds and stream resume read these
    sub_id TEXT NOT NULL,
    seq INTEGER NOT NULL,                -- the item's change sequence when it matched: the event id
    item_id TEXT NOT NULL,
    PRIMARY KEY (sub_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS outbox (    -- webhook deliveries, in order per subscription
    id INTEGER PRIMARY KEY,
    sub_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,                  -- the exact bytes signed and sent, fixed at match time
    state TEXT NOT NULL DEFAULT 'pending', -- pending | delivered | dead | canceled
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at INTEGER NOT NULL,            -- epoch ms of the next attempt
    last_status INTEGER,
    last_error TEXT,
    created_at TEXT NOT NULL,
    delivered_at TEXT,
    UNIQUE (sub_id, seq)
  );
  CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (sub_id, id) WHERE state = 'pending';
  CREATE TABLE IF NOT EXISTS deliveries (  -- every attempt of an outbox entry
    id INTEGER PRIMARY KEY,
    outbox_id INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    at TEXT NOT NULL,
    status INTEGER,                      -- HTTP status, null when no answer came
    error TEXT,
    ms INTEGER
  );
  CREATE INDEX IF NOT EXISTS deliveries_outbox ON deliveries (outbox_id);
  CREATE TABLE IF NOT EXISTS deliver_state (name TEXT PRIMARY KEY, value INTEGER NOT NULL); -- 'cursor': last seq matched
  `,
  // 4: matches are kept per distinct rule, not per subscription: a flash that 1,000 editors watch with the same rule
  // is one row, not 1,000 rows on 1,000 pages (16 ms per commit measured, against 1 ms)
  `
  CREATE TABLE rule_matches (
    rule_key TEXT NOT NULL,              -- hash of the rule's canonical text
    seq INTEGER NOT NULL,                -- the item's change sequence when it matched: the event id
    item_id TEXT NOT NULL,
    PRIMARY KEY (rule_key, seq)
  ) WITHOUT ROWID;
  ALTER TABLE subscriptions ADD COLUMN rule_key TEXT;
  ALTER TABLE subscriptions ADD COLUMN start_seq INTEGER NOT NULL DEFAULT 0; -- matches after this seq are its own
  DROP TABLE subscription_matches;
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
