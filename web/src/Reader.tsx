// One item: paragraphs with what wiredesk read in them highlighted (dates, people, organisations, places,
// quotes, counts; the tooltip says what each was read as), its versions, and the ninjs JSON.
import { useEffect, useState, type ReactNode } from 'react';
import { agencyChain, getJson, headline, timeOf, urgencyLabel, type Item } from './api.ts';
import { marksOf, quotesOf, segments, type Mark, type QuoteSpan } from './lib/marks.ts';
import { diffWords } from './lib/diff.ts';
import { When } from './When.tsx';

/** One paragraph: marks (dates, entities linking to their page, counts) inside quotes, each with a tooltip. */
function Paragraph({ text, from, to, marks, quotes }: { text: string; from: number; to: number; marks: Mark[]; quotes: QuoteSpan[] }) {
  const out: ReactNode[] = [];
  let quoteRun: ReactNode[] = [];
  let openQuote: QuoteSpan | undefined;
  const closeQuote = () => {
    if (openQuote) out.push(<q key={`q${openQuote.start}`} className="quote" title={openQuote.title}>{quoteRun}</q>);
    openQuote = undefined;
    quoteRun = [];
  };
  for (const seg of segments(from, to, marks, quotes)) {
    const body = text.slice(seg.start, seg.end);
    const m = seg.mark;
    const node: ReactNode = !m ? (
      body
    ) : m.entityId ? (
      <a key={seg.start} href={`#/entity/${encodeURIComponent(m.entityId)}`} className={`mark entity ${m.subtype}`} title={m.title}>
        {body}
      </a>
    ) : (
      <mark key={seg.start} className={`mark ${m.kind}`} title={m.title} tabIndex={0}>
        {body}
      </mark>
    );
    if (seg.quote !== openQuote) closeQuote();
    if (seg.quote) {
      openQuote = seg.quote;
      quoteRun.push(node);
    } else out.push(node);
  }
  closeQuote();
  return <p>{out}</p>;
}

export function Reader({ id }: { id: string }) {
  const [item, setItem] = useState<Item | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<'text' | 'versions' | 'json'>('text');
  const [versions, setVersions] = useState<Item[] | null>(null);
  const [ninjs, setNinjs] = useState<unknown>(null);

  useEffect(() => {
    setItem(null);
    setView('text');
    setVersions(null);
    setNinjs(null);
    setError(null);
    getJson<Item>(`/v1/items/${encodeURIComponent(id)}`).then(setItem, (e: Error) => setError(e.message));
  }, [id]);

  useEffect(() => {
    if (view === 'versions' && !versions) getJson<{ versions: Item[] }>(`/v1/items/${encodeURIComponent(id)}/versions`).then((r) => setVersions(r.versions));
    if (view === 'json' && !ninjs) getJson<unknown>(`/v1/items/${encodeURIComponent(id)}?format=ninjs`).then(setNinjs, (e: Error) => setError(e.message));
  }, [view, versions, ninjs, id]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!item) return <p className="empty">Loading…</p>;
  const x = item['x-wiredesk'];
  const extraction = x.extraction;
  const marks = marksOf(extraction);
  const quotes = quotesOf(extraction);
  const paragraphs = x.paragraphs?.length ? x.paragraphs : [[0, x.text.length] as [number, number]];
  const label = urgencyLabel(item.urgency);
  const read = extraction && !('error' in extraction);

  return (
    <article className="reader" aria-labelledby="item-title">
      <p>
        <a href="#/">← Wire</a>
        {x.storyId && (
          <>
            {' · '}
            <a href={`#/story/${x.storyId}`}>Story</a>
          </>
        )}
      </p>
      <header>
        {label !== 'routine' && <span className={`badge ${label.toLowerCase()}`}>{label}</span>}
        {item.pubStatus !== 'usable' && <span className="badge killed">{item.pubStatus}</span>}
        <h1 id="item-title">{headline(item)}</h1>
        <p className="meta">
          {x.dateline?.place && <span className="place">{x.dateline.place}</span>}
          <span className="agency">{agencyChain(item)}</span>
          <When item={item} />
          {x.dateline?.date && <span>dateline {x.dateline.date}</span>}
          <span>version {item.version ?? '1'}</span>
          <span>{x.format}</span>
          {item.by && <span>{item.by}</span>}
        </p>
        {item.edNote && <p className="ednote">{item.edNote}</p>}
      </header>
      <nav className="tabs" aria-label="Views of this item">
        {(['text', 'versions', 'json'] as const).map((v) => (
          <button key={v} aria-pressed={view === v} onClick={() => setView(v)}>
            {v === 'text' ? 'Text' : v === 'versions' ? `Versions (${x.versions?.length ?? 1})` : 'ninjs JSON'}
          </button>
        ))}
      </nav>
      {view === 'text' && (
        <>
          {read ? <Legend /> : <p className="empty">This item has not been read for dates, names, quotes and counts yet.</p>}
          <div className="body">
            {paragraphs.map(([s, e]) => (
              <Paragraph key={s} text={x.text} from={s} to={e} marks={marks} quotes={quotes} />
            ))}
          </div>
        </>
      )}
      {view === 'versions' && <Versions versions={versions} />}
      {view === 'json' && (ninjs ? <pre className="json" aria-label="ninjs 3.1 JSON">{JSON.stringify(ninjs, null, 2)}</pre> : <p className="empty">Loading…</p>)}
    </article>
  );
}

function Legend() {
  return (
    <p className="legend" aria-label="Highlight legend">
      Highlighted: <span className="mark date">date</span> <span className="mark entity person">person</span> <span className="mark entity org">organisation</span>{' '}
      <span className="mark entity gpe">place</span> <q className="quote">quote</q> <span className="mark count">count</span> · hover or focus one to see how it was read
    </p>
  );
}

function Versions({ versions }: { versions: Item[] | null }) {
  if (!versions) return <p className="empty">Loading versions…</p>;
  if (versions.length === 1) return <p className="empty">This is the only version.</p>;
  return (
    <div className="versions">
      {versions.slice(0, -1).map((v, i) => {
        const older = versions[i + 1];
        return (
          <section key={v.version}>
            <h2>
              Version {older.version} → {v.version} <small>{timeOf(v)}</small>
            </h2>
            {v.edNote && <p className="ednote">{v.edNote}</p>}
            <p className="diff">
              {diffWords(`${headline(older)}\n${older['x-wiredesk'].text}`, `${headline(v)}\n${v['x-wiredesk'].text}`).map((d, k) =>
                d.op === '=' ? d.text : d.op === '+' ? <ins key={k}>{d.text}</ins> : <del key={k}>{d.text}</del>,
              )}
            </p>
          </section>
        );
      })}
    </div>
  );
}
