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

export function timeOf(i: Item): string {
  if (!i.versionCreated) return '';
  const d = new Date(i.versionCreated);
  return d.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
