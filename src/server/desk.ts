// Starts a whole desk: store, flow, API, delivery and the web page. Used by `wiredesk serve`, `npm start` and tests.
import { existsSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './context.ts';
import { buildApp, openContext, type Desk } from './app.ts';
import { ensureLocalAdminKey } from './auth.ts';
import { expandPaths } from '../ingest/files.ts';
import { addToTotals, emptyTotals, type IngestTotals } from '../ingest/ingestor.ts';
import { parseBytes } from '../formats/index.ts';
import { resolveYearless } from '../item/build.ts';

export const SAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../samples');

export interface DeskOptions extends Partial<Config> {
  /** Load the bundled sample wire into the store the first time it is opened. */
  loadSamples?: boolean;
}

export interface RunningDesk extends Desk {
  url: string;
  /** An admin key created on the first start of this data folder (null when one existed already). */
  adminKey: string | null;
  samples: IngestTotals | null;
}

export async function startDesk(opts: DeskOptions = {}): Promise<RunningDesk> {
  const config: Config = {
    port: opts.port ?? 8080,
    host: opts.host ?? '127.0.0.1',
    dataDir: resolve(opts.dataDir ?? './data'),
  };
  mkdirSync(config.dataDir, { recursive: true });
  const ctx = openContext(config);
  const adminKey = ensureLocalAdminKey(ctx.store.db);
  const samples = opts.loadSamples ? loadSamplesOnce(ctx, config.dataDir) : null;
  const desk = await buildApp(ctx);
  const address = await desk.app.listen({ port: config.port, host: config.host });
  return { ...desk, url: address.replace('[::1]', 'localhost'), adminKey, samples };
}

/** The sample wire goes in once per data folder: a marker file remembers it was loaded. */
function loadSamplesOnce(ctx: Desk['ctx'], dataDir: string): IngestTotals | null {
  const marker = join(dataDir, '.samples-loaded');
  if (existsSync(marker)) return null;
  const { files } = expandPaths([SAMPLES_DIR]);
  const totals = emptyTotals();
  for (const file of inArrivalOrder(files.filter(isWireFile))) {
    addToTotals(totals, ctx.ingestor.ingestBytes(readFileSync(file), relative(process.cwd(), file)));
  }
  writeFileSync(marker, JSON.stringify({ loadedAt: new Date().toISOString(), ...totals }) + '\n');
  return totals;
}

/** Files in the order an agency would have sent them: by the earliest time any of their items was filed
 * (versionCreated, else firstCreated, else a 7901 yearless stamp), files without a time last, ties by path.
 * Stories then form in arrival order: a kill comes after the item it kills, a follow-up after its lead. */
export function inArrivalOrder(files: string[]): string[] {
  const now = new Date().toISOString();
  const sentAt = (file: string): string | undefined => {
    const times = parseBytes(readFileSync(file), file).items.map((i) => {
      const stamp = i['x-wiredesk'].wire?.sentAt;
      return i.versionCreated ?? i.firstCreated ?? (typeof stamp === 'string' ? resolveYearless(stamp, now) : undefined);
    });
    const valid = times.filter((t): t is string => Boolean(t) && !Number.isNaN(Date.parse(t!)));
    return valid.length ? new Date(Math.min(...valid.map((t) => Date.parse(t)))).toISOString() : undefined;
  };
  const keyed = files.map((file) => ({ file, at: sentAt(file) }));
  return keyed
    .sort((a, b) => (a.at && b.at ? (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) : a.at ? -1 : b.at ? 1 : 0) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((k) => k.file);
}

/** samples/ also holds its README, the story manifest and the generator script: those are not wire copy. */
export function isWireFile(path: string): boolean {
  return !/(\.md|\.ts|stories\.json)$/i.test(path);
}
