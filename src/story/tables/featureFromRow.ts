// One spreadsheet row → one Tripoint feature, properties in the profile's order.
// Arcs and event points are left null here; deriveGeometry fills them from the places.

import type { Feature, Geometry } from 'geojson';
import type { Kind, Source } from '../types.ts';
import { roundPosition } from '../../geometry/greatCircleArc.ts';
import { booleanCell, defined, listCell, numberCell, optional } from './cells.ts';

type Values = Record<string, string>;
type Build = (values: Values, sources: Source[] | undefined) => Feature<Geometry | null>;

function feature(
  properties: Record<string, unknown>,
  geometry: Geometry | null = null,
): Feature<Geometry | null> {
  return { type: 'Feature', properties, geometry };
}

/** status, sources and note close every row, in this order. */
function fact(values: Values, sources: Source[] | undefined): Record<string, unknown> {
  return { status: optional(values.status), sources, note: optional(values.note) };
}

export const FEATURE_FROM_ROW: Record<Kind, Build> = {
  place(values, sources) {
    const names: Record<string, string> = {};
    for (const [column, cell] of Object.entries(values)) {
      if (column.startsWith('name_') && cell !== '') names[column.slice('name_'.length)] = cell;
    }
    const lon = numberCell(values.lon);
    const lat = numberCell(values.lat);
    const position =
      typeof lon === 'number' && typeof lat === 'number' ? roundPosition([lon, lat]) : [lon, lat];
    const properties = defined({
      kind: 'place',
      id: optional(values.id),
      name: optional(values.name),
      country: optional(values.country),
      names: Object.keys(names).length > 0 ? names : undefined,
      local: optional(values.local),
      rank: numberCell(values.rank),
      ...fact(values, sources),
    });
    return feature(properties, { type: 'Point', coordinates: position as number[] });
  },

  movement: (values, sources) =>
    feature(
      defined({
        kind: 'movement',
        id: optional(values.id),
        name: optional(values.name),
        actor: optional(values.actor),
        from: optional(values.from),
        to: optional(values.to),
        start: optional(values.start),
        end: optional(values.end),
        people: listCell(values.people),
        ...fact(values, sources),
      }),
    ),

  flow(values, sources) {
    const against = optional(values.change_against);
    const ratio = numberCell(values.change_ratio);
    // A ratio typed in the table is one a source states; an empty one is computed later.
    const change =
      against === undefined
        ? undefined
        : defined({ ratio, against, basis: ratio === undefined ? undefined : 'stated' });
    return feature(
      defined({
        kind: 'flow',
        id: optional(values.id),
        name: optional(values.name),
        series: optional(values.series),
        actor: optional(values.actor),
        from: optional(values.from),
        to: optional(values.to),
        period: optional(values.period),
        value: numberCell(values.value),
        unit: optional(values.unit),
        two_way: booleanCell(values.two_way),
        change,
        ...fact(values, sources),
      }),
    );
  },

  event: (values, sources) =>
    feature(
      defined({
        kind: 'event',
        id: optional(values.id),
        name: optional(values.name),
        date: optional(values.date),
        place: optional(values.place),
        actor: optional(values.actor),
        ...fact(values, sources),
      }),
    ),

  claim: (values, sources) =>
    feature(
      defined({
        kind: 'claim',
        id: optional(values.id),
        name: optional(values.name),
        claimant: optional(values.claimant),
        denied_by: listCell(values.denied_by),
        from: optional(values.from),
        to: optional(values.to),
        place: optional(values.place),
        date: optional(values.date),
        ...fact(values, sources),
      }),
    ),
};
