// sources.csv: one row per source, referenced from the other tables by source_id.

import { checkSource } from '../profile/checkSources.ts';
import type { ProblemList, Where } from '../problem.ts';
import type { Source } from '../types.ts';
import { defined, listCell, optional } from './cells.ts';
import { parseCsvTable } from './parseCsvTable.ts';
import { SOURCES_TABLE } from './tableSpecs.ts';

export function readSources(text: string, file: string, list: ProblemList): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const { row, values } of parseCsvTable(text, file, SOURCES_TABLE, list)) {
    const id = optional(values.source_id);
    const where: Where = { file, row, ...(id ? { id } : {}) };
    if (!id) {
      list.error(where, 'source_id', 'source_id is required');
      continue;
    }
    if (sources.has(id))
      list.error(where, 'source_id', `source_id "${id}" is used by more than one row`);
    // `note` (how the date was established, say) is for editors and stays in the table.
    const source = defined({
      url: optional(values.url),
      publisher: optional(values.publisher),
      date: optional(values.date),
      title: optional(values.title),
    });
    checkSource(source, '', list, where);
    sources.set(id, source as unknown as Source);
  }
  return sources;
}

/** `efe-2023-07-25; yonhap-2023-07-24` → the Source objects, reporting unknown ids. */
export function resolveSources(
  cell: string | undefined,
  sources: Map<string, Source>,
  list: ProblemList,
  where: Where,
): Source[] {
  const resolved: Source[] = [];
  for (const id of listCell(cell)) {
    const source = sources.get(id);
    if (source) resolved.push(source);
    else
      list.error(
        where,
        'sources',
        `sources refers to "${id}", which is not a source_id in sources.csv`,
      );
  }
  return resolved;
}
