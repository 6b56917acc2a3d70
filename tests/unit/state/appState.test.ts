import { describe, expect, it } from 'vitest';
import {
  defaultState,
  formatAppState,
  parseAppState,
  parseView,
  resolveTradePeriod,
} from '../../../src/state/appState.ts';

describe('parseAppState', () => {
  it('reads every parameter of the URL contract', () => {
    const { state, notices } = parseAppState(
      '?story=victory-day-2023&layers=place,movement&actors=chn,PRK&from=2023-07-25&to=2023-07-28' +
        '&period=2023-06&lang=id&theme=dark&mode=embed&title=0&view=39.03,125.75,6&select=mv-1',
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      story: 'victory-day-2023',
      layers: ['place', 'movement'],
      actors: ['CHN', 'PRK'],
      from: '2023-07-25',
      to: '2023-07-28',
      period: '2023-06',
      lang: 'id',
      theme: 'dark',
      mode: 'embed',
      title: false,
      view: { lat: 39.03, lng: 125.75, zoom: 6 },
      select: 'mv-1',
    });
  });

  it('ignores invalid values with a notice and keeps the defaults', () => {
    const { state, notices } = parseAppState(
      '?layers=place,bogus&from=2023-02-30&view=NaN,1,2&mode=<script>',
    );
    expect(state.layers).toEqual(defaultState().layers);
    expect(state.from).toBeNull();
    expect(state.view).toBeNull();
    expect(state.mode).toBe('browse');
    expect(notices.map((n) => n.param)).toEqual(['layers', 'from', 'view', 'mode']);
  });

  it('drops a `to` before `from`', () => {
    const { state, notices } = parseAppState('?from=2023-07-28&to=2023-07-25');
    expect(state.to).toBeNull();
    expect(notices).toEqual([{ param: 'to', value: '2023-07-25' }]);
  });

  it('never lets __proto__ or constructor reach the state', () => {
    const { state } = parseAppState('?__proto__[polluted]=1&constructor=x&__proto__=y');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });

  it('rejects views outside the world or the zoom range', () => {
    expect(parseView('91,0,3')).toBeNull();
    expect(parseView('0,0,99')).toBeNull();
    expect(parseView('1e3,0,3')).toBeNull();
    expect(parseView('10,20,3')).toEqual({ lat: 10, lng: 20, zoom: 3 });
  });
});

describe('formatAppState', () => {
  it('round-trips through parse', () => {
    const { state } = parseAppState(
      '?layers=flow&actors=CHN&from=2023-01-01&lang=en&view=40,120.5,4.25&select=x',
    );
    expect(parseAppState(formatAppState(state)).state).toEqual(state);
  });

  it('leaves out what equals the defaults', () => {
    expect(formatAppState({ ...defaultState(), lang: 'en' })).toBe('lang=en');
  });
});

describe('resolveTradePeriod', () => {
  it("draws the story's trade period until the reader picks another", () => {
    const state = defaultState();
    expect(resolveTradePeriod(state, '2023-06').period).toBe('2023-06');
    expect(resolveTradePeriod({ ...state, period: '2022' }, '2023-06').period).toBe('2022');
    expect(resolveTradePeriod({ ...state, period: 'all' }, '2023-06').period).toBeNull();
    expect(resolveTradePeriod(state, undefined).period).toBeNull();
  });

  it('accepts period=all from the URL and keeps it through a round trip', () => {
    const { state, notices } = parseAppState('?period=all');
    expect(notices).toEqual([]);
    expect(formatAppState(state)).toContain('period=all');
  });
});
