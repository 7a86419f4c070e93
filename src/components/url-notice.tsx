import './url-notice.css';

/** A URL parameter value that was dropped, and why (the shape of `SearchIssue` in src/url/codec.ts). */
export type DroppedParam = { param: string; value: string; problem: string };

/**
 * DESIGN.md "The app": unknown or malformed parameters are dropped with a visible notice, never
 * silently. Lists each dropped value with its parameter and the reason; renders nothing when
 * nothing was dropped. A polite status region, so it is announced without stealing focus.
 */
export function UrlNotice({ dropped }: { dropped: readonly DroppedParam[] }) {
  if (dropped.length === 0) return null;
  return (
    <div className="url-notice" role="status" aria-live="polite">
      <p className="url-notice__title">
        {dropped.length === 1
          ? 'Part of this link was not understood and was left out:'
          : `${dropped.length} parts of this link were not understood and were left out:`}
      </p>
      <ul className="url-notice__list">
        {dropped.map((issue, i) => (
          <li key={i}>
            <code>
              {issue.param}={issue.value}
            </code>
            : {issue.problem}
          </li>
        ))}
      </ul>
    </div>
  );
}
