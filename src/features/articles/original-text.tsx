import type { SourceBlock } from '../../schema/dataset.ts';
import type { BlockRole } from '../../schema/enums.ts';
import { countLabel } from '../../domain/labels.ts';

/** What cleaning did with a block of each role. */
const blockFate: Record<BlockRole, 'kept' | 'metadata' | 'dropped'> = {
  body: 'kept',
  headline: 'metadata',
  dateline: 'metadata',
  byline: 'metadata',
  outlet: 'metadata',
  source: 'metadata',
  boilerplate: 'dropped',
  duplicate: 'dropped',
};

const roleLabel: Record<BlockRole, string> = {
  body: 'body text',
  headline: 'headline',
  dateline: 'dateline',
  byline: 'byline',
  outlet: 'outlet',
  source: 'original source',
  boilerplate: 'boilerplate',
  duplicate: 'duplicate',
};

function blockLabel(block: SourceBlock): string {
  switch (blockFate[block.role]) {
    case 'kept':
      return block.paragraph === null ? 'kept' : `kept as paragraph ${block.paragraph + 1}`;
    case 'metadata':
      return `set aside: ${roleLabel[block.role]}${block.reason ? ` (${block.reason})` : ''}`;
    case 'dropped':
      return `dropped: ${roleLabel[block.role]}${block.reason ? ` (${block.reason})` : ''}`;
  }
}

/**
 * The original text, every block in order, each labelled with what cleaning did with it and why:
 * kept as a paragraph, set aside as metadata (headline, byline…), or dropped (boilerplate,
 * duplicates). Text only: the labels are words, not just a colour or a strike-through.
 */
export function OriginalText({ blocks }: { blocks: readonly SourceBlock[] }) {
  if (blocks.length === 0) return <p className="muted">The original text has no blocks.</p>;
  const fates = blocks.map((b) => blockFate[b.role]);
  const kept = fates.filter((f) => f === 'kept').length;
  const metadata = fates.filter((f) => f === 'metadata').length;
  const dropped = fates.filter((f) => f === 'dropped').length;
  return (
    <>
      <p className="muted">
        {countLabel(blocks.length, 'block')} in the original: {kept} kept as paragraphs, {metadata} set aside as metadata,{' '}
        {dropped} dropped.
      </p>
      <ol className="original-text" aria-label="Original text, block by block">
        {blocks.map((block, i) => (
          <li key={i} className={`block block--${blockFate[block.role]}`}>
            <span className="block__label">{blockLabel(block)}</span>
            <span className="block__text">{block.text}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
