// Bytes to text. Wire files come as UTF-8 (with or without BOM), UTF-16 with a BOM, or an 8-bit legacy
// charset (Windows-1252 / Latin-1) that older systems still send. A file that declares UTF-8 but is not
// is refused with the byte offset of the first bad sequence; an undeclared 8-bit file is read as Windows-1252.
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  charset: string;
}

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly byte: number,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) if (i + k >= n || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** The charset a document names for itself: an XML prolog, a meta tag, or a "charset=" in the first KB. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const m = head.match(/<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i) ?? head.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m?.[1].toLowerCase();
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeUtf8(bytes.subarray(3), 3), charset: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), charset: 'utf-16be' };
  const declared = declaredCharset(bytes);
  // A file that declares Latin-1 but whose bytes are valid UTF-8 with multi-byte sequences was mislabelled
  // (common in agency exports): reading it as Latin-1 would turn "Décès" into "DÃ©cÃ¨s".
  if (declared && /^(iso-?8859-1|latin-?1|windows-1252|cp1252)$/.test(declared) && hasMultibyte(bytes) && firstInvalidUtf8(bytes) < 0) {
    return { text: utf8.decode(bytes), charset: 'utf-8' };
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    const charset = /^(iso-?8859-1|latin-?1|us-ascii|ascii)$/.test(declared) ? 'windows-1252' : declared;
    return { text: iconv.decode(Buffer.from(bytes), charset), charset };
  }
  try {
    return { text: utf8.decode(bytes), charset: 'utf-8' };
  } catch {
    /* not UTF-8: a legacy 8-bit file, or a broken one */
  }
  const bad = Math.max(0, firstInvalidUtf8(bytes));
  if (declared === 'utf-8' || declared === 'utf8') {
    throw new DecodeError(`the file declares UTF-8 but byte ${bad} (0x${bytes[bad].toString(16)}) starts an invalid UTF-8 sequence; re-export it as UTF-8 or declare its real charset`, bad);
  }
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), charset: 'windows-1252' };
}

function decodeUtf8(bytes: Uint8Array, offset: number): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    throw new DecodeError(`byte ${bad + offset} starts an invalid UTF-8 sequence`, bad + offset);
  }
}

function hasMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4) return true;
  return false;
}
