/**
 * The cleaned paragraphs, as text nodes only: DESIGN.md "The app" — nothing from a seed ever
 * becomes HTML, so a paragraph holding "<script>" shows those characters.
 */
export function ArticleText({ paragraphs }: { paragraphs: readonly string[] }) {
  if (paragraphs.length === 0) return <p className="muted">The cleaned text has no paragraphs.</p>;
  return (
    <div className="article-text">
      {paragraphs.map((text, i) => (
        <p key={i} id={`p-${i}`}>
          {text}
        </p>
      ))}
    </div>
  );
}
