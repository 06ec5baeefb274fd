// The drop folder, as agencies deliver by FTP: each file is read once, then moved to done/ (read) or failed/
// (nothing readable; the reason is written beside it). A file still growing is left until its size holds still.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import type { Ingestor } from './ingestor.ts';

export interface DropFolderWatcher {
  /** One pass over the folder (the timer calls it; tests call it directly). Returns the files handled. */
  scan(): string[];
  stop(): void;
}

export function watchDropFolder(dir: string, ingestor: Ingestor, log: (line: string) => void, everyMs = 1000): DropFolderWatcher {
  const done = join(dir, 'done');
  const failed = join(dir, 'failed');
  mkdirSync(done, { recursive: true });
  mkdirSync(failed, { recursive: true });
  const lastSize = new Map<string, number>();

  function scan(): string[] {
    const handled: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const size = statSync(path).size;
      if (lastSize.get(path) !== size) {
        lastSize.set(path, size); // seen for the first time or still growing: wait for the next pass
        continue;
      }
      lastSize.delete(path);
      const report = ingestor.ingestBytes(readFileSync(path), path);
      const ok = report.items.length > 0 || report.failures.length === 0;
      const target = uniquePath(ok ? done : failed, entry.name);
      renameSync(path, target);
      if (!ok) writeFileSync(target + '.error.txt', report.failures.map((f) => `${f.code}: ${f.message}`).join('\n') + '\n');
      log(`${entry.name}: ${report.items.length} items, ${report.failures.length} quarantined → ${ok ? 'done' : 'failed'}/`);
      handled.push(path);
    }
    return handled;
  }

  const timer = setInterval(() => {
    try {
      scan();
    } catch (err) {
      log(`scan failed: ${(err as Error).message}`);
    }
  }, everyMs);
  timer.unref();
  return { scan, stop: () => clearInterval(timer) };
}

/** Never overwrite an earlier delivery of the same name in done/ or failed/. */
function uniquePath(dir: string, name: string): string {
  let target = join(dir, name);
  for (let n = 1; existsSync(target); n++) target = join(dir, `${basename(name)}.${n}`);
  return target;
}
