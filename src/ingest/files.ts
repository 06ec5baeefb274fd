// Expands what a user typed (files, folders, globs) into the files to read, in a stable order.
import { statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';

export interface PathProblem {
  path: string;
  message: string;
}

/** Hidden files and the drop folder's own done/failed subfolders are skipped when walking a folder. */
const SKIP = /^(\.|done$|failed$)/;

export function expandPaths(args: string[]): { files: string[]; problems: PathProblem[] } {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  for (const arg of args) {
    if (/[*?[\]{}]/.test(arg)) {
      const matched = globSync(arg, { absolute: true, onlyFiles: true, dot: false }).sort();
      if (matched.length === 0) problems.push({ path: arg, message: 'the pattern matched no file' });
      files.push(...matched);
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch {
      problems.push({ path: arg, message: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) files.push(...walk(resolve(arg)));
    else files.push(resolve(arg));
  }
  return { files: [...new Set(files)], problems };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.test(entry.name)) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}
