import { describe, expect, it } from 'vitest';
import { formatSourcesLine, summarizeSources } from '../../../src/export/sourcesLine.ts';
import type { TripointFeature } from '../../../src/story/types.ts';

function event(id: string, publishers: string[]): TripointFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: {
      kind: 'event',
      id,
      name: id,
      date: '2023-07-27',
      place: 'p',
      status: 'confirmed',
      sources: publishers.map((publisher, i) => ({
        url: `https://example.org/${id}/${i}`,
        publisher,
        date: '2023-07-27',
      })),
    },
  };
}

describe('summarizeSources', () => {
  it('names the most-cited publishers first, ties alphabetically, and counts the rest', () => {
    const features = [
      event('a', ['Yonhap', 'KBS World']),
      event('b', ['Yonhap', 'EFE']),
      event('c', ['Yonhap', 'KBS World', 'AFP']),
      event('d', ['NK News', 'Reuters']),
    ];
    expect(summarizeSources(features, 3)).toEqual({
      named: ['Yonhap', 'KBS World', 'AFP'],
      more: 3,
    });
  });

  it('counts a publisher once per feature however many of its pages are cited', () => {
    const features = [
      event('a', ['EFE', 'EFE', 'EFE']),
      event('b', ['Yonhap']),
      event('c', ['Yonhap']),
    ];
    expect(summarizeSources(features).named).toEqual(['Yonhap', 'EFE']);
  });
});

describe('formatSourcesLine', () => {
  it('ends with the basemap and its border policy', () => {
    const line = formatSourcesLine(
      summarizeSources([event('a', ['Yonhap', 'KBS World', 'EFE'])], 2),
      'en',
    );
    expect(line).toBe(
      'Sources: EFE, KBS World and 1 more · Basemap: Natural Earth, de facto boundaries',
    );
  });

  it('says so when nothing shown has a source, and speaks Indonesian', () => {
    expect(formatSourcesLine({ named: [], more: 0 }, 'id')).toBe(
      'Sumber: tanpa sumber · Peta dasar: Natural Earth, de facto boundaries',
    );
  });
});
