import { z } from 'zod';
import { Day, Id } from '../src/schema/dataset.ts';
import {
  ActorKind,
  ChannelStatus,
  DateBasis,
  DatePrecision,
  EventDateBasis,
  EventDatePrecision,
  EventType,
  Reporting,
  Side,
} from '../src/schema/enums.ts';

// Schemas for what analysts write by hand (seeds/registry/*.yaml, seeds/curation/*.yaml).
// Inputs are not the output: they allow shorthand (optional fields, partial dates) that the
// pipeline expands into the strict dataset shape. `.strict()` everywhere so a typo in a key
// is an error that names the key, not a silently ignored field.

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': a role date as precise as it is known. */
export const PartialDayInput = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")
  .refine((s) => Day.safeParse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s).success, {
    message: 'is not a real calendar date',
  });

const Misspelling = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      /** Article ids where this misspelling occurs; elsewhere the word may be an ordinary word ("Rather"). */
      onlyIn: z.array(Id).min(1),
    })
    .strict(),
]);
export type MisspellingInput = z.infer<typeof Misspelling>;

export const RoleInput = z
  .object({
    title: z.string().min(1),
    organization: Id.optional(),
    from: PartialDayInput.optional(),
    to: PartialDayInput.optional(),
    articles: z.array(Id).default([]),
    note: z.string().default(''),
  })
  .strict();

export const ActorInput = z
  .object({
    id: Id,
    name: z.string().min(1),
    side: Side,
    kind: ActorKind,
    /** Full alternative forms, matched wherever they occur. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Surname or short forms ("Brown", "Wu"): linked only in an article that also names this actor in full. */
    shortNames: z.array(z.string().min(1)).default([]),
    misspellings: z.array(Misspelling).default([]),
    roles: z.array(RoleInput).default([]),
    description: z.string().default(''),
  })
  .strict();
export type ActorInput = z.infer<typeof ActorInput>;

export const ActorsFile = z.object({ actors: z.array(ActorInput) }).strict();

const ChannelSideInput = z
  .object({
    offices: z.array(z.string().min(1)).min(1),
    actors: z.array(Id).default([]),
  })
  .strict();

export const ChannelInput = z
  .object({
    id: Id,
    name: z.string().min(1),
    shortName: z.string().min(1),
    description: z.string().min(1),
    mechanism: z.string().min(1),
    us: ChannelSideInput,
    prc: ChannelSideInput,
  })
  .strict();
export type ChannelInput = z.infer<typeof ChannelInput>;

export const ChannelsFile = z.object({ channels: z.array(ChannelInput) }).strict();

export const EvidenceInput = z
  .object({
    /** Copied verbatim from the article (whitespace may differ). */
    quote: z.string().min(1),
    reporting: Reporting,
    speakers: z.array(Id).default([]),
  })
  .strict();
export type EvidenceInput = z.infer<typeof EvidenceInput>;

export const EventDateInput = z
  .object({
    start: Day,
    end: Day.optional(),
    precision: EventDatePrecision,
    basis: EventDateBasis,
    note: z.string().min(1),
  })
  .strict();

export const StatusEffectInput = z
  .object({
    channel: Id,
    status: ChannelStatus.exclude(['unknown']),
    /** Defaults to the event's start; a plan takes effect when it is announced, not when it is due. */
    effective: Day.optional(),
    /** Precision of `effective`; defaults to 'day' for an explicit day, else the event date's. */
    precision: EventDatePrecision.optional(),
  })
  .strict();

export const NoteInput = z.object({ field: z.string().min(1), note: z.string().min(1) }).strict();

export const EventInput = z
  .object({
    id: Id,
    type: EventType,
    date: EventDateInput,
    channels: z.array(Id).min(1),
    actors: z.array(Id).default([]),
    summary: z.string().min(1),
    status: z.array(StatusEffectInput).default([]),
    notes: z.array(NoteInput).default([]),
    evidence: z.array(EvidenceInput).min(1),
    draft: z.boolean().default(false),
  })
  .strict();
export type EventInput = z.infer<typeof EventInput>;

/** Evidence in this article for an event that another article's curation defines. */
export const CorroborationInput = z
  .object({
    event: Id,
    evidence: z.array(EvidenceInput).min(1),
  })
  .strict();
export type CorroborationInput = z.infer<typeof CorroborationInput>;

/** A corrected field: `inferred` when the analyst worked it out rather than read it off the text. */
const CuratedField = <T extends z.ZodType>(value: T) =>
  z
    .object({ value, method: z.enum(['curated', 'inferred']).default('curated'), note: z.string().min(1) })
    .strict();

export const CurationFile = z
  .object({
    /** Corrections to what the pipeline read off the text; each says why. */
    article: z
      .object({
        title: CuratedField(z.string().min(1)).optional(),
        outlet: CuratedField(z.string().min(1).nullable()).optional(),
        originalSource: CuratedField(z.string().min(1).nullable()).optional(),
        authors: CuratedField(z.array(z.string().min(1))).optional(),
        published: z
          .object({ date: Day, precision: DatePrecision, basis: DateBasis, note: z.string().min(1) })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    events: z.array(EventInput).default([]),
    corroborates: z.array(CorroborationInput).default([]),
  })
  .strict();
export type CurationFile = z.infer<typeof CurationFile>;
