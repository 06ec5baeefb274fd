// What wiredesk read in an item, as runs of text to highlight: dates, entities and counts as marks (no overlap:
// the earliest, then longest wins) and quotes as an outer layer, so an entity inside a quote shows as both.
import type { Extraction } from '../api.ts';
import { describeDate, describeDuration } from './dates.ts';

export interface Mark {
  start: number;
  end: number;
  kind: 'date' | 'entity' | 'count';
  /** Entity type in lower case (person, org, gpe...), for its colour. */
  subtype?: string;
  /** What it was read as, for the tooltip. */
  title: string;
  /** The canonical entity id, to link to its page. */
  entityId?: string;
}

export interface QuoteSpan {
  start: number;
  end: number;
  title: string;
  speaker?: string;
}

export interface Segment {
  start: number;
  end: number;
  mark?: Mark;
  quote?: QuoteSpan;
}

const ENTITY_WORD: Record<string, string> = { PERSON: 'person', PER: 'person', ORG: 'organisation', GPE: 'place', LOC: 'place', FAC: 'place', NORP: 'group', EVENT: 'event', MISC: 'other' };

export function marksOf(x: Extraction | undefined): Mark[] {
  if (!x || 'error' in x) return [];
  const marks: Mark[] = [];
  for (const t of x.timexes ?? []) {
    const words = t.type === 'DURATION' ? describeDuration(t.value) : t.type === 'DATE' || t.type === 'TIME' ? describeDate(t.value) : t.value;
    const when = words === t.value ? t.value : `${words} (${t.value})`;
    marks.push({ start: t.start, end: t.end, kind: 'date', title: `${t.type.toLowerCase()}: ${when}${t.mod ? `, ${t.mod.toLowerCase()}` : ''}` });
  }
  for (const e of x.entities ?? []) {
    const type = e.type.toUpperCase();
    marks.push({ start: e.start, end: e.end, kind: 'entity', subtype: type.toLowerCase(), entityId: e.id, title: `${ENTITY_WORD[type] ?? type.toLowerCase()}: ${e.id}` });
  }
  for (const q of x.quantities ?? []) {
    const bound = q.bound && q.bound !== '=' ? `${q.bound} ` : '';
    marks.push({ start: q.start, end: q.end, kind: 'count', title: `count: ${bound}${q.approx ? 'about ' : ''}${q.value.toLocaleString('en')}${q.unit ? ` ${q.unit}` : ''}` });
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function quotesOf(x: Extraction | undefined): QuoteSpan[] {
  if (!x || 'error' in x) return [];
  return (x.quotes ?? [])
    .map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, title: `${q.kind} quote — ${q.speaker ? `speaker: ${q.speaker}` : 'speaker unknown'}${q.cue ? ` (${q.cue})` : ''}` }))
    .sort((a, b) => a.start - b.start);
}

/** Cuts [from, to) into runs, each carrying the mark and the quote it lies in (if any). */
export function segments(from: number, to: number, marks: Mark[], quotes: QuoteSpan[]): Segment[] {
  const kept: Mark[] = [];
  let end = from;
  for (const m of marks) {
    if (m.start < end || m.start < from || m.end > to || m.end <= m.start) continue;
    kept.push(m);
    end = m.end;
  }
  // Cut points: every mark and quote boundary inside the paragraph.
  const cuts = new Set([from, to]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  for (const q of quotes) for (const c of [q.start, q.end]) if (c > from && c < to) cuts.add(c);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i];
    const e = points[i + 1];
    const mark = kept.find((m) => m.start <= s && m.end >= e);
    const quote = quotes.find((q) => q.start <= s && q.end >= e);
    const last = out[out.length - 1];
    // A mark split by a quote boundary stays one mark: merge runs of the same mark and quote.
    if (last && last.mark === mark && last.quote === quote) last.end = e;
    else out.push({ start: s, end: e, mark, quote });
  }
  return out;
}
