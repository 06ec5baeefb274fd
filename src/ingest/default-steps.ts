// The real steps of the flow, wired once for every door.
import type { Database } from 'better-sqlite3';
import type { IngestSteps } from './ingestor.ts';
import { parseBytes } from '../formats/index.ts';
import { extractItem } from '../extract/pipeline.ts';

export function defaultSteps(_db: Database, opts: { extract?: boolean; stories?: boolean } = {}): IngestSteps {
  return {
    parse: (bytes, source) => parseBytes(bytes, source),
    extract: opts.extract === false ? undefined : extractItem,
  };
}
