// The `wiredesk` command: serve, ingest, extract, keys, quarantine. Flags win over environment, environment over defaults.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { runIngest } from './ingest.ts';
import { runServe } from './serve.ts';

const HELP = `wiredesk — a self-hosted newswire desk

Usage:
  wiredesk serve [--port 8080] [--host 127.0.0.1] [--data ./data] [--sample] [--watch DIR] [--poll URL ...] [--poll-every 60]
  wiredesk ingest PATH... [--data ./data] [--no-extract] [--json]
  wiredesk extract --jsonl < records.jsonl > extractions.jsonl
  wiredesk keys create --name NAME --scopes read,subscribe | keys list | keys revoke ID   [--data ./data]
  wiredesk quarantine [--data ./data] [--limit 50]

Environment: PORT, HOST, WIREDESK_DATA (flags win).
`;

function dataDir(flag: string | undefined): string {
  return resolve(flag ?? process.env.WIREDESK_DATA ?? './data');
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({
        args: rest,
        options: {
          port: { type: 'string' },
          host: { type: 'string' },
          data: { type: 'string' },
          sample: { type: 'boolean', default: false },
          watch: { type: 'string' },
          poll: { type: 'string', multiple: true },
          'poll-every': { type: 'string' },
        },
      });
      const port = Number(values.port ?? process.env.PORT ?? 8080);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`--port must be a port number 0-65535; got "${values.port ?? process.env.PORT}"`);
      return runServe({
        port,
        host: values.host ?? process.env.HOST ?? '127.0.0.1',
        dataDir: dataDir(values.data),
        loadSamples: values.sample,
        watch: values.watch,
        poll: values.poll ?? [],
        pollEverySeconds: Number(values['poll-every'] ?? 60),
      });
    }
    case 'ingest': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { data: { type: 'string' }, 'no-extract': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
      });
      if (positionals.length === 0) return fail('ingest needs at least one file, folder or glob: wiredesk ingest samples/');
      return runIngest(positionals, { dataDir: dataDir(values.data), extract: !values['no-extract'], json: values.json });
    }
    case 'extract': {
      const { values } = parseArgs({ args: rest, options: { jsonl: { type: 'boolean', default: false } } });
      if (!values.jsonl) return fail('extract reads JSON Lines: wiredesk extract --jsonl < in.jsonl > out.jsonl');
      const { runExtractCli } = await import('./extract.ts');
      const r = await runExtractCli(process.stdin, process.stdout);
      process.stderr.write(`extract: ${r.read} read, ${r.written} written, ${r.errors} errors\n`);
      return r.errors > 0 && r.written === 0 ? 1 : 0;
    }
    case 'keys': {
      const { values } = parseArgs({ args: rest, allowPositionals: true, strict: false, options: { data: { type: 'string' } } });
      const { SqliteStore } = await import('../store/sqlite/store.ts');
      const { runKeysCli } = await import('./keys.ts');
      const store = new SqliteStore(resolve(dataDir(values.data as string | undefined), 'wiredesk.db'));
      try {
        return runKeysCli(rest.filter((a, i) => !(a === '--data' || rest[i - 1] === '--data')), store.db);
      } finally {
        store.close();
      }
    }
    case 'quarantine': {
      const { values } = parseArgs({ args: rest, options: { data: { type: 'string' }, limit: { type: 'string' } } });
      const { SqliteStore } = await import('../store/sqlite/store.ts');
      const store = new SqliteStore(resolve(dataDir(values.data), 'wiredesk.db'));
      for (const e of store.listQuarantine(Number(values.limit ?? 50))) {
        const where = e.position ? Object.entries(e.position).map(([k, v]) => `${k} ${v}`).join(', ') : '';
        process.stdout.write(`#${e.id} ${e.code} ${e.source}${where ? ` (${where})` : ''}: ${e.message}\n`);
      }
      store.close();
      return 0;
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(HELP);
      return 0;
    default:
      return fail(`unknown command "${command}"\n\n${HELP}`);
  }
}

function fail(message: string): number {
  process.stderr.write(`wiredesk: ${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (err: unknown) => {
    const e = err as { code?: string; message?: string };
    process.stderr.write(`wiredesk: ${e.code ? e.code + ': ' : ''}${e.message ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
