// docs/profile.md's example must stay valid, and the JSON Schema must name the same kinds
// and statuses as the types, so the three descriptions of the profile agree.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveGeometry } from '../../../src/story/deriveGeometry.ts';
import { KINDS, STATUSES } from '../../../src/story/types.ts';
import { validateStoryCollection } from '../../../src/story/validateStoryCollection.ts';

const ROOT = join(import.meta.dirname, '../../..');
const doc = readFileSync(join(ROOT, 'docs/profile.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/tripoint-profile.schema.json'), 'utf8'));

function firstJsonBlock(markdown: string): unknown {
  const match = /```json\n([\s\S]*?)\n```/.exec(markdown);
  if (!match) throw new Error('docs/profile.md has no ```json block');
  return JSON.parse(match[1]!);
}

describe('docs/profile.md', () => {
  it('has an example that validates with no problem at all', () => {
    const result = validateStoryCollection(firstJsonBlock(doc), 'docs/profile.md');
    expect(result.problems).toEqual([]);
    const kinds = new Set(result.collection!.features.map((f) => f.properties.kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });

  it('has an example whose null geometries the loader can derive', () => {
    const { collection } = validateStoryCollection(firstJsonBlock(doc), 'docs/profile.md');
    const { features, problems } = deriveGeometry(collection!.features, 'docs/profile.md');
    expect(problems).toEqual([]);
    expect(features.every((f) => f.geometry !== null)).toBe(true);
  });
});

describe('schema/tripoint-profile.schema.json', () => {
  it('is JSON Schema 2020-12 with one definition per kind', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const kindsInSchema = schema.$defs.feature.allOf.map(
      (rule: { if: { properties: { properties: { properties: { kind: { const: string } } } } } }) =>
        rule.if.properties.properties.properties.kind.const,
    );
    expect(kindsInSchema).toEqual([...KINDS]);
    for (const kind of KINDS) expect(schema.$defs).toHaveProperty(`${kind}Properties`);
  });

  it('lists the same statuses as the types', () => {
    expect(schema.$defs.status.enum).toEqual([...STATUSES]);
  });
});
