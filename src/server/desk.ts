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
import type { ParseResult } from '../item/types.ts';
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
  // Each file is parsed once: its items' times order the load, then the rest of the flow takes the parsed items.
  const inputs = files.filter(isWireFile).map((file) => {
    const source = relative(process.cwd(), file);
    return { file, source, parsed: ctx.ingestor.parse(readFileSync(file), source) };
  });
  for (const { source, parsed } of sortByArrival(inputs)) addToTotals(totals, ctx.ingestor.ingestParsed(parsed, source));
  writeFileSync(marker, JSON.stringify({ loadedAt: new Date().toISOString(), ...totals }) + '\n');
  return totals;
}

/** Files in the order an agency would have sent them: by the earliest time any of their items was filed
 * (versionCreated, else firstCreated, else a 7901 yearless stamp), files without a time last, ties by path.
 * Stories then form in arrival order: a kill comes after the item it kills, a follow-up after its lead. */
export function inArrivalOrder(files: string[]): string[] {
  return sortByArrival(files.map((file) => ({ file, parsed: parseBytes(readFileSync(file), file) }))).map((i) => i.file);
}

function sortByArrival<T extends { file: string; parsed: ParseResult }>(inputs: T[]): T[] {
  const now = new Date().toISOString();
  const firstFiled = (parsed: ParseResult): number => {
    const times = parsed.items.map((i) => {
      const stamp = i['x-wiredesk'].wire?.sentAt;
      return Date.parse(i.versionCreated ?? i.firstCreated ?? (typeof stamp === 'string' ? resolveYearless(stamp, now) : undefined) ?? '');
    });
    // NaN (no time) is dropped by filter; a file with no time sorts last.
    return Math.min(Infinity, ...times.filter((t) => !Number.isNaN(t)));
  };
  const keyed = inputs.map((input) => ({ input, at: firstFiled(input.parsed) }));
  // Two undated files give Infinity - Infinity = NaN, which falls through to the path like a tie.
  keyed.sort((a, b) => a.at - b.at || (a.input.file < b.input.file ? -1 : a.input.file > b.input.file ? 1 : 0));
  return keyed.map((k) => k.input);
}

/** samples/ also holds its README, the story manifest and the generator script: those are not wire copy. */
export function isWireFile(path: string): boolean {
  return !/(\.md|\.ts|stories\.json)$/i.test(path);
}
