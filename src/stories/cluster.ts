// Streaming story assignment. Each arriving item either folds into the story of a near-duplicate, joins
// the most similar recent story, or opens a new one. Similarity mixes TF-IDF term cosine and entity cosine
// against the story's centroid, damped by the time between the item and the story's last activity.
// Candidate stories come only from the posting lists of the item's strongest terms and entities (each read
// newest first and cut at a fixed length), so the cost of one item does not grow with the number of stories.
// Everything depends only on the items seen before, in their order: the same order gives the same stories.
import type { Database } from 'better-sqlite3';
import type { StoredItem } from '../store/types.ts';
import type { Item } from '../item/types.ts';
import { isHidden } from '../store/item-fields.ts';
import { itemAgencies, mergeAgencies } from './sources.ts';
import { featuresOf, extractionOf, itemDate, type ItemFeatures } from './text.ts';
import { DuplicateIndex, fingerprint, signatureBlob, type DuplicateMatch } from './dedupe.ts';
import { StoryStore, type Centroid, type StoryRow } from './store.ts';

export const SETTINGS = {
  /** Terms and entities of an item that make its vector (the strongest by TF-IDF). */
  itemTerms: 40,
  itemEntities: 20,
  /** Keys an item looks candidates up by, and how many stories one key yields at most. */
  lookupTerms: 10,
  lookupEntities: 8,
  postingsPerKey: 40,
  /** Candidates scored in full (the ones hit by the most lookup weight). */
  candidates: 25,
  /** What a story keeps of its centroid. */
  centroidTerms: 80,
  centroidEntities: 40,
  /** Weight of entity similarity against term similarity. */
  entityWeight: 0.35,
  /** Join the best story at or above this similarity (chosen on ECB+ in another shuffled order than eval:stories uses). */
  threshold: 0.22,
  /** Stories quiet for longer than this are not candidates; within it similarity decays after a grace period. */
  windowDays: 30,
  graceDays: 3,
  decayDays: 14,
};

export interface Assignment {
  storyId: string;
  /** Opened a new story. */
  opened: boolean;
  score?: number;
  duplicateOf?: string;
}

type Vector = Map<string, number>;

const DAY = 86_400_000;

export class StoryAssigner {
  readonly stories: StoryStore;
  private readonly dupes: DuplicateIndex;

  constructor(db: Database) {
    this.stories = new StoryStore(db);
    this.dupes = new DuplicateIndex(db);
  }

  /** Assigns one stored item (a no-op returning the same story for an item already assigned). */
  assign(stored: StoredItem): Assignment {
    const db = this.stories.db;
    return db.transaction(() => this.assignOne(stored))();
  }

  private assignOne(stored: StoredItem): Assignment {
    const known = this.stories.memberByItem(stored.id);
    if (known) {
      // A new version (a correction, a write-thru, a kill under the same uri) stays in its story; its events are
      // re-read and what the story shows is counted again, so a killed or withheld item leaves its counts.
      const story = this.stories.storyByRowid(known.storyRowid)!;
      this.recordEvents(stored.item, stored.id, story.id, itemDate(stored.item) ?? '');
      this.recount(story, stored);
      return { storyId: story.id, opened: false, duplicateOf: known.duplicateOf ?? undefined };
    }

    const item = stored.item;
    const f = featuresOf(item);
    const fp = fingerprint(f.body);
    const termVec = this.weigh(f.terms, 't:', SETTINGS.itemTerms);
    const entityVec = this.weigh(f.entities, 'e:', SETTINGS.itemEntities);
    const date = f.date ?? '';

    let story: StoryRow | undefined;
    let score: number | undefined;
    const dup: DuplicateMatch | undefined = this.dupes.find(fp, stored.id);
    if (dup) {
      story = this.stories.storyByRowid(dup.storyRowid);
      score = dup.jaccard;
    } else {
      const best = this.bestCandidate(termVec, entityVec, date);
      if (best && best.score >= SETTINGS.threshold) ({ story, score } = best);
    }

    const opened = !story;
    if (!story) {
      const centroid: Centroid = { terms: {}, entities: {} };
      const blank = { id: storyIdFor(stored.id), title: null, titleItemId: null, firstActivity: date, lastActivity: date, itemCount: 0, centroid, sources: {} };
      story = { ...blank, rowid: this.stories.insertStory(blank) };
    }
    this.grow(story, item, stored.id, termVec, entityVec, date);
    const member = this.stories.insertMember(
      { itemId: stored.id, storyRowid: story.rowid, joinedAt: date, score: score ?? null, duplicateOf: dup?.itemId ?? null },
      fp.size,
      fp.size ? signatureBlob(fp.signature) : null,
    );
    this.dupes.add(member, fp);
    this.stories.countItem([...keysOf(f)]);
    this.index(story, termVec, entityVec);
    this.recordEvents(item, stored.id, story.id, date);
    return { storyId: story.id, opened, score, duplicateOf: dup?.itemId };
  }

  /** TF-IDF weights of the strongest keys, L2-normalised. */
  private weigh(counts: Map<string, number>, prefix: string, keep: number): Vector {
    const n = this.stories.itemsSeen();
    const scored: Array<[string, number]> = [];
    for (const [key, tf] of counts) {
      const idf = Math.log((n + 1) / (this.stories.df(prefix + key) + 1)) + 1;
      scored.push([key, (1 + Math.log(tf)) * idf]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return normalise(new Map(scored.slice(0, keep)));
  }

  private bestCandidate(termVec: Vector, entityVec: Vector, date: string): { story: StoryRow; score: number } | undefined {
    const since = date ? new Date(Date.parse(date) - SETTINGS.windowDays * DAY).toISOString() : '';
    const hits = new Map<number, number>();
    const lookup = (vec: Vector, prefix: string, n: number) => {
      for (const [key, w] of [...vec].slice(0, n)) {
        for (const rowid of this.stories.postings(prefix + key, since, SETTINGS.postingsPerKey)) hits.set(rowid, (hits.get(rowid) ?? 0) + w);
      }
    };
    lookup(termVec, 't:', SETTINGS.lookupTerms);
    lookup(entityVec, 'e:', SETTINGS.lookupEntities);
    const shortlist = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, SETTINGS.candidates);
    let best: { story: StoryRow; score: number } | undefined;
    for (const [rowid] of shortlist) {
      const story = this.stories.storyByRowid(rowid)!;
      const score = similarity(termVec, entityVec, story, date);
      if (!best || score > best.score || (score === best.score && story.rowid < best.story.rowid)) best = { story, score };
    }
    return best;
  }

  /** Adds the item to the story: centroid, activity, counts, sources, title. A hidden item (a kill that came before
   * the item it kills, a withheld item) is placed but not counted or shown: the story's counts are what a reader sees. */
  private grow(story: StoryRow, item: Item, itemId: string, termVec: Vector, entityVec: Vector, date: string): void {
    story.centroid = {
      terms: top(addInto(story.centroid.terms, termVec), SETTINGS.centroidTerms),
      entities: top(addInto(story.centroid.entities, entityVec), SETTINGS.centroidEntities),
    };
    if (date && (!story.firstActivity || date < story.firstActivity)) story.firstActivity = date;
    if (date > story.lastActivity) story.lastActivity = date;
    if (isHidden(item)) {
      this.stories.updateStory(story);
      return;
    }
    story.itemCount += 1;
    story.sources = Object.fromEntries(mergeAgencies([...Object.entries(story.sources), ...itemAgencies(item).map((n) => [n, 1] as [string, number])]));
    if (!story.title) {
      const headline = item.headlines?.[0]?.value?.trim();
      if (headline) {
        story.title = headline;
        story.titleItemId = itemId;
      }
    }
    this.stories.updateStory(story);
  }

  /** Counts the story's visible items and their agencies again, and renames it when its title item is hidden.
   * Runs only when a known item gets a new version (rare next to new items), reading the story's members. */
  private recount(story: StoryRow, current: StoredItem): void {
    const visible = this.stories
      .memberItems(story.rowid)
      .map((m) => (m.itemId === current.id ? { itemId: m.itemId, item: current.item } : m))
      .filter((m) => !isHidden(m.item));
    story.itemCount = visible.length;
    story.sources = Object.fromEntries(mergeAgencies(visible.flatMap((m) => itemAgencies(m.item).map((n) => [n, 1] as [string, number]))));
    if (!visible.some((m) => m.itemId === story.titleItemId)) {
      const titled = visible.find((m) => m.item.headlines?.[0]?.value?.trim());
      story.title = titled?.item.headlines![0].value.trim() ?? null;
      story.titleItemId = titled?.itemId ?? null;
    }
    this.stories.updateStory(story);
  }

  /** Posts the story under the item's lookup keys, stamped with its last activity: the next item that shares
   * them finds it. (The centroid's strongest keys came from earlier items, which posted them already.) */
  private index(story: StoryRow, termVec: Vector, entityVec: Vector): void {
    for (const k of [...termVec.keys()].slice(0, SETTINGS.lookupTerms)) this.stories.post('t:' + k, story.rowid, story.lastActivity);
    for (const k of [...entityVec.keys()].slice(0, SETTINGS.lookupEntities)) this.stories.post('e:' + k, story.rowid, story.lastActivity);
  }

  private recordEvents(item: Item, itemId: string, storyId: string, itemDay: string): void {
    // A killed or withheld item's events leave /v1/events with it.
    const events = isHidden(item) ? [] : (extractionOf(item)?.events ?? []);
    this.stories.clearEvents(itemId);
    events.forEach((e, idx) => {
      if (!e?.type) return;
      const date = e.date ?? (itemDay ? itemDay.slice(0, 10) : undefined);
      this.stories.addEvent({ itemId, storyId, type: e.type, source: e.source, target: e.target, place: e.place, date, day: dayOf(date), json: { ...e } }, idx);
    });
  }
}

/** A story is named after the item that opened it: stable for a given arrival order. */
export function storyIdFor(firstItemId: string): string {
  return 'st-' + firstItemId;
}

export function similarity(termVec: Vector, entityVec: Vector, story: StoryRow, date: string): number {
  const t = cosine(termVec, story.centroid.terms);
  const hasEntities = entityVec.size > 0 && Object.keys(story.centroid.entities).length > 0;
  const sim = hasEntities ? (1 - SETTINGS.entityWeight) * t + SETTINGS.entityWeight * cosine(entityVec, story.centroid.entities) : t;
  return sim * decay(date, story);
}

/** 1 while the item is dated within (or near) the story's active span, then fading with the distance in days. */
function decay(date: string, story: Pick<StoryRow, 'firstActivity' | 'lastActivity'>): number {
  if (!date || !story.lastActivity) return 1;
  const at = Date.parse(date);
  const gap = Math.max(0, Date.parse(story.firstActivity) - at, at - Date.parse(story.lastActivity));
  const days = gap / DAY;
  if (!Number.isFinite(days) || days <= SETTINGS.graceDays) return 1;
  return Math.exp(-(days - SETTINGS.graceDays) / SETTINGS.decayDays);
}

function cosine(a: Vector, b: Record<string, number>): number {
  let dot = 0;
  let nb = 0;
  for (const w of Object.values(b)) nb += w * w;
  if (nb === 0) return 0;
  for (const [k, w] of a) dot += w * (b[k] ?? 0);
  return dot / Math.sqrt(nb); // a is unit length
}

function normalise(v: Vector): Vector {
  let n = 0;
  for (const w of v.values()) n += w * w;
  n = Math.sqrt(n);
  if (n > 0) for (const [k, w] of v) v.set(k, w / n);
  return v;
}

function addInto(into: Record<string, number>, v: Vector): Record<string, number> {
  const out = { ...into };
  for (const [k, w] of v) out[k] = (out[k] ?? 0) + w;
  return out;
}

function strongest(weights: Record<string, number>, n: number): string[] {
  return Object.entries(weights)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);
}

function top(weights: Record<string, number>, n: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of strongest(weights, n)) out[k] = Math.round(weights[k] * 1e6) / 1e6;
  return out;
}

function keysOf(f: ItemFeatures): Set<string> {
  return new Set([...[...f.terms.keys()].map((t) => 't:' + t), ...[...f.entities.keys()].map((e) => 'e:' + e)]);
}

/** The first calendar day a TIMEX-style date covers ("2023-10" → "2023-10-01"), or undefined. */
export function dayOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2] - 1) * 7 * DAY;
    return new Date(monday).toISOString().slice(0, 10);
  }
  m = /^(\d{4})-Q([1-4])/.exec(value);
  if (m) return `${m[1]}-${String((+m[2] - 1) * 3 + 1).padStart(2, '0')}-01`;
  m = /^(\d{4})$/.exec(value);
  if (m) return `${m[1]}-01-01`;
  return undefined;
}
