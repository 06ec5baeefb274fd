// The real steps of the flow, wired once for every door.
import type { Database } from 'better-sqlite3';
import type { IngestSteps } from './ingestor.ts';
import { parseBytes } from '../formats/index.ts';
import { extractItem } from '../extract/pipeline.ts';
import { getStoryEngine } from '../stories/engine.ts';

export function defaultSteps(db: Database, opts: { extract?: boolean; stories?: boolean } = {}): IngestSteps {
  const engine = opts.stories === false ? undefined : getStoryEngine(db);
  return {
    parse: (bytes, source) => parseBytes(bytes, source),
    extract: opts.extract === false ? undefined : extractItem,
    assignStory: engine
      ? (stored) => {
          const extraction = stored.item['x-wiredesk'].extraction;
          if (!extraction || typeof extraction !== 'object' || 'error' in extraction) return undefined;
          return engine.assign({ id: stored.id, item: stored.item, extraction: extraction as never }).storyId;
        }
      : undefined,
  };
}
