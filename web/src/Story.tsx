// A story: its timeline on a time axis (each entry linking to the item it came from), its items and sources,
// who was quoted and how often, the entities it names and the counts it reports. Also the list of stories.
import { useEffect, useState } from 'react';
import { getOptional, timeOf, urgencyLabel, type StorySummary, type TimelineEntry } from './api.ts';
import { axisTicks, counted, countRows, describeEntryDate, entryText, evidenceOf, groupCounts, groupQuotes, list, mergeTimeline, placeTimeline, quoteRows, recentWindow, speakers, storyItems, type PlacedEntry, type QuoteRow } from './lib/story.ts';

type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'error'; message: string } | { state: 'ok'; data: T };

export function useApi<T>(path: string): Loaded<T> {
  const [got, setGot] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setGot({ state: 'loading' });
    getOptional<T>(path).then(
      (data) => live && setGot(data === null ? { state: 'missing' } : { state: 'ok', data }),
      (e: Error) => live && setGot({ state: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return got;
}

export function Status({ got, missing }: { got: Loaded<unknown>; missing: string }) {
  if (got.state === 'loading') return <p className="empty">Loading…</p>;
  if (got.state === 'missing') return <p className="empty">{missing}</p>;
  if (got.state === 'error') return <p role="alert" className="error">{got.message}</p>;
  return null;
}

const dayOf = (iso?: string) => (iso ? new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }) : '');
const sourceName = (s: string | { name: string }) => (typeof s === 'string' ? s : s.name);

export function Stories() {
  const got = useApi<{ stories: StorySummary[]; next: string | null }>('/v1/stories?limit=100');
  return (
    <section aria-labelledby="stories-title">
      <h1 id="stories-title">Stories</h1>
      <Status got={got} missing="Stories are not available on this server yet." />
      {got.state === 'ok' && got.data.stories.length === 0 && <p className="empty">No stories yet: they form as items arrive.</p>}
      {got.state === 'ok' && (
        <ol className="cards">
          {got.data.stories.map((s) => (
            <li key={s.id} className="card">
              <a href={`#/story/${encodeURIComponent(s.id)}`} className="card-title">
                {s.title || s.id}
              </a>
              <span className="meta">
                {s.itemCount !== undefined && <span>{s.itemCount === 1 ? '1 item' : `${s.itemCount} items`}</span>}
                {s.sources?.length ? <span className="agency">{s.sources.map(sourceName).join(', ')}</span> : null}
                <span>
                  {dayOf(s.firstActivity)}
                  {s.lastActivity && s.lastActivity !== s.firstActivity ? ` – ${dayOf(s.lastActivity)}` : ''}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function Story({ id }: { id: string }) {
  const path = `/v1/stories/${encodeURIComponent(id)}`;
  const story = useApi<Record<string, unknown>>(path);
  const timeline = useApi<{ entries: TimelineEntry[] }>(`${path}/timeline`);
  if (story.state !== 'ok') return <Status got={story} missing="No such story (or stories are not available on this server yet)." />;
  const s = story.data;
  const items = storyItems(s.items);
  const sources = counted(s.sources);
  const quotes = groupQuotes(quoteRows(s.quotes)).filter((q) => q.text);
  // Counted once per distinct quote: a republished copy is not a second statement.
  const quoted = speakers(quotes);
  const entities = counted(s.entities);
  const counts = groupCounts(countRows(s.counts ?? s.quantities));
  const title = (typeof s.title === 'string' && s.title) || items[items.length - 1]?.headline || id;

  return (
    <article className="story" aria-labelledby="story-title">
      <p>
        <a href="#/stories">← Stories</a> · <a href={`#/search?story=${encodeURIComponent(id)}`}>Search in this story</a>
      </p>
      <h1 id="story-title">{title}</h1>
      <p className="meta">
        <span>{items.length === 1 ? '1 item' : `${items.length} items`}</span>
        {sources.length > 0 && <span className="agency">{sources.map((x) => x.name).join(', ')}</span>}
      </p>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        {timeline.state === 'ok' ? <Timeline entries={list(timeline.data.entries) as TimelineEntry[]} /> : <Status got={timeline} missing="No timeline for this story yet." />}
      </section>

      <div className="columns">
        <section aria-labelledby="items-title">
          <h2 id="items-title">Items</h2>
          {items.length === 0 ? (
            <p className="empty">No items.</p>
          ) : (
            <ol className="plain">
              {items.map((it) => {
                const label = urgencyLabel(it.urgency);
                return (
                  <li key={it.id}>
                    {label !== 'routine' && <span className={`badge ${label.toLowerCase()}`}>{label}</span>}
                    <a href={`#/item/${encodeURIComponent(it.id)}`}>{it.headline}</a>
                    <span className="meta">
                      {it.place && <span className="place">{it.place}</span>}
                      {it.sources && <span className="agency">{it.sources}</span>}
                      {it.versionCreated && <time dateTime={it.versionCreated}>{timeOf(it)}</time>}
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <aside>
          <section aria-labelledby="quoted-title">
            <h2 id="quoted-title">Who was quoted</h2>
            {quoted.length === 0 ? (
              <p className="empty">Nobody quoted by name.</p>
            ) : (
              <table className="counts">
                <thead>
                  <tr>
                    <th scope="col">Speaker</th>
                    <th scope="col">Quotes</th>
                  </tr>
                </thead>
                <tbody>
                  {quoted.map((q) => (
                    <tr key={q.name}>
                      <td>
                        <a href={`#/entity/${encodeURIComponent(q.name)}`}>{q.name}</a>
                      </td>
                      <td className="num">
                        <Bar value={q.count} max={quoted[0].count} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="counts-title">
            <h2 id="counts-title">Counts reported</h2>
            {counts.length === 0 ? (
              <p className="empty">No counts reported.</p>
            ) : (
              <ul className="plain">
                {counts.map((c) => (
                  <li key={c.label}>
                    <strong className="mark count">{c.label}</strong>
                    <span className="evidence">
                      {c.itemIds.map((itemId, i) => (
                        <a key={itemId} href={`#/item/${encodeURIComponent(itemId)}`} aria-label={`item ${i + 1} reporting ${c.label}`}>
                          [{i + 1}]
                        </a>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="entities-title">
            <h2 id="entities-title">Names in this story</h2>
            {entities.length === 0 ? (
              <p className="empty">No names recognised.</p>
            ) : (
              <p className="chips">
                {entities.slice(0, 30).map((e) => (
                  <a key={e.name} className="chip" href={`#/entity/${encodeURIComponent(e.id ?? e.name)}`}>
                    {e.name} <small>{e.count}</small>
                  </a>
                ))}
              </p>
            )}
          </section>
        </aside>
      </div>

      {quotes.length > 0 && (
        <section aria-labelledby="quotes-title">
          <h2 id="quotes-title">Quotes</h2>
          <ul className="quotes">
            {quotes.map((q, i) => (
              <li key={i}>
                <QuoteText q={q} /> — <a href={`#/entity/${encodeURIComponent(q.speaker)}`}>{q.speaker}</a>
                <span className="evidence">
                  {q.itemIds.map((itemId, k) => (
                    <a key={itemId} href={`#/item/${encodeURIComponent(itemId)}`} aria-label={`item ${k + 1} with this quote`}>
                      [{k + 1}]
                    </a>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** A quote in the speaker's words in quotation marks; reported speech without them, marked as reported. */
export function QuoteText({ q }: { q: QuoteRow }) {
  if (q.kind === 'indirect')
    return (
      <span className="reported">
        <span className="etype">reported</span> {q.text}
      </span>
    );
  return <q>{q.text}</q>;
}

function Bar({ value, max }: { value: number; max: number }) {
  return (
    <span className="bar-cell">
      <span className="bar" style={{ width: `${Math.max(6, (100 * value) / Math.max(1, max))}%` }} aria-hidden="true" />
      {value}
    </span>
  );
}

const AXIS_W = 1000;
const ROWS = 4;

/** The timeline: an axis with every dated entry placed at the date it refers to (a bar for a month or a year),
 *  each a link to its evidence, and a closer axis for the last weeks when most entries fall there; then the same
 *  entries as an ordered list. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="empty">No dated events or statements found in this story yet.</p>;
  const { placed, undated, min, max } = placeTimeline(mergeTimeline(entries));
  const recent = recentWindow(placed);
  return (
    <div className="timeline">
      {placed.length > 0 && <Axis placed={placed} from={min} to={max} label="Timeline axis, whole story" />}
      {recent && (
        <>
          <p className="axis-caption">The last weeks, closer:</p>
          <Axis placed={placed.filter((p) => p.to > recent.lo)} from={recent.lo} to={recent.hi} label="Timeline axis, last weeks" />
        </>
      )}
      <ol className="timeline-list">
        {placed.map((p, i) => (
          <TimelineRow key={i} entry={p.entry} />
        ))}
        {undated.map((e, i) => (
          <TimelineRow key={`u${i}`} entry={e} />
        ))}
      </ol>
    </div>
  );
}

function Axis({ placed, from, to, label }: { placed: PlacedEntry[]; from: number; to: number; label: string }) {
  const pad = Math.max((to - from) * 0.03, 86_400_000);
  const lo = from - pad;
  const hi = to + pad;
  const xOf = (ms: number) => ((Math.min(Math.max(ms, lo), hi) - lo) / (hi - lo)) * AXIS_W;
  return (
    <svg viewBox={`0 0 ${AXIS_W} ${40 + ROWS * 16}`} className="timeline-axis" role="group" aria-label={label}>
      <line x1="0" x2={AXIS_W} y1="30" y2="30" className="axis" />
      {axisTicks(lo, hi).map((t) => {
        const x = xOf(t.at);
        // Labels near an end are anchored inwards so they are not cut off.
        const anchor = x < 30 ? 'start' : x > AXIS_W - 30 ? 'end' : 'middle';
        return (
          <g key={t.at}>
            <line x1={x} x2={x} y1="25" y2="35" className="tick" />
            <text x={x} y="18" textAnchor={anchor} className="tick-label">
              {t.label}
            </text>
          </g>
        );
      })}
      {placed.map((p, i) => (
        <AxisEntry key={i} p={p} x1={xOf(p.from)} x2={xOf(p.to)} row={i % ROWS} />
      ))}
    </svg>
  );
}

function AxisEntry({ p, x1, x2, row }: { p: PlacedEntry; x1: number; x2: number; row: number }) {
  const ev = evidenceOf(p.entry)[0];
  const y = 44 + row * 16;
  const label = `${describeEntryDate(p.entry)}: ${entryText(p.entry)}`;
  const shape =
    x2 - x1 > 6 ? <rect x={x1} y={y - 4} width={x2 - x1} height="8" rx="3" className="span" /> : <circle cx={x1} cy={y} r="5" className="dot" />;
  return (
    <a href={ev ? `#/item/${encodeURIComponent(ev.itemId)}` : undefined} aria-label={label}>
      <title>{label}</title>
      <line x1={(x1 + x2) / 2} x2={(x1 + x2) / 2} y1="30" y2={y} className="stem" />
      {shape}
    </a>
  );
}

function TimelineRow({ entry }: { entry: TimelineEntry }) {
  const evidence = evidenceOf(entry);
  return (
    <li className="timeline-entry">
      <time className="when" title={entry.date}>
        {describeEntryDate(entry)}
      </time>
      <span className="what">
        {(entry.types ?? (entry.type ? [entry.type] : [])).map((t) => (
          <span key={t} className="etype">
            {t.toLowerCase()}{' '}
          </span>
        ))}
        {entryText(entry)}
        {evidence.length > 0 && (
          <span className="evidence">
            {' '}
            {evidence.map((ev, i) => (
              <a key={i} href={`#/item/${encodeURIComponent(ev.itemId)}`} title="the item this entry was read from">
                [{i + 1}]
              </a>
            ))}
          </span>
        )}
      </span>
    </li>
  );
}
