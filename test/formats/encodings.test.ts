// Charsets as wire files arrive: UTF-8 with or without a BOM, UTF-16 with a BOM, Windows-1252 / Latin-1 undeclared
// or declared, a Latin-1 label on UTF-8 bytes, and a UTF-8 label on bytes that are not UTF-8. Small buffers
// built here, byte by byte where the byte is the point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBytes } from '../../src/formats/index.ts';
import { decode } from '../../src/formats/decode.ts';
import type { Item } from '../../src/item/types.ts';

const BOM = [0xef, 0xbb, 0xbf];
const WIRE = 'MÜNCHEN, Oct 5, 2026 (dpa) - Die Straße nach Garmisch bleibt gesperrt, sagte ein Sprecher.\n';

/** A string whose characters are all below U+0100, as Latin-1 bytes (one byte a character). */
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Array<Uint8Array | number[]>) => new Uint8Array(parts.flatMap((p) => [...p]));

function one(bytes: Uint8Array): Item {
  const result = parseBytes(bytes, 'test');
  assert.deepEqual(result.failures.map((f) => `${f.code}: ${f.message}`), []);
  assert.equal(result.items.length, 1);
  return result.items[0];
}

test('UTF-8 with and without a BOM read the same item; the BOM is not text', () => {
  const plain = one(utf8(WIRE));
  const withBom = one(concat(BOM, utf8(WIRE)));
  assert.ok(plain['x-wiredesk'].text.includes('Die Straße nach Garmisch'));
  assert.equal(plain['x-wiredesk'].dateline?.place, 'München');
  assert.equal(withBom['x-wiredesk'].text, plain['x-wiredesk'].text);
  assert.equal(withBom.uri, plain.uri, 'the content hash does not see the BOM');
  assert.ok(!withBom['x-wiredesk'].text.includes('\uFEFF'));
  assert.equal(decode(concat(BOM, utf8('x'))).charset, 'utf-8');
});

test('a BOM before JSON and before an XML prolog: still detected and parsed', () => {
  const json = one(concat(BOM, utf8('{"uri":"urn:test:bom","headline":"Über den Wolken","body_text":"Text."}')));
  assert.equal(json.headlines?.[0]?.value, 'Über den Wolken');
  const xml = one(concat(BOM, utf8('<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Überflutung</title></head><body><body.content><p>Text.</p></body.content></body></nitf>')));
  assert.equal(xml.headlines?.[0]?.value, 'Überflutung');
});

test('UTF-16 LE with a BOM', () => {
  const bytes = concat([0xff, 0xfe], new Uint8Array(Buffer.from(WIRE, 'utf16le')));
  assert.ok(one(bytes)['x-wiredesk'].text.includes('Die Straße'));
});

test('undeclared Windows-1252: curly quotes, euro sign and accents from their single bytes', () => {
  // 0x93/0x94 are “ ” and 0x80 is € in Windows-1252 (C1 controls in Latin-1); 0xE9 is é in both.
  const bytes = concat(latin1('PARIS, Oct 5, 2026 (AFP) - '), [0x93], latin1('Nous avons sign'), [0xe9], [0x94], latin1(', a dit le ministre, pour 40 millions '), [0x80], latin1('.\n'));
  const item = one(bytes);
  assert.ok(item['x-wiredesk'].text.includes('“Nous avons signé”, a dit le ministre, pour 40 millions €.'));
  assert.equal(decode(bytes).charset, 'windows-1252');
});

test('declared ISO-8859-1 and windows-1252 XML: bytes converted as declared', () => {
  for (const charset of ['ISO-8859-1', 'windows-1252']) {
    const xml = `<?xml version="1.0" encoding="${charset}"?><nitf><head><title>K\u00f8benhavn havn</title></head><body><body.content><p>S\u00f8ren \u00d8deg\u00e5rd sagde det.</p></body.content></body></nitf>`;
    const item = one(latin1(xml));
    assert.equal(item.headlines?.[0]?.value, 'København havn', charset);
    assert.ok(item['x-wiredesk'].text.includes('Søren Ødegård'), charset);
  }
});

test('a Latin-1 label on bytes that are valid UTF-8 is a mislabel: read as UTF-8, no mojibake', () => {
  const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><nitf><head><title>Décès à Strasbourg</title></head><body><body.content><p>Texte.</p></body.content></body></nitf>';
  assert.equal(one(utf8(xml)).headlines?.[0]?.value, 'Décès à Strasbourg');
});

test('a UTF-8 label on bytes that are not UTF-8: ENCODING_INVALID at the first bad byte', () => {
  const head = utf8('<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Caf');
  const result = parseBytes(concat(head, [0xe9], utf8(' noir</title></head></nitf>')), 'cafe.xml');
  assert.equal(result.items.length, 0);
  assert.equal(result.failures.length, 1);
  const [failure] = result.failures;
  assert.equal(failure.code, 'ENCODING_INVALID');
  assert.deepEqual(failure.position, { file: 'cafe.xml', byte: head.length });
  assert.match(failure.message, new RegExp(`declares UTF-8 but byte ${head.length} \\(0xe9\\)`));
});

test('after a BOM, an invalid UTF-8 byte is reported at its offset in the file', () => {
  const result = parseBytes(concat(BOM, utf8('PARIS, Oct 5, 2026 (AFP) - Caf'), [0xe9, 0x20], utf8('noir.\n')), 'bom.txt');
  assert.equal(result.failures[0]?.code, 'ENCODING_INVALID');
  assert.equal(result.failures[0]?.position?.byte, 3 + 'PARIS, Oct 5, 2026 (AFP) - Caf'.length);
});
