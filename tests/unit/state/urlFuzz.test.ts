// Every hostile URL of the shared url-cases.txt (mapped to Tripoint's names), the large cases it
// asks for, and 500 seeded random queries through the pure URL state: parse never throws,
// never yields a NaN or out-of-range view, never touches Object.prototype, and
// parse∘format is stable (the URL the app writes back reads as the same state).
// The browser test (tests/browser/urlFuzz.test.ts) opens a sample of the same cases.
import { describe, expect, it } from 'vitest';
import {
  formatAppState,
  MAX_ZOOM,
  parseAppState,
  STATE_PARAMS,
} from '../../../src/state/appState.ts';
import { largeUrlCases, randomUrlCases, sharedUrlCases } from '../../browser/urlCases.ts';

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/** What the browser hands the app as location.search for this line. */
const searchOf = (query: string) => new URL(query, 'http://127.0.0.1/').search;

function checkQuery(query: string): void {
  const { state, notices } = parseAppState(searchOf(query));
  if (state.view) {
    const { lat, lng, zoom } = state.view;
    expect([lat, lng, zoom].every(Number.isFinite), query).toBe(true);
    expect(Math.abs(lat) <= 85 && zoom >= 0 && zoom <= MAX_ZOOM, query).toBe(true);
  }
  for (const notice of notices) {
    expect(typeof notice.value).toBe('string');
    expect(notice.value.length).toBeLessThanOrEqual(80);
  }
  const written = formatAppState(state);
  // No number written badly. `data` is the reader's URL, kept as given ("NaN" is a file name).
  const numbers = new URLSearchParams(written);
  numbers.delete('data');
  expect(numbers.toString(), query).not.toMatch(/NaN|Infinity|undefined/);
  // Only the app's own parameters are ever written back.
  for (const name of new URLSearchParams(written).keys()) expect(STATE_PARAMS).toContain(name);
  const reread = parseAppState(`?${written}`);
  expect(reread.state, query).toEqual(state);
  expect(reread.notices, query).toEqual([]);
  expect(formatAppState(reread.state)).toBe(written);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
}

describe('hostile URLs through parseAppState/formatAppState', () => {
  const shared = sharedUrlCases();

  it('reads the whole url-cases.txt', () => {
    expect(shared.length).toBeGreaterThan(150);
    expect(new Set(shared.map((c) => c.section)).size).toBeGreaterThan(10);
  });

  it.each(shared.map((c) => [c.line.slice(0, 80), c.query]))('%s', (_line, query) => {
    checkQuery(query);
  });

  it('the generated large cases: 2 MB of title, 10,000 parameters', () => {
    for (const query of largeUrlCases()) checkQuery(query);
  });

  it('500 seeded random queries', () => {
    for (const query of randomUrlCases(500)) checkQuery(query);
  });

  it('falls back to defaults with a notice for what it cannot read', () => {
    const { state, notices } = parseAppState(searchOf(sharedUrlCases()[0]!.query));
    expect(state.view).toBeNull(); // ?lat=NaN&lng=NaN&z=NaN
    expect(notices.map((n) => n.param)).toEqual(['view']);
  });

  // Found by this fuzz: both broke the parse∘format round trip.
  it('an empty ?data= is not a URL (it would resolve to the page itself)', () => {
    const { state, notices } = parseAppState('?data=');
    expect(state.data).toBeNull();
    expect(notices).toEqual([{ param: 'data', value: '' }]);
  });

  it('a view of -0 reads as 0', () => {
    const view = parseAppState('?view=-0,-0,-0').state.view!;
    expect([view.lat, view.lng, view.zoom].map((n) => Object.is(n, -0))).toEqual([
      false,
      false,
      false,
    ]);
  });
});
