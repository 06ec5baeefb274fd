// Events (PLOVER types: who did what to whom, when) counted per week by type, actor or place; a click on a
// bar, or on a cell of the table under it, lists the events behind it with links to their items.
import { useMemo, useState } from 'react';
import type { EventRecord } from './api.ts';
import { BarChart } from './Chart.tsx';
import { Status, useApi } from './Story.tsx';
import { weeklyCounts, type Dimension } from './lib/events.ts';
import { describeDate } from './lib/dates.ts';
import { list } from './lib/story.ts';

const PALETTE = ['#0b57d0', '#b3261e', '#1a7f37', '#9a5b00', '#7b1fa2', '#a4246a', '#00639b', '#57606a'];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const weekLabel = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });

/** An event's item: `itemId`, or the first piece of evidence. */
function itemOf(e: EventRecord): string | undefined {
  if (e.itemId) return e.itemId;
  const ev = list((e as { evidence?: unknown }).evidence)[0] as { itemId?: string } | undefined;
  return ev?.itemId ?? (e as { item?: string }).item;
}

export function Events() {
  const [dim, setDim] = useState<Dimension>('type');
  const [picked, setPicked] = useState<{ key: string; week: number; events: EventRecord[] } | null>(null);
  const got = useApi<{ events?: EventRecord[] }>('/v1/events?bucket=week&limit=5000');
  const events = got.state === 'ok' ? (list(got.data.events) as EventRecord[]) : [];
  const counts = useMemo(() => weeklyCounts(events, dim), [events, dim]);
  const xs = useMemo(() => counts.weeks.map((w) => w / 1000), [counts]);

  return (
    <section aria-labelledby="events-title">
      <div className="toolbar">
        <h1 id="events-title">Events per week</h1>
        <fieldset className="segmented">
          <legend className="sr-only">Count by</legend>
          {(['type', 'actor', 'place'] as const).map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={dim === d}
              onClick={() => {
                setDim(d);
                setPicked(null);
              }}
            >
              by {d}
            </button>
          ))}
        </fieldset>
      </div>
      <Status got={got} missing="Events are not available on this server yet." />
      {got.state === 'ok' && counts.series.length === 0 && <p className="empty">No dated events yet: they are read from items as they arrive.</p>}
      {picked && (
        <section className="drill" aria-labelledby="drill-title" aria-live="polite">
          <h2 id="drill-title">
            {picked.key}, week of {weekLabel(picked.week)}: {plural(picked.events.length, 'event')}{' '}
            <button type="button" onClick={() => setPicked(null)}>
              Close
            </button>
          </h2>
          <ul className="plain">
            {picked.events.map((e, i) => {
              const id = itemOf(e);
              const what = `${e.type.toLowerCase()}${e.source ? ` by ${e.source}` : ''}${e.target ? ` → ${e.target}` : ''}${e.place ? ` in ${e.place}` : ''}`;
              return (
                <li key={i}>
                  <time title={e.date}>{e.date ? describeDate(e.date) : 'undated'}</time> {id ? <a href={`#/item/${encodeURIComponent(id)}`}>{what}</a> : what}
                  {e.trigger && <span className="meta"> “{e.trigger}”</span>}
                  {e.count !== undefined && <span className="mark count">{e.count}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="multiples">
        {counts.series.map((s, si) => (
          <figure key={s.key} className="multiple">
            <figcaption>
              <strong>{s.key}</strong> <span className="meta">{plural(s.total, 'event')}</span>
            </figcaption>
            <BarChart x={xs} y={s.counts} step={7 * 86_400} label={`${s.key} events per week`} color={PALETTE[si % PALETTE.length]} height={120} onPick={(i) => setPicked({ key: s.key, week: counts.weeks[i], events: s.events[i] })} />
            <details>
              <summary>Weeks as a table</summary>
              <table className="counts">
                <tbody>
                  {s.counts.map((c, i) =>
                    c ? (
                      <tr key={i}>
                        <th scope="row">{weekLabel(counts.weeks[i])}</th>
                        <td>
                          <button type="button" className="link" onClick={() => setPicked({ key: s.key, week: counts.weeks[i], events: s.events[i] })}>
                            {plural(c, 'event')}
                          </button>
                        </td>
                      </tr>
                    ) : null,
                  )}
                </tbody>
              </table>
            </details>
          </figure>
        ))}
      </div>
      {counts.undated > 0 && <p className="meta">{plural(counts.undated, 'event')} without a date not counted.</p>}
    </section>
  );
}
