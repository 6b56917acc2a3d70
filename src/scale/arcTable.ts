// The arc table: every movement or flow as numbers in typed arrays (unit vectors, angle,
// style, bounding box) plus a Flatbush index over the boxes. Built once per dataset; filters,
// views and themes never rebuild it. Arc i is features[i]; unresolvable features stay in the
// table with valid[i] = 0, so a visibility mask indexes features and arcs alike.
import Flatbush from 'flatbush';
import type { FlowFeature, MovementFeature, PlaceFeature, Status } from '../story/types.ts';
import { colourGroup, flowWidthBucket, MOVEMENT_WIDTH } from './arcStyle.ts';
import { resolveEndpoints } from './endpoints.ts';
import { angleBetween, resolveArc, writeUnitVector } from './greatCircle.ts';

export type ArcFeature = FlowFeature | MovementFeature;

export interface ArcStyleKey {
  /** Stroke width, CSS pixels. */
  width: number;
  /** ISO alpha-3 whose colour the arc takes ('' = none). */
  actor: string;
  status: Status;
}

export interface ArcTable {
  count: number;
  ids: string[];
  valid: Uint8Array;
  /** Start then end unit vector, 6 numbers per arc. */
  unit: Float64Array;
  /** Angular length, radians. */
  angle: Float64Array;
  /** Start longitude in radians, on the copy whose midpoint lies in [-180°, 180°). */
  lon0: Float64Array;
  /** How much Mercator stretches the arc at its most poleward point, 1/cos(lat): for resolution. */
  stretch: Float32Array;
  /** Midpoint longitude in degrees, in [-180, 180): picks the world copy an arc is drawn on. */
  midLon: Float64Array;
  /** minLon, minLat, maxLon, maxLat in degrees, 4 per arc (continuous longitudes). */
  bbox: Float64Array;
  style: Uint16Array;
  styles: ArcStyleKey[];
  /** Arc indices grouped by style, and where each style's group starts (length styles + 1). */
  order: Uint32Array;
  styleStart: Uint32Array;
  /** Spatial index over valid arcs' boxes; indexArc maps its item ids to arc indices. */
  index: Flatbush | null;
  indexArc: Uint32Array;
}

const R2D = 180 / Math.PI;
const BOX_SEGMENTS = 8;
const boxLon = new Float64Array(BOX_SEGMENTS + 1);
const boxZ = new Float64Array(BOX_SEGMENTS + 1);

function styleKeyOf(
  feature: ArcFeature,
  maxValue: number,
  countries: ReadonlyMap<string, string>,
): ArcStyleKey {
  const p = feature.properties;
  const value = p.kind === 'flow' ? p.value : undefined;
  return {
    width: p.kind === 'flow' ? flowWidthBucket(value, maxValue) : MOVEMENT_WIDTH,
    // As FlowsLayer: a flow without an actor takes its exporter's (the `from` place's) country.
    actor: p.actor ?? (p.kind === 'flow' ? countries.get(p.from) : undefined) ?? '',
    status: p.status ?? 'confirmed',
  };
}

function groupByStyle(
  features: readonly ArcFeature[],
  countries: ReadonlyMap<string, string>,
  table: Pick<ArcTable, 'style' | 'styles'>,
) {
  let maxValue = 0;
  for (const f of features) {
    const p = f.properties;
    if (p.kind === 'flow' && Number.isFinite(p.value) && p.value > maxValue) maxValue = p.value;
  }
  const ids = new Map<string, number>();
  // Actors that share a colour (in both themes) share a batch.
  const groups = new Map<string, string>();
  features.forEach((feature, i) => {
    const key = styleKeyOf(feature, maxValue, countries);
    let group = groups.get(key.actor);
    if (group === undefined) groups.set(key.actor, (group = colourGroup(key.actor)));
    const name = `${key.width}|${group}|${key.status}`;
    let id = ids.get(name);
    if (id === undefined) {
      id = table.styles.length;
      ids.set(name, id);
      table.styles.push(key);
    }
    table.style[i] = id;
  });
  // Counting sort: one group per style, features keep their order inside a group.
  const styleStart = new Uint32Array(table.styles.length + 1);
  for (let i = 0; i < features.length; i++) styleStart[table.style[i]! + 1]!++;
  for (let s = 0; s < table.styles.length; s++) styleStart[s + 1]! += styleStart[s]!;
  const cursor = styleStart.slice(0, -1);
  const order = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++) order[cursor[table.style[i]!]!++] = i;
  return { order, styleStart };
}

/** Samples the arc to bound it; pads by the chord's largest possible sag. */
function writeBox(table: ArcTable, i: number): void {
  resolveArc(table.unit, i * 6, table.angle[i]!, table.lon0[i]!, BOX_SEGMENTS, boxLon, boxZ);
  let minLon = Infinity,
    maxLon = -Infinity,
    minLat = Infinity,
    maxLat = -Infinity;
  for (let k = 0; k <= BOX_SEGMENTS; k++) {
    const lon = boxLon[k]! * R2D;
    const lat = Math.asin(Math.max(-1, Math.min(1, boxZ[k]!))) * R2D;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  const step = table.angle[i]! / BOX_SEGMENTS;
  const sag = ((step * step) / 8) * R2D + 1e-6;
  const lonSag = sag / Math.max(0.05, Math.cos(Math.max(Math.abs(minLat), Math.abs(maxLat)) / R2D));
  table.stretch[i] =
    1 / Math.max(0.1, Math.cos(Math.max(Math.abs(minLat), Math.abs(maxLat)) / R2D));
  table.bbox.set(
    [minLon - lonSag, Math.max(-90, minLat - sag), maxLon + lonSag, Math.min(90, maxLat + sag)],
    i * 4,
  );
}

export function buildArcTable(
  features: readonly ArcFeature[],
  places: readonly PlaceFeature[] = [],
): ArcTable {
  const count = features.length;
  const ends = resolveEndpoints(features, places);
  const table: ArcTable = {
    count,
    ids: features.map((f) => String(f.properties.id)),
    valid: ends.valid,
    unit: new Float64Array(count * 6),
    angle: new Float64Array(count),
    lon0: new Float64Array(count),
    midLon: new Float64Array(count),
    stretch: new Float32Array(count),
    bbox: new Float64Array(count * 4),
    style: new Uint16Array(count),
    styles: [],
    order: new Uint32Array(0),
    styleStart: new Uint32Array(1),
    index: null,
    indexArc: new Uint32Array(0),
  };
  const countries = new Map(places.map((p) => [String(p.properties.id), p.properties.country]));
  Object.assign(table, groupByStyle(features, countries, table));
  const mid = new Float64Array(3);
  const midZ = new Float64Array(3);
  let validCount = 0;
  for (let i = 0; i < count; i++) {
    if (!table.valid[i]) continue;
    validCount++;
    const [lonA, latA, lonB, latB] = ends.lonLat.subarray(i * 4, i * 4 + 4);
    writeUnitVector(lonA!, latA!, table.unit, i * 6);
    writeUnitVector(lonB!, latB!, table.unit, i * 6 + 3);
    table.angle[i] = angleBetween(table.unit, i * 6, i * 6 + 3);
    // Where is the middle of the continuous arc? Shift the whole arc so it lies in [-180, 180).
    const startLon = ((((lonA! + 180) % 360) + 360) % 360) - 180;
    resolveArc(table.unit, i * 6, table.angle[i]!, startLon / R2D, 2, mid, midZ);
    const midLon = mid[1]! * R2D;
    const shift = -Math.floor((midLon + 180) / 360) * 360;
    table.lon0[i] = (startLon + shift) / R2D;
    table.midLon[i] = midLon + shift;
    writeBox(table, i);
  }
  if (validCount > 0) {
    const index = new Flatbush(validCount);
    table.indexArc = new Uint32Array(validCount);
    for (let i = 0; i < count; i++) {
      if (!table.valid[i]) continue;
      table.indexArc[
        index.add(
          table.bbox[i * 4]!,
          table.bbox[i * 4 + 1]!,
          table.bbox[i * 4 + 2]!,
          table.bbox[i * 4 + 3]!,
        )
      ] = i;
    }
    index.finish();
    table.index = index;
  }
  return table;
}
