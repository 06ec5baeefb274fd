// One entry for every door: bytes in, ninjs items and failures out. Guards run first (empty, too large,
// binary, undecodable, entity bombs), then every format's detect() bids and the best parses.
// Never throws for bad input: what cannot be read comes back as a failure with a code and a position.
import type { ParseFailure, ParseResult, Position } from '../item/types.ts';
import type { FormatModule, ParseInput } from './types.ts';
import { decode, DecodeError } from './decode.ts';
import { XmlError, declaresEntities, parseXml } from './xml.ts';
import { wireText } from './wire-text.ts';
import { ninjs } from './ninjs.ts';
import { nitf } from './nitf.ts';
import { newsmlG2 } from './newsml-g2.ts';
import { newsml12 } from './newsml12.ts';
import { rss, atom } from './feeds.ts';
import { anpa1312 } from './anpa1312.ts';
import { iptc7901 } from './iptc7901.ts';
import { reutersSgml } from './reuters-sgml.ts';

export const formats: FormatModule[] = [reutersSgml, newsmlG2, newsml12, nitf, rss, atom, ninjs, anpa1312, iptc7901, wireText];

/** Larger than any wire item (a Reuters-21578 SGML file of 1,000 stories is 1.3 MB). */
export const MAX_BYTES = 20 * 1024 * 1024;

function failure(code: string, message: string, raw: Uint8Array, position: Position): ParseResult {
  return { format: 'unknown', items: [], failures: [{ code, message, raw, position }] };
}

/** Share of bytes that are control characters no text format uses (wire control codes SOH/STX/ETX etc. are fine). */
function looksBinary(bytes: Uint8Array): number {
  // UTF-16 text is half NUL bytes: with its BOM it is text, and decode() reads it.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return -1;
  const n = Math.min(bytes.length, 4096);
  let nul = -1;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 && nul < 0) nul = i;
    if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && !(b >= 1 && b <= 4) && b !== 0x1f && b !== 0x16 && b !== 0x1e && b !== 0x7f)) odd++;
  }
  if (nul >= 0) return nul;
  return odd / Math.max(n, 1) > 0.1 ? 0 : -1;
}

export function detectFormat(input: ParseInput): FormatModule | null {
  let best: FormatModule | null = null;
  let score = 0;
  for (const f of formats) {
    const s = f.detect(input);
    if (s > score) {
      score = s;
      best = f;
    }
  }
  return best;
}

export function parseBytes(bytes: Uint8Array, source?: string): ParseResult {
  const file = source;
  if (bytes.length === 0) return failure('EMPTY_INPUT', 'the input is empty (0 bytes): nothing to read', bytes, { file, byte: 0 });
  if (bytes.length > MAX_BYTES) {
    return failure(
      'TOO_LARGE',
      `the input is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit for one wire file; split it (the first 64 KB are kept here)`,
      bytes.subarray(0, 65536),
      { file, byte: MAX_BYTES },
    );
  }
  const binaryAt = looksBinary(bytes);
  if (binaryAt >= 0) return failure('BINARY_INPUT', `the input is binary, not wire text (control bytes from byte ${binaryAt}); is it an image or an archive?`, bytes, { file, byte: binaryAt });
  let text: string;
  try {
    text = decode(bytes).text;
  } catch (err) {
    if (err instanceof DecodeError) return failure('ENCODING_INVALID', err.message, bytes, { file, byte: err.byte });
    throw err;
  }
  if (/^\s*</.test(text) && declaresEntities(text)) {
    try {
      parseXml(text);
    } catch (err) {
      if (err instanceof XmlError) return failure(err.code, err.message, bytes, { file, line: err.line });
    }
  }
  const input: ParseInput = { bytes, text, source };
  const format = detectFormat(input);
  if (!format) {
    return failure(
      'UNKNOWN_FORMAT',
      'not a wire format wiredesk reads (wire text with a dateline, ANPA-1312, IPTC 7901, NITF, NewsML-G2, NewsML 1.2, ninjs, RSS, Atom, Reuters-21578 SGML)',
      bytes,
      { file, line: 1 },
    );
  }
  try {
    const { items, failures } = format.parse(input);
    for (const item of items) item.uri = asUri(item.uri);
    for (const f of failures) f.position = { file, ...f.position };
    if (items.length === 0 && failures.length === 0) {
      return { format: format.name, items, failures: [{ code: 'NO_TEXT_CONTENT', message: `a ${format.name} document with no text item in it`, raw: bytes, position: { file } }] };
    }
    return { format: format.name, items, failures };
  } catch (err) {
    return { format: format.name, items: [], failures: [toFailure(err, bytes, file, format.name)] };
  }
}

/** RFC 3986: a scheme, then only characters a URI may hold. */
const URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/**
 * ninjs wants the item's uri to be a URI; agencies' ids often are not ("AAP.115314987.5417374",
 * "20160512:RTZ:8883:0", a bare GUID). Those become a URN that keeps the id whole and stable.
 */
export function asUri(id: string): string {
  return URI.test(id) ? id : `urn:wiredesk:id:${encodeURIComponent(id)}`;
}

function toFailure(err: unknown, raw: Uint8Array, file: string | undefined, format: string): ParseFailure {
  if (err instanceof XmlError) return { code: err.code, message: err.message, raw, position: { file, line: err.line, column: err.column } };
  const e = err as { code?: string; message?: string; line?: number; index?: number };
  return {
    code: e.code ?? 'PARSE_ERROR',
    message: `${format}: ${e.message ?? String(err)}`,
    raw,
    position: { file, line: e.line, index: e.index },
  };
}
