// Writes a story as text people can diff: the collection's members on their own lines
// and one feature per line, so a changed fact is a changed line. Keys keep the order
// they were built in, so the same tables always give the same bytes.

import type { StoryCollection } from './types.ts';

export function serializeStory(collection: StoryCollection): string {
  const { type, tripoint, features, ...rest } = collection;
  const head = [`"type":${JSON.stringify(type)}`];
  if (tripoint !== undefined) head.push(`"tripoint":${JSON.stringify(tripoint)}`);
  for (const [key, value] of Object.entries(rest))
    head.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
  const lines = features.map((feature) => JSON.stringify(feature));
  return `{${head.join(',\n')},\n"features":[\n${lines.join(',\n')}\n]}\n`;
}
