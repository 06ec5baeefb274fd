// Every item wiredesk emits is valid IPTC ninjs 3.1 once its own extension is set aside (toNinjs): the items
// parsed from the wire fixtures in ../shared, the seed story, a Reuters-21578 file and the bundled sample wire,
// checked with ajv against the official 3.1 schema (JSON Schema 2020-12). test/samples checks the sample
// *files* against the schema of their own ninjs generation; this checks what the parsers make of every format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { parseBytes } from '../../src/formats/index.ts';
import { toNinjs } from '../../src/item/ninjs.ts';
import { validateItem } from '../../src/item/validate.ts';
import type { Item } from '../../src/item/types.ts';
import { expandPaths } from '../../src/ingest/files.ts';
import { SAMPLES_DIR, isWireFile } from '../../src/server/desk.ts';
import { shared } from '../shared.ts';
import { SKIP_FIXTURES, fixtureFiles, parseFixture } from '../formats/corpus.ts';

const SCHEMA = shared('formats/ninjs/schema/ninjs-schema_3.1.json');
const SEED = shared('corpus/seed/afp-baghdad-2024-01-27.txt');
const REUTERS = shared('data/reuters21578/reut2-000.sgm');
const skipSchema = existsSync(SCHEMA) ? false : `${SCHEMA} not found (set WIREDESK_SHARED to the shared folder)`;

function compileSchema() {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { $schema: string };
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', 'ninjs 3.1 is a 2020-12 schema: Ajv2020 reads it');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  formatsModule.default(ajv); // a CommonJS module: its plugin is the default export's default
  // Place geometry refers to GeoJSON's own schema; wiredesk emits no geometry.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
  return ajv.compile(schema);
}

/** Checks each item; returns how many were checked. Errors name the item and the first schema complaints. */
function assertValid(items: Array<{ item: Item; where: string }>): number {
  const validate = compileSchema();
  const invalid: string[] = [];
  for (const { item, where } of items) {
    const ninjs = toNinjs(item);
    assert.ok(!('x-wiredesk' in ninjs), `${where}: the extension is set aside`);
    if (!validate(ninjs)) invalid.push(`${where} (${item.uri}): ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    const own = validateItem(item);
    if (!own.ok) invalid.push(`${where} (${item.uri}): wiredesk's own check: ${own.errors.join('; ')}`);
  }
  assert.deepEqual(invalid, []);
  return items.length;
}

test('items parsed from every wire fixture in ../shared are valid ninjs 3.1', { skip: skipSchema || SKIP_FIXTURES }, () => {
  const items = fixtureFiles().flatMap((file) => parseFixture(file).items.map((item, i) => ({ item, where: `${file} #${i}` })));
  assert.ok(assertValid(items) >= 100, `${items.length} items`);
});

test('the seed story and a Reuters-21578 file (1,000 items) are valid ninjs 3.1', { skip: skipSchema || (!existsSync(SEED) && `${SEED} not found`) || (!existsSync(REUTERS) && `${REUTERS} not found`) }, () => {
  const items = [SEED, REUTERS].flatMap((file) => parseBytes(readFileSync(file), file).items.map((item, i) => ({ item, where: `${relative(shared(), file)} #${i}` })));
  assert.equal(assertValid(items), 1001);
});

test('every item of the bundled sample wire is valid ninjs 3.1', { skip: skipSchema }, () => {
  const files = expandPaths([SAMPLES_DIR]).files.filter(isWireFile);
  const items = files.flatMap((file) => parseBytes(readFileSync(file), file).items.map((item, i) => ({ item, where: `${relative(SAMPLES_DIR, file)} #${i}` })));
  assert.ok(assertValid(items) >= 45, `${items.length} sample items`);
});
