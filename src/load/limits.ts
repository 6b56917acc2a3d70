// What a user's file may hold. Each limit has its own message so a reader knows which
// one they hit; the numbers follow the test material's proposals, tuned for a browser tab.
export const LIMITS = {
  /** Checked before reading when the size is known (File.size, Content-Length). */
  maxBytes: 50 * 1024 * 1024,
  maxFeatures: 100_000,
  /** Positions across all geometries. */
  maxPositions: 2_000_000,
  /** Arrays inside `coordinates`: a MultiPolygon needs 4, so 4 it is. */
  maxCoordinateDepth: 4,
  /** Objects/arrays nested inside one feature's `properties`. */
  maxPropertyDepth: 32,
  /** Longest string anywhere in the file (a name, a note, a URL). */
  maxStringChars: 100_000,
  /** Nesting anywhere outside coordinates and properties (foreign members). */
  maxOtherDepth: 64,
  /** Refusal lists show this many problems and count the rest. */
  maxListedProblems: 50,
  /** A feature with more keys than this loads, but its details list only the first ones. */
  maxShownPropertyKeys: 200,
  /** Files larger than this are parsed in a Web Worker so the page stays responsive. */
  workerThresholdBytes: 1024 * 1024,
} as const;

export type Limits = { readonly [K in keyof typeof LIMITS]: number };

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
