// Fields the store derives from an item: its id, version order, visibility, and what it indexes.
import { createHash } from 'node:crypto';
import type { Item } from '../item/types.ts';

/** A short stable id for a uri: the same uri always maps to the same id, in every store. */
export function itemIdFor(uri: string): string {
  return createHash('sha256').update(uri).digest('base64url').slice(0, 16);
}

/** Orders versions: numerically when both are numbers ("2" < "10"), else as strings. */
export function compareVersions(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A kill (canceled) or a withheld item leaves the default reads; its history stays. */
export function isHidden(item: Item): boolean {
  return item.pubStatus === 'canceled' || item.pubStatus === 'withheld';
}

export function headlineOf(item: Item): string {
  return item.headlines?.[0]?.value ?? '';
}

/** Agency names an item can be found by: its infoSources and its dateline's agency chain. */
export function agenciesOf(item: Item): Set<string> {
  const names = new Set<string>();
  for (const s of item.infoSources ?? []) if (s.name) names.add(s.name);
  for (const s of item['x-wiredesk'].dateline?.sources ?? []) names.add(s);
  if (item.copyrightHolder) names.add(item.copyrightHolder);
  return names;
}
