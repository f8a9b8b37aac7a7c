import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, query } from '../api/client';
import type { ListPage } from '../api/types';

type Cursor = { after?: string; before?: string };

/**
 * One page of an API list with the API's own cursors: `after` the last id for the
 * next page, `before` the first id for the previous one. Filters reset to page one.
 */
export function usePagedList<T>(
  path: string,
  filters: Record<string, string | number | boolean | undefined>,
  options: { limit?: number; refetchInterval?: (page: ListPage<T> | undefined) => number | false } = {},
) {
  const [cursor, setCursor] = useState<Cursor>({});
  const filterKey = JSON.stringify(filters);
  useEffect(() => setCursor({}), [filterKey]);
  const result = useQuery({
    queryKey: [path, filterKey, cursor],
    queryFn: () => api<ListPage<T>>(path + query({ ...filters, limit: options.limit ?? 20, ...cursor })),
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval ? (q) => options.refetchInterval!(q.state.data) : false,
  });
  const page = result.data;
  const onFirstPage = !cursor.after && !cursor.before;
  // Going back, `has_more` says whether there is a page before this one.
  const hasPrevious = cursor.before ? Boolean(page?.has_more) : !onFirstPage;
  const hasNext = cursor.before ? true : Boolean(page?.has_more);
  return {
    ...result,
    page,
    hasPrevious,
    hasNext,
    next: () => page?.last_id && setCursor({ after: page.last_id }),
    previous: () => page?.first_id && setCursor({ before: page.first_id }),
  };
}

export function Pager({
  label,
  total,
  shown,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  label: string;
  total: number | undefined;
  shown: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
}) {
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" className="secondary" onClick={onPrevious} disabled={!hasPrevious}>
        ← Previous
      </button>
      <span aria-live="polite">
        {shown} shown of {total === undefined ? '…' : total.toLocaleString('en-US')}
      </span>
      <button type="button" className="secondary" onClick={onNext} disabled={!hasNext}>
        Next →
      </button>
    </nav>
  );
}
