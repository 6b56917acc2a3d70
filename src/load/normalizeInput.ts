// Oddities the story validator does not know about, handled before it runs: a legacy `crs`
// member (ignored with a warning when it names WGS 84, refused with a reprojection hint
// otherwise) and unpaired UTF-16 surrogates (replaced with U+FFFD, which encodeURIComponent
// and TextEncoder then handle). Mutates the freshly parsed value it is given.
import { problem, type LoadProblem } from './loadProblem.ts';

// Names GDAL and older tools write for plain longitude/latitude on WGS 84.
const WGS84_CRS =
  /^(urn:ogc:def:crs:ogc:(1\.3:)?crs84|urn:ogc:def:crs:epsg::4326|epsg:4326|crs84|wgs ?84)$/i;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function crsName(crs: unknown): string {
  if (!isObject(crs)) return JSON.stringify(crs) ?? String(crs);
  const name = isObject(crs.properties) ? crs.properties.name : undefined;
  return typeof name === 'string' ? name : JSON.stringify(crs).slice(0, 120);
}

/** Replaces unpaired surrogates (in values and keys) with U+FFFD, iteratively. */
export function replaceLoneSurrogates(root: unknown): void {
  const fix = (text: string) =>
    typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      value.forEach((item, i) =>
        typeof item === 'string' ? (value[i] = fix(item)) : stack.push(item),
      );
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        const item = value[key];
        const fixedKey = fix(key);
        const fixed = typeof item === 'string' ? fix(item) : item;
        if (fixedKey !== key) delete value[key];
        // defineProperty: a key named "__proto__" stays a plain own property.
        Object.defineProperty(value, fixedKey, {
          value: fixed,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        if (typeof item === 'object') stack.push(item);
      }
    }
  }
}

export interface NormalizedInput {
  value: unknown;
  problems: LoadProblem[];
}

export function normalizeInput(
  root: unknown,
  file: string,
  options: { loneSurrogates: boolean },
): NormalizedInput {
  const problems: LoadProblem[] = [];
  const warn = (field: string, message: string, at?: { index?: number; id?: unknown }) =>
    problems.push(problem('warning', file, field, message, at));
  if (!isObject(root)) return { value: root, problems };

  const value: Json = root;
  if ('crs' in value) {
    const name = crsName(value.crs);
    if (!WGS84_CRS.test(name)) {
      problems.push(
        problem(
          'error',
          file,
          'crs',
          `the file declares the coordinate system ${JSON.stringify(name)}; GeoJSON coordinates are longitude/latitude on WGS 84 (RFC 7946 §4): reproject the file to WGS 84 (EPSG:4326).`,
        ),
      );
    } else {
      warn(
        'crs',
        `the legacy "crs" member (${name}) is ignored: RFC 7946 GeoJSON is always WGS 84 longitude/latitude.`,
      );
    }
    delete value.crs;
  }

  if (options.loneSurrogates) {
    replaceLoneSurrogates(value);
    warn(
      '',
      'some texts held broken characters (unpaired UTF-16 surrogates); they are shown as "�".',
    );
  }

  return { value, problems };
}
