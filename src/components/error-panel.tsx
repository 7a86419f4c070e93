import { useId } from 'react';

export type ErrorPanelProps = {
  title: string;
  summary: string;
  /** The URL that failed, shown as code so it can be copied. */
  url?: string | undefined;
  /** Every problem, one per line (`events[3].date.start: must be a calendar day…`). */
  issues?: readonly string[] | undefined;
  hint?: string | undefined;
  /** The command that fixes it, shown as code after the hint. */
  command?: string | undefined;
  onRetry?: (() => void) | undefined;
  /** 1 when the panel replaces a whole page, 2 inside a page. */
  level?: 1 | 2;
};

/** Says what is wrong, where, and how to fix it. Announced as an alert when it appears. */
export function ErrorPanel({ title, summary, url, issues = [], hint, command, onRetry, level = 2 }: ErrorPanelProps) {
  const headingId = useId();
  const Heading = level === 1 ? 'h1' : 'h2';
  const Sub = level === 1 ? 'h2' : 'h3';
  return (
    <section className="error-panel" role="alert" aria-labelledby={headingId}>
      <Heading id={headingId} className="error-panel__title">
        {title}
      </Heading>
      <p>{summary}</p>
      {url ? (
        <p>
          URL: <code>{url}</code>
        </p>
      ) : null}
      {issues.length > 0 ? (
        <>
          <Sub className="error-panel__subtitle">
            {issues.length === 1 ? '1 problem' : `${issues.length} problems`}
          </Sub>
          <ul className="error-panel__issues" aria-label="Problems">
            {issues.map((issue, i) => (
              <li key={i}>
                <code>{issue}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hint ? (
        <p className="error-panel__hint">
          {hint}
          {command ? (
            <>
              {' '}
              <code className="command">{command}</code>
            </>
          ) : null}
        </p>
      ) : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </section>
  );
}
