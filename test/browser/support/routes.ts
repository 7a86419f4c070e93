import { readFileSync } from 'node:fs';
import { DatasetSchema } from '../../../src/schema/dataset.ts';

// Every route of the app, with real ids from the committed dataset, so quality checks
// (accessibility, security, robustness, layout) cover each view, including new ones.
export const dataset = DatasetSchema.parse(JSON.parse(readFileSync(new URL('../../../public/data/dataset.json', import.meta.url), 'utf8')));

const firstEvent = dataset.events[0]!;
const curated = dataset.articles.find((a) => a.curated)!;
const actor = [...dataset.actors].sort((a, b) => b.mentionCount - a.mentionCount)[0]!;

/** App-relative paths (no leading slash), one per view. */
export const ROUTES: { name: string; path: string }[] = [
  { name: 'timeline', path: '' },
  { name: 'timeline, filtered, with a selected event', path: `?channel=chiefs,mmca&event=${firstEvent.id}` },
  { name: 'timeline as of a day', path: '?asof=2023-01-01' },
  { name: 'channel index', path: 'channels' },
  { name: 'channel page', path: `channels/${dataset.channels[0]!.id}` },
  { name: 'actor index', path: 'actors' },
  { name: 'actor profile', path: `actors/${actor.id}` },
  { name: 'article index', path: 'articles' },
  { name: 'article view', path: `articles/${curated.id}` },
  { name: 'article at a quote', path: `articles/${firstEvent.evidence[0]!.articleId}?quote=${firstEvent.id}.0` },
  { name: 'article with original text', path: `articles/${curated.id}?original=1` },
  { name: 'not found', path: 'no-such-page' },
];

/** Route templates whose ids and search params the robustness test fills with junk. */
export const TEMPLATES = ['', 'channels', 'channels/:id', 'actors', 'actors/:id', 'articles', 'articles/:id'];

/** Search keys the views read, to aim junk values at real parameters as well as unknown ones. */
export const KNOWN_KEYS = ['from', 'to', 'asof', 'channel', 'actor', 'side', 'type', 'source', 'q', 'event', 'draft', 'v', 'quote', 'original', 'kind', 'sort', 'curated', 'outlet'];

export const IDS = {
  channel: dataset.channels.map((c) => c.id),
  actor: dataset.actors.map((a) => a.id),
  article: dataset.articles.map((a) => a.id),
  event: dataset.events.map((e) => e.id),
};
