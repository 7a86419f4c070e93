import type { Day, Event } from '../schema/dataset.ts';
import type { EventType } from '../schema/enums.ts';
import { countLabel } from './labels.ts';

/** Event types in which the two sides actually spoke. Plans, proposals and statements are not contact. */
export const CONTACT_TYPES: readonly EventType[] = ['meeting', 'call', 'video-conference', 'contact'];

/**
 * The most recent confirmed contact among `events`: latest end day, then latest start, then id.
 * Drafts are left out: a machine suggestion is not evidence of contact.
 */
export function lastContact(events: readonly Event[]): Event | undefined {
  let best: Event | undefined;
  for (const e of events) {
    if (e.draft || !CONTACT_TYPES.includes(e.type)) continue;
    if (!best || e.date.end > best.date.end || (e.date.end === best.date.end && (e.date.start > best.date.start || (e.date.start === best.date.start && e.id > best.id)))) best = e;
  }
  return best;
}

/**
 * Whole calendar time from `from` to `to` in words: years and months, or days under a month.
 *
 *   ('2023-12-21', '2024-01-01') → "11 days"
 *   ('2021-08-31', '2024-01-01') → "2 years 4 months"
 *   ('2023-01-15', '2023-02-15') → "1 month"
 *   (same day)                   → "0 days"
 */
export function elapsedLabel(from: Day, to: Day): string {
  const [fy, fm, fd] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  const [ty, tm, td] = [Number(to.slice(0, 4)), Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  let months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  if (months < 1) {
    const days = Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
    return countLabel(Math.max(0, days), 'day');
  }
  const years = Math.floor(months / 12);
  months -= years * 12;
  return [years > 0 ? countLabel(years, 'year') : '', months > 0 ? countLabel(months, 'month') : ''].filter(Boolean).join(' ');
}
