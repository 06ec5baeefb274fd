// `wiredesk ingest PATH...`: files, folders and globs into the store, with a progress bar and a summary.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { SqliteStore } from '../store/sqlite/store.ts';
import { Ingestor, addToTotals, emptyTotals } from '../ingest/ingestor.ts';
import { defaultSteps } from '../ingest/default-steps.ts';
import { expandPaths } from '../ingest/files.ts';

export async function runIngest(paths: string[], opts: { dataDir: string; extract: boolean; json: boolean }): Promise<number> {
  const { files, problems } = expandPaths(paths);
  for (const p of problems) process.stderr.write(`wiredesk: ${p.path}: ${p.message}\n`);
  const store = new SqliteStore(join(opts.dataDir, 'wiredesk.db'));
  const ingestor = new Ingestor(store, defaultSteps(store.db, { extract: opts.extract, stories: opts.extract }));
  const totals = emptyTotals();
  const explained: string[] = [];
  const bar = process.stderr.isTTY && !opts.json
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {items} items | {eta_formatted} left', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  const totalBytes = files.reduce((n, f) => n + statSync(f).size, 0);
  bar?.start(files.length, 0, { items: 0 });
  const started = performance.now();
  for (const file of files) {
    const report = ingestor.ingestBytes(readFileSync(file), file);
    addToTotals(totals, report);
    for (const f of report.failures) {
      const where = f.position ? Object.entries(f.position).filter(([k]) => k !== 'file').map(([k, v]) => `${k} ${v}`).join(', ') : '';
      explained.push(`${file}${where ? ` (${where})` : ''}: ${f.code}: ${f.message}`);
    }
    bar?.increment(1, { items: totals.items });
  }
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;
  store.close();
  if (opts.json) {
    process.stdout.write(JSON.stringify({ ...totals, files: files.length, bytes: totalBytes, seconds, failures: explained }) + '\n');
  } else {
    for (const line of explained) process.stdout.write(`quarantined: ${line}\n`);
    process.stdout.write(
      `read ${totals.read} files (${(totalBytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s: ${totals.items} items, ` +
        `${totals.stored} stored, ${totals.duplicates} duplicates, ${totals.updated} superseded (newer version), ` +
        `${totals.olderVersions} older versions kept in history, ${totals.quarantined} quarantined\n`,
    );
  }
  return problems.length > 0 && files.length === 0 ? 2 : 0;
}
