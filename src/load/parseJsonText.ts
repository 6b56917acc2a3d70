// Text to a JSON value with the strict parser the app uses (JSON.parse: never eval, never
// a lenient JSON5), and, when it fails, a message with line, column and a likely cause.
import { locateJsonError } from './locateJsonError.ts';

export class JsonParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'JsonParseError';
  }
}

/** A hint for the usual ways a file that is not JSON ends up named .geojson. */
function likelyCause(text: string): string {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<?xml')) {
    return ' It looks like an HTML or XML page (an error or login page?), not GeoJSON.';
  }
  const lines = text.split('\n', 3).filter((line) => line.trim() !== '');
  if (
    lines.length > 1 &&
    lines.every((line) => line.trim().startsWith('{') && line.trim().endsWith('}'))
  ) {
    return ' It looks like newline-delimited GeoJSON (one feature per line): wrap the features in a FeatureCollection.';
  }
  return '';
}

export function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new JsonParseError('the file is empty: it holds no JSON at all.');
  try {
    return JSON.parse(text);
  } catch (error) {
    const located = locateJsonError(text);
    if (!located)
      throw new JsonParseError(`the file is not valid JSON (${(error as Error).message}).`);
    throw new JsonParseError(
      `the file is not valid JSON: line ${located.line}, column ${located.column}: ${located.reason}.${likelyCause(text)}`,
      located.line,
      located.column,
    );
  }
}
