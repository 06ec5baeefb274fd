import type { EventEmitter } from 'node:events';
import type { Store, StoredItem } from '../store/types.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
}

/** Everything a route module needs. Route modules export `register(app: FastifyInstance, ctx: AppContext)`. */
export interface AppContext {
  config: Config;
  store: Store & { db: import('better-sqlite3').Database };
  /** In-process bus: 'item' is emitted with a StoredItem after it is stored, extracted and assigned to a story. */
  bus: EventEmitter<{ item: [StoredItem] }>;
}
