// The sample wire read into a fresh in-memory store through the real flow (parse → extract → store → stories),
// in the order `npm start` reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { defaultSteps } from '../../src/ingest/default-steps.ts';
import { expandPaths } from '../../src/ingest/files.ts';
import { SAMPLES_DIR, isWireFile, inArrivalOrder } from '../../src/server/desk.ts';

export interface Manifest {
  stories: Array<{ key: string; name: string; members: string[] }>;
  republished: Array<[string, string]>;
}

export const manifest = JSON.parse(readFileSync(join(SAMPLES_DIR, 'stories.json'), 'utf8')) as Manifest;
export const sampleFiles = inArrivalOrder(expandPaths([SAMPLES_DIR]).files.filter(isWireFile));

export function loadSamples(files = sampleFiles): { store: SqliteStore; storyOf: Map<string, string> } {
  const store = new SqliteStore(':memory:');
  const ingestor = new Ingestor(store, defaultSteps(store.db));
  for (const f of files) ingestor.ingestBytes(readFileSync(f), f);
  const storyOf = new Map<string, string>();
  for (const r of store.db.prepare(`SELECT uri, story_id FROM items`).all() as Array<{ uri: string; story_id: string | null }>) {
    if (r.story_id) storyOf.set(r.uri, r.story_id);
  }
  return { store, storyOf };
}
