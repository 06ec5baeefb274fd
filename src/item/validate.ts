// A check of the ninjs 3.1 fields wiredesk emits, written from the spec so the desk runs without the
// official schema files (tests also check every emitted item against the official schema with ajv).
import type { Item } from './types.ts';

const PUB_STATUS = new Set(['usable', 'withheld', 'canceled']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const TEXT_ARRAYS = ['headlines', 'bodies', 'descriptions'] as const;

export function validateItem(item: Item): { ok: true } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (typeof item.uri !== 'string' || !/^[a-zA-Z][\w+.-]*:\S+$/.test(item.uri)) errors.push(`uri must be a URI, got ${JSON.stringify(item.uri)}`);
  if (item.version !== undefined && typeof item.version !== 'string') errors.push('version must be a string');
  for (const key of ['firstCreated', 'versionCreated', 'contentCreated', 'embargoedUntil'] as const) {
    const v = item[key];
    if (v !== undefined && !DATE_TIME.test(v)) errors.push(`${key} must be an RFC 3339 date-time, got ${JSON.stringify(v)}`);
  }
  if (item.pubStatus !== undefined && !PUB_STATUS.has(item.pubStatus)) errors.push(`pubStatus must be usable, withheld or canceled, got ${item.pubStatus}`);
  if (item.urgency !== undefined && !(Number.isInteger(item.urgency) && item.urgency >= 1 && item.urgency <= 9)) errors.push(`urgency must be an integer 1-9, got ${item.urgency}`);
  for (const key of TEXT_ARRAYS) {
    const list = item[key];
    if (list !== undefined && (!Array.isArray(list) || list.some((t) => typeof t?.value !== 'string'))) errors.push(`${key} must be an array of {value: string}`);
  }
  const ext = item['x-wiredesk'];
  if (!ext || typeof ext.format !== 'string' || typeof ext.text !== 'string') errors.push('x-wiredesk must have format and text');
  return errors.length ? { ok: false, errors } : { ok: true };
}
