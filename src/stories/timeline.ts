// A story's timeline: what happened when, read from every item of the story and ordered by the date it
// refers to (not the date it was filed). Three kinds of entries, each with its evidence span:
//   event     a coded event with a date (src/extract/events.ts), keyed by type and actors
//   statement a quote, dated by a date in its sentence or else by the item's own date, keyed by speaker
//   sentence  a sentence that dates something ("the coalition formed in 2014"), keyed by its words
// A later item that tells the same thing (same date, same kind and actors, or much the same words) adds its
// evidence to the entry it refines instead of repeating it; a later count ("more than 170 attacks") replaces
// an earlier one.
import type { StoredItem } from '../store/types.ts';
import type { EventRecord, Quote, Timex } from '../extract/types.ts';
import { makeDoc } from '../text/doc.ts';
import { contentTerms, extractionOf, itemDate } from './text.ts';

export interface Evidence {
  itemId: string;
  start: number;
  end: number;
}

export interface TimelineEntry {
  /** The date referred to, as a TIMEX value: "2014", "2023-10", "2024-01-25". */
  date: string;
  /** Where in that date: "START", "MID", "END" ("late 2017" is 2017 END). */
  mod?: string;
  kind: 'event' | 'statement' | 'sentence';
  /** PLOVER type for events, "STATEMENT" for quotes; none for dated sentences. */
  type?: string;
  /** What happened, in the words of the item that first told it. */
  label: string;
  actors: string[];
  count?: { value: number; bound: string };
  /** Every span that tells it, in the order the items arrived. */
  evidence: Evidence[];
}

/** Same words: content-term overlap at or above this makes two sentences or quotes one entry. */
const SAME_WORDS = 0.5;

interface Draft extends TimelineEntry {
  terms: Set<string>;
  order: number; // first telling: item arrival, then position in it
  sentence?: string; // item and sentence an event was read from
}

const CALENDAR_DATE = /^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]|W\d{2}|SP|SU|FA|AU|WI))?$/;

/** Builds the timeline of a story from its items, oldest item first. */
export function buildTimeline(items: StoredItem[]): TimelineEntry[] {
  const drafts: Draft[] = [];
  items.forEach((stored, itemIndex) => {
    for (const d of readItem(stored)) {
      d.order = itemIndex * 1e7 + (d.evidence[0]?.start ?? 0);
      const same = drafts.find((x) => sameEntry(x, d));
      if (same) refine(same, d);
      else drafts.push(d);
    }
  });
  return drafts
    .sort((a, b) => dateKey(a) - dateKey(b) || a.order - b.order)
    .map(({ terms: _t, order: _o, sentence: _s, ...entry }) => entry);
}

function readItem(stored: StoredItem): Draft[] {
  const item = stored.item;
  const x = extractionOf(item);
  if (!x) return [];
  const text = item['x-wiredesk'].text;
  const doc = makeDoc(text);
  const datelineEnd = x.dateline?.end ?? 0;
  const itemDay = (x.dateline?.date ?? itemDate(item))?.slice(0, 10);
  const sentences = doc.sentences.filter((s) => s.end > datelineEnd);
  const sentenceAt = (pos: number) => sentences.find((s) => s.start <= pos && pos < s.end);
  const dated = x.timexes.filter((t) => t.type === 'DATE' && t.start >= datelineEnd && CALENDAR_DATE.test(t.value));
  const entitiesIn = (start: number, end: number) => [...new Set(x.entities.filter((e) => e.start >= start && e.end <= end).map((e) => e.id))];
  // A lead sentence starts with the dateline: the label starts after it.
  const clean = (start: number, end: number) => text.slice(Math.max(start, datelineEnd), end).replace(/^[\s\-\u2013\u2014]+/, '').replace(/\s+/g, ' ').trim();
  const out: Draft[] = [];
  const covered = new Set<string>(); // "sentenceStart date" already told by an event or a statement

  for (const e of x.events as EventRecord[]) {
    const date = e.date && CALENDAR_DATE.test(e.date) ? e.date : undefined;
    if (!date || !e.type) continue;
    const s = e.start !== undefined ? sentenceAt(e.start) : undefined;
    const span = s ?? { start: e.start ?? 0, end: e.end ?? 0 };
    if (s) covered.add(`${s.start} ${date}`);
    const actors = [e.source, e.target].filter((a): a is string => Boolean(a));
    const mod = dated.find((t) => t.value === date && t.start >= span.start && t.end <= span.end)?.mod;
    const label = clean(span.start, span.end) || e.trigger || e.type;
    const draft = newDraft({ date, mod, kind: 'event', type: e.type, label, actors }, stored.id, e.start ?? span.start, e.end ?? span.end, label);
    draft.sentence = `${stored.id} ${span.start}`;
    if (e.count) draft.count = e.count;
    out.push(draft);
  }

  for (const q of x.quotes as Quote[]) {
    const s = sentenceAt(q.start);
    const timex = dated.find((t) => s && t.start >= s.start && t.end <= Math.max(s.end, q.end));
    const date = timex?.value ?? itemDay;
    if (!date) continue;
    if (s) covered.add(`${s.start} ${date}`);
    const speaker = q.speaker ?? 'unknown speaker';
    // The label is the whole sentence when the quote sits inside one ("On Thursday, Washington had said it agreed
    // ... on the launch of "expert working groups""): the quote alone would lose who did what.
    const last = sentenceAt(Math.max(q.start, q.end - 1));
    const label = s ? clean(s.start, Math.max(last?.end ?? s.end, q.end)) : `${speaker}: ${clean(q.start, q.end)}`;
    out.push(newDraft({ date, mod: timex?.mod, kind: 'statement', type: 'STATEMENT', label, actors: [speaker] }, stored.id, q.start, q.end, clean(q.start, q.end)));
  }

  for (const t of dated) {
    const s = sentenceAt(t.start);
    if (!s || covered.has(`${s.start} ${t.value}`)) continue;
    covered.add(`${s.start} ${t.value}`);
    out.push(newDraft({ date: t.value, mod: (t as Timex).mod, kind: 'sentence', label: clean(s.start, s.end), actors: entitiesIn(s.start, s.end) }, stored.id, s.start, s.end));
  }
  return out;
}

function newDraft(e: Omit<TimelineEntry, 'evidence'>, itemId: string, start: number, end: number, words = e.label): Draft {
  const entry: Draft = { ...e, evidence: [{ itemId, start, end }], terms: new Set(contentTerms(words)), order: 0 };
  if (entry.mod === undefined) delete entry.mod;
  return entry;
}

function sameEntry(a: Draft, b: Draft): boolean {
  if (a.date !== b.date || a.kind !== b.kind || a.type !== b.type) return false;
  if (a.evidence.some((e) => b.evidence.some((f) => e.itemId === f.itemId && e.start === f.start))) return true;
  // Events: the same actors, another reading of the same sentence (its actors join the entry's), or the same
  // sentence as another item tells it.
  if (a.kind === 'event' && (a.actors.join('|') === b.actors.join('|') || (a.sentence !== undefined && a.sentence === b.sentence))) return true;
  if (a.kind === 'statement' && a.actors[0] !== b.actors[0]) return false;
  return overlap(a.terms, b.terms) >= SAME_WORDS;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** A later telling adds its evidence; a later count is the newer figure. */
function refine(entry: Draft, later: Draft): void {
  for (const ev of later.evidence) if (!entry.evidence.some((e) => e.itemId === ev.itemId && e.start === ev.start)) entry.evidence.push(ev);
  if (later.count) entry.count = later.count;
  for (const actor of later.actors) if (!entry.actors.includes(actor)) entry.actors.push(actor);
  if (!entry.mod && later.mod) entry.mod = later.mod;
}

const MOD_SHARE: Record<string, number> = { START: 0, EARLY: 0, MID: 0.4, END: 0.7, LATE: 0.7 };

/** Sort key: when the date starts, moved into its span for "mid-" and "late" (ms since the epoch). */
function dateKey(e: TimelineEntry): number {
  const r = range(e.date);
  if (!r) return Number.MAX_SAFE_INTEGER;
  return r.from + (r.to - r.from) * (MOD_SHARE[e.mod ?? ''] ?? 0);
}

function range(value: string): { from: number; to: number } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12])|-W(\d{2})|-(SP|SU|FA|AU|WI))?$/.exec(value);
  if (!m) return undefined;
  const y = +m[1];
  if (m[3]) return { from: Date.UTC(y, +m[2] - 1, +m[3]), to: Date.UTC(y, +m[2] - 1, +m[3] + 1) };
  if (m[2]) return { from: Date.UTC(y, +m[2] - 1), to: Date.UTC(y, +m[2]) };
  if (m[4]) return { from: Date.UTC(y, (+m[4] - 1) * 3), to: Date.UTC(y, +m[4] * 3) };
  if (m[5]) return { from: Date.UTC(y, (+m[5] - 1) * 6), to: Date.UTC(y, +m[5] * 6) };
  if (m[6]) {
    const jan4 = Date.UTC(y, 0, 4);
    const from = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (+m[6] - 1) * 7 * 86_400_000;
    return { from, to: from + 7 * 86_400_000 };
  }
  if (m[7]) {
    const start = { SP: 2, SU: 5, FA: 8, AU: 8, WI: 11 }[m[7]]!;
    return { from: Date.UTC(y, start), to: Date.UTC(y, start + 3) };
  }
  return { from: Date.UTC(y, 0), to: Date.UTC(y + 1, 0) };
}
