import type { ReactNode } from 'react';
import type { FieldProvenance } from '../../schema/dataset.ts';
import { fieldMethodLabel } from '../../domain/labels.ts';

type MetadataRow = { label: string; value: ReactNode; provenance: FieldProvenance };

/** Article metadata, each field with how it was obtained (extracted, set by the analyst, inferred, not found) and why. */
export function FieldProvenanceList({ rows }: { rows: readonly MetadataRow[] }) {
  return (
    <dl className="provenance">
      {rows.map(({ label, value, provenance }) => (
        <div key={label} className="provenance__row">
          <dt>{label}</dt>
          <dd>
            <div className="provenance__value">{value}</div>
            <div className="provenance__how">
              <span className={`method method--${provenance.method}`}>{fieldMethodLabel[provenance.method]}</span>
              {provenance.note ? <span className="muted">: {provenance.note}</span> : null}
            </div>
          </dd>
        </div>
      ))}
    </dl>
  );
}
