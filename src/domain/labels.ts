import type { ActorKind, ChannelStatus, DateBasis, EventType, FieldMethod, Reporting, Side } from '../schema/enums.ts';

// Display names for the schema's enums. Typed as total records, so adding an enum value
// without a label is a type error rather than a blank cell.

export const sideLabel: Record<Side, string> = { us: 'US', prc: 'PRC', other: 'Other' };

export const actorKindLabel: Record<ActorKind, string> = {
  leader: 'Leader',
  'military-officer': 'Military officer',
  'civilian-official': 'Civilian official',
  diplomat: 'Diplomat',
  legislator: 'Legislator',
  spokesperson: 'Spokesperson',
  scholar: 'Scholar',
  organization: 'Organisation',
};

export const statusLabel: Record<ChannelStatus, string> = {
  open: 'open',
  suspended: 'suspended',
  proposed: 'proposed',
  frozen: 'frozen',
  unknown: 'unknown',
};

export const eventTypeLabel: Record<EventType, string> = {
  meeting: 'Meeting',
  call: 'Call',
  'video-conference': 'Video conference',
  contact: 'Contact',
  proposal: 'Proposal',
  planned: 'Planned',
  refusal: 'Refusal',
  suspension: 'Suspension',
  resumption: 'Resumption',
  statement: 'Statement',
  incident: 'Incident',
};

export const dateBasisLabel: Record<DateBasis, string> = { stated: 'stated', inferred: 'inferred' };

export const fieldMethodLabel: Record<FieldMethod, string> = {
  extracted: 'extracted from the text',
  curated: 'set by the analyst',
  inferred: 'inferred',
  missing: 'not found',
};

export const reportingLabel: Record<Reporting, string> = {
  reported: 'reported at the time',
  recalled: 'recalled later',
  anticipated: 'anticipated',
};

/** "1 event", "2 events"; `plural` for irregular forms. */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
