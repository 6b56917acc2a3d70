// Chooses how much each arc bends (its deflection, see bowedArc) so that arcs sharing an
// endpoint leave or arrive at clearly different angles, and short arcs, which a great circle
// draws as a straight line, get a visible curve. Pure; the same input gives the same layout.
import { bearing } from '@turf/bearing';
import { distance } from '@turf/distance';
import type { Position } from 'geojson';

export interface ArcEnds {
  id: string;
  from: Position;
  to: Position;
}

export interface FanOptions {
  /** Arcs shorter than this (km) look straight as great circles and get `shortDeflection`. */
  shortArcKm?: number;
  /** Deflection (degrees, to the right of travel) given to short arcs. */
  shortDeflection?: number;
  /** Smallest angle between two arcs at a shared endpoint. */
  minSeparation?: number;
  /** Endpoints closer than this (km) count as shared: at low zoom they are one dot. */
  sharedWithinKm?: number;
  /** No arc bends more than this. */
  maxDeflection?: number;
}

const DEFAULTS: Required<FanOptions> = {
  shortArcKm: 2500,
  shortDeflection: 18,
  minSeparation: 34,
  sharedWithinKm: 30,
  maxDeflection: 42,
};

interface Touch {
  arc: number;
  /** True when the arc starts at this node, false when it ends there. */
  starts: boolean;
  /** Bearing from the node along the unbent great circle. */
  base: number;
}

/** Deflection in degrees per arc id: positive bows to the right of travel, 0 = great circle. */
export function fanArcs(arcs: readonly ArcEnds[], options: FanOptions = {}): Map<string, number> {
  const o = { ...DEFAULTS, ...options };
  const deflection = arcs.map((arc) =>
    distance(arc.from, arc.to) < o.shortArcKm ? o.shortDeflection : 0,
  );
  const nodes = groupEndpoints(arcs, o.sharedWithinKm);
  // A few rounds settle small stories; an arc touches two nodes, so one round can undo another.
  for (let round = 0; round < 6; round++) {
    let moved = false;
    for (const touches of nodes) moved = separate(touches, deflection, o) || moved;
    if (!moved) break;
  }
  return new Map(arcs.map((arc, i) => [arc.id, round1(deflection[i]!)]));
}

/** Direction in which the bent arc leaves the node: a right bow turns the start right, the end left. */
function outAngle(touch: Touch, deflection: number[]): number {
  const d = deflection[touch.arc]!;
  return touch.starts ? touch.base + d : touch.base - d;
}

/** Pushes apart neighbours (by angle) that are closer than minSeparation. Returns whether anything moved. */
function separate(touches: Touch[], deflection: number[], o: Required<FanOptions>): boolean {
  if (touches.length < 2) return false;
  const sorted = [...touches].sort(
    (a, b) => norm(outAngle(a, deflection)) - norm(outAngle(b, deflection)) || a.arc - b.arc,
  );
  let moved = false;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[(i + 1) % sorted.length]!;
    if (a === b) continue;
    const gap = norm(outAngle(b, deflection) - outAngle(a, deflection));
    if (gap >= o.minSeparation - 0.5) continue;
    const push = (o.minSeparation - gap) / 2;
    turn(a, -push, deflection, o.maxDeflection);
    turn(b, push, deflection, o.maxDeflection);
    moved = true;
  }
  return moved;
}

/** Turns the arc's out angle at this node by `delta` degrees (clockwise positive). */
function turn(touch: Touch, delta: number, deflection: number[], max: number): void {
  const next = deflection[touch.arc]! + (touch.starts ? delta : -delta);
  deflection[touch.arc] = Math.max(-max, Math.min(max, next));
}

/** Endpoints within `km` of each other form one node (greedy, in input order). */
function groupEndpoints(arcs: readonly ArcEnds[], km: number): Touch[][] {
  const nodes: { at: Position; touches: Touch[] }[] = [];
  const add = (at: Position, touch: Touch) => {
    const node = nodes.find((n) => distance(n.at, at) <= km);
    if (node) node.touches.push(touch);
    else nodes.push({ at, touches: [touch] });
  };
  arcs.forEach((arc, i) => {
    if (distance(arc.from, arc.to) === 0) return;
    add(arc.from, { arc: i, starts: true, base: bearing(arc.from, arc.to) });
    add(arc.to, { arc: i, starts: false, base: bearing(arc.to, arc.from) });
  });
  return nodes.map((n) => n.touches);
}

function norm(degrees: number): number {
  return ((degrees % 360) + 360) % 360;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10 + 0;
}
