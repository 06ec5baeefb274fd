// Tolerant readers for the story API: the desk shows whatever shape of list it gets (strings or records).
import type { Evidence, Item, TimelineEntry } from '../api.ts';
import { headline } from '../api.ts';
import { describeDate, timexRange } from './dates.ts';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface StoryItemRow {
  id: string;
  headline: string;
  versionCreated?: string;
  urgency?: number;
  place?: string;
  sources: string;
}

export function storyItems(v: unknown): StoryItemRow[] {
  return list(v).flatMap((raw): StoryItemRow[] => {
    if (!isRec(raw)) return [];
    const x = isRec(raw['x-wiredesk']) ? (raw['x-wiredesk'] as Rec) : undefined;
    const id = str(x?.id) ?? str(raw.id) ?? str(raw.itemId);
    if (!id) return [];
    const dateline = isRec(x?.dateline) ? (x!.dateline as Rec) : undefined;
    const srcs = list(dateline?.sources ?? raw.sources ?? raw.infoSources).map((s) => (isRec(s) ? str(s.name) : str(s))).filter(Boolean);
    return [
      {
        id,
        headline: x ? headline(raw as unknown as Item) : (str(raw.headline) ?? str(raw.title) ?? id),
        versionCreated: str(raw.versionCreated) ?? str(raw.date),
        urgency: num(raw.urgency),
        place: str(dateline?.place) ?? str(raw.place),
        sources: srcs.join('/'),
      },
    ];
  });
}

export interface Counted {
  name: string;
  count: number;
  id?: string;
}

/** Strings, {name|id|label, count} records, or a {name: count} map, as counted names, most first. */
export function counted(v: unknown): Counted[] {
  const rows: Counted[] = [];
  if (isRec(v)) for (const [name, c] of Object.entries(v)) rows.push({ name, count: num(c) ?? 1 });
  for (const raw of list(v)) {
    if (typeof raw === 'string') rows.push({ name: raw, count: 1 });
    else if (isRec(raw)) {
      const name = str(raw.name) ?? str(raw.label) ?? str(raw.canonical) ?? str(raw.id);
      if (name) rows.push({ name, count: num(raw.count) ?? num(raw.mentions) ?? num(raw.itemCount) ?? 1, id: str(raw.id) });
    }
  }
  const merged = new Map<string, Counted>();
  for (const r of rows) {
    const m = merged.get(r.name);
    if (m) m.count += r.count;
    else merged.set(r.name, { ...r });
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export interface QuoteRow {
  speaker: string;
  text: string;
  itemId?: string;
  kind?: string;
}

/** A quote's words without the wire's own quotation marks and the comma before "he said" (the page adds its own). */
export function quoteWords(text: string): string {
  const t = text.trim();
  const m = /^["“”„«‘']\s*([\s\S]*?)[,;]?\s*["“”»’']$/.exec(t);
  return m && !/["“”]/.test(m[1]) ? m[1] : t;
}

export function quoteRows(v: unknown): QuoteRow[] {
  return list(v).flatMap((raw): QuoteRow[] => {
    if (!isRec(raw)) return [];
    const speaker = str(raw.speaker) ?? str(raw.name) ?? 'unknown speaker';
    const text = quoteWords(str(raw.text) ?? str(raw.quote) ?? '');
    const ev = list(raw.evidence)[0];
    return [{ speaker, text, itemId: str(raw.itemId) ?? (isRec(ev) ? str(ev.itemId) : undefined), kind: str(raw.kind) }];
  });
}

/** The same words by the same speaker (a republished copy, a later version) once, with every item that has them. */
export function groupQuotes(rows: QuoteRow[]): Array<QuoteRow & { itemIds: string[] }> {
  const byWords = new Map<string, QuoteRow & { itemIds: string[] }>();
  for (const q of rows) {
    const key = `${q.speaker}\u0000${q.text.toLowerCase()}`;
    const g = byWords.get(key) ?? { ...q, itemIds: [] };
    if (q.itemId && !g.itemIds.includes(q.itemId)) g.itemIds.push(q.itemId);
    byWords.set(key, g);
  }
  return [...byWords.values()];
}

/** Speakers and how often each was quoted (a record may already carry its count). */
export function speakers(v: unknown): Counted[] {
  const counts = new Map<string, number>();
  for (const raw of list(v)) {
    if (!isRec(raw)) continue;
    const speaker = str(raw.speaker) ?? str(raw.name);
    if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + (str(raw.text) || str(raw.quote) ? 1 : (num(raw.count) ?? 1)));
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export interface CountRow {
  label: string;
  value?: number;
  unit?: string;
  itemId?: string;
}

export function countRows(v: unknown): CountRow[] {
  return list(v).flatMap((raw): CountRow[] => {
    if (!isRec(raw)) return [];
    const value = num(raw.value);
    const unit = str(raw.unit);
    const label = str(raw.text) ?? str(raw.label) ?? [value?.toLocaleString('en'), unit].filter(Boolean).join(' ');
    if (!label) return [];
    const ev = list(raw.evidence)[0];
    return [{ label, value, unit, itemId: str(raw.itemId) ?? (isRec(ev) ? str(ev.itemId) : undefined) }];
  });
}

/** The same figure reported by several items, once, with every item that reports it. */
export function groupCounts(rows: CountRow[]): Array<{ label: string; itemIds: string[] }> {
  const byLabel = new Map<string, { label: string; itemIds: string[] }>();
  for (const r of rows) {
    const key = r.label.toLowerCase();
    const g = byLabel.get(key) ?? { label: r.label, itemIds: [] };
    if (r.itemId && !g.itemIds.includes(r.itemId)) g.itemIds.push(r.itemId);
    byLabel.set(key, g);
  }
  return [...byLabel.values()];
}

/** Entries with the same date and the same words (one sentence read as two events, or as a quote and an event)
 *  as one entry carrying every type, its evidence merged; the order of first appearance is kept. */
export function mergeTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  const merged = new Map<string, TimelineEntry & { types: string[]; evidence: Evidence[] }>();
  for (const e of entries) {
    const key = `${e.date}\u0000${e.mod ?? ''}\u0000${entryText(e)}`;
    const m = merged.get(key) ?? { ...e, types: [], evidence: [] };
    if (e.type && !m.types.includes(e.type)) m.types.push(e.type);
    for (const ev of evidenceOf(e)) if (!m.evidence.some((x) => x.itemId === ev.itemId && x.start === ev.start)) m.evidence.push(ev);
    merged.set(key, m);
  }
  return [...merged.values()];
}

const MOD_WORD: Record<string, string> = { START: 'early', MID: 'mid', END: 'late' };

/** A timeline date in words with its modifier: "late 2017", "early Oct 2023". */
export const describeEntryDate = (e: TimelineEntry): string => `${e.mod && MOD_WORD[e.mod] ? `${MOD_WORD[e.mod]} ` : ''}${describeDate(e.date)}`;

export interface PlacedEntry {
  entry: TimelineEntry;
  from: number;
  to: number;
}

/** Timeline entries with a calendar date, placed on the axis; the rest come back as `undated`. */
export function placeTimeline(entries: TimelineEntry[]): { placed: PlacedEntry[]; undated: TimelineEntry[]; min: number; max: number } {
  const placed: PlacedEntry[] = [];
  const undated: TimelineEntry[] = [];
  for (const entry of entries) {
    const r = timexRange(entry.date);
    if (r) placed.push({ entry, from: r.from, to: r.to });
    else undated.push(entry);
  }
  placed.sort((a, b) => a.from - b.from || a.to - b.to);
  const min = placed.length ? Math.min(...placed.map((p) => p.from)) : 0;
  const max = placed.length ? Math.max(...placed.map((p) => p.to)) : 0;
  return { placed, undated, min, max };
}

const DAY_MS = 86_400_000;
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Ticks for a time axis from lo to hi (ms): years, months, Monday-weeks or days, at most about `most` of them. */
export function axisTicks(lo: number, hi: number, most = 12): Array<{ at: number; label: string }> {
  const days = (hi - lo) / DAY_MS;
  const ticks: Array<{ at: number; label: string }> = [];
  if (days > 3 * 365) {
    const first = new Date(lo).getUTCFullYear() + 1;
    const last = new Date(hi).getUTCFullYear();
    const step = [1, 2, 5, 10, 20, 50].find((k) => (last - first) / k < most) ?? 100;
    for (let y = first; y <= last; y++) if (y % step === 0) ticks.push({ at: Date.UTC(y, 0, 1), label: String(y) });
  } else if (days > 90) {
    const step = [1, 2, 3, 6].find((k) => days / 30.4 / k < most) ?? 12;
    const d = new Date(lo);
    for (let y = d.getUTCFullYear(), m = d.getUTCMonth() + 1; Date.UTC(y, m, 1) <= hi; m++) {
      const at = Date.UTC(y, m, 1);
      const month = new Date(at).getUTCMonth();
      if (month % step === 0) ticks.push({ at, label: month === 0 || ticks.length === 0 ? `${MONTH_ABBR[month]} ${new Date(at).getUTCFullYear()}` : MONTH_ABBR[month] });
    }
  } else if (days <= 21) {
    const step = days / 2 < most ? 2 : 3;
    const first = Math.ceil(lo / DAY_MS) * DAY_MS;
    for (let at = first, i = 0; at <= hi; at += DAY_MS, i++) {
      const d = new Date(at);
      if (i % (days < most ? 1 : step) === 0) ticks.push({ at, label: `${d.getUTCDate()} ${MONTH_ABBR[d.getUTCMonth()]}` });
    }
  } else {
    const step = [1, 2, 4].find((k) => days / 7 / k < most) ?? 8;
    const monday = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS - ((Math.floor(ms / DAY_MS) + 3) % 7) * DAY_MS;
    const first = monday(lo) < lo ? monday(lo) + 7 * DAY_MS : lo;
    for (let at = first, i = 0; at <= hi; at += 7 * DAY_MS, i++) {
      const d = new Date(at);
      if (i % step === 0) ticks.push({ at, label: `${d.getUTCDate()} ${MONTH_ABBR[d.getUTCMonth()]}` });
    }
  }
  return ticks;
}

/** When most of a long timeline happened in its last weeks, the span of those weeks, to draw a second, closer
 *  axis under the whole one (otherwise the recent entries sit on top of each other at its end). */
export function recentWindow(placed: PlacedEntry[], days = 60): { lo: number; hi: number } | null {
  if (placed.length < 4) return null;
  const min = Math.min(...placed.map((p) => p.from));
  const max = Math.max(...placed.map((p) => p.to));
  if (max - min <= 3 * days * DAY_MS) return null;
  const recent = placed.filter((p) => p.from >= max - days * DAY_MS);
  if (recent.length * 2 < placed.length) return null;
  return { lo: Math.min(...recent.map((p) => p.from)), hi: max };
}

export const evidenceOf = (e: TimelineEntry): Evidence[] => list(e.evidence).filter(isRec).filter((x) => typeof x.itemId === 'string') as unknown as Evidence[];
export const entryText = (e: TimelineEntry): string => e.label ?? e.text ?? e.type ?? e.date;

const DAY_S = 86_400;
/** Days filled in between the first and last mention at most (longer spans keep only the days with mentions). */
const MAX_FILLED_DAYS = 3660;

/** Mentions per day from [{date|day, count}] or {day: count}, as parallel arrays (x in seconds for uPlot), one
 *  entry per day from the first mention to the last, quiet days as 0, so every bar stands for one day. */
export function mentionSeries(v: unknown): { x: number[]; y: number[] } {
  const perDay = new Map<number, number>();
  const add = (day: string | undefined, count: number | undefined) => {
    const r = timexRange(day);
    if (!r || count === undefined) return;
    const d = Math.floor(r.from / 1000 / DAY_S) * DAY_S;
    perDay.set(d, (perDay.get(d) ?? 0) + count);
  };
  if (isRec(v)) for (const [day, c] of Object.entries(v)) add(day, num(c));
  for (const raw of list(v)) if (isRec(raw)) add(str(raw.date) ?? str(raw.day) ?? str(raw.bucket), num(raw.count) ?? num(raw.mentions));
  const days = [...perDay.keys()].sort((a, b) => a - b);
  if (days.length && (days[days.length - 1] - days[0]) / DAY_S <= MAX_FILLED_DAYS) {
    const x: number[] = [];
    for (let d = days[0]; d <= days[days.length - 1]; d += DAY_S) x.push(d);
    return { x, y: x.map((d) => perDay.get(d) ?? 0) };
  }
  return { x: days, y: days.map((d) => perDay.get(d)!) };
}

export const textOf = (v: unknown): string | undefined => str(v);
export const aliasesOf = (v: unknown): string[] => list(v).map((a) => (isRec(a) ? (str(a.name) ?? str(a.alias)) : str(a))).filter((a): a is string => Boolean(a));
