type LoadingSkeletonProps = {
  /** Read out and shown above the placeholder bars. */
  label?: string;
  rows?: number;
};

/** Placeholder while data loads: a busy live region with a text label; the bars are decoration. */
export function LoadingSkeleton({ label = 'Loading the dataset…', rows = 6 }: LoadingSkeletonProps) {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-live="polite">
      <p className="skeleton__label">{label}</p>
      <div className="skeleton__bars" aria-hidden="true">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="skeleton__bar" />
        ))}
      </div>
    </div>
  );
}
