// The map's credits as text links (never HTML strings): Natural Earth and Leaflet, plus the
// tile provider's required attribution when online tiles are switched on.
import { BASEMAP_ATTRIBUTION } from './attribution.ts';
import { TILE_CONFIG } from './tileConfig.ts';

export const MAP_CREDITS = [...BASEMAP_ATTRIBUTION, ...(TILE_CONFIG?.attribution ?? [])];

export function MapCredits({ label, className }: { label: string; className?: string }) {
  return (
    <span className={className} data-testid="map-credits">
      {label}{' '}
      {MAP_CREDITS.map((part, index) => (
        <span key={part.url}>
          {index > 0 && ' · '}
          <a href={part.url} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        </span>
      ))}
    </span>
  );
}
