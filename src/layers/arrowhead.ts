// A direction arrowhead: a small SVG triangle in a marker at the arc's end, rotated to the
// arc's heading there. Mercator keeps angles, so the compass heading is the screen angle.
// The tip stops short of the end point by `gap` pixels, so it touches the place's dot.
import L from 'leaflet';
import type { Position } from 'geojson';

const SVG = 'http://www.w3.org/2000/svg';

export interface Arrowhead {
  marker: L.Marker;
  setColor: (fill: string, halo: string, opacity: number) => void;
}

/** Triangle length and half-width (px) for a line `weight` px wide. */
export function arrowSize(weight: number): { length: number; halfWidth: number } {
  return { length: Math.max(9, weight + 6), halfWidth: Math.max(4.5, weight * 0.75 + 2.5) };
}

/** Screen rotation (degrees clockwise from pointing east) for a compass heading. */
export function arrowRotation(heading: number): number {
  return heading - 90;
}

export function createArrowhead(
  at: Position,
  heading: number,
  weight: number,
  pane: string,
  gap = 5,
): Arrowhead {
  const { length, halfWidth } = arrowSize(weight);
  const box = Math.ceil(length + gap + 2);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'tp-arrow');
  svg.setAttribute('width', String(box * 2));
  svg.setAttribute('height', String(box * 2));
  svg.setAttribute('viewBox', `${-box} ${-box} ${box * 2} ${box * 2}`);
  svg.style.transform = `translate(${-box}px, ${-box}px)`;
  const triangle = document.createElementNS(SVG, 'polygon');
  const tip = -gap;
  const base = tip - length;
  triangle.setAttribute(
    'points',
    `${tip},0 ${base},${-halfWidth} ${base + length * 0.25},0 ${base},${halfWidth}`,
  );
  triangle.setAttribute('transform', `rotate(${arrowRotation(heading).toFixed(1)})`);
  triangle.setAttribute('stroke-linejoin', 'round');
  triangle.setAttribute('stroke-width', '1.5');
  svg.append(triangle);
  const icon = L.divIcon({
    className: 'tp-arrow-icon',
    html: svg as unknown as HTMLElement,
    iconSize: [0, 0],
  });
  const marker = L.marker([at[1]!, at[0]!], { icon, pane, interactive: false, keyboard: false });
  return {
    marker,
    setColor: (fill, halo, opacity) => {
      triangle.setAttribute('fill', fill);
      triangle.setAttribute('stroke', halo);
      svg.style.opacity = String(opacity);
    },
  };
}
