// Headless Chromium for the desk's browser tests and the first-render bench (Debian's chromium, never a download).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO } from '../shared.ts';

export const CHROMIUM = process.env.WIREDESK_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The server serves web/dist only if it exists when it starts: build it first (a no-op when it is fresh). */
export function buildDesk(): void {
  const run = spawnSync(process.execPath, [join(REPO, 'scripts/build-web.mjs')], { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run build:web failed:\n${run.stdout}\n${run.stderr}`);
}

export const SCREENSHOTS = join(REPO, 'test-output/screenshots');
