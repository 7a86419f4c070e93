import type { ChannelStatus } from '../schema/enums.ts';
import { statusLabel } from '../domain/labels.ts';

/** A status as its name plus a colour swatch: the colour repeats the word, never replaces it. */
export function StatusBadge({ status }: { status: ChannelStatus }) {
  return (
    <span className={`status-badge status-badge--${status}`}>
      <span className="status-badge__swatch" aria-hidden="true" />
      {statusLabel[status]}
    </span>
  );
}
