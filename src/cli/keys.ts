// `wiredesk keys create --name N --scopes read,subscribe | list | revoke ID`
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { createKey, listKeys, parseScopes, revokeKey } from '../server/auth.ts';

export function runKeysCli(args: string[], db: Database): number {
  const [action, ...rest] = args;
  const out = (s: string) => process.stdout.write(s + '\n');
  switch (action) {
    case 'create': {
      const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, scopes: { type: 'string' } } });
      if (!values.name || !values.scopes) {
        process.stderr.write('wiredesk keys create needs --name NAME --scopes ingest,read,subscribe,admin\n');
        return 2;
      }
      const { id, key } = createKey(db, { name: values.name, scopes: parseScopes(values.scopes) });
      out(`key ${id} "${values.name}" (${values.scopes}); shown only this once:\n\n    ${key}\n`);
      return 0;
    }
    case 'list':
      for (const k of listKeys(db)) out(`${k.id}\t${k.prefix}…\t${k.name}\t${k.scopes.join(',')}\tcreated ${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}`);
      return 0;
    case 'revoke': {
      const id = Number(rest[0]);
      if (!Number.isInteger(id)) {
        process.stderr.write('wiredesk keys revoke needs the key id (see: wiredesk keys list)\n');
        return 2;
      }
      if (!revokeKey(db, id)) {
        process.stderr.write(`no active key with id ${id}\n`);
        return 1;
      }
      out(`key ${id} revoked`);
      return 0;
    }
    default:
      process.stderr.write('usage: wiredesk keys create --name NAME --scopes SCOPES | keys list | keys revoke ID\n');
      return 2;
  }
}
