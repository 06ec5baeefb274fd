// The wire fixtures in ../shared that the format tests read: real agency copy in every format
// (corpus/formats) and the IPTC ninjs examples. Each file is parsed once and shared between test files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseBytes } from '../../src/formats/index.ts';
import type { ParseResult } from '../../src/item/types.ts';
import { SHARED, shared } from '../shared.ts';

export const FIXTURE_DIRS = ['corpus/formats', 'formats/ninjs/examples'];

const missing = FIXTURE_DIRS.map((d) => shared(d)).filter((d) => !existsSync(d));
/** A reason to skip, or false when every fixture folder is there. */
export const SKIP_FIXTURES: string | false = missing.length ? `no wire fixtures at ${missing.join(', ')} (set WIREDESK_SHARED to the shared folder)` : false;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Every fixture file, as a path under ../shared; the folders' own notes (PROVENANCE.md) are not wire copy. */
export function fixtureFiles(): string[] {
  if (SKIP_FIXTURES) return [];
  return FIXTURE_DIRS.flatMap((d) => walk(shared(d)))
    .filter((p) => !p.endsWith('.md'))
    .map((p) => relative(SHARED, p));
}

const parsed = new Map<string, ParseResult>();

/** parseBytes on a fixture, with its absolute path as the source (what a door would pass). */
export function parseFixture(rel: string): ParseResult {
  let result = parsed.get(rel);
  if (!result) {
    result = parseBytes(readFileSync(shared(rel)), shared(rel));
    parsed.set(rel, result);
  }
  return result;
}
