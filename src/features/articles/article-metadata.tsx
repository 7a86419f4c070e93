import type { Article } from '../../schema/dataset.ts';
import { countLabel } from '../../domain/labels.ts';
import { PublishedLabel } from '../../components/partial-date-label.tsx';
import { FieldProvenanceList } from './field-provenance.tsx';

/** The metadata fields of an article, each with how it was obtained, and what cleaning kept. */
export function ArticleMetadata({ article }: { article: Article }) {
  const { provenance, published } = article;
  const none = <span className="muted">none</span>;
  return (
    <>
      <FieldProvenanceList
        rows={[
          { label: 'Title', value: article.title || none, provenance: provenance.title },
          { label: 'Outlet', value: article.outlet ?? none, provenance: provenance.outlet },
          { label: 'Original source', value: article.originalSource ?? none, provenance: provenance.originalSource },
          { label: 'Authors', value: article.authors.length ? article.authors.join(', ') : none, provenance: provenance.authors },
          {
            label: 'Published',
            value: (
              <>
                <PublishedLabel value={published} />
                {/* The date's own note, unless it only repeats how the field was obtained. */}
                {published?.note && published.note !== provenance.published.note ? (
                  <span className="muted"> — {published.note}</span>
                ) : null}
              </>
            ),
            provenance: provenance.published,
          },
        ]}
      />
      <p className="muted">
        {countLabel(article.paragraphCount, 'paragraph')} kept,{' '}
        {countLabel(article.removedBlockCount, 'block')} of page furniture removed,{' '}
        {countLabel(article.mentionCount, 'actor mention')}.
      </p>
    </>
  );
}
