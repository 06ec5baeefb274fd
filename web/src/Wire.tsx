// The live wire: newest first, flashes marked, filters, keyboard navigation (j/k or arrows, Enter opens).
import { useCallback, useEffect, useRef, useState } from 'react';
import { AlertButton } from './Alerts.tsx';
import { agencyChain, getJson, headline, itemsUrl, urgencyLabel, type Item, type ItemFilters } from './api.ts';
import { When } from './When.tsx';

/** Live items kept in the list at most: older ones are a click on "Older items" away. */
const LIVE_CAP = 1000;

export function Wire({ filters, onFilters, askKey }: { filters: ItemFilters; onFilters: (f: ItemFilters) => void; askKey: (reason: string) => void }) {
  const [items, setItems] = useState<Item[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  // The selection is drawn once the keyboard is in use (j/k, arrows, Tab): a phone or a mouse needs no cursor.
  const [usingKeys, setUsingKeys] = useState(false);
  const [live, setLive] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const filtering = Object.values(filters).some(Boolean);

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
      if (filtering || item.pubStatus === 'canceled') return;
      setItems((old) => [item, ...old.filter((o) => o['x-wiredesk'].id !== item['x-wiredesk'].id)].slice(0, LIVE_CAP));
      setSelected((s) => (s > 0 ? s + 1 : s));
    });
    return () => es.close();
  }, [filtering]);

  const more = useCallback(() => {
    if (!next) return;
    getJson<{ items: Item[]; next: string | null }>(itemsUrl(filters, next)).then((page) => {
      setItems((old) => [...old, ...page.items]);
      setNext(page.next);
    });
  }, [filters, next]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea, dialog')) return;
      // Enter on a focused link or button is that control's own: the selected row may be another one.
      if (e.key === 'Enter' && target.closest('a, button')) return;
      const step = e.key === 'j' || e.key === 'ArrowDown' ? 1 : e.key === 'k' || e.key === 'ArrowUp' ? -1 : 0;
      if (step) {
        setSelected((s) => Math.min(Math.max(s + step, 0), items.length - 1));
        setUsingKeys(true);
      } else if (e.key === '/') document.querySelector<HTMLInputElement>('.filters input[name="q"]')?.focus();
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
        <h1 id="wire-title">{filtering ? 'Search' : 'Wire'} {live && !filtering && <span className="live" title="receiving new items live">● live</span>}</h1>
        <Filters filters={filters} onFilters={onFilters} />
      </div>
      {filtering && (
        <div className="searchbar">
          <span className="meta">
            {items.length}
            {next ? '+' : ''} {items.length === 1 && !next ? 'item matches' : 'items match'}
          </span>
          <AlertButton filters={filters} askKey={askKey} />
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {!error && items.length === 0 && <p className="empty">{filtering ? 'No items match this search.' : <>The wire is empty. Ingest some wire copy: <code>wiredesk ingest samples/</code></>}</p>}
      <ol className={`wire${usingKeys ? ' keys' : ''}`} ref={listRef}>
        {items.map((item, i) => {
          const label = urgencyLabel(item.urgency);
          const x = item['x-wiredesk'];
          return (
            <li
              key={x.id}
              data-index={i}
              className={`row ${label.toLowerCase()} ${i === selected ? 'selected' : ''}`}
              onMouseEnter={() => setSelected(i)}
              onFocus={() => {
                setSelected(i);
                setUsingKeys(true);
              }}
            >
              <a href={`#/item/${x.id}`}>
                {label !== 'routine' && <span className={`badge ${label.toLowerCase()}`}>{label}</span>}
                <span className="headline">{headline(item)}</span>
              </a>
              <span className="meta">
                {x.dateline?.place && <span className="place">{x.dateline.place}</span>}
                <span className="agency">{agencyChain(item)}</span>
                <When item={item} />
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

const TEXT_FIELDS = [
  { key: 'q', label: 'Search the wire', placeholder: 'Search the wire', size: 18 },
  { key: 'source', label: 'Agency', placeholder: 'Agency', size: 7 },
  { key: 'place', label: 'Place', placeholder: 'Place', size: 9 },
  { key: 'entity', label: 'Person, organisation or other name', placeholder: 'Person or org', size: 12 },
] as const;

/** Text fields apply on Enter (one request per search, not per keystroke); the urgency menu applies at once. */
function Filters({ filters, onFilters }: { filters: ItemFilters; onFilters: (f: ItemFilters) => void }) {
  const [draft, setDraft] = useState<ItemFilters>(filters);
  // On a phone the agency, place and entity fields fold away behind "More filters" unless one is in use.
  const [more, setMore] = useState(Boolean(filters.source || filters.place || filters.entity));
  useEffect(() => {
    setDraft(filters);
  }, [filters]);
  const apply = (f: ItemFilters) => onFilters(Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as ItemFilters);
  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter the wire"
      onSubmit={(e) => {
        e.preventDefault();
        apply(draft);
      }}
    >
      {TEXT_FIELDS.map((f) => (
        <label key={f.key} className={f.key === 'q' ? 'q' : `extra${more ? ' open' : ''}`}>
          <span className="sr-only">{f.label}</span>
          <input
            type={f.key === 'q' ? 'search' : 'text'}
            name={f.key}
            placeholder={f.placeholder}
            size={f.size}
            value={draft[f.key] ?? ''}
            onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
          />
        </label>
      ))}
      <label>
        <span className="sr-only">Urgency</span>
        <select name="urgency" value={draft.urgency ?? ''} onChange={(e) => apply({ ...draft, urgency: e.target.value })}>
          <option value="">Any urgency</option>
          <option value="1">Flashes</option>
          <option value="3">Urgent and up</option>
        </select>
      </label>
      <button type="submit" className="primary">
        Search
      </button>
      <button type="button" className="filters-toggle" aria-expanded={more} onClick={() => setMore(!more)}>
        {more ? 'Fewer filters' : 'More filters'}
      </button>
      {Object.values(filters).some(Boolean) && (
        <button type="button" onClick={() => onFilters({})}>
          Clear
        </button>
      )}
    </form>
  );
}
