// The current search as a subscription rule (the rule language of src/deliver/rules.ts).
import type { ItemFilters } from '../api.ts';

const quoted = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function ruleFromFilters(f: ItemFilters): string {
  const parts: string[] = [];
  if (f.q?.trim()) parts.push(`text ~ ${quoted(f.q.trim())}`);
  if (f.urgency && /^\d+$/.test(f.urgency)) parts.push(`urgency <= ${f.urgency}`);
  if (f.source?.trim()) parts.push(`source = ${quoted(f.source.trim())}`);
  if (f.place?.trim()) parts.push(`place = ${quoted(f.place.trim())}`);
  if (f.entity?.trim()) parts.push(`entity = ${quoted(f.entity.trim())}`);
  if (f.story?.trim()) parts.push(`story = ${quoted(f.story.trim())}`);
  return parts.join(' AND ');
}

/** A name for the alert a person would recognise: the search in words. */
export function alertName(f: ItemFilters): string {
  const bits = [f.q && `“${f.q}”`, f.urgency === '1' ? 'flashes' : f.urgency && `urgency ≤ ${f.urgency}`, f.source, f.place, f.entity, f.story && `story ${f.story}`].filter(Boolean);
  return bits.length ? bits.join(', ') : 'Everything';
}
