import type { ReactNode } from 'react';
import { Link } from 'react-router';

type NotFoundPanelProps = {
  title: string;
  children: ReactNode;
  links: readonly { href: string; label: string }[];
};

/** A page-level "not here": what was asked for, and where to go instead. */
export function NotFoundPanel({ title, children, links }: NotFoundPanelProps) {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{title}</h1>
      <div className="not-found__body">{children}</div>
      <ul className="not-found__links">
        {links.map((link) => (
          <li key={link.href}>
            <Link to={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
