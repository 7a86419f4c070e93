import './zod-jitless.ts';
import { z } from 'zod';
import {
  ActorKind,
  BlockRole,
  ChannelStatus,
  DateBasis,
  DatePrecision,
  EventDateBasis,
  EventDatePrecision,
  EventType,
  FieldMethod,
  MentionMatch,
  Reporting,
  Side,
} from './enums.ts';

// No .transform() anywhere in this file: JSON in equals JSON out, so parsing is idempotent
// and the pipeline's output type is exactly the app's input type.

/** Ids are lowercase slugs, so comma-joined lists in URLs always round-trip. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug (a-z, 0-9, -)');
export type Id = z.infer<typeof Id>;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written YYYY-MM-DD (no 2023-02-30). */
export function isCalendarDay(value: string): boolean {
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** A calendar day as 'YYYY-MM-DD'. Days stay strings so date logic never depends on a time zone. */
export const Day = z.string().refine(isCalendarDay, 'must be a calendar day written YYYY-MM-DD');
export type Day = z.infer<typeof Day>;

/** A day, or the first day of a month/year when the precision is coarser. */
export const PartialDateSchema = z.object({
  date: Day,
  precision: DatePrecision,
});
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const PublishedSchema = PartialDateSchema.extend({
  basis: DateBasis,
  /** Why this date: where it was printed, or how it was inferred. */
  note: z.string(),
});
export type Published = z.infer<typeof PublishedSchema>;

export const FieldProvenanceSchema = z.object({
  method: FieldMethod,
  note: z.string(),
});
export type FieldProvenance = z.infer<typeof FieldProvenanceSchema>;

/** A name in the text that looks like a person but matches no registry entry. */
export const UnlinkedNameSchema = z.object({
  text: z.string().min(1),
  count: z.int().positive(),
});
export type UnlinkedName = z.infer<typeof UnlinkedNameSchema>;

/** What the core file holds about an article; its text lives in `articles/<id>.json`. */
export const ArticleSchema = z.object({
  id: Id,
  seedFile: z.string().min(1),
  title: z.string(),
  outlet: z.string().nullable(),
  originalSource: z.string().nullable(),
  authors: z.array(z.string()),
  published: PublishedSchema.nullable(),
  curated: z.boolean(),
  provenance: z.object({
    title: FieldProvenanceSchema,
    outlet: FieldProvenanceSchema,
    originalSource: FieldProvenanceSchema,
    authors: FieldProvenanceSchema,
    published: FieldProvenanceSchema,
  }),
  paragraphCount: z.int().nonnegative(),
  removedBlockCount: z.int().nonnegative(),
  mentionCount: z.int().nonnegative(),
  /** Actors named in the article, sorted by id. */
  actorIds: z.array(Id),
  /** Events with at least one evidence quote in the article, sorted by id. */
  eventIds: z.array(Id),
  unlinkedNames: z.array(UnlinkedNameSchema),
  /** Path of the body file, relative to the dataset folder. */
  bodyFile: z.string().regex(/^articles\/[a-z0-9][a-z0-9-]*\.json$/),
});
export type Article = z.infer<typeof ArticleSchema>;

export const MentionSchema = z.object({
  actorId: Id,
  paragraph: z.int().nonnegative(),
  start: z.int().nonnegative(),
  end: z.int().positive(),
  match: MentionMatch,
});
export type Mention = z.infer<typeof MentionSchema>;

/** One block of the raw text, in order, with what cleaning did with it. */
export const SourceBlockSchema = z.object({
  role: BlockRole,
  text: z.string(),
  /** Why a block was dropped or set aside; empty for body text. */
  reason: z.string(),
  /** Index into `paragraphs` when the block was kept as body text. */
  paragraph: z.int().nonnegative().nullable(),
});
export type SourceBlock = z.infer<typeof SourceBlockSchema>;

export const ArticleBodySchema = z.object({
  schemaVersion: z.literal(1),
  id: Id,
  paragraphs: z.array(z.string()),
  blocks: z.array(SourceBlockSchema),
  mentions: z.array(MentionSchema),
});
export type ArticleBody = z.infer<typeof ArticleBodySchema>;

export const RoleSchema = z.object({
  title: z.string().min(1),
  organizationId: Id.nullable(),
  from: PartialDateSchema.nullable(),
  to: PartialDateSchema.nullable(),
  /** Articles that give this role. */
  articleIds: z.array(Id),
  note: z.string(),
});
export type Role = z.infer<typeof RoleSchema>;

export const ActorSchema = z.object({
  id: Id,
  name: z.string().min(1),
  side: Side,
  kind: ActorKind,
  /** Other forms of the name as the sources write them (titles, short forms, transliterations). */
  aliases: z.array(z.string()),
  /** Forms that are errors in a source, kept so the misspelling still links. */
  misspellings: z.array(z.string()),
  roles: z.array(RoleSchema),
  description: z.string(),
  mentionCount: z.int().nonnegative(),
  articleIds: z.array(Id),
  eventIds: z.array(Id),
});
export type Actor = z.infer<typeof ActorSchema>;

export const ChannelSideSchema = z.object({
  /** The offices that sit on this side, as prose. */
  offices: z.array(z.string()),
  actorIds: z.array(Id),
});

export const ChannelSchema = z.object({
  id: Id,
  name: z.string().min(1),
  shortName: z.string().min(1),
  description: z.string().min(1),
  mechanism: z.string().min(1),
  us: ChannelSideSchema,
  prc: ChannelSideSchema,
  /** Lane order on the timeline. */
  order: z.int().nonnegative(),
});
export type Channel = z.infer<typeof ChannelSchema>;

export const EventDateSchema = z.object({
  start: Day,
  /** Inclusive; equals `start` for a single day. */
  end: Day,
  precision: EventDatePrecision,
  basis: EventDateBasis,
  /** How the date was read from the text. */
  note: z.string().min(1),
});
export type EventDate = z.infer<typeof EventDateSchema>;

export const EvidenceSchema = z.object({
  articleId: Id,
  quote: z.string().min(1),
  paragraph: z.int().nonnegative(),
  start: z.int().nonnegative(),
  end: z.int().positive(),
  reporting: Reporting,
  /** Actors whose words the quote reports ("Wu said"). */
  speakerIds: z.array(Id),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const StatusEffectSchema = z.object({
  channelId: Id,
  status: ChannelStatus.exclude(['unknown']),
  /** The day the status takes effect: the event's start unless curated otherwise (a plan is proposed when announced). */
  effective: Day,
  /** How precisely `effective` is known: the event date's precision, unless curated otherwise. */
  precision: EventDatePrecision,
});
export type StatusEffect = z.infer<typeof StatusEffectSchema>;

export const EventNoteSchema = z.object({
  /** Which part of the event the note qualifies: date, channels, actors, status, summary. */
  field: z.string().min(1),
  note: z.string().min(1),
});
export type EventNote = z.infer<typeof EventNoteSchema>;

export const EventSchema = z.object({
  id: Id,
  type: EventType,
  date: EventDateSchema,
  channelIds: z.array(Id).min(1),
  actorIds: z.array(Id),
  summary: z.string().min(1),
  statusEffects: z.array(StatusEffectSchema),
  evidence: z.array(EvidenceSchema).min(1),
  notes: z.array(EventNoteSchema),
  /** Machine-suggested and not yet confirmed by an analyst. */
  draft: z.boolean(),
});
export type Event = z.infer<typeof EventSchema>;

export const StatusIntervalSchema = z.object({
  channelId: Id,
  status: ChannelStatus,
  start: Day,
  /** Exclusive. */
  end: Day,
  /** The event that opened this interval; null for the leading `unknown`. */
  eventId: Id.nullable(),
  /** How precisely the start is known (the opening effect's precision), so the chart can show a fuzzy edge. */
  precision: EventDatePrecision.nullable(),
});
export type StatusInterval = z.infer<typeof StatusIntervalSchema>;

export const DatasetSchema = z.object({
  schemaVersion: z.literal(1),
  /** A digest of the content: links carry it to tell when the data changed since. */
  version: z.string().regex(/^[0-9a-f]{12}$/),
  /** The span of days the timeline covers; `end` is exclusive. */
  coverage: z.object({ start: Day, end: Day }),
  articles: z.array(ArticleSchema),
  actors: z.array(ActorSchema),
  channels: z.array(ChannelSchema),
  events: z.array(EventSchema),
  statusIntervals: z.array(StatusIntervalSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;
