import type { EventType } from '../../schema/enums.ts';

// One shape per event type, so marks differ by shape and never by colour alone. Each path is
// centred on (0, 0) and about 12 px across.
const GLYPHS: Record<EventType, string> = {
  meeting: 'M-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0Z',
  call: 'M-5,-5h10v10h-10Z',
  'video-conference': 'M-7,-4.5h14v9h-14Z',
  contact: 'M-3,-5.2h6l3,5.2l-3,5.2h-6l-3,-5.2Z',
  proposal: 'M0,-6l6,10.4h-12Z',
  planned: 'M0,-6l6,10.4h-12ZM0,-1.5l2.4,4.2h-4.8Z',
  refusal: 'M-5.5,-3.5l2,-2l3.5,3.5l3.5,-3.5l2,2l-3.5,3.5l3.5,3.5l-2,2l-3.5,-3.5l-3.5,3.5l-2,-2l3.5,-3.5Z',
  suspension: 'M0,6l6,-10.4h-12Z',
  resumption: 'M-1.6,-6h3.2v4.4h4.4v3.2h-4.4v4.4h-3.2v-4.4h-4.4v-3.2h4.4Z',
  statement: 'M0,-6.5l6.5,6.5l-6.5,6.5l-6.5,-6.5Z',
  incident: 'M0,-6.5l1.9,4.1l4.5,0.5l-3.3,3.1l0.9,4.4l-4,-2.2l-4,2.2l0.9,-4.4l-3.3,-3.1l4.5,-0.5Z',
};

/**
 * An event type's shape, centred on (x, y); a draft is drawn hollow with a dashed outline.
 * Purely visual: the mark carries the name.
 */
export function EventGlyph({ type, draft, x = 0, y = 0 }: { type: EventType; draft: boolean; x?: number; y?: number }) {
  return (
    <path
      className={`event-glyph${draft ? ' event-glyph--draft' : ''}`}
      d={GLYPHS[type]}
      fillRule="evenodd"
      transform={x || y ? `translate(${x},${y})` : undefined}
    />
  );
}

/** The glyph on its own, for the legend and the list. */
export function GlyphIcon({ type, draft = false }: { type: EventType; draft?: boolean }) {
  return (
    <svg className="glyph-icon" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <EventGlyph type={type} draft={draft} />
    </svg>
  );
}
