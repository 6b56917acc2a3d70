// One problem found in a story's tables or GeoJSON, located so a person can go and fix it:
// the file, the CSV row (spreadsheet numbering) or the feature index, the id, the field.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path as the user gave it, e.g. data/victory-day-2023/flows.csv */
  file: string;
  /** Feature index in `features` (0-based, like features[3]). */
  index?: number;
  /** Row in the spreadsheet: the header is row 1, the first data row is row 2. */
  row?: number;
  /** The feature's or row's id, when it has one. */
  id?: string;
  /** The field at fault, e.g. value, sources[0].url, geometry.coordinates[0][1]. */
  field: string;
  /** A sentence that starts with the field: `value must be a number, got "8x"`. */
  message: string;
}

/** Where a problem is: everything but what is wrong. */
export type Where = Pick<Problem, 'file' | 'index' | 'row' | 'id'>;

/** `data/x/flows.csv row 7 (id=cn-kp-2023-06): value must be a number, got "8x"` */
export function formatProblem(problem: Problem): string {
  let where = problem.file;
  if (problem.row !== undefined) where += ` row ${problem.row}`;
  else if (problem.index !== undefined) where += ` feature ${problem.index}`;
  if (problem.id !== undefined) where += ` (id=${problem.id})`;
  return `${where}: ${problem.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/**
 * Collects problems up to a limit, so a hostile file with a million bad positions
 * yields a readable list (and bounded memory) instead of a million messages.
 */
export class ProblemList {
  readonly items: Problem[] = [];
  omitted = 0;

  constructor(private readonly limit = Infinity) {}

  add(problem: Problem): void {
    if (this.items.length < this.limit) this.items.push(problem);
    else this.omitted++;
  }

  error(where: Where, field: string, message: string): void {
    this.add({ severity: 'error', ...where, field, message });
  }

  warning(where: Where, field: string, message: string): void {
    this.add({ severity: 'warning', ...where, field, message });
  }

  get hasErrors(): boolean {
    return this.omitted > 0 || hasErrors(this.items);
  }

  /** The problems, plus one line saying how many were left out. */
  toArray(file: string): Problem[] {
    if (this.omitted === 0) return [...this.items];
    const severity = this.items.some((p) => p.severity === 'error') ? 'error' : 'warning';
    const message = `${this.omitted} more problems not shown`;
    return [...this.items, { severity, file, field: '(file)', message }];
  }
}

/** A value quoted for a message: strings in quotes and cut short, others by type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 120 ? `${value.slice(0, 117)}...` : value;
    return JSON.stringify(short);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  return typeof value === 'object' ? 'an object' : String(value);
}
