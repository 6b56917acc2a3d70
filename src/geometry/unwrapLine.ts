// Joins the parts of a line cut at the antimeridian into one continuous line whose
// longitudes may leave ±180: Leaflet then draws it as one unbroken stroke.
import type { LineString, MultiLineString, Position } from 'geojson';

export function unwrapLine(geometry: LineString | MultiLineString): Position[] {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const line: Position[] = [];
  let shift = 0;
  for (const part of parts) {
    for (const [lon, lat] of part as [number, number][]) {
      const previous = line[line.length - 1];
      if (previous) {
        const delta = lon + shift - previous[0]!;
        if (delta > 180) shift -= 360;
        else if (delta < -180) shift += 360;
      }
      const position = [lon + shift, lat];
      if (previous && previous[0] === position[0] && previous[1] === position[1]) continue;
      line.push(position);
    }
  }
  return line;
}
