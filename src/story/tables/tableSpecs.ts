// The CSV tables of a story folder and their columns, in the order features are written.

import type { Kind } from '../types.ts';

export interface TableSpec {
  /** File name inside the story folder. */
  file: string;
  kind?: Kind;
  /** A story without this table is fine (no rows). */
  optional: boolean;
  required: readonly string[];
  optionalColumns: readonly string[];
  /** Extra columns allowed by shape, e.g. name_ru, name_zh. */
  columnPattern?: RegExp;
}

const FACT = ['status', 'sources'] as const;

export const SOURCES_TABLE: TableSpec = {
  file: 'sources.csv',
  optional: false,
  required: ['source_id', 'url', 'publisher', 'date'],
  optionalColumns: ['title', 'note'],
};

export const FEATURE_TABLES: readonly TableSpec[] = [
  {
    file: 'places.csv',
    kind: 'place',
    optional: false,
    required: ['id', 'name', 'country', 'lat', 'lon'],
    optionalColumns: ['rank', 'local', 'note', 'status', 'sources'],
    columnPattern: /^name_[a-z]{2,3}(-[A-Za-z0-9]+)*$/,
  },
  {
    file: 'movements.csv',
    kind: 'movement',
    optional: true,
    required: ['id', 'name', 'actor', 'from', 'to', 'start', 'end', 'people', ...FACT],
    optionalColumns: ['note'],
  },
  {
    file: 'flows.csv',
    kind: 'flow',
    optional: true,
    required: ['id', 'name', 'from', 'to', 'period', 'value', 'unit', ...FACT],
    optionalColumns: ['series', 'actor', 'two_way', 'change_against', 'change_ratio', 'note'],
  },
  {
    file: 'events.csv',
    kind: 'event',
    optional: true,
    required: ['id', 'name', 'date', 'place', ...FACT],
    optionalColumns: ['actor', 'note'],
  },
  {
    file: 'claims.csv',
    kind: 'claim',
    optional: true,
    required: ['id', 'name', 'claimant', 'denied_by', ...FACT],
    optionalColumns: ['from', 'to', 'place', 'date', 'note'],
  },
];
