// The Tripoint GeoJSON profile as TypeScript types: the one description of a story
// that the builder, the validator, the app, the report and the embed all share.
// docs/profile.md explains each field for people; keep the two in step.

import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  Point,
} from 'geojson';

export const KINDS = ['place', 'movement', 'flow', 'event', 'claim'] as const;
export type Kind = (typeof KINDS)[number];

/** How sure we are. Kept apart in the data and on the map, never merged. */
export const STATUSES = ['confirmed', 'reported', 'alleged', 'denied'] as const;
export type Status = (typeof STATUSES)[number];

export interface Source {
  /** http(s) URL of the page that states the fact. */
  url: string;
  publisher: string;
  /** Publication date, YYYY-MM-DD (or YYYY-MM / YYYY when only that is known). */
  date: string;
  /** Optional page title, for the details panel. */
  title?: string;
}

interface BaseProperties {
  kind: Kind;
  /** Unique within the collection. */
  id: string;
  name: string;
  status?: Status;
  sources?: Source[];
  /** Free text shown with the details: caveats, what is unknown and why. */
  note?: string;
}

export interface PlaceProperties extends BaseProperties {
  kind: 'place';
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** Name in other languages or scripts, keyed by BCP 47 tag: { ru: 'Москва' }. */
  names?: Record<string, string>;
  /** The script shown as a label's second line, a key of `names`. */
  local?: string;
  /**
   * Label priority on the map: 1 = capital or main city (always labelled), 2 = city,
   * 3 = minor place: airport, square, crossing (labelled from zoom 7). Default 2.
   * Colliding labels give way to the lower rank.
   */
  rank?: 1 | 2 | 3;
}

export interface MovementProperties extends BaseProperties {
  kind: 'movement';
  from: string;
  to: string;
  /** ISO alpha-3 of the travelling party. */
  actor: string;
  /** ISO dates YYYY-MM-DD; start <= end. */
  start: string;
  end: string;
  people: string[];
}

export interface FlowChange {
  /** value / value of `against`, e.g. 8.1 */
  ratio: number;
  /** Period compared with: YYYY or YYYY-MM. */
  against: string;
  /**
   * Where the ratio comes from: `computed` from two sourced values in the same series,
   * or `stated` by a source (e.g. "nine-fold"). Absent means not said.
   */
  basis?: 'computed' | 'stated';
}

export interface FlowProperties extends BaseProperties {
  kind: 'flow';
  from: string;
  to: string;
  /** ISO alpha-3 of the exporter (defaults to the `from` place's country). */
  actor?: string;
  /** YYYY or YYYY-MM. */
  period: string;
  value: number;
  /** e.g. "USD million". */
  unit: string;
  change?: FlowChange;
  /** Groups the flows of one time series, e.g. "cn-kp-exports"; a chart or timeline joins them. */
  series?: string;
  /** The value counts both directions (total trade): draw the arc without an arrowhead. */
  two_way?: boolean;
}

export interface EventProperties extends BaseProperties {
  kind: 'event';
  /** As precise as known: YYYY, YYYY-MM or YYYY-MM-DD ("early 2020" is 2020 with a note). */
  date: string;
  /** Place id. */
  place: string;
  /** ISO alpha-3 of the country whose act it is, when there is one. */
  actor?: string;
}

export interface ClaimProperties extends BaseProperties {
  kind: 'claim';
  /** ISO alpha-3 (or an organisation's name) of who makes the claim. */
  claimant: string;
  /** Who denies it; empty when nobody does. */
  denied_by: string[];
  /** A claim about something between two places... */
  from?: string;
  to?: string;
  /** ...or about one place. */
  place?: string;
  /** Date the claim was made: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
}

export type TripointProperties =
  PlaceProperties | MovementProperties | FlowProperties | EventProperties | ClaimProperties;

export type ArcGeometry = LineString | MultiLineString;

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type MovementFeature = Feature<ArcGeometry | null, MovementProperties>;
export type FlowFeature = Feature<ArcGeometry | null, FlowProperties>;
export type EventFeature = Feature<Point, EventProperties>;
export type ClaimFeature = Feature<Geometry | null, ClaimProperties>;
export type TripointFeature =
  PlaceFeature | MovementFeature | FlowFeature | EventFeature | ClaimFeature;

/** A text in several interface languages; `en` is always there. */
export type Localized = { en: string } & Partial<Record<string, string>>;

export interface StoryMeta {
  id: string;
  title: Localized;
  dek: Localized;
  /** Languages the story's texts are written in. */
  languages: string[];
  /** Default view: [south, west, north, east] in degrees. */
  bounds: [number, number, number, number];
  /** Default period shown, ISO dates. */
  period: { from: string; to: string };
  credits: Localized;
  /** Actors (ISO alpha-3) tinted on the basemap. */
  actors: string[];
  /**
   * The trade period drawn until the reader picks another (YYYY or YYYY-MM): the figure the
   * story is about. Without it, each trade series shows its latest period.
   */
  tradePeriod?: string;
}

/** One entry of geo/stories.json, the list of built stories. */
export interface StoryIndexEntry {
  id: string;
  title: Localized;
}

/** A story file: one RFC 7946 FeatureCollection with a `tripoint` foreign member. */
export interface StoryCollection {
  type: 'FeatureCollection';
  bbox?: FeatureCollection['bbox'];
  tripoint?: { profile: 1; story: StoryMeta };
  features: TripointFeature[];
}
