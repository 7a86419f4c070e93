import type { Mention, Published, UnlinkedName } from '../../src/schema/dataset.ts';
import { articleIdFromStem } from '../build-dataset.ts';
import type { EventInput } from '../input-schemas.ts';
import { hasErrors, type PipelineIssue } from '../issues.ts';
import type { Registry } from '../registry.ts';
import { cleanArticle, type CleanedArticle } from '../steps/clean.ts';
import { compileMentionMatcher, findMentions } from '../steps/mentions.ts';
import { extractMetadata, type ExtractedMetadata } from '../steps/metadata.ts';
import { findPublicationDate, type PublicationDate } from '../steps/publication-date.ts';
import { findUnlinkedNames } from '../steps/unlinked-names.ts';
import { compileChannelRules } from './channel-guess.ts';
import { checkDraft, draftEventId, renderDraft, toEventInput } from './draft-yaml.ts';
import { suggestEvents, type Suggestion } from './suggest-events.ts';

export type IngestArticleInput = {
  /** The raw text, exactly as it will be stored in seeds/. */
  text: string;
  /** The seed's stem (file name without .txt) and path, as the pipeline will know them. */
  stem: string;
  seedFile: string;
  /** Where the text came from, for the draft's header. */
  source: string;
  registry: Registry;
  publishedOverride?: Published | null;
};

export type IngestedArticle = {
  articleId: string;
  cleaned: CleanedArticle;
  metadata: ExtractedMetadata;
  publication: PublicationDate;
  /** The date relative expressions were resolved against: --published if given, else the text's. */
  published: Published | null;
  mentions: Mention[];
  unlinked: UnlinkedName[];
  suggestions: Suggestion[];
  events: EventInput[];
  /** The draft curation file's text. */
  yaml: string;
  issues: PipelineIssue[];
};

/**
 * One raw article → everything ingest knows about it and the draft curation file, using the
 * pipeline's own steps (clean, metadata, publication date, mentions, unlinked names) so the
 * draft says what `npm run data` will find. Pure: the CLI (pipeline/ingest.ts) does the I/O.
 * `issues` holds the reasons the text cannot be a seed (empty, binary, no body) and any
 * failure of the draft to read back through the curation schema; `yaml` is '' then.
 */
export function ingestArticle(input: IngestArticleInput): IngestedArticle {
  const articleId = articleIdFromStem(input.stem);
  const cleaning = cleanArticle(input.text, input.seedFile);
  const cleaned = cleaning.value;
  const metadata = extractMetadata(cleaned);
  const publication = findPublicationDate(cleaned);
  const published = input.publishedOverride ?? publication.published;
  const empty = { articleId, cleaned, metadata, publication, published, mentions: [], unlinked: [], suggestions: [], events: [], yaml: '' };
  if (hasErrors(cleaning.issues)) return { ...empty, issues: cleaning.issues };

  const { actors, channels } = input.registry;
  const mentions = findMentions(cleaned.paragraphs, compileMentionMatcher(actors), articleId);
  const unlinked = findUnlinkedNames(cleaned.paragraphs, mentions, actors);
  const suggestions = suggestEvents({
    paragraphs: cleaned.paragraphs,
    title: cleaned.title,
    mentions,
    published,
    actors,
    channels,
    channelRules: compileChannelRules(channels, actors),
  });
  const events = suggestions.map((s, i) => toEventInput(s, draftEventId(articleId, i + 1))).filter((e): e is EventInput => e !== null);
  const yaml = renderDraft({
    seedFile: input.seedFile,
    source: input.source,
    articleId,
    title: { text: cleaned.title, found: cleaned.titleFound },
    metadata,
    publication,
    publishedOverride: input.publishedOverride ?? null,
    unlinked,
    suggestions,
  });
  const curationFile = input.seedFile.replace(/^(.*\/)?([^/]+)\.txt$/, (_, dir: string | undefined, name: string) => `${dir ?? ''}curation/${name}.yaml`);
  const issues = checkDraft(curationFile, yaml, events);
  return { articleId, cleaned, metadata, publication, published, mentions, unlinked, suggestions, events, yaml: hasErrors(issues) ? '' : yaml, issues };
}
