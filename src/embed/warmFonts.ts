// Starts downloading the font slices the map's labels need as soon as the story is known.
// Otherwise the browser discovers them one by one as labels lay out (Latin, then Cyrillic, then
// Korean and Chinese), and `ready` waits on that chain: ~0.3 s of the embed's first load.

const FAMILIES = ['Noto Sans', 'Noto Sans KR', 'Noto Sans SC'];
const WEIGHTS = [400, 600];

interface Named {
  properties?: { name?: unknown; names?: unknown } | null;
}

/** Every name and local name in the features: the text of the map's labels. */
export function labelText(features: readonly Named[]): string {
  const parts: string[] = [];
  for (const feature of features) {
    const { name, names } = feature.properties ?? {};
    if (typeof name === 'string') parts.push(name);
    if (names && typeof names === 'object') {
      for (const local of Object.values(names)) if (typeof local === 'string') parts.push(local);
    }
  }
  return [...new Set(parts.join(' '))].join('');
}

export function warmFonts(
  features: readonly Named[],
  fonts: FontFaceSet | undefined = document.fonts,
): void {
  const text = labelText(features);
  if (!fonts || text === '') return;
  for (const family of FAMILIES) {
    for (const weight of WEIGHTS) {
      // A failed load only means the label falls back to another font: nothing to report.
      fonts.load(`${weight} 13px "${family}"`, text).catch(() => undefined);
    }
  }
}
