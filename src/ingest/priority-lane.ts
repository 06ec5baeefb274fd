// The HTTP door's queue. Reading an item (extraction, stories) takes milliseconds; when copy arrives faster than
// that, requests wait their turn. A FLASH must not wait behind routine copy: every request is parsed on arrival
// (cheap, and it tells the urgency), then the rest of the flow runs one input at a time, most urgent first, with
// the event loop free between inputs so a flash that arrives meanwhile is parsed and goes to the front.
import type { Ingestor, IngestReport } from './ingestor.ts';
import type { ParseResult } from '../item/types.ts';

interface Job {
  parsed: ParseResult;
  source: string;
  urgency: number;
  order: number;
  resolve: (report: IngestReport) => void;
  reject: (err: unknown) => void;
}

/** Urgency of an input: its most urgent item (1 = flash); routine when it says nothing. */
function urgencyOf(parsed: ParseResult): number {
  let u = 9;
  for (const item of parsed.items) if (item.urgency !== undefined && item.urgency < u) u = item.urgency;
  return u;
}

export class PriorityLane {
  private readonly waiting: Job[] = [];
  private arrivals = 0;
  private scheduled = false;

  constructor(private readonly ingestor: Ingestor) {}

  /** Parses now, runs the rest when its turn comes; resolves with the same report as Ingestor.ingestBytes. */
  submit(bytes: Uint8Array, source: string): Promise<IngestReport> {
    const parsed = this.ingestor.parse(bytes, source);
    return new Promise((resolve, reject) => {
      this.insert({ parsed, source, urgency: urgencyOf(parsed), order: this.arrivals++, resolve, reject });
      this.schedule();
    });
  }

  get length(): number {
    return this.waiting.length;
  }

  /** Keeps `waiting` sorted by urgency, then arrival: a binary search for the first job that should go after this one. */
  private insert(job: Job): void {
    let lo = 0;
    let hi = this.waiting.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const w = this.waiting[mid];
      if (w.urgency < job.urgency || (w.urgency === job.urgency && w.order < job.order)) lo = mid + 1;
      else hi = mid;
    }
    this.waiting.splice(lo, 0, job);
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    // setImmediate, not a microtask: pending I/O (new requests, a flash among them) is read before the next input.
    setImmediate(() => {
      this.scheduled = false;
      const job = this.waiting.shift();
      if (job) {
        try {
          job.resolve(this.ingestor.ingestParsed(job.parsed, job.source));
        } catch (err) {
          job.reject(err);
        }
      }
      this.schedule();
    });
  }
}
