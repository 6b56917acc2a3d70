// The README's copyable example must stay a valid story a reader can open as it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStoryCollection } from '../../../src/story/validateStoryCollection.ts';

const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

describe('README example', () => {
  it('validates with no problem and keeps its movement arc derivable', () => {
    const section = readme.slice(readme.indexOf('## Your own story'));
    const block = /```json\n([\s\S]*?)\n```/.exec(section);
    expect(block).not.toBeNull();
    const result = validateStoryCollection(JSON.parse(block![1]!), 'README.md');
    expect(result.problems).toEqual([]);
    expect(result.collection!.features.map((f) => f.properties.kind)).toEqual([
      'place',
      'place',
      'movement',
    ]);
  });
});
