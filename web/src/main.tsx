// The desk: hash routes so the server only serves index.html —
// #/ wire, #/search?q=…, #/item/ID, #/stories, #/story/ID, #/entity/ID, #/events.
import { StrictMode, Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Wire } from './Wire.tsx';
import { Reader } from './Reader.tsx';
import { Stories, Story } from './Story.tsx';
// The chart pages (and uPlot with them) load when first opened: the wire's first render does not wait for them.
const Entity = lazy(() => import('./Entity.tsx').then((m) => ({ default: m.Entity })));
const Events = lazy(() => import('./Events.tsx').then((m) => ({ default: m.Events })));
import { KeyDialog } from './Alerts.tsx';
import { KeyIcon } from './Icons.tsx';
import { apiKey, type ItemFilters } from './api.ts';
import './style.css';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash;
}

const FILTER_KEYS = ['q', 'urgency', 'source', 'place', 'entity', 'story'] as const;

function filtersFrom(hash: string): ItemFilters {
  const p = new URLSearchParams(hash.split('?')[1] ?? '');
  const f: ItemFilters = {};
  for (const k of FILTER_KEYS) if (p.get(k)) f[k] = p.get(k)!;
  return f;
}

const NAV = [
  { href: '#/', label: 'Wire', route: '' },
  { href: '#/stories', label: 'Stories', route: 'stories' },
  { href: '#/events', label: 'Events', route: 'events' },
  { href: '#/search?urgency=1', label: 'Flashes', route: 'search' },
];

function App() {
  const hash = useHash();
  const [, route = '', rawId = ''] = hash.match(/^#\/(\w+)?\/?([^?]*)/) ?? [];
  const id = decodeURIComponent(rawId);
  const filters = useMemo(() => filtersFrom(hash), [hash]);
  const [keyReason, setKeyReason] = useState<string | null>(null);
  const [hasKey, setHasKey] = useState(Boolean(apiKey()));

  // A new page starts at its top, and keyboard and screen-reader focus moves there too (not on the first load,
  // where Tab should reach the skip link first). Braces matter: Chromium's scrollTo returns a promise, which
  // React would take for a cleanup function.
  const firstLoad = useRef(true);
  useEffect(() => {
    window.scrollTo(0, 0);
    if (firstLoad.current) firstLoad.current = false;
    else document.getElementById('main')?.focus({ preventScroll: true });
  }, [route, id]);
  useEffect(() => {
    document.title = `${route ? `${route[0].toUpperCase()}${route.slice(1)} · ` : ''}wiredesk`;
  }, [route]);

  const setFilters = (f: ItemFilters) => {
    const p = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as Array<[string, string]>);
    location.hash = p.toString() ? `#/search?${p}` : '#/';
  };

  let page;
  if (route === 'item' && id) page = <Reader id={id} />;
  else if (route === 'story' && id) page = <Story id={id} />;
  else if (route === 'stories') page = <Stories />;
  else if (route === 'entity' && id) page = <Entity id={id} />;
  else if (route === 'events') page = <Events />;
  else page = <Wire filters={filters} onFilters={setFilters} askKey={setKeyReason} />;

  return (
    <>
      <a href="#main" className="skip">
        Skip to content
      </a>
      <header className="top">
        <a href="#/" className="brand">
          wiredesk
        </a>
        <nav aria-label="Main">
          {NAV.map((n) => (
            <a key={n.href} href={n.href} aria-current={route === n.route && (n.route !== 'search' || filters.urgency === '1') ? 'page' : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
        <button type="button" className="key-button" onClick={() => setKeyReason('')} title="The API key this browser uses for alerts and uploads">
          <KeyIcon /> <span className="key-label">{hasKey ? 'Key set' : 'Set key'}</span>
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="empty">Loading…</p>}>{page}</Suspense>
      </main>
      <KeyDialog
        open={keyReason !== null}
        reason={keyReason ?? undefined}
        onClose={() => {
          setKeyReason(null);
          setHasKey(Boolean(apiKey()));
        }}
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
