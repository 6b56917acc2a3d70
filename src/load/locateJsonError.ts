// Finds where a text stops being JSON (RFC 8259), with an explanation. JSON.parse says
// "Unexpected token" without a position in some engines, so the position is found here,
// by one iterative pass (no recursion: a file nested 100,000 deep must not overflow).

export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  /** What was wrong, e.g. `unexpected "N"`. */
  reason: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

function describe(char: string | undefined): string {
  if (char === undefined) return 'the text ends too early';
  if (char === '\u00a0') return 'a no-break space (U+00A0) is not allowed between JSON tokens';
  if (char === '\ufeff') return 'a byte order mark (U+FEFF) is not allowed here';
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20)
    return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()} is not allowed here`;
  return `unexpected ${JSON.stringify(char)}`;
}

function position(text: string, offset: number, reason: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, reason };
}

/** Scans a string literal starting at `i` (the opening quote); returns the end or an error. */
function scanString(text: string, i: number): number | { at: number; reason: string } {
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return { at: j, reason: describe(text[j]) + ' inside a string' };
    if (code === 0x5c) {
      const escape = text[j + 1];
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
          return { at: j, reason: 'bad \\u escape' };
        j += 5;
      } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) j++;
      else return { at: j, reason: 'bad escape in a string' };
    }
  }
  return { at: text.length, reason: 'a string is not closed' };
}

/** Returns the first syntax error, or null when the text is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  // Containers still open: '{' or '['. `expect` is what the grammar allows next.
  const stack: string[] = [];
  let expect: 'value' | 'key' | 'keyOrEnd' | 'valueOrEnd' | 'colon' | 'commaOrEnd' | 'done' =
    'value';
  let i = 0;
  const fail = (at: number, reason?: string) => position(text, at, reason ?? describe(text[at]));
  while (true) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    const char = text[i];
    if (char === undefined) return expect === 'done' ? null : fail(i);
    if (expect === 'done')
      return fail(i, `${describe(char)} after the end of the JSON value (one value per file)`);
    if (expect === 'colon') {
      if (char !== ':') return fail(i);
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'commaOrEnd') {
      const open = stack[stack.length - 1];
      if (char === ',') {
        i++;
        expect = open === '{' ? 'key' : 'value';
      } else if ((char === '}' && open === '{') || (char === ']' && open === '[')) {
        i++;
        stack.pop();
        expect = stack.length ? 'commaOrEnd' : 'done';
      } else return fail(i);
      continue;
    }
    if (expect === 'key' || expect === 'keyOrEnd') {
      if (char === '}' && expect === 'keyOrEnd') {
        i++;
        stack.pop();
        expect = stack.length ? 'commaOrEnd' : 'done';
        continue;
      }
      if (char !== '"') return fail(i, `${describe(char)} where a "quoted" property name belongs`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.at, end.reason);
      i = end;
      expect = 'colon';
      continue;
    }
    // A value (or, right after '[', the end of the array).
    if (char === ']' && expect === 'valueOrEnd') {
      i++;
      stack.pop();
      expect = stack.length ? 'commaOrEnd' : 'done';
      continue;
    }
    if (char === '{' || char === '[') {
      stack.push(char);
      i++;
      expect = char === '{' ? 'keyOrEnd' : 'valueOrEnd';
      continue;
    }
    if (char === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.at, end.reason);
      i = end;
    } else {
      NUMBER.lastIndex = i;
      LITERAL.lastIndex = i;
      if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else if (LITERAL.test(text)) i = LITERAL.lastIndex;
      else if (
        text.startsWith('NaN', i) ||
        text.startsWith('Infinity', i) ||
        text.startsWith('-Infinity', i)
      )
        return fail(i, 'NaN and Infinity are not JSON numbers');
      else return fail(i);
    }
    expect = stack.length ? 'commaOrEnd' : 'done';
  }
}
