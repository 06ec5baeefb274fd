// Where the shared corpora live: ../shared beside the checkout (override with WIREDESK_SHARED).
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.WIREDESK_SHARED ?? resolve(REPO, '../shared');
export const shared = (...parts: string[]) => resolve(SHARED, ...parts);
