// Turning spreadsheet cells into property values. A cell that does not parse is kept
// as the raw string, so the profile validator reports it with the same message it
// gives for a GeoJSON file: `value must be a number, got "8x"`.

/** Empty cell: no property at all. */
export function optional(cell: string | undefined): string | undefined {
  return cell === undefined || cell === '' ? undefined : cell;
}

export function numberCell(cell: string | undefined): number | string | undefined {
  const text = optional(cell);
  if (text === undefined) return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : text;
}

/** `a; b; c` → ["a", "b", "c"]; an empty cell is an empty list. */
export function listCell(cell: string | undefined): string[] {
  const text = optional(cell);
  return text === undefined
    ? []
    : text
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

export function booleanCell(cell: string | undefined): boolean | string | undefined {
  const text = optional(cell)?.toLowerCase();
  if (text === undefined) return undefined;
  if (text === 'true' || text === 'yes') return true;
  if (text === 'false' || text === 'no') return false;
  return cell;
}

/** Copies the defined entries only, in the order given: stable keys in the output. */
export function defined(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out[key] = value;
  return out;
}
