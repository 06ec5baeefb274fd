// Where the shared corpora live: ../shared beside the checkout (override with WIREDESK_SHARED).
// Tests that read them skip, saying why, on a checkout that has no ../shared.
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.WIREDESK_SHARED ?? resolve(REPO, '../shared');
export const shared = (...parts: string[]) => resolve(SHARED, ...parts);

/** For a test's `skip` option: false when the shared path is there, else the reason to skip. */
export function needsShared(...parts: string[]): false | string {
  const p = shared(...parts);
  return existsSync(p) ? false : `needs ${p} (the shared corpora; set WIREDESK_SHARED to their folder)`;
}
