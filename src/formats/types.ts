import type { Item, ParseFailure } from '../item/types.ts';

/** What a format module is handed: decoded text plus the raw bytes and where they came from. */
export interface ParseInput {
  bytes: Uint8Array;
  /** The bytes decoded to a string (charset detected and converted, BOM removed). */
  text: string;
  /** File path or other origin, for error positions and the item's `source`. */
  source?: string;
}

/** One wire format: detect it, then parse it into ninjs items (and failures for parts that cannot be read). */
export interface FormatModule {
  name: string;
  /** Confidence 0..1 that the input is in this format; the highest wins. Cheap: looks at the first KB. */
  detect(input: ParseInput): number;
  parse(input: ParseInput): { items: Item[]; failures: ParseFailure[] };
}
