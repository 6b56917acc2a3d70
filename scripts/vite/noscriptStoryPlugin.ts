// Without JavaScript (or in an iframe sandbox that forbids scripts) the page still says what
// the map shows: at build time, the default story's title, summary and every feature with its
// status, date and sources go into the page's <noscript> block. Data is escaped as HTML text;
// only http(s) source links become links.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

interface Source {
  url?: string;
  publisher?: string;
  date?: string;
}

interface FeatureLike {
  properties?: Record<string, unknown> | null;
}

interface StoryLike {
  tripoint?: { story?: { title?: { en?: string }; dek?: { en?: string } } };
  features?: FeatureLike[];
}

const KIND_ORDER = ['movement', 'event', 'claim', 'flow'];

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function isHttp(url: unknown): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

function when(p: Record<string, unknown>): string {
  if (typeof p.date === 'string') return p.date;
  if (typeof p.start === 'string')
    return p.end && p.end !== p.start ? `${p.start} – ${String(p.end)}` : p.start;
  if (typeof p.period === 'string') return p.period;
  return '';
}

function sourceHtml(source: Source): string {
  const label = escapeHtml([source.publisher, source.date].filter(Boolean).join(', ') || 'source');
  return isHttp(source.url)
    ? `<a href="${escapeHtml(source.url)}" rel="noopener noreferrer">${label}</a>`
    : label;
}

function featureHtml(p: Record<string, unknown>): string {
  const value = typeof p.value === 'number' ? ` — ${p.value} ${escapeHtml(p.unit)}` : '';
  const sources = Array.isArray(p.sources)
    ? (p.sources as Source[]).map(sourceHtml).join('; ')
    : '';
  return (
    `<li>${escapeHtml(p.name)}${value} (${escapeHtml(p.status)}${when(p) ? `, ${escapeHtml(when(p))}` : ''})` +
    `${sources ? `. Sources: ${sources}` : ''}</li>`
  );
}

/** The story as static HTML: title, summary, and every sourced feature grouped by kind. */
export function noscriptSummary(story: StoryLike): string {
  const meta = story.tripoint?.story;
  const features = (story.features ?? [])
    .map((f) => f.properties ?? {})
    .filter((p) => KIND_ORDER.includes(String(p.kind)))
    .sort((a, b) => KIND_ORDER.indexOf(String(a.kind)) - KIND_ORDER.indexOf(String(b.kind)));
  return [
    `<div class="noscript">`,
    `<h1>${escapeHtml(meta?.title?.en ?? 'Tripoint')}</h1>`,
    meta?.dek?.en ? `<p>${escapeHtml(meta.dek.en)}</p>` : '',
    `<ul>${features.map(featureHtml).join('')}</ul>`,
    `</div>`,
  ].join('');
}

export function noscriptStoryPlugin(storyFile: string): Plugin {
  return {
    name: 'tripoint-noscript-story',
    apply: 'build',
    transformIndexHtml(html) {
      const story = JSON.parse(readFileSync(storyFile, 'utf8')) as StoryLike;
      // #root fills the window for the map: without scripts it stays empty, so hide it.
      const hideRoot = '<style>#root{display:none}</style>';
      return html.replace('</noscript>', `${hideRoot}${noscriptSummary(story)}</noscript>`);
    },
  };
}
