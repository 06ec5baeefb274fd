// Building Items the same way from every format: stable uri, version, urgency, and the plain text that
// extraction reads (dateline, then body paragraphs, joined by blank lines).
import { createHash } from 'node:crypto';
import type { Dateline, Item, NinjsInfoSource, NinjsText, PubStatus } from './types.ts';

export interface ItemParts {
  format: string;
  source?: string;
  /** The agency's own id; without one the uri is a hash of the content. */
  agencyId?: string;
  version?: string | number;
  versionCreated?: string;
  firstCreated?: string;
  pubStatus?: PubStatus;
  urgency?: number;
  headline?: string;
  subheadline?: string;
  slugline?: string;
  by?: string;
  language?: string;
  located?: string;
  dateline?: Dateline;
  /** Body paragraphs as plain text (a subhead is a paragraph too). */
  paragraphs: string[];
  /** The body as the agency sent it with markup, kept as a second body. */
  html?: string;
  description?: string;
  edNote?: string;
  copyrightHolder?: string;
  copyrightNotice?: string;
  infoSources?: NinjsInfoSource[];
  subjects?: Array<{ name?: string; uri?: string }>;
  wire?: Record<string, string | number>;
}

export function contentHashUri(parts: Pick<ItemParts, 'headline' | 'paragraphs' | 'dateline'>): string {
  const h = createHash('sha256')
    .update(normaliseSpace(parts.headline ?? ''))
    .update('\n')
    .update(normaliseSpace(parts.dateline?.text ?? ''))
    .update('\n')
    .update(parts.paragraphs.map(normaliseSpace).join('\n'))
    .digest('hex');
  return `urn:wiredesk:sha256:${h.slice(0, 32)}`;
}

export function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Urgency is 1 (flash) to 9; anything else the wire sends is clamped, a missing one stays missing. */
export function clampUrgency(u: number | undefined): number | undefined {
  if (u === undefined || !Number.isFinite(u)) return undefined;
  return Math.min(9, Math.max(1, Math.round(u)));
}

/** Dates from wires come in many shapes; ninjs wants RFC 3339. Returns undefined when it cannot tell. */
export function toIsoDateTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  // 20131020T192751+1100 (NITF / IPTC compact)
  let m = v.match(/^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${tz(m[7])}`;
  m = v.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}T00:00:00Z`;
  // 2019-04-15T13:49:15 with or without a zone
  m = v.match(/^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/);
  if (m) return `${m[1]}T${m[2]}${m[3] ?? ':00'}${m[4] ?? ''}${tz(m[5])}`;
  m = v.match(/^(\d{4}-\d{2}-\d{2})$/);
  if (m) return `${m[1]}T00:00:00Z`;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
}

/**
 * A transmission stamp without a year ("--10-08T06:30Z", as IPTC 7901 sends "080630 GMT Oct 8") dated by the
 * time it was received: the latest of last, this or next year that is not more than two days ahead of it.
 */
export function resolveYearless(sentAt: string, receivedAt: string): string | undefined {
  const m = /^--(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/.exec(sentAt);
  const received = Date.parse(receivedAt);
  if (!m || Number.isNaN(received)) return undefined;
  const year = new Date(received).getUTCFullYear();
  const at = (y: number) => Date.UTC(y, Number(m[1]) - 1, Number(m[2]), Number(m[3]), Number(m[4]));
  const t = [year + 1, year, year - 1].map(at).find((c) => c <= received + 2 * 86_400_000);
  return t === undefined || Number.isNaN(t) ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
}

function tz(z: string | undefined): string {
  if (!z) return 'Z';
  if (z === 'Z') return z;
  return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}

export function buildItem(p: ItemParts): Item {
  const paragraphs = p.paragraphs.map((s) => s.trim()).filter((s) => s.length > 0);
  const blocks: string[] = [];
  if (p.dateline?.text && !(paragraphs[0] ?? '').startsWith(p.dateline.text)) blocks.push(p.dateline.text);
  blocks.push(...paragraphs);
  const spans: Array<[number, number]> = [];
  let text = '';
  for (const b of blocks) {
    if (text) text += '\n\n';
    spans.push([text.length, text.length + b.length]);
    text += b;
  }
  const body = paragraphs.join('\n\n');
  const bodies: NinjsText[] = [];
  if (body) bodies.push({ role: 'main', contentType: 'text/plain', value: body, charCount: body.length, wordCount: countWords(body) });
  if (p.html) bodies.push({ role: 'main', contentType: 'text/html', value: p.html });
  const headlines: NinjsText[] = [];
  if (p.headline) headlines.push({ role: 'main', value: normaliseSpace(p.headline) });
  if (p.subheadline) headlines.push({ role: 'sub', value: normaliseSpace(p.subheadline) });

  const item: Item = {
    uri: p.agencyId?.trim() || contentHashUri({ headline: p.headline, paragraphs, dateline: p.dateline }),
    type: 'text',
    version: String(p.version ?? '1'),
    pubStatus: p.pubStatus ?? 'usable',
    'x-wiredesk': { format: p.format, text, paragraphs: spans },
  };
  const versionCreated = toIsoDateTime(p.versionCreated);
  if (versionCreated) item.versionCreated = versionCreated;
  const firstCreated = toIsoDateTime(p.firstCreated);
  if (firstCreated) item.firstCreated = firstCreated;
  const urgency = clampUrgency(p.urgency);
  if (urgency !== undefined) item.urgency = urgency;
  if (headlines.length) item.headlines = headlines;
  if (bodies.length) item.bodies = bodies;
  if (p.slugline) item.slugline = p.slugline.trim();
  if (p.by) item.by = normaliseSpace(p.by);
  if (p.language) item.language = p.language;
  const located = p.located ?? p.dateline?.place;
  if (located) item.located = located;
  if (p.description) item.descriptions = [{ value: p.description }];
  if (p.edNote) item.edNote = p.edNote;
  if (p.copyrightHolder) item.copyrightHolder = p.copyrightHolder;
  if (p.copyrightNotice) item.copyrightNotice = p.copyrightNotice;
  const infoSources = p.infoSources ?? infoSourcesFromChain(p.dateline?.sources);
  if (infoSources.length) item.infoSources = infoSources;
  if (p.subjects?.length) item.subjects = p.subjects.filter((s) => s.name || s.uri);
  if (p.source) item['x-wiredesk'].source = p.source;
  if (p.dateline) item['x-wiredesk'].dateline = p.dateline;
  if (p.wire && Object.keys(p.wire).length) item['x-wiredesk'].wire = p.wire;
  return item;
}

/** "BSS/AFP": BSS distributed what AFP originated. A single agency is the originator. */
export function infoSourcesFromChain(chain: string[] | undefined): NinjsInfoSource[] {
  if (!chain?.length) return [];
  const out: NinjsInfoSource[] = [{ name: chain[chain.length - 1], role: 'originator' }];
  for (const name of chain.slice(0, -1).reverse()) out.push({ name, role: 'distributor' });
  return out;
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
