// The embed's last line: credits as text links (never HTML strings) and the way back to the
// full map, in a new tab so the article stays where the reader left it.
import { MapCredits } from '../map/MapCredits.tsx';
import type { EmbedMessages } from './embedMessages.ts';

export interface EmbedFooterProps {
  messages: EmbedMessages;
  fullMapUrl: string;
}

export function EmbedFooter({ messages, fullMapUrl }: EmbedFooterProps) {
  return (
    <div className="embed__footer">
      <MapCredits label={messages.credits} className="embed__credits" />
      <a className="embed__full-map" href={fullMapUrl} target="_blank" rel="noopener">
        {messages.openFullMap}
        <span className="embed__sr-only"> {messages.opensInNewTab}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </div>
  );
}
