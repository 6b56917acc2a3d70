import { describe, expect, it } from 'vitest';
import { noscriptSummary } from '../../../scripts/vite/noscriptStoryPlugin.ts';

const story = {
  tripoint: { story: { title: { en: 'A <b>story</b>' }, dek: { en: 'What & why' } } },
  features: [
    { properties: { kind: 'place', name: 'Moscow' } },
    {
      properties: {
        kind: 'event',
        name: '<img src=x onerror=alert(1)>',
        status: 'reported',
        date: '2023-07-26',
        sources: [
          { url: 'javascript:alert(1)', publisher: 'Bad link', date: '2023' },
          { url: 'https://example.org/a?b=1&c="2"', publisher: 'Example', date: '2023-07' },
        ],
      },
    },
    {
      properties: {
        kind: 'flow',
        name: 'Trade',
        status: 'reported',
        period: '2023-06',
        value: 34.4,
        unit: 'USD million',
      },
    },
  ],
};

describe('noscriptSummary', () => {
  const html = noscriptSummary(story);

  it('lists sourced features with status, date and value, not places', () => {
    expect(html).toContain('(reported, 2023-07-26)');
    expect(html).toContain('Trade — 34.4 USD million (reported, 2023-06)');
    expect(html).not.toContain('Moscow');
  });

  it('escapes every text from the data', () => {
    expect(html).toContain('<h1>A &lt;b&gt;story&lt;/b&gt;</h1>');
    expect(html).toContain('What &amp; why');
    expect(html).not.toContain('<img');
  });

  it('links http(s) sources only, with an escaped href', () => {
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Bad link, 2023');
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;" rel="noopener noreferrer">Example, 2023-07</a>',
    );
  });
});
