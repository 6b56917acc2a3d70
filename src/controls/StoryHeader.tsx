// The story's title, dek and credits in the reader's language (English when the story has
// no translation). Mode-agnostic: browse, report and embed share it.
import { localized } from '../i18n/t.ts';
import type { Lang } from '../state/appState.ts';
import type { StoryMeta } from '../story/types.ts';
import '../styles/panel.css';

export interface StoryHeaderProps {
  meta: StoryMeta | null | undefined;
  lang: Lang;
  /** Hide the dek and credits (a phone's top bar, a small embed). */
  compact?: boolean;
  /** Heading level of the title: 1 in browse, 2 where the page has its own h1. */
  level?: 1 | 2;
}

export function StoryHeader({ meta, lang, compact = false, level = 1 }: StoryHeaderProps) {
  const Title = level === 1 ? 'h1' : 'h2';
  if (!meta) return <Title className="story-header__title">Tripoint</Title>;
  return (
    <header className={`story-header${compact ? ' story-header--compact' : ''}`}>
      <Title className="story-header__title">{localized(meta.title, lang)}</Title>
      {!compact && <p className="story-header__dek">{localized(meta.dek, lang)}</p>}
      {!compact && meta.credits && (
        <p className="story-header__credits">{localized(meta.credits, lang)}</p>
      )}
    </header>
  );
}
