// @vitest-environment jsdom
// The table lists every visible feature up to MAX_TABLE_ROWS, then says how many more there are.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FeatureTable, MAX_TABLE_ROWS } from '../../../src/controls/FeatureTable.tsx';
import type { TripointFeature } from '../../../src/story/types.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const places = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [i % 180, 0] },
        properties: { kind: 'place', id: `p${i}`, name: `Place ${i}`, country: 'KOR' },
      }) as TripointFeature,
  );

let root: Root | null = null;
let host: HTMLElement | null = null;

function render(features: TripointFeature[]): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<FeatureTable features={features} places={new Map()} lang="en" />));
  return host;
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = host = null;
});

describe('FeatureTable', () => {
  it('lists every feature of a story that fits', () => {
    const table = render(places(3));
    expect(table.querySelectorAll('tbody tr[data-kind][data-id]')).toHaveLength(3);
    expect(table.querySelector('tfoot')).toBeNull();
  });

  it('lists the first MAX_TABLE_ROWS and says how many more', () => {
    const table = render(places(MAX_TABLE_ROWS + 1234));
    const rows = table.querySelectorAll('tbody tr[data-kind][data-id]');
    expect(rows).toHaveLength(MAX_TABLE_ROWS);
    expect(rows[0]!.getAttribute('data-id')).toBe('p0');
    expect(table.querySelector('tfoot')!.textContent).toContain('1,234 more');
    expect(table.querySelector('summary')!.textContent).toContain(String(MAX_TABLE_ROWS + 1234));
  });
});
