import { describe, expect, it } from 'vitest';
import { bearing } from '@turf/bearing';
import { fanArcs } from '../../../src/geometry/fanArcs.ts';
import { bowedArc, endHeading } from '../../../src/geometry/bowedArc.ts';
import { distance } from '@turf/distance';

const MOSCOW = [37.6178, 55.7517];
const BEIJING = [116.3911, 39.9073];
const PYONGYANG = [125.7625, 39.0392];

/** Direction (compass) from the end point back along the drawn arc. */
function arrivalFrom(line: number[][]): number {
  return (endHeading(line) + 180) % 360;
}

function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

describe('fanArcs', () => {
  it('bends short arcs (Beijing → Pyongyang) and leaves long lone arcs geodesic', () => {
    const d = fanArcs([
      { id: 'short', from: BEIJING, to: PYONGYANG },
      { id: 'long', from: MOSCOW, to: [-74, 40.7] },
    ]);
    expect(Math.abs(d.get('short')!)).toBeGreaterThan(10);
    expect(d.get('long')).toBe(0);
  });

  it('gives arcs sharing an endpoint different arrival angles', () => {
    const arcs = [
      { id: 'rus', from: MOSCOW, to: PYONGYANG },
      { id: 'chn', from: BEIJING, to: PYONGYANG },
      { id: 'flow', from: BEIJING, to: PYONGYANG },
    ];
    const d = fanArcs(arcs);
    const arrivals = arcs.map((arc) => arrivalFrom(bowedArc(arc.from, arc.to, d.get(arc.id)!)));
    for (let i = 0; i < arrivals.length; i++) {
      for (let j = i + 1; j < arrivals.length; j++) {
        expect(angleBetween(arrivals[i]!, arrivals[j]!)).toBeGreaterThan(25);
      }
    }
    // Two arcs on the very same route get different bends, so they are different lanes.
    expect(d.get('chn')).not.toBe(d.get('flow'));
  });

  it('separates a route and its reverse (they bow to opposite sides)', () => {
    const d = fanArcs([
      { id: 'there', from: MOSCOW, to: PYONGYANG },
      { id: 'back', from: PYONGYANG, to: MOSCOW },
    ]);
    const there = bowedArc(MOSCOW, PYONGYANG, d.get('there')!);
    const back = bowedArc(PYONGYANG, MOSCOW, d.get('back')!);
    const midThere = there[Math.floor(there.length / 2)]!;
    const midBack = back[Math.floor(back.length / 2)]!;
    expect(
      Math.abs(midThere[1]! - midBack[1]!) + Math.abs(midThere[0]! - midBack[0]!),
    ).toBeGreaterThan(2);
  });

  it('is deterministic', () => {
    const arcs = [
      { id: 'a', from: MOSCOW, to: PYONGYANG },
      { id: 'b', from: BEIJING, to: PYONGYANG },
    ];
    expect([...fanArcs(arcs)]).toEqual([...fanArcs(arcs)]);
  });
});

describe('bowedArc', () => {
  it('with no deflection follows the great circle and keeps the endpoints', () => {
    const line = bowedArc(BEIJING, PYONGYANG, 0);
    expect(line[0]).toEqual(BEIJING);
    expect(line[line.length - 1]).toEqual(PYONGYANG);
    // The great circle leaves in the direction of the destination.
    expect(angleBetween(bearing(line[0]!, line[1]!), bearing(BEIJING, PYONGYANG))).toBeLessThan(1);
  });

  it('bows a short arc visibly: the midpoint leaves the straight line by ~L·tan(d)/4', () => {
    const line = bowedArc(BEIJING, PYONGYANG, 20);
    const straight = bowedArc(BEIJING, PYONGYANG, 0);
    const mid = line[Math.floor(line.length / 2)]!;
    const midStraight = straight[Math.floor(straight.length / 2)]!;
    const offsetDeg = Math.hypot(mid[0]! - midStraight[0]!, mid[1]! - midStraight[1]!);
    expect(offsetDeg).toBeGreaterThan(0.5); // ~70 km at this length
    // A positive deflection bows to the right of travel: going east, that is south.
    expect(mid[1]!).toBeLessThan(midStraight[1]!);
  });

  it('arrives turned by the deflection', () => {
    const straight = endHeading(bowedArc(BEIJING, PYONGYANG, 0));
    const bent = endHeading(bowedArc(BEIJING, PYONGYANG, 20));
    expect(angleBetween(straight, bent)).toBeGreaterThan(15);
    expect(angleBetween(straight, bent)).toBeLessThan(25);
  });

  it('keeps longitudes continuous across the antimeridian', () => {
    const line = bowedArc([170, 50], [-170, 55], 10);
    for (let i = 1; i < line.length; i++)
      expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThan(5);
  });

  it('bows a long arc modestly, so fanned lanes stay near their great circle and apart', () => {
    // Moscow → Pyongyang is ~6,400 km; the fan's widest bend (42°) once bowed ~1,400 km north.
    const middle = (d: number) => {
      const line = bowedArc(MOSCOW, PYONGYANG, d);
      return line[Math.floor(line.length / 2)]!;
    };
    const geodesic = middle(0);
    const widest = distance(middle(42), geodesic);
    expect(widest).toBeGreaterThan(400);
    expect(widest).toBeLessThan(650);
    // Lanes 17° apart are still well apart at the middle (a few dozen px at the story's zoom).
    expect(distance(middle(17), middle(34))).toBeGreaterThan(150);
  });
});
