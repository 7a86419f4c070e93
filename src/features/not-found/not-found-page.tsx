import { useLocation } from 'react-router';
import { NotFoundPanel } from '../../components/not-found-panel.tsx';
import { actorIndexHref, articleIndexHref, channelIndexHref, timelineHref } from '../../url/paths.ts';

/** Any path the route table does not know. Needs no data, so it shows even if the dataset is broken. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <NotFoundPanel
      title="Page not found"
      links={[
        { href: timelineHref(), label: 'Timeline' },
        { href: channelIndexHref(), label: 'Channels' },
        { href: actorIndexHref(), label: 'Actors' },
        { href: articleIndexHref(), label: 'Articles' },
      ]}
    >
      <title>Page not found · Hotline</title>
      <p>
        Hotline has no page at <code>{pathname}</code>. Try one of these:
      </p>
    </NotFoundPanel>
  );
}
