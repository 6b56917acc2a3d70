// @vitest-environment jsdom
// Data is text, never HTML; only http(s) sources become links, opened safely in a new tab.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DetailsPanel } from '../../../src/controls/DetailsPanel.tsx';
import { FeatureTable } from '../../../src/controls/FeatureTable.tsx';
import { safeHref } from '../../../src/controls/safeHref.ts';
import { placeIndex } from '../../../src/state/featureActors.ts';
import type { TripointFeature } from '../../../src/story/types.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOSTILE = '<img src=x onerror="window.hacked=1">';
const feature = {
  type: 'Feature',
  geometry: null,
  properties: {
    kind: 'movement',
    id: 'm1',
    name: HOSTILE,
    from: 'a',
    to: 'b',
    actor: 'RUS',
    start: '2023-07-25',
    end: '2023-07-27',
    people: ['<b>Shoigu</b>'],
    status: 'confirmed',
    note: '<script>window.hacked=2</script>',
    sources: [
      { url: 'https://example.org/a', publisher: 'Good', date: '2023-07-26' },
      { url: 'javascript:alert(1)', publisher: 'Evil', date: '2023-07-26' },
      { url: 'data:text/html,<b>x</b>', publisher: 'Data', date: '2023' },
      { url: '/relative', publisher: 'Relative', date: '2023' },
    ],
  },
} as unknown as TripointFeature;

let root: Root | null = null;
let container: HTMLElement;

function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(node));
}

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

describe('DetailsPanel', () => {
  it('renders names, people and notes as text', () => {
    render(<DetailsPanel feature={feature} places={placeIndex([])} lang="en" onClose={() => {}} />);
    expect(container.querySelector('h2')?.textContent).toBe(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<b>Shoigu</b>');
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('links only http(s) sources, in a new tab without opener or referrer', () => {
    render(<DetailsPanel feature={feature} places={placeIndex([])} lang="en" onClose={() => {}} />);
    const links = [...container.querySelectorAll('.sources a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a']);
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    // The others still show, as text.
    expect(container.querySelectorAll('.sources__item')).toHaveLength(4);
    expect(container.textContent).toContain('Evil');
  });
});

describe('FeatureTable', () => {
  it('gives every row data-kind and data-id, even collapsed', () => {
    render(<FeatureTable features={[feature]} places={placeIndex([])} lang="id" />);
    const row = container.querySelector('tbody tr');
    expect(row?.getAttribute('data-kind')).toBe('movement');
    expect(row?.getAttribute('data-id')).toBe('m1');
    expect(container.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(container.querySelector('summary')?.textContent).toBe('Tabel yang ditampilkan (1)');
  });
});

describe('safeHref', () => {
  it('accepts absolute http(s) only', () => {
    expect(safeHref('https://a.org/x')).toBe('https://a.org/x');
    expect(safeHref('http://a.org')).toBe('http://a.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '/x',
      'ftp://a.org',
      '',
      null,
      42,
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
});
