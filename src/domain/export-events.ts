import type { Event } from '../schema/dataset.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { formatEventDate } from './partial-date.ts';

// Exports are built from the filtered events alone, deterministically (no clock, fixed column
// and key order), so the same view always downloads the same bytes.

const CSV_COLUMNS = [
  'id',
  'date_start',
  'date_end',
  'date_precision',
  'date_label',
  'date_basis',
  'type',
  'draft',
  'channel_ids',
  'channels',
  'status_effects',
  'actor_ids',
  'actors',
  'summary',
  'source_ids',
  'source_count',
  'evidence',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, or line break, or starts
 * or ends with a space; quotes doubled. A field that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) gets a leading apostrophe, so opening a export of
 * scraped text can never execute anything.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The events as CSV: a header row and one row per event, CRLF line ends, UTF-8 with a BOM
 * (so spreadsheet programs read accents and dashes right). Lists are joined with "; ".
 * `evidence` holds every quote, one per line:
 *   [003-209ec3550312bc1b #2, reported, speakers: wu-qian] "…quote…"
 */
export function eventsToCsv(events: readonly Event[], index: DatasetIndex): string {
  const rows = events.map((e) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: e.id,
      date_start: e.date.start,
      date_end: e.date.end,
      date_precision: e.date.precision,
      date_label: formatEventDate(e.date),
      date_basis: e.date.basis,
      type: e.type,
      draft: e.draft ? 'yes' : 'no',
      channel_ids: e.channelIds.join('; '),
      channels: e.channelIds.map((id) => index.channelsById.get(id)?.name ?? id).join('; '),
      status_effects: e.statusEffects.map((s) => `${s.channelId}: ${s.status} from ${s.effective} (${s.precision})`).join('; '),
      actor_ids: e.actorIds.join('; '),
      actors: e.actorIds.map((id) => index.actorsById.get(id)?.name ?? id).join('; '),
      summary: e.summary,
      source_ids: [...new Set(e.evidence.map((x) => x.articleId))].join('; '),
      source_count: String(new Set(e.evidence.map((x) => x.articleId)).size),
      evidence: e.evidence
        .map((x, i) => {
          const speakers = x.speakerIds.length > 0 ? `, speakers: ${x.speakerIds.join(' ')}` : '';
          return `[${x.articleId} #${i}, ${x.reporting}${speakers}] "${x.quote}"`;
        })
        .join('\n'),
    };
    return CSV_COLUMNS.map((c) => csvField(cells[c])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * The events as JSON: the dataset version they come from, the view's query string, and each
 * event as in the dataset (evidence quotes with their article ids and offsets), plus the
 * names of its channels and actors and the articles it cites, so the file reads on its own.
 */
export function eventsToJson(events: readonly Event[], index: DatasetIndex, query: string): string {
  const articleIds = [...new Set(events.flatMap((e) => e.evidence.map((x) => x.articleId)))].sort();
  const doc = {
    format: 'hotline-events',
    formatVersion: 1,
    datasetVersion: index.dataset.version,
    query,
    count: events.length,
    events: events.map((e) => ({
      ...e,
      channelNames: e.channelIds.map((id) => index.channelsById.get(id)?.name ?? null),
      actorNames: e.actorIds.map((id) => index.actorsById.get(id)?.name ?? null),
    })),
    articles: articleIds.map((id) => {
      const a = index.articlesById.get(id);
      return { id, title: a?.title ?? null, outlet: a?.outlet ?? null, published: a?.published ?? null };
    }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
