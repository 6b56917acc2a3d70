// Starts downloading the font slices the map's labels need as soon as the story is known.
// Otherwise the browser discovers them one after another as labels lay out (Latin, then
// Cyrillic, then Korean and Chinese), and `ready` waits on that chain. Each character goes to
// the first family of the font stack with a slice covering it — as the browser's own fallback
// does — so no slice is fetched that the labels won't use.

/** The families of app.css's --font, in order. */
const FONT_STACK = ['Noto Sans', 'Noto Sans KR', 'Noto Sans SC'];

export interface FaceLike {
  family: string;
  weight: string;
  unicodeRange: string;
  load(): Promise<unknown>;
}

interface PlaceLike {
  properties?: { kind?: unknown; name?: unknown; names?: unknown; local?: unknown } | null;
}

/** The places' label lines, as PlacesLayer draws them: the name (600) and the local name (400). */
export function labelLines(features: readonly PlaceLike[]): { bold: string; regular: string } {
  let bold = '';
  let regular = '';
  for (const feature of features) {
    const p = feature.properties;
    if (p?.kind !== 'place') continue;
    if (typeof p.name === 'string') bold += p.name;
    const names = p.names as Record<string, unknown> | undefined;
    const local = typeof p.local === 'string' ? names?.[p.local] : undefined;
    if (typeof local === 'string') regular += local;
  }
  return { bold, regular };
}

function covers(unicodeRange: string, point: number): boolean {
  return unicodeRange.split(',').some((part) => {
    const [start = '', end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return point >= parseInt(start, 16) && point <= parseInt(end, 16);
  });
}

/** For each character, the slice of the first family in the stack that covers it. */
export function facesFor(text: string, weight: number, faces: readonly FaceLike[]): Set<FaceLike> {
  const chosen = new Set<FaceLike>();
  for (const char of new Set(text)) {
    if (char.trim() === '') continue;
    const point = char.codePointAt(0)!;
    for (const family of FONT_STACK) {
      const ofFamily = faces.filter((face) => face.family.replace(/["']/g, '') === family);
      // Families without this weight (KR and SC ship 400 only) are synthesised from another.
      const weighted = ofFamily.filter((face) => face.weight === String(weight));
      const face = (weighted.length > 0 ? weighted : ofFamily).find((f) =>
        covers(f.unicodeRange, point),
      );
      if (face) {
        chosen.add(face);
        break;
      }
    }
  }
  return chosen;
}

export function warmFonts(
  features: readonly PlaceLike[],
  fonts: Iterable<FaceLike> | undefined = document.fonts,
) {
  if (!fonts) return;
  const faces = [...fonts];
  const { bold, regular } = labelLines(features);
  for (const face of [...facesFor(bold, 600, faces), ...facesFor(regular, 400, faces)]) {
    // A failed load only means the label falls back to another font: nothing to report.
    face.load().catch(() => undefined);
  }
}
