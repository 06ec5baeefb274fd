// The live wire: newest first, flashes marked, filters, keyboard navigation (j/k or arrows, Enter opens).
import { useCallback, useEffect, useRef, useState } from 'react';
import { agencyChain, getJson, headline, itemsUrl, timeOf, urgencyLabel, type Item, type ItemFilters } from './api.ts';

export function Wire({ filters, onFilters }: { filters: ItemFilters; onFilters: (f: ItemFilters) => void }) {
  const [items, setItems] = useState<Item[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  const [live, setLive] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    getJson<{ items: Item[]; next: string | null }>(itemsUrl(filters))
      .then((page) => {
        if (cancelled) return;
        setItems(page.items);
        setNext(page.next);
        setSelected(0);
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [filters]);

  // New items arrive over Server-Sent Events; only unfiltered views take them live.
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const es = new EventSource('/v1/stream');
    es.addEventListener('open', () => setLive(true));
    es.addEventListener('error', () => setLive(false));
    es.addEventListener('item', (ev) => {
      const item = JSON.parse((ev as MessageEvent).data) as Item;
      if (Object.values(filters).some(Boolean) || item.pubStatus === 'canceled') return;
      setItems((old) => [item, ...old.filter((o) => o['x-wiredesk'].id !== item['x-wiredesk'].id)]);
    });
    return () => es.close();
  }, [filters]);

  const more = useCallback(() => {
    if (!next) return;
    getJson<{ items: Item[]; next: string | null }>(itemsUrl(filters, next)).then((page) => {
      setItems((old) => [...old, ...page.items]);
      setNext(page.next);
    });
  }, [filters, next]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).closest('input, select, textarea')) return;
      if (e.key === 'j' || e.key === 'ArrowDown') setSelected((s) => Math.min(s + 1, items.length - 1));
      else if (e.key === 'k' || e.key === 'ArrowUp') setSelected((s) => Math.max(s - 1, 0));
      else if (e.key === 'Enter' && items[selected]) location.hash = `#/item/${items[selected]['x-wiredesk'].id}`;
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, selected]);

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <section aria-labelledby="wire-title">
      <div className="toolbar">
        <h1 id="wire-title">Wire {live && <span className="live" title="receiving new items live">● live</span>}</h1>
        <Filters filters={filters} onFilters={onFilters} />
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {!error && items.length === 0 && <p className="empty">No items match. Ingest some wire copy: <code>wiredesk ingest samples/</code></p>}
      <ol className="wire" ref={listRef}>
        {items.map((item, i) => {
          const label = urgencyLabel(item.urgency);
          const x = item['x-wiredesk'];
          return (
            <li key={x.id} data-index={i} className={`row ${label.toLowerCase()} ${i === selected ? 'selected' : ''}`} onMouseEnter={() => setSelected(i)}>
              <a href={`#/item/${x.id}`}>
                {label !== 'routine' && <span className={`badge ${label.toLowerCase()}`}>{label}</span>}
                <span className="headline">{headline(item)}</span>
              </a>
              <span className="meta">
                {x.dateline?.place && <span className="place">{x.dateline.place}</span>}
                <span className="agency">{agencyChain(item)}</span>
                <time dateTime={item.versionCreated}>{timeOf(item)}</time>
                {item.version && item.version !== '1' && <span className="version">v{item.version}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      {next && (
        <button className="more" onClick={more}>
          Older items
        </button>
      )}
    </section>
  );
}

function Filters({ filters, onFilters }: { filters: ItemFilters; onFilters: (f: ItemFilters) => void }) {
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  return (
    <form
      className="filters"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onFilters({ ...filters, q: q || undefined });
      }}
    >
      <label>
        <span className="sr-only">Search the wire</span>
        <input type="search" placeholder="Search the wire" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      <label>
        <span className="sr-only">Urgency</span>
        <select value={filters.urgency ?? ''} onChange={(e) => onFilters({ ...filters, urgency: e.target.value || undefined })}>
          <option value="">Any urgency</option>
          <option value="1">Flashes</option>
          <option value="3">Urgent and up</option>
        </select>
      </label>
      <label>
        <span className="sr-only">Agency</span>
        <input placeholder="Agency" size={8} value={filters.source ?? ''} onChange={(e) => onFilters({ ...filters, source: e.target.value || undefined })} />
      </label>
      <label>
        <span className="sr-only">Place</span>
        <input placeholder="Place" size={10} value={filters.place ?? ''} onChange={(e) => onFilters({ ...filters, place: e.target.value || undefined })} />
      </label>
      {Object.values(filters).some(Boolean) && (
        <button type="button" onClick={() => onFilters({})}>
          Clear
        </button>
      )}
    </form>
  );
}
