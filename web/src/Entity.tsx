// An entity: the names it goes by, its mentions over time (uPlot), what it said or what was said about it,
// and the entities it appears with.
import { useMemo } from 'react';
import { BarChart } from './Chart.tsx';
import { QuoteText, Status, useApi } from './Story.tsx';
import { aliasesOf, counted, list, mentionSeries, quoteRows, textOf } from './lib/story.ts';

const DAY = 86_400;

export function Entity({ id }: { id: string }) {
  const got = useApi<Record<string, unknown>>(`/v1/entities/${encodeURIComponent(id)}`);
  const e = got.state === 'ok' ? got.data : null;
  const series = useMemo(() => mentionSeries(e?.mentions ?? e?.mentionsPerDay ?? e?.timeline), [e]);
  if (!e) return <Status got={got} missing="No such entity (or entity pages are not available on this server yet)." />;
  const name = textOf(e.name) ?? textOf(e.canonical) ?? textOf(e.label) ?? id;
  const aliases = aliasesOf(e.aliases).filter((a) => a !== name);
  const quotesBy = quoteRows(e.quotes ?? e.quotesBy);
  const quotesAbout = quoteRows(e.quotesAbout);
  const related = counted(e.related ?? e.relatedEntities);
  // Stories come as {id, title, count}: counted() names them by title, the id stays for the link.
  const stories = counted(list(e.stories).map((st) => (st && typeof st === 'object' ? { ...st, name: (st as { title?: string }).title } : st)));
  const total = series.y.reduce((a, b) => a + b, 0);
  const type = textOf(e.type)?.toUpperCase() ?? '';
  const speaks = !['GPE', 'LOC', 'FAC'].includes(type); // places say nothing themselves

  return (
    <article className="entity-page" aria-labelledby="entity-title">
      <p>
        <a href="#/">← Wire</a> · <a href={`#/search?entity=${encodeURIComponent(id)}`}>Items naming {name}</a>
      </p>
      <h1 id="entity-title">
        {name} {textOf(e.type) && <small className="etype">{textOf(e.type)!.toLowerCase()}</small>}
      </h1>
      <section aria-labelledby="aliases-title">
        <h2 id="aliases-title">Also written as</h2>
        {aliases.length ? (
          <p className="chips">
            {aliases.map((a) => (
              <span key={a} className="chip">
                {a}
              </span>
            ))}
          </p>
        ) : (
          <p className="empty">No other names seen.</p>
        )}
      </section>
      <section aria-labelledby="mentions-title">
        <h2 id="mentions-title">Mentions over time</h2>
        {series.x.length ? (
          <>
            <BarChart x={series.x} y={series.y} step={DAY} label={`Mentions of ${name} per day`} color="#a4246a" />
            <p className="meta">
              {total} mentions on {series.y.filter(Boolean).length} days
            </p>
            <details>
              <summary>Days as a table</summary>
              <table className="counts">
                <tbody>
                  {series.x.map((day, i) =>
                    series.y[i] ? (
                      <tr key={day}>
                        <th scope="row">{new Date(day * 1000).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}</th>
                        <td>{series.y[i]}</td>
                      </tr>
                    ) : null,
                  )}
                </tbody>
              </table>
            </details>
          </>
        ) : (
          <p className="empty">No dated mentions yet.</p>
        )}
      </section>
      <div className="columns">
        <section aria-labelledby="quotes-by-title">
          <h2 id="quotes-by-title">Quotes by {name}</h2>
          <QuoteList rows={quotesBy} empty={speaks ? `No quotes attributed to ${name}.` : `${name} is a place: quotes are attributed to people and organisations.`} />
          {quotesAbout.length > 0 && (
            <>
              <h2>Quotes about {name}</h2>
              <QuoteList rows={quotesAbout} empty="" />
            </>
          )}
        </section>
        <aside>
          <LinkList id="stories-title" title="In stories" rows={stories} href={(st) => `#/story/${encodeURIComponent(st.id ?? st.name)}`} empty="In no story yet." />
          <LinkList id="related-title" title="Appears with" rows={related} href={(r) => `#/entity/${encodeURIComponent(r.id ?? r.name)}`} empty="No related names yet." />
        </aside>
      </div>
    </article>
  );
}

function QuoteList({ rows, empty }: { rows: ReturnType<typeof quoteRows>; empty: string }) {
  if (!rows.length) return empty ? <p className="empty">{empty}</p> : null;
  return (
    <ul className="quotes">
      {rows.map((q, i) => (
        <li key={i}>
          <QuoteText q={q} />
          {q.itemId && (
            <>
              {' '}
              (<a href={`#/item/${encodeURIComponent(q.itemId)}`}>item</a>)
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A side list of linked names with how many items each has, or a line saying there is none yet. */
function LinkList<R extends { id?: string; name: string; count: number }>(p: { id: string; title: string; rows: R[]; href: (row: R) => string; empty: string }) {
  return (
    <section aria-labelledby={p.id}>
      <h2 id={p.id}>{p.title}</h2>
      {p.rows.length ? (
        <ul className="plain">
          {p.rows.slice(0, 20).map((r) => (
            <li key={r.id ?? r.name}>
              <a href={p.href(r)}>{r.name}</a> <small className="count-note">{r.count === 1 ? '1 item' : `${r.count} items`}</small>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{p.empty}</p>
      )}
    </section>
  );
}
