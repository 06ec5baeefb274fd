import type { Item, ParseFailure } from '../item/types.ts';

/** What happened to one item handed to `put`. */
export type PutOutcome = 'stored' | 'duplicate' | 'superseded-older' | 'updated';
// stored: first time this uri was seen; updated: a newer version of a known uri (old one kept in history);
// duplicate: same uri+version already stored (nothing written); superseded-older: an older version arrived
// after a newer one (kept in history, the current one stays).

export interface PutResult {
  id: string; // stable internal id of the item (derived from uri)
  uri: string;
  version: string;
  outcome: PutOutcome;
  seq: number; // monotonic change sequence number (0 for duplicates)
}

export interface ItemQuery {
  q?: string; // full-text query
  urgencyMax?: number; // urgency <= this
  source?: string; // agency (infoSource name or dateline chain)
  place?: string; // dateline place, case-insensitive
  entity?: string; // canonical entity id mentioned in the item
  since?: string; // versionCreated >= (ISO)
  until?: string; // versionCreated < (ISO)
  storyId?: string;
  includeHidden?: boolean; // include killed / withheld items
  limit?: number;
  cursor?: string; // opaque, from a previous page's `next`
}

export interface StoredItem {
  id: string;
  seq: number;
  item: Item;
}

export interface ItemPage {
  items: StoredItem[];
  next: string | null;
}

export interface QuarantineEntry {
  id: number;
  receivedAt: string;
  source: string;
  code: string;
  message: string;
  position: ParseFailure['position'] | null;
  size: number;
}

export interface Store {
  /** Idempotent on uri+version. A newer version supersedes (history kept); a canceled/withheld item is hidden from default reads. */
  put(item: Item): PutResult;
  putMany(items: Item[]): PutResult[];
  get(id: string): StoredItem | null;
  /** Every stored version of an item, newest first. */
  versions(id: string): Item[];
  query(q: ItemQuery): ItemPage;
  /** Items changed after a sequence number, oldest first (for streams and workers). */
  changesSince(seq: number, limit: number): StoredItem[];
  /** Store extraction/story results on the current version of an item. */
  annotate(id: string, patch: { extraction?: unknown; storyId?: string }): void;
  quarantine(failure: ParseFailure, source: string): number;
  listQuarantine(limit?: number): QuarantineEntry[];
  quarantineRaw(id: number): Uint8Array | null;
  count(): number;
  close(): void;
}
