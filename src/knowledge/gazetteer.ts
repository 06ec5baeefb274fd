// Places from two maintained data packages: world-countries (names, alternative spellings, demonyms,
// capitals, coordinates) and city-timezones (7,300 cities with country and coordinates). Loaded once, lazily.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Place {
  name: string; // canonical name ("Baghdad", "Iraq")
  kind: 'country' | 'city' | 'region';
  country: string; // ISO 3166-1 alpha-2
  countryName: string;
  lat: number;
  lon: number;
  population?: number;
}

interface Gazetteer {
  places: Map<string, Place>; // lower-cased name or spelling → place
  demonyms: Map<string, Place>; // "iraqi" → Iraq
}

let loaded: Gazetteer | null = null;

const key = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

function load(): Gazetteer {
  if (loaded) return loaded;
  const countries = require('world-countries') as Array<{
    name: { common: string; official: string };
    cca2: string;
    altSpellings: string[];
    capital?: string[];
    latlng: [number, number];
    demonyms?: { eng?: { m: string; f: string } };
  }>;
  const cities = (require('city-timezones') as { cityMapping: Array<{ city: string; city_ascii: string; lat: number; lng: number; pop: number; country: string; iso2: string }> }).cityMapping;
  const places = new Map<string, Place>();
  const demonyms = new Map<string, Place>();
  const names = new Map<string, string>();
  for (const c of countries) names.set(c.cca2, c.name.common);
  // Cities first, biggest last, so a country name always wins over a town of the same name, and a big city over a small one.
  for (const c of [...cities].sort((a, b) => a.pop - b.pop)) {
    const place: Place = { name: c.city, kind: 'city', country: c.iso2, countryName: names.get(c.iso2) ?? c.country, lat: c.lat, lon: c.lng, population: c.pop };
    places.set(key(c.city), place);
    places.set(key(c.city_ascii), place);
  }
  for (const c of countries) {
    const place: Place = { name: c.name.common, kind: 'country', country: c.cca2, countryName: c.name.common, lat: c.latlng[0], lon: c.latlng[1] };
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)]) places.set(key(n), place);
    if (c.demonyms?.eng) {
      demonyms.set(key(c.demonyms.eng.m), place);
      demonyms.set(key(c.demonyms.eng.f), place);
    }
  }
  // Names the packages spell differently from wire copy.
  const dc = cities.find((c) => c.city.startsWith('Washington, D.C.'));
  if (dc) places.set('washington', { name: 'Washington', kind: 'city', country: 'US', countryName: 'United States', lat: dc.lat, lon: dc.lng, population: dc.pop });
  for (const [alias, canonical] of [['US', 'United States'], ['U.S.', 'United States'], ['USA', 'United States'], ['America', 'United States'], ['UK', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'], ['Russia', 'Russia'], ['South Korea', 'South Korea'], ['North Korea', 'North Korea'], ['Ivory Coast', 'Ivory Coast'], ['Gaza', 'Palestine']] as const) {
    const p = places.get(key(canonical));
    if (p) places.set(key(alias), p);
  }
  for (const [d, canonical] of [['American', 'United States'], ['British', 'United Kingdom'], ['Iraqi', 'Iraq'], ['Israeli', 'Israel'], ['Palestinian', 'Palestine'], ['Dutch', 'Netherlands'], ['Colombian', 'Colombia'], ['Kenyan', 'Kenya'], ['Norwegian', 'Norway'], ['Peruvian', 'Peru']] as const) {
    const p = places.get(key(canonical));
    if (p) demonyms.set(key(d), p);
  }
  loaded = { places, demonyms };
  return loaded;
}

export function lookupPlace(name: string): Place | undefined {
  return load().places.get(key(name));
}

export function lookupDemonym(word: string): Place | undefined {
  return load().demonyms.get(key(word));
}

// Adjectives of continents and regions name a group of peoples as a nationality does ("European satellites").
// Kept apart from the country demonyms: the tagger's gazetteer feature was trained without them.
const REGION_ADJECTIVES = new Map<string, Place>(
  ([['European', 'Europe', 54, 15], ['African', 'Africa', 2, 21], ['Asian', 'Asia', 34, 100], ['Arab', 'Arab world', 27, 30], ['Latin American', 'Latin America', -14, -60], ['Scandinavian', 'Scandinavia', 62, 15], ['Nordic', 'Nordic countries', 63, 16], ['Caribbean', 'Caribbean', 15, -75], ['Middle Eastern', 'Middle East', 29, 42]] as const).map(
    ([adjective, name, lat, lon]) => [key(adjective), { name, kind: 'region', country: '', countryName: '', lat, lon }],
  ),
);

export function lookupRegionAdjective(word: string): Place | undefined {
  return REGION_ADJECTIVES.get(key(word));
}

// States, provinces and districts by their English names ("Uttar Pradesh", "Bavaria", "Gauteng"), from Unicode CLDR's
// subdivision names. Kept apart from lookupPlace: the tagger's gazetteer feature was trained without them, and names
// like "Centre" or "Victoria" are places only where the words around them say so (see entities).
let regions: Map<string, { name: string; country: string }> | null = null;

export function lookupRegion(name: string): { name: string; country: string } | undefined {
  if (!regions) {
    const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json') as { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } };
    regions = new Map();
    for (const [code, raw] of Object.entries(cldr.subdivisions.localeDisplayNames.subdivisions)) {
      const clean = raw.replace(/[\u00B2\u00B3\u00B9\u2070-\u209F]/g, '').trim(); // "Île-de-France²": a footnote mark
      if (!regions.has(key(clean))) regions.set(key(clean), { name: clean, country: code.slice(0, 2).toUpperCase() });
    }
  }
  return regions.get(key(name));
}
