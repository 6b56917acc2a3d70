// Measures a parsed file against LIMITS without recursion: an explicit stack walks it, and
// nothing deeper than a limit is ever visited, so a 10 KB file nested 5,000 (or 100,000)
// deep is refused here, before any recursive code (the validator, Turf, L.geoJSON) sees it.
import { LIMITS, type Limits } from './limits.ts';
import { problem, type LoadProblem } from './loadProblem.ts';

type Zone = 'coordinates' | 'properties' | 'other';

interface Node {
  value: object;
  parent: Node | null;
  key: string | number;
  zone: Zone;
  /** Depth inside the zone: the `coordinates` array itself is 1. */
  depth: number;
}

export interface LimitReport {
  problems: LoadProblem[];
  /** Strings with unpaired UTF-16 surrogates were seen (JSON.parse lets `\ud800` through). */
  loneSurrogates: boolean;
  positions: number;
}

function pathOf(node: Node, root: Node): string {
  const parts: string[] = [];
  for (let n: Node | null = node; n && n !== root; n = n.parent) {
    parts.push(typeof n.key === 'number' ? `[${n.key}]` : `.${n.key}`);
  }
  const path = parts.reverse().join('').replace(/^\./, '');
  // A path 5,000 levels deep helps nobody: keep its start and its end.
  return path.length > 120 ? `${path.slice(0, 60)}…${path.slice(-40)}` : path;
}

function isWellFormed(text: string): boolean {
  return typeof text.isWellFormed === 'function'
    ? text.isWellFormed()
    : !/[\ud800-\udfff]/.test(text);
}

export function checkLimits(root: unknown, file: string, limits: Limits = LIMITS): LimitReport {
  const report: LimitReport = { problems: [], loneSurrogates: false, positions: 0 };
  const refuse = (field: string, message: string, at: { index?: number; id?: unknown } = {}) =>
    report.problems.push(problem('error', file, field, message, at));
  if (typeof root !== 'object' || root === null) return report;

  const features = (root as { features?: unknown }).features;
  if (Array.isArray(features) && features.length > limits.maxFeatures) {
    refuse(
      'features',
      `the file has ${features.length.toLocaleString('en')} features; Tripoint loads at most ${limits.maxFeatures.toLocaleString('en')}.`,
    );
    return report;
  }
  // Each feature is walked on its own so a problem can name it; the rest of the file once.
  const units: { value: object; index?: number }[] = [];
  if (Array.isArray(features)) {
    features.forEach((feature, index) => {
      if (typeof feature === 'object' && feature !== null) units.push({ value: feature, index });
    });
    units.push({ value: { ...root, features: [] } });
  } else units.push({ value: root });

  for (const unit of units) {
    const at = {
      index: unit.index,
      id: unit.index === undefined ? undefined : (unit.value as { id?: unknown }).id,
    };
    const top: Node = { value: unit.value, parent: null, key: '', zone: 'other', depth: 1 };
    const stack: Node[] = [top];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const isArray = Array.isArray(node.value);
      const keys: (string | number)[] | null = isArray ? null : Object.keys(node.value);
      const size = isArray ? (node.value as unknown[]).length : keys!.length;
      if (node.zone === 'coordinates' && typeof (node.value as unknown[])[0] === 'number') {
        report.positions++;
        if (report.positions > limits.maxPositions) {
          refuse(
            '',
            `the file has more than ${limits.maxPositions.toLocaleString('en')} positions, Tripoint's limit.`,
          );
          return report;
        }
      }
      if (node.zone === 'properties' && node.depth === 1 && size > limits.maxShownPropertyKeys) {
        report.problems.push(
          problem(
            'warning',
            file,
            pathOf(node, top),
            `${size.toLocaleString('en')} properties; the details show the first ${limits.maxShownPropertyKeys}.`,
            at,
          ),
        );
      }
      for (let i = 0; i < size; i++) {
        const key = keys ? keys[i]! : i;
        const child = (node.value as Record<string | number, unknown>)[key];
        if (typeof key === 'string') checkString(key, node, key);
        if (typeof child === 'string') checkString(child, node, key);
        else if (typeof child === 'object' && child !== null) {
          const next = childNode(node, key, child);
          if (next) stack.push(next);
          else return report;
        }
      }
    }

    function checkString(text: string, node: Node, key: string | number) {
      if (text.length > limits.maxStringChars) {
        const path =
          `${pathOf(node, top)}${typeof key === 'number' ? `[${key}]` : `.${key}`}`.replace(
            /^\./,
            '',
          );
        refuse(
          path,
          `a text of ${text.length.toLocaleString('en')} characters is longer than the ${limits.maxStringChars.toLocaleString('en')} Tripoint accepts.`,
          at,
        );
      }
      if (!report.loneSurrogates && !isWellFormed(text)) report.loneSurrogates = true;
    }

    /** The child's node, or null (after reporting) when it goes deeper than allowed. */
    function childNode(node: Node, key: string | number, child: object): Node | null {
      let zone: Zone = node.zone;
      let depth = node.depth + 1;
      if (node.zone === 'other' && key === 'coordinates' && Array.isArray(child))
        [zone, depth] = ['coordinates', 1];
      else if (node.zone === 'other' && key === 'properties') [zone, depth] = ['properties', 1];
      const next: Node = { value: child, parent: node, key, zone, depth };
      const path = () => pathOf(next, top);
      if (zone === 'coordinates' && depth > limits.maxCoordinateDepth) {
        refuse(
          path(),
          `coordinates are nested more than ${limits.maxCoordinateDepth} arrays deep; GeoJSON never needs more (a MultiPolygon uses ${limits.maxCoordinateDepth}).`,
          at,
        );
        return null;
      }
      if (zone === 'properties' && depth > limits.maxPropertyDepth) {
        refuse(
          path(),
          `properties are nested more than ${limits.maxPropertyDepth} levels deep.`,
          at,
        );
        return null;
      }
      if (zone === 'other' && depth > limits.maxOtherDepth) {
        refuse(path(), `objects are nested more than ${limits.maxOtherDepth} levels deep.`, at);
        return null;
      }
      return next;
    }
  }
  return report;
}
