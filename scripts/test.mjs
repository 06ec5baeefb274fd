#!/usr/bin/env node
// The test command: the desk's unit tests under Vitest, then every test/**/*.test.ts under node's own test
// runner (through tsx), the desk's browser tests among them. Exits non-zero when anything fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function find(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const only = process.argv.slice(2);
// The desk's unit tests (web/src/**/*.test.ts) run under Vitest first, so node's summary closes the output.
const unit = only.length ? { status: 0 } : spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'web/vite.config.ts'], { stdio: 'inherit' });
const files = only.length ? only : find('test');
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(unit.status !== 0 ? 1 : (run.status ?? 1));
