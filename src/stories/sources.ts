// Which agencies a story lists. Items name their agency in several ways at once: a code in the dateline
// ("(MP)"), a name or a code in infoSources, a name as copyright holder, and feeds add their own title
// ("Meridian Press - Americas and world", "Baltic News Desk - world service"). A desk wants each agency once,
// by name. The service a feed title adds is dropped: it is an edition of the agency that sent the item, not
// another agency, and counting it apart would split one agency's items over two rows.
import type { Item } from '../item/types.ts';
import { agenciesOf } from '../store/item-fields.ts';

/** "Baltic News Desk - world service" → "Baltic News Desk" (only a spaced dash: "France-Presse" stays). */
export function withoutService(name: string): string {
  return name.replace(/\s+[-\u2013\u2014]\s+.*$/u, '').trim();
}

/** A short one-word all-upper or all-lower name ("MP", "bnd", "ASUR") reads as an agency code. */
export function isCode(name: string): boolean {
  return /^[A-Za-z]{2,6}$/.test(name) && (name === name.toUpperCase() || name === name.toLowerCase());
}

/** A code abbreviates a name when it starts with the name's first letter and its letters follow in order:
 * MP → Meridian Press, NW → Northwire, ASUR → Agencia Sur, BND → Baltic News Desk. */
export function abbreviates(code: string, name: string): boolean {
  const c = code.toLowerCase();
  const n = name.toLowerCase();
  if (isCode(name) || c[0] !== n[0]) return false;
  let at = 0;
  for (const ch of c) {
    at = n.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Of two spellings of one name, the one a reader expects: not all lower case ("BND" over "bnd"). */
const preferred = (a: string, b: string) => (a === a.toLowerCase() && b !== b.toLowerCase() ? b : a);

/** Case-insensitive merge of names, service suffixes dropped, then each code folded into the one name it
 * abbreviates (when exactly one does). Counts add up. */
export function mergeAgencies(counts: Iterable<[string, number]>): Map<string, number> {
  const byKey = new Map<string, { name: string; count: number }>();
  for (const [raw, count] of counts) {
    const name = withoutService(raw);
    if (!name) continue;
    const row = byKey.get(name.toLowerCase());
    if (row) {
      row.name = preferred(row.name, name);
      row.count += count;
    } else byKey.set(name.toLowerCase(), { name, count });
  }
  const rows = [...byKey.values()];
  const names = rows.filter((r) => !isCode(r.name));
  const out = new Map<string, number>();
  for (const r of rows) {
    const expansions = isCode(r.name) ? names.filter((n) => abbreviates(r.name, n.name)) : [];
    const name = expansions.length === 1 ? expansions[0].name : r.name;
    out.set(name, (out.get(name) ?? 0) + r.count);
  }
  return out;
}

/** The agencies one item counts for, each once, by name when the item gives both a name and its code. */
export function itemAgencies(item: Item): string[] {
  return [...mergeAgencies([...agenciesOf(item)].map((n) => [n, 1] as [string, number])).keys()];
}
