// Events counted per week by type, actor or place, keeping the events behind every count for drill-down.
import type { EventRecord } from '../api.ts';
import { timexRange, weekOf } from './dates.ts';

export type Dimension = 'type' | 'actor' | 'place';

export interface EventSeries {
  key: string;
  total: number;
  /** counts[i] is the count in weeks[i]; events[i] the events behind it. */
  counts: number[];
  events: EventRecord[][];
}

export interface WeeklyCounts {
  weeks: number[];
  series: EventSeries[];
  undated: number;
}

const keysOf = (e: EventRecord, dim: Dimension): string[] => {
  if (dim === 'type') return [e.type];
  if (dim === 'place') return e.place ? [e.place] : [];
  return [...new Set([e.source, e.target].filter((a): a is string => Boolean(a)))];
};

export function weeklyCounts(events: EventRecord[], dim: Dimension, top = 8): WeeklyCounts {
  const dated: Array<{ e: EventRecord; week: number }> = [];
  let undated = 0;
  for (const e of events) {
    const r = timexRange(e.date);
    if (r) dated.push({ e, week: weekOf(r.from) });
    else undated++;
  }
  if (!dated.length) return { weeks: [], series: [], undated };
  // Every week between the first and the last, so quiet weeks show as gaps rather than vanish.
  const first = Math.min(...dated.map((d) => d.week));
  const last = Math.max(...dated.map((d) => d.week));
  const weeks: number[] = [];
  for (let w = first; w <= last && weeks.length < 520; w += 7 * 86_400_000) weeks.push(w);
  const index = new Map(weeks.map((w, i) => [w, i]));
  const byKey = new Map<string, EventSeries>();
  for (const { e, week } of dated) {
    const i = index.get(week);
    if (i === undefined) continue;
    for (const key of keysOf(e, dim)) {
      let s = byKey.get(key);
      if (!s) byKey.set(key, (s = { key, total: 0, counts: weeks.map(() => 0), events: weeks.map(() => []) }));
      s.total++;
      s.counts[i]++;
      s.events[i].push(e);
    }
  }
  const series = [...byKey.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)).slice(0, top);
  return { weeks, series, undated };
}
