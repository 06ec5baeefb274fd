// The flow every door shares (CLI, HTTP POST, drop folder, feed poller):
// bytes → formats (detect + parse) → extract → store → stories → bus. Bad input goes to quarantine,
// never taking the good items of its batch with it.
import type { EventEmitter } from 'node:events';
import type { Item, ParseFailure, ParseResult } from '../item/types.ts';
import { resolveYearless } from '../item/build.ts';
import type { Extraction } from '../extract/types.ts';
import type { PutOutcome, Store, StoredItem } from '../store/types.ts';

export interface IngestSteps {
  parse(bytes: Uint8Array, source: string): ParseResult;
  /** Pure reading of one item; omitted when only parsing and storing (benchmarks, --no-extract). */
  extract?(item: Item): Extraction;
  /** Puts a stored item into a developing story; returns the story id. */
  assignStory?(stored: StoredItem): string | undefined;
  /** Runs one input's story assignments as a single write transaction (one commit per file, not two per item). */
  inTransaction?<T>(run: () => T): T;
}

export interface ItemResult {
  uri: string;
  id: string;
  version: string;
  outcome: PutOutcome;
  storyId?: string;
}

export interface FailureResult {
  code: string;
  message: string;
  source: string;
  position?: ParseFailure['position'];
  quarantineId: number;
}

export interface IngestReport {
  source: string;
  format: string;
  items: ItemResult[];
  failures: FailureResult[];
}

export interface IngestTotals {
  read: number; // inputs (files, request bodies)
  items: number; // items found in them
  stored: number;
  updated: number; // a newer version superseded the stored one
  duplicates: number;
  olderVersions: number; // an older version arrived late: kept in history only
  quarantined: number;
}

export function emptyTotals(): IngestTotals {
  return { read: 0, items: 0, stored: 0, updated: 0, duplicates: 0, olderVersions: 0, quarantined: 0 };
}

export function addToTotals(t: IngestTotals, r: IngestReport): void {
  t.read += 1;
  t.items += r.items.length;
  t.quarantined += r.failures.length;
  for (const i of r.items) {
    if (i.outcome === 'stored') t.stored++;
    else if (i.outcome === 'updated') t.updated++;
    else if (i.outcome === 'duplicate') t.duplicates++;
    else t.olderVersions++;
  }
}

export class Ingestor {
  constructor(
    private readonly store: Store,
    private readonly steps: IngestSteps,
    private readonly bus?: EventEmitter<{ item: [StoredItem] }>,
  ) {}

  ingestBytes(bytes: Uint8Array, source: string): IngestReport {
    return this.ingestParsed(this.parse(bytes, source), source);
  }

  /** Detects and parses; never throws (a parser bug becomes a quarantined failure). Cheap next to the rest. */
  parse(bytes: Uint8Array, source: string): ParseResult {
    try {
      return this.steps.parse(bytes, source);
    } catch (err) {
      // A parser bug must not lose the input: quarantine it whole with the error.
      return { format: 'unknown', items: [], failures: [{ code: 'PARSER_ERROR', message: String((err as Error)?.message ?? err), raw: bytes, position: { file: source } }] };
    }
  }

  /** The rest of the flow for parsed input: quarantine, extract, store, stories, then tell listeners. */
  ingestParsed(parsed: ParseResult, source: string): IngestReport {
    const failures: FailureResult[] = parsed.failures.map((f) => ({
      code: f.code,
      message: f.message,
      source,
      position: f.position,
      quarantineId: this.store.quarantine(f, source),
    }));
    const now = new Date().toISOString();
    const items = parsed.items.map((item) => this.enrich(item, source, now));
    const results = this.store.putMany(items);
    const report: IngestReport = { source, format: parsed.format, items: [], failures };
    const live: StoredItem[] = [];
    const place = () => {
      for (const r of results) {
        const result: ItemResult = { uri: r.uri, id: r.id, version: r.version, outcome: r.outcome };
        // Only fetch the stored item back when someone downstream needs it (stories, live delivery).
        if ((r.outcome === 'stored' || r.outcome === 'updated') && (this.steps.assignStory || this.bus)) {
          let stored = this.store.get(r.id);
          if (stored && this.steps.assignStory) {
            const storyId = this.assignSafely(stored);
            if (storyId) {
              this.store.annotate(r.id, { storyId });
              stored = this.store.get(r.id);
            }
          }
          result.storyId = stored?.item['x-wiredesk'].storyId;
          if (stored) live.push(stored);
        }
        report.items.push(result);
      }
    };
    // A failed assignment rolls back alone (its own nested transaction) and the file's other items go on.
    if (this.steps.assignStory && this.steps.inTransaction) this.steps.inTransaction(place);
    else place();
    // Listeners hear of the items once their stories are committed.
    for (const stored of live) this.bus?.emit('item', stored);
    return report;
  }

  private enrich(item: Item, source: string, receivedAt: string): Item {
    const ext = { ...item['x-wiredesk'], source: item['x-wiredesk'].source ?? source, receivedAt };
    const sentAt = ext.wire?.sentAt;
    if (!item.versionCreated && typeof sentAt === 'string') {
      const dated = resolveYearless(sentAt, receivedAt);
      if (dated) item = { ...item, versionCreated: dated };
    }
    if (this.steps.extract) {
      try {
        ext.extraction = this.steps.extract({ ...item, 'x-wiredesk': ext }); // with its arrival time, to date it by
      } catch (err) {
        // Reading is best effort: the item still lands, with the reason it could not be read.
        ext.extraction = { error: String((err as Error)?.message ?? err) };
      }
    }
    return { ...item, 'x-wiredesk': ext };
  }

  private assignSafely(stored: StoredItem): string | undefined {
    try {
      return this.steps.assignStory!(stored);
    } catch (err) {
      process.emitWarning(`story assignment failed for ${stored.id}: ${(err as Error).message}`);
      return undefined;
    }
  }
}
