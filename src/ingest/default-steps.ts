// The real steps of the flow, wired once for every door.
import type { Database } from 'better-sqlite3';
import type { IngestSteps } from './ingestor.ts';
import { parseBytes } from '../formats/index.ts';

export function defaultSteps(_db: Database, _opts: { extract?: boolean; stories?: boolean } = {}): IngestSteps {
  return { parse: (bytes, source) => parseBytes(bytes, source) };
}
