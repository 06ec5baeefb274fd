// The real steps of the flow, wired once for every door.
import type { Database } from 'better-sqlite3';
import type { IngestSteps } from './ingestor.ts';
import { parseBytes } from '../formats/index.ts';
import { extractItem } from '../extract/pipeline.ts';
import { StoryAssigner } from '../stories/cluster.ts';

export function defaultSteps(db: Database, opts: { extract?: boolean; stories?: boolean } = {}): IngestSteps {
  const stories = opts.stories === false ? undefined : new StoryAssigner(db);
  return {
    parse: (bytes, source) => parseBytes(bytes, source),
    extract: opts.extract === false ? undefined : extractItem,
    assignStory: stories && ((stored) => stories.assign(stored).storyId),
    inTransaction: (run) => db.transaction(run)(),
  };
}
