import { describe, expect, it } from 'vitest';
import {
  parseCli,
  reportQuery,
  STATE_OPTIONS,
  UsageError,
} from '../../../scripts/screenshot/options.ts';
import { formatBar, formatSummary } from '../../../scripts/screenshot/progress.ts';
import { downloadName } from '../../../src/export/downloadName.ts';

const fail = (argv: string[], batch?: unknown) => {
  try {
    parseCli(argv, () => batch);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

describe('screenshot options', () => {
  it('takes the state options from the URL parameters, not a list of its own', () => {
    expect(STATE_OPTIONS).toEqual(
      expect.arrayContaining(['story', 'data', 'layers', 'actors', 'from', 'to', 'lang', 'view']),
    );
    expect(STATE_OPTIONS).not.toContain('mode');
  });

  it('parses one view: size, scale, format from the extension, state as report query', () => {
    const { shots } = parseCli([
      '--story',
      'victory-day-2023',
      '--from=2023-07-24',
      '--layers',
      'movement,place',
      '--size',
      '1200x630',
      '--scale',
      '2',
      '--out',
      'a.png',
    ]);
    expect(shots).toHaveLength(1);
    expect(shots[0]).toMatchObject({
      width: 1200,
      height: 630,
      scale: 2,
      format: 'png',
      out: 'a.png',
      dataFile: null,
    });
    expect(reportQuery(shots[0]!, null)).toBe(
      'story=victory-day-2023&layers=movement,place&from=2023-07-24&mode=report',
    );
  });

  it('makes PDFs A4 landscape and keeps local data files apart from URLs', () => {
    const { shots } = parseCli(['--data', 'my/file.geojson', '--out', 'r.pdf']);
    expect(shots[0]).toMatchObject({
      format: 'pdf',
      width: 1123,
      height: 794,
      dataFile: 'my/file.geojson',
    });
    expect(reportQuery(shots[0]!, './_data/0/file.geojson')).toBe(
      'mode=report&data=.%2F_data%2F0%2Ffile.geojson',
    );
  });

  it('refuses bad options with a message that names them', () => {
    expect(fail(['--colour', 'red', '--out', 'a.png'])).toMatch(/Unknown option --colour/);
    expect(fail(['--size', '12x6000000', '--out', 'a.png'])).toMatch(/--size must be WIDTHxHEIGHT/);
    expect(fail(['--scale', 'two', '--out', 'a.png'])).toMatch(/--scale must be a number/);
    expect(fail(['--format', 'gif', '--out', 'a.gif'])).toMatch(/--format must be png or pdf/);
    expect(fail(['--format', 'pdf', '--out', 'a.png'])).toMatch(
      /ends in .png but the format is pdf/,
    );
    expect(fail(['--size', 'slide', '--out', 'a.pdf'])).toMatch(/PDF pages are A4 landscape/);
    expect(fail(['--from', '2023-02-30', '--out', 'a.png'])).toMatch(
      /--from "2023-02-30" is not a valid value/,
    );
    expect(fail(['--story', 'Bad Story!', '--out', 'a.png'])).toMatch(/--story/);
    expect(fail(['--size', '1200x630'])).toMatch(/--out FILE is required/);
    expect(fail(['--out'])).toMatch(/--out needs a value/);
    expect(fail(['stray'])).toMatch(/Unexpected argument "stray"/);
  });

  it('reads a batch: lists become comma lists, errors name the entry, outputs must differ', () => {
    const { shots } = parseCli(['--batch', 'v.json'], () => [
      { out: 'a.png', layers: ['place', 'movement'] },
      { out: 'b.png', size: 'slide', scale: 1 },
    ]);
    expect(shots.map((s) => [s.out, s.width, s.scale])).toEqual([
      ['a.png', 1200, 2],
      ['b.png', 1920, 1],
    ]);
    expect(shots[0]!.params.layers).toBe('place,movement');
    expect(fail(['--batch', 'v.json'], [{ out: 'a.png' }, { out: 'a.png' }])).toMatch(
      /same file: a.png/,
    );
    expect(fail(['--batch', 'v.json'], [{ out: 'a.png' }, { size: 'x' }])).toMatch(
      /^Batch entry 2:/,
    );
    expect(fail(['--batch', 'v.json'], { out: 'a.png' })).toMatch(/JSON array/);
    expect(fail(['--batch', 'v.json', '--size', 'slide'], [{ out: 'a.png' }])).toMatch(
      /move --size into it/,
    );
  });
});

describe('progress and names', () => {
  it('formats the bar and the summary line', () => {
    expect(formatBar(3, 10, 'c.png')).toBe('[#######-----------------] 3/10 c.png');
    expect(formatSummary(10, 6.6)).toBe('10 images in 6.6 s (0.66 s each)');
    expect(formatSummary(1, 2)).toBe('1 image in 2.0 s (2.00 s each)');
  });

  it('names a download after the story, the dates and the size', () => {
    expect(
      downloadName(
        { story: 'victory-day-2023', data: null, from: '2023-07-24', to: null },
        '1200x630@2x',
        'png',
      ),
    ).toBe('tripoint-victory-day-2023-2023-07-24-1200x630-2x.png');
  });
});
