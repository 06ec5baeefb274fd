// `wiredesk serve`: the desk on localhost, optionally with a drop folder and feed pollers.
import { startDesk } from '../server/desk.ts';
import { watchDropFolder } from '../ingest/watch.ts';
import { startPolling } from '../ingest/poll.ts';
import { feedGuard } from '../deliver/ssrf.ts';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  loadSamples: boolean;
  watch?: string;
  poll: string[];
  pollEverySeconds: number;
}

/** Returns -1: the process keeps serving until it is stopped. */
export async function runServe(opts: ServeOptions): Promise<number> {
  const desk = await startDesk({ port: opts.port, host: opts.host, dataDir: opts.dataDir, loadSamples: opts.loadSamples });
  const log = (line: string) => process.stdout.write(line + '\n');
  if (desk.samples) {
    const s = desk.samples;
    log(`sample wire loaded: ${s.read} files, ${s.stored} items stored, ${s.updated} updates, ${s.duplicates} duplicates, ${s.quarantined} quarantined`);
  }
  log(`wiredesk: ${desk.ctx.store.count()} items in ${opts.dataDir}`);
  log(`wiredesk: the desk is at ${desk.url}/  (API: ${desk.url}/v1/items, ${desk.url}/openapi.json)`);
  if (desk.adminKey) {
    log(`wiredesk: a local admin key was created for this data folder; it is shown only once:\n\n    ${desk.adminKey}\n`);
  }
  const stoppers: Array<() => Promise<void> | void> = [];
  if (opts.watch) {
    const watcher = watchDropFolder(opts.watch, desk.ctx.ingestor, (line) => log(`watch: ${line}`));
    stoppers.push(() => watcher.stop());
    log(`wiredesk: watching ${opts.watch} (files move to done/ or failed/)`);
  }
  if (opts.poll.length) {
    // SSRF guard: feeds on private addresses are refused unless WIREDESK_ALLOW_PRIVATE_TARGETS allows them.
    const poller = startPolling(opts.poll, opts.pollEverySeconds * 1000, desk.ctx.ingestor, (line) => log(`poll: ${line}`), { guard: feedGuard() });
    stoppers.push(() => poller.stop());
  }
  const shutdown = async () => {
    for (const stop of stoppers) await stop();
    await desk.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return -1;
}
