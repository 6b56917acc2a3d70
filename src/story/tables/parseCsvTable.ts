// Reads one CSV table with papaparse into rows keyed by column, numbered as in a
// spreadsheet (header = row 1), and reports syntax and column problems by row.

import Papa from 'papaparse';
import { ProblemList } from '../problem.ts';
import type { TableSpec } from './tableSpecs.ts';

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  values: Record<string, string>;
}

export function parseCsvTable(
  text: string,
  file: string,
  spec: TableSpec,
  list: ProblemList,
): CsvRow[] {
  // Excel writes a byte-order mark; it is not part of the first column's name.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
  });
  for (const error of parsed.errors) {
    const row = error.row === undefined ? undefined : error.row + 1;
    list.error({ file, ...(row ? { row } : {}) }, '(csv)', `CSV: ${error.message}`);
  }
  const [header = [], ...records] = parsed.data;
  const columns = header.map((name) => name.trim());
  if (!checkColumns(columns, file, spec, list)) return [];
  const rows: CsvRow[] = [];
  records.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return; // blank line
    if (cells.length !== columns.length) {
      list.error(
        { file, row },
        '(csv)',
        `row has ${cells.length} cells but the header has ${columns.length} columns`,
      );
      return;
    }
    const values: Record<string, string> = {};
    columns.forEach((column, c) => (values[column] = cells[c]!.trim()));
    rows.push({ row, values });
  });
  return rows;
}

function checkColumns(
  columns: string[],
  file: string,
  spec: TableSpec,
  list: ProblemList,
): boolean {
  const where = { file, row: 1 };
  let ok = true;
  for (const column of spec.required) {
    if (!columns.includes(column)) {
      list.error(
        where,
        column,
        `column "${column}" is missing (required: ${spec.required.join(', ')})`,
      );
      ok = false;
    }
  }
  const known = new Set([...spec.required, ...spec.optionalColumns]);
  columns.forEach((column, i) => {
    if (columns.indexOf(column) !== i) {
      list.error(where, column, `column "${column}" appears more than once`);
      ok = false;
    } else if (!known.has(column) && !spec.columnPattern?.test(column)) {
      list.warning(
        where,
        column,
        `column "${column}" is not used (known columns: ${[...known].join(', ')})`,
      );
    }
  });
  return ok;
}
