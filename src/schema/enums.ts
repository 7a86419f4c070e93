import './zod-jitless.ts';
import { z } from 'zod';

/** Which government an actor or a channel's side belongs to. */
export const Side = z.enum(['us', 'prc', 'other']);
export type Side = z.infer<typeof Side>;

/** What sort of actor this is; organisations are actors too (ministries, commands, offices). */
export const ActorKind = z.enum([
  'leader',
  'military-officer',
  'civilian-official',
  'diplomat',
  'legislator',
  'spokesperson',
  'scholar',
  'organization',
]);
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * The state of a channel as a source characterised it.
 * `proposed`: agreed or offered but not yet held; `frozen`: not formally cut but no contact;
 * `unknown`: no evidence yet — never assumed open.
 */
export const ChannelStatus = z.enum(['open', 'suspended', 'proposed', 'frozen', 'unknown']);
export type ChannelStatus = z.infer<typeof ChannelStatus>;

/** `contact`: the source says officials spoke but not by what medium. `incident`: an outside event that affected the channels. */
export const EventType = z.enum([
  'meeting',
  'call',
  'video-conference',
  'contact',
  'proposal',
  'planned',
  'refusal',
  'suspension',
  'resumption',
  'statement',
  'incident',
]);
export type EventType = z.infer<typeof EventType>;

/** Precision of a publication date. */
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * Precision of an event date. `range` is an explicit span of days ("August 12th to 18th",
 * "before the end of the year"); `part-month` is the early/mid/late third of a month ("mid-November").
 */
export const EventDatePrecision = z.enum(['day', 'range', 'part-month', 'month', 'year']);
export type EventDatePrecision = z.infer<typeof EventDatePrecision>;

/** A publication date printed beside the headline is `stated`; anything worked out from the text is `inferred`. */
export const DateBasis = z.enum(['stated', 'inferred']);
export type DateBasis = z.infer<typeof DateBasis>;

/**
 * How an event date was obtained: `stated` in full by the text, `relative` to the publication
 * date ("on Thursday", "last month", "in August"), or `inferred` from context or outside knowledge.
 */
export const EventDateBasis = z.enum(['stated', 'relative', 'inferred']);
export type EventDateBasis = z.infer<typeof EventDateBasis>;

/**
 * When the source wrote about the event: `reported` at the time, `recalled` by a later article,
 * or `anticipated` before it happened.
 */
export const Reporting = z.enum(['reported', 'recalled', 'anticipated']);
export type Reporting = z.infer<typeof Reporting>;

/** How an article field was obtained. */
export const FieldMethod = z.enum(['extracted', 'curated', 'inferred', 'missing']);
export type FieldMethod = z.infer<typeof FieldMethod>;

/** Why a block of the raw text was kept or dropped. */
export const BlockRole = z.enum([
  'headline',
  'dateline',
  'byline',
  'outlet',
  'source',
  'body',
  'boilerplate',
  'duplicate',
]);
export type BlockRole = z.infer<typeof BlockRole>;

/** How a mention was matched to its actor. */
export const MentionMatch = z.enum(['name', 'alias', 'misspelling', 'surname']);
export type MentionMatch = z.infer<typeof MentionMatch>;
