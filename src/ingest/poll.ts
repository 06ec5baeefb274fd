// RSS/Atom polling: conditional GETs (ETag / Last-Modified), so an unchanged feed costs one 304.
// Items already stored come back as duplicates (same uri+version) and are not stored twice.
import type { Ingestor, IngestReport } from './ingestor.ts';

const MAX_REDIRECTS = 5;

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
  const headers: Record<string, string> = { 'user-agent': 'wiredesk/0.1 (+feed poller)' };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  // With a guard, redirects are followed by hand so that every hop is checked, not only the first URL.
  let target = url;
  let res: Response;
  for (let hops = 0; ; hops++) {
    await opts.guard?.(target);
    res = await (opts.fetchImpl ?? fetch)(target, { headers, redirect: opts.guard ? 'manual' : 'follow', signal: AbortSignal.timeout(30_000) });
    const location = res.headers.get('location');
    if (!opts.guard || res.status < 300 || res.status > 399 || res.status === 304 || !location) break;
    if (hops === MAX_REDIRECTS) throw Object.assign(new Error(`${url}: more than ${MAX_REDIRECTS} redirects`), { code: 'FEED_REDIRECTS' });
    target = new URL(location, target).toString();
  }
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
