// RSS/Atom polling: conditional GETs (ETag / Last-Modified), so an unchanged feed costs one 304.
// Items already stored come back as duplicates (same uri+version) and are not stored twice.
import type { Ingestor, IngestReport } from './ingestor.ts';

export interface FeedState {
  etag?: string;
  lastModified?: string;
}

export interface PollOptions {
  /** Refuses URLs that resolve to private or loopback addresses (SSRF guard) unless allowed. */
  guard?: (url: string) => Promise<void>;
  fetchImpl?: typeof fetch;
}

/** One conditional fetch of a feed; returns null when the feed has not changed (304). */
export async function pollOnce(url: string, state: FeedState, ingestor: Ingestor, opts: PollOptions = {}): Promise<IngestReport | null> {
  await opts.guard?.(url);
  const headers: Record<string, string> = { 'user-agent': 'wiredesk/0.1 (+feed poller)' };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  const res = await (opts.fetchImpl ?? fetch)(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  if (res.status === 304) return null;
  if (!res.ok) throw Object.assign(new Error(`${url} answered HTTP ${res.status}`), { code: 'FEED_HTTP_ERROR' });
  state.etag = res.headers.get('etag') ?? undefined;
  state.lastModified = res.headers.get('last-modified') ?? undefined;
  return ingestor.ingestBytes(new Uint8Array(await res.arrayBuffer()), url);
}

export function startPolling(urls: string[], everyMs: number, ingestor: Ingestor, log: (line: string) => void, opts: PollOptions = {}) {
  const states = new Map(urls.map((u) => [u, {} as FeedState]));
  let running = false;
  const tick = async () => {
    if (running) return; // a slow feed never stacks polls on top of each other
    running = true;
    for (const [url, state] of states) {
      try {
        const report = await pollOnce(url, state, ingestor, opts);
        if (report) {
          const fresh = report.items.filter((i) => i.outcome === 'stored' || i.outcome === 'updated').length;
          log(`${url}: ${report.items.length} entries, ${fresh} new or updated, ${report.failures.length} quarantined`);
        }
      } catch (err) {
        log(`${url}: ${(err as Error).message}`);
      }
    }
    running = false;
  };
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
