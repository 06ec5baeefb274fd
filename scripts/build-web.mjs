#!/usr/bin/env node
// Builds the desk (web/) into web/dist with Vite, unless web/dist is already newer than every source file.
import { build } from 'vite';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    if (e.name === 'dist' || e.name === 'node_modules') return t;
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const built = join(web, 'dist', 'index.html');
if (existsSync(built) && statSync(built).mtimeMs >= newest(web)) process.exit(0);
await build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
console.log('desk built into web/dist');
