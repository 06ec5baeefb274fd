// The seed story keeps the scores extraction reached when issue 3 closed: the extractor runs over every gold
// file in ../shared/eval/gold and ../shared/eval/score.mjs scores it. Raise a floor when a change beats it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractRecord } from '../../src/extract/pipeline.ts';
import { shared } from '../shared.ts';

const GOLD = shared('eval/gold');
const SCORER = shared('eval/score.mjs');
const absent = !existsSync(GOLD) || !existsSync(SCORER) ? `no gold or scorer under ${shared('eval')} (set WIREDESK_SHARED)` : false;

/** F1 floors per metric: what the extractor scores on the seed now. */
const FLOORS: Record<string, number> = {
  'timex.extent.strict': 1,
  'timex.value': 1,
  'timex.type': 1,
  'entity.span+type': 0.953,
  'entity.alias.b3': 1,
  'quote.span': 1,
  'quote.span+speaker': 1,
  'quantity.value+unit': 1,
  'dateline.place': 1,
  'dateline.date': 1,
  'dateline.sources': 1,
};

test('seed gold scores do not drop', { skip: absent }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'wd-seed-'));
  try {
    for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.jsonl'))) {
      const gold = join(GOLD, file);
      const docs = readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; dct?: string });
      const predicted = join(tmp, file);
      writeFileSync(predicted, docs.map((d) => JSON.stringify(extractRecord(d))).join('\n') + '\n');
      const out = execFileSync(process.execPath, [SCORER, gold, predicted], { encoding: 'utf8' });
      const summary = JSON.parse(out.trim().split('\n').pop()!) as Record<string, { f1: number }>;
      for (const [metric, floor] of Object.entries(FLOORS)) {
        assert.ok(summary[metric], `${file}: score.mjs reports ${metric}`);
        assert.ok(summary[metric].f1 >= floor - 1e-9, `${file}: ${metric} F1 ${summary[metric].f1.toFixed(3)} fell below ${floor}`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true });
  }
});
