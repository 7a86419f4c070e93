import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readSearchParams, type SearchDefinition, type SearchIssue } from './codec.ts';

type LocationState = { dropped?: SearchIssue[] } | null;

/**
 * Binds a search definition to the address bar.
 *
 * The URL is parsed once per change (values decoded exactly once, malformed encoding kept
 * as text and reported). A link with dropped values is rewritten to its canonical form with
 * `replace`, so Back never lands on the broken address; the dropped list rides along in
 * history state, so the notice survives the rewrite. Updates push a new history entry, so
 * Back and Forward step through the analyst's changes.
 *
 * `ctx` must be stable (the dataset index), or parsing reruns on every render.
 */
export function useSearchState<S, Ctx>(def: SearchDefinition<S, Ctx>, ctx: Ctx) {
  const location = useLocation();
  const navigate = useNavigate();
  const { value, issues } = useMemo(() => def.parse(readSearchParams(location.search), ctx), [def, location.search, ctx]);
  const canonical = useMemo(() => def.serialize(value).toString(), [def, value]);

  useEffect(() => {
    if (issues.length === 0) return;
    void navigate({ search: canonical ? `?${canonical}` : '', hash: location.hash }, { replace: true, state: { dropped: issues } });
  }, [issues, canonical, location.hash, navigate]);

  const update = useCallback(
    (change: (current: S) => S) => {
      const next = def.serialize(change(value)).toString();
      if (next === canonical) return;
      void navigate({ search: next ? `?${next}` : '' });
    },
    [def, value, canonical, navigate],
  );

  const dropped = (location.state as LocationState)?.dropped ?? issues;
  return [value, update, dropped] as const;
}
