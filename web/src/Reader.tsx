// One item: paragraphs with what wiredesk read in them highlighted (dates, people, organisations, places,
// quotes, counts; the tooltip says what each was read as), its versions, and the ninjs JSON.
import { useEffect, useState, type ReactNode } from 'react';
import { agencyChain, getJson, headline, timeOf, urgencyLabel, type Extraction, type Item } from './api.ts';

interface Mark {
  start: number;
  end: number;
  kind: string;
  title: string;
}

function marksOf(x: Extraction | undefined): Mark[] {
  if (!x || 'error' in x) return [];
  const marks: Mark[] = [];
  for (const t of x.timexes ?? []) marks.push({ start: t.start, end: t.end, kind: 'date', title: `${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ''}` });
  for (const e of x.entities ?? []) marks.push({ start: e.start, end: e.end, kind: `entity ${e.type.toLowerCase()}`, title: `${e.type}: ${e.id}` });
  for (const q of x.quantities ?? []) marks.push({ start: q.start, end: q.end, kind: 'count', title: `${q.bound === '=' ? '' : q.bound + ' '}${q.approx ? '~' : ''}${q.value.toLocaleString()} ${q.unit}` });
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Renders text[from, to) with non-overlapping marks (the first, longest one wins) and quotes as an outer layer. */
function renderSpan(text: string, from: number, to: number, marks: Mark[], quotes: Extraction['quotes']): ReactNode[] {
  const out: ReactNode[] = [];
  let pos = from;
  const inner = marks.filter((m) => m.start >= from && m.end <= to);
  let key = 0;
  const pushText = (a: number, b: number) => {
    if (b <= a) return;
    // Quotes wrap plain text runs they cover, so a quote and an entity inside it both show.
    let p = a;
    for (const q of quotes ?? []) {
      const qs = Math.max(q.start, p);
      const qe = Math.min(q.end, b);
      if (qe <= qs) continue;
      if (qs > p) out.push(text.slice(p, qs));
      out.push(
        <q key={`q${from}-${key++}`} className="quote" title={`${q.kind} quote${q.speaker ? ` — ${q.speaker}` : ''}${q.cue ? ` (${q.cue})` : ''}`}>
          {text.slice(qs, qe)}
        </q>,
      );
      p = qe;
    }
    if (p < b) out.push(text.slice(p, b));
  };
  for (const m of inner) {
    if (m.start < pos) continue;
    pushText(pos, m.start);
    out.push(
      <mark key={`m${from}-${key++}`} className={m.kind} title={m.title} tabIndex={0}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    pos = m.end;
  }
  pushText(pos, to);
  return out;
}

export function Reader({ id }: { id: string }) {
  const [item, setItem] = useState<Item | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<'text' | 'versions' | 'json'>('text');
  const [versions, setVersions] = useState<Item[] | null>(null);

  useEffect(() => {
    setItem(null);
    setView('text');
    setVersions(null);
    getJson<Item>(`/v1/items/${encodeURIComponent(id)}`).then(setItem, (e: Error) => setError(e.message));
  }, [id]);

  useEffect(() => {
    if (view === 'versions' && !versions) getJson<{ versions: Item[] }>(`/v1/items/${encodeURIComponent(id)}/versions`).then((r) => setVersions(r.versions));
  }, [view, versions, id]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!item) return <p className="empty">Loading…</p>;
  const x = item['x-wiredesk'];
  const extraction = x.extraction;
  const marks = marksOf(extraction);
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
          {x.dateline?.place && <span className="place">{x.dateline.place}</span>} <span className="agency">{agencyChain(item)}</span>{' '}
          <time dateTime={item.versionCreated}>{timeOf(item)}</time> · version {item.version ?? '1'} · {x.format}
          {item.by && <> · {item.by}</>}
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
              <p key={s}>{renderSpan(x.text, s, e, marks, extraction?.quotes)}</p>
            ))}
          </div>
        </>
      )}
      {view === 'versions' && <Versions versions={versions} />}
      {view === 'json' && <pre className="json">{JSON.stringify({ ...item, 'x-wiredesk': undefined }, null, 2)}</pre>}
    </article>
  );
}

function Legend() {
  return (
    <p className="legend" aria-label="Highlight legend">
      <mark className="date">date</mark> <mark className="entity person">person</mark> <mark className="entity org">organisation</mark> <mark className="entity gpe">place</mark>{' '}
      <q className="quote">quote</q> <mark className="count">count</mark>
    </p>
  );
}

/** Word-level diff (longest common subsequence) between consecutive versions. */
function diffWords(a: string, b: string): Array<{ op: '=' | '+' | '-'; text: string }> {
  const x = a.split(/(\s+)/);
  const y = b.split(/(\s+)/);
  const n = x.length;
  const m = y.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: Array<{ op: '=' | '+' | '-'; text: string }> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) out.push({ op: '=', text: x[i++] }), j++;
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ op: '-', text: x[i++] });
    else out.push({ op: '+', text: y[j++] });
  }
  while (i < n) out.push({ op: '-', text: x[i++] });
  while (j < m) out.push({ op: '+', text: y[j++] });
  return out;
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
