// The desk: hash routes so the server only serves index.html (#/ wire, #/item/ID, #/search?q=...).
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Wire } from './Wire.tsx';
import { Reader } from './Reader.tsx';
import type { ItemFilters } from './api.ts';
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

function filtersFrom(hash: string): ItemFilters {
  const query = hash.split('?')[1] ?? '';
  return Object.fromEntries(new URLSearchParams(query)) as ItemFilters;
}

function App() {
  const hash = useHash();
  const [, route, id] = hash.match(/^#\/(\w+)?\/?([^?]*)/) ?? [];
  const filters = filtersFrom(hash);
  const setFilters = (f: ItemFilters) => {
    const p = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as Array<[string, string]>);
    location.hash = p.toString() ? `#/search?${p}` : '#/';
  };
  return (
    <>
      <header className="top">
        <a href="#/" className="brand">
          wiredesk
        </a>
        <nav aria-label="Main">
          <a href="#/">Wire</a>
          <a href="#/search?urgency=1">Flashes</a>
        </nav>
      </header>
      <main>{route === 'item' && id ? <Reader id={decodeURIComponent(id)} /> : <Wire filters={filters} onFilters={setFilters} />}</main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
