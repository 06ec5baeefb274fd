// The strict ninjs 3.1 view of an item: wiredesk's extension removed, nothing else changed.
import type { Item, Ninjs } from './types.ts';

export function toNinjs(item: Item): Ninjs {
  const { 'x-wiredesk': _ext, ...ninjs } = item;
  return ninjs;
}
