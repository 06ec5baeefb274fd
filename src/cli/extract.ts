// `wiredesk extract --jsonl`: records {id, text, dct?} in, extraction records out, one per line.
// A bad line is reported on stderr with its line number and skipped; the rest go on.
import { createInterface } from 'node:readline';
import { extractRecord } from '../extract/pipeline.ts';

export async function runExtractCli(stdin: NodeJS.ReadableStream, stdout: NodeJS.WritableStream): Promise<{ read: number; written: number; errors: number }> {
  const counts = { read: 0, written: 0, errors: 0 };
  let line = 0;
  for await (const raw of createInterface({ input: stdin, crlfDelay: Infinity })) {
    line++;
    if (!raw.trim()) continue;
    counts.read++;
    let rec: { id?: unknown; text?: unknown; dct?: unknown };
    try {
      rec = JSON.parse(raw);
    } catch (err) {
      counts.errors++;
      process.stderr.write(`line ${line}: BAD_RECORD: not JSON (${(err as Error).message})\n`);
      continue;
    }
    if (typeof rec.text !== 'string') {
      counts.errors++;
      process.stderr.write(`line ${line}: BAD_RECORD: a record needs "text" (a string)${rec.id ? ` (id ${String(rec.id)})` : ''}\n`);
      continue;
    }
    const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : `line-${line}`;
    const record = extractRecord({ id, text: rec.text, dct: typeof rec.dct === 'string' ? rec.dct : undefined });
    // The record is written all the same; what went wrong reading it is said where it can be found.
    for (const e of record.errors ?? []) process.stderr.write(`line ${line}: WARNING (id ${id}): ${e}\n`);
    stdout.write(JSON.stringify(record) + '\n');
    counts.written++;
  }
  return counts;
}
