// The desk's view of the wiredesk API (see /openapi.json).

export interface Span {
  start: number;
  end: number;
}
export interface Extraction {
  dateline?: { place?: string; date?: string; sources?: string[]; country?: string };
  timexes?: Array<Span & { type: string; value: string; mod?: string }>;
  entities?: Array<Span & { type: string; id: string }>;
  quotes?: Array<Span & { speaker?: string; kind: string; cue?: string }>;
  quantities?: Array<Span & { value: number; unit: string; approx: boolean; bound: string }>;
  events?: Array<{ type: string; source?: string; target?: string; date?: string; trigger?: string; start?: number; end?: number }>;
}

export interface Item {
  uri: string;
  version?: string;
  versionCreated?: string;
  pubStatus?: string;
  urgency?: number;
  headlines?: Array<{ value: string }>;
  located?: string;
  slugline?: string;
  by?: string;
  edNote?: string;
  infoSources?: Array<{ name?: string; role?: string }>;
  'x-wiredesk': {
    id: string;
    seq?: number;
    format: string;
    receivedAt?: string;
    text: string;
    paragraphs?: Array<[number, number]>;
    dateline?: { text: string; place?: string; date?: string; sources?: string[] };
    storyId?: string;
    extraction?: Extraction;
    versions?: Array<{ version: string; versionCreated?: string; pubStatus?: string }>;
  };
}

export interface ItemFilters {
  q?: string;
  urgency?: string;
  source?: string;
  place?: string;
  entity?: string;
  story?: string;
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export function itemsUrl(f: ItemFilters, cursor?: string, limit = 100): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  if (cursor) p.set('cursor', cursor);
  p.set('limit', String(limit));
  p.set('view', 'brief'); // list rows need no bodies nor extraction
  return `/v1/items?${p}`;
}

export const headline = (i: Item) => i.headlines?.[0]?.value ?? i['x-wiredesk'].text.slice(0, 100);

export function urgencyLabel(u: number | undefined): 'FLASH' | 'URGENT' | 'routine' {
  if (u === 1) return 'FLASH';
  if (u !== undefined && u <= 3) return 'URGENT';
  return 'routine';
}

/** "BSS/AFP": the chain as the wire wrote it, else the info sources. */
export function agencyChain(i: Item): string {
  const chain = i['x-wiredesk'].dateline?.sources;
  if (chain?.length) return chain.join('/');
  return (i.infoSources ?? []).map((s) => s.name).filter(Boolean).join('/');
}

export function timeOf(i: { versionCreated?: string }): string {
  return i.versionCreated ? formatTime(i.versionCreated) : '';
}

/** Day and 24-hour time, as wire desks read them ("12 Oct, 14:00"). */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** When an item was filed; when the wire gave no time, when the desk received it (marked as such). */
export function whenOf(i: Item): { iso: string; received: boolean } | null {
  if (i.versionCreated) return { iso: i.versionCreated, received: false };
  const received = i['x-wiredesk'].receivedAt;
  return received ? { iso: received, received: true } : null;
}

// ---- Writes: the desk asks for an API key once and keeps it in this browser.
const KEY_STORAGE = 'wiredesk.apiKey';
export const apiKey = (): string => localStorage.getItem(KEY_STORAGE) ?? '';
export const setApiKey = (key: string): void => (key ? localStorage.setItem(KEY_STORAGE, key) : localStorage.removeItem(KEY_STORAGE));

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(apiKey() ? { Authorization: `Bearer ${apiKey()}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => null)) as (T & { error?: { code?: string; message?: string } }) | null;
  if (!res.ok) throw new ApiError(json?.error?.message ?? `${res.status} ${res.statusText}`, res.status, json?.error?.code);
  return json as T;
}

/** GET that turns "this route is not there yet" (404 on a whole route) into null, for empty states. */
export async function getOptional<T>(path: string): Promise<T | null> {
  const res = await fetch(path);
  if (res.status === 404) return null;
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

// ---- Stories, entities, events (src/server/routes/stories.ts).
export interface Evidence {
  itemId: string;
  start?: number;
  end?: number;
}
export interface StorySummary {
  id: string;
  title?: string;
  lastActivity?: string;
  firstActivity?: string;
  itemCount?: number;
  sources?: Array<string | { name: string; count?: number }>;
}
export interface TimelineEntry {
  date: string;
  /** START, MID or END of the date ("late 2017"). */
  mod?: string;
  type?: string;
  /** Every type the same words were read as (see mergeTimeline). */
  types?: string[];
  label?: string;
  text?: string;
  evidence?: Evidence[];
}
export interface EventRecord {
  type: string;
  source?: string;
  target?: string;
  date?: string;
  place?: string;
  trigger?: string;
  count?: number;
  itemId?: string;
  start?: number;
  end?: number;
}
