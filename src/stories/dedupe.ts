// Near-duplicates: a republished copy (BSS of AFP), a later take, a write-thru, a lightly edited copy.
// Word 3-shingles of the body → a MinHash signature; LSH bands of that signature are kept in SQLite
// (minhash_bands), so finding an item's near-duplicates is a few index lookups, never a scan of the store.
import type { Database, Statement } from 'better-sqlite3';

export const SHINGLE_WORDS = 3;
export const BANDS = 20;
export const ROWS = 3; // hashes per band: P(candidate) = 1 - (1 - J^3)^20, 0.93 at J = 0.5, 0.99 at J = 0.6
export const HASHES = BANDS * ROWS;
/** Estimated Jaccard at or above which two items are the same copy. */
export const DUPLICATE_JACCARD = 0.5;
/** ... or the shorter one's shingles are this much inside the longer one (a take inside its write-thru). */
export const DUPLICATE_CONTAINMENT = 0.8;
/** Most items read back from one LSH bucket: boilerplate shared by thousands of items cannot blow up a lookup. */
const BUCKET_LIMIT = 50;

// Fixed seeds: the same text gives the same signature in every process.
const SEEDS = new Uint32Array(HASHES);
{
  let s = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6a09e667) >>> 0;
    SEEDS[i] = s;
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the body's word 3-shingles (lower-cased letters and digits only: punctuation and wrapping don't count). */
export function shingles(body: string): Set<number> {
  const words = body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

export function minhash(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < HASHES; i++) {
      const h = fmix32(x ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig[b * ROWS + r]);
    keys.push(b * 2 ** 32 + h); // band in the high bits: a bucket of one band never meets another band's
  }
  return keys;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** How much of the smaller set lies in the larger, from the Jaccard estimate and both sizes. */
export function containment(jaccard: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return 0;
  // |A ∩ B| = J (|A| + |B|) / (1 + J)
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / small);
}

export interface Fingerprint {
  signature: Uint32Array;
  size: number;
}

export function fingerprint(body: string): Fingerprint {
  const set = shingles(body);
  return { signature: minhash(set), size: set.size };
}

export function isNearDuplicate(a: Fingerprint, b: Fingerprint): { duplicate: boolean; jaccard: number; containment: number } {
  const j = estimatedJaccard(a.signature, b.signature);
  const c = containment(j, a.size, b.size);
  // Containment only counts when the smaller copy is substantial: two one-line flashes are not one story's copy.
  const duplicate = j >= DUPLICATE_JACCARD || (c >= DUPLICATE_CONTAINMENT && Math.min(a.size, b.size) >= 30);
  return { duplicate, jaccard: j, containment: c };
}

export interface DuplicateMatch {
  itemId: string;
  storyRowid: number;
  member: number; // its story_items rowid
  jaccard: number;
  containment: number;
}

/** The LSH index over story_items' signatures. */
export class DuplicateIndex {
  private readonly stmt: {
    bucket: Statement<[number, number], { member: number }>;
    member: Statement<[number], { item_id: string; story_rowid: number; shingles: number; signature: Buffer | null }>;
    addBand: Statement<[number, number]>;
  };

  constructor(db: Database) {
    this.stmt = {
      bucket: db.prepare(`SELECT member FROM minhash_bands WHERE band_key = ? ORDER BY member DESC LIMIT ?`),
      member: db.prepare(`SELECT item_id, story_rowid, shingles, signature FROM story_items WHERE rowid = ?`),
      addBand: db.prepare(`INSERT OR IGNORE INTO minhash_bands (band_key, member) VALUES (?, ?)`),
    };
  }

  /** The closest near-duplicate already indexed, if any (ties: the earliest indexed, so the answer is stable). */
  find(fp: Fingerprint, exceptItemId?: string): DuplicateMatch | undefined {
    if (fp.size === 0) return undefined;
    const seen = new Set<number>();
    let best: DuplicateMatch | undefined;
    for (const key of bandKeys(fp.signature)) {
      for (const { member } of this.stmt.bucket.all(key, BUCKET_LIMIT)) {
        if (seen.has(member)) continue;
        seen.add(member);
        const row = this.stmt.member.get(member);
        if (!row?.signature || row.item_id === exceptItemId) continue;
        const other: Fingerprint = { signature: toSignature(row.signature), size: row.shingles };
        const m = isNearDuplicate(fp, other);
        if (!m.duplicate) continue;
        const better =
          !best ||
          m.jaccard > best.jaccard ||
          (m.jaccard === best.jaccard && (m.containment > best.containment || (m.containment === best.containment && member < best.member)));
        if (better) best = { itemId: row.item_id, storyRowid: row.story_rowid, member, jaccard: m.jaccard, containment: m.containment };
      }
    }
    return best;
  }

  add(memberRowid: number, fp: Fingerprint): void {
    if (fp.size === 0) return;
    for (const key of bandKeys(fp.signature)) this.stmt.addBand.run(key, memberRowid);
  }
}

export const signatureBlob = (sig: Uint32Array): Buffer => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
export const toSignature = (blob: Buffer): Uint32Array => new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
