/** DESIGN.md "Inputs → Raw articles": an uncurated article carries a clear "not yet curated" mark. */
export function CurationMark({ curated }: { curated: boolean }) {
  return curated ? (
    <span className="tag tag--curated">curated</span>
  ) : (
    <span className="tag tag--uncurated">not yet curated</span>
  );
}
