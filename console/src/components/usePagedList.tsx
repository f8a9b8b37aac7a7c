import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ErrorBox, Loading } from './Status';

/** One page of an API list, as every list route answers it. */
export interface Page<T> {
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
  total: number;
}

/** Which page to ask for: the list route's own `limit`, `after` and `before` query parameters. */
export type PageQuery = { limit: number; after?: string; before?: string };

/**
 * One page of an API list with the API's own cursors: `after` the last id for the
 * next page, `before` the first id for the previous one. `fetchPage` is the typed call
 * (`(page) => answered(apiClient.GET('/v1/…', { params: { query: { ...page, …filters } } }))`);
 * a new `key` (filters) resets to page one.
 */
export function usePagedList<T>(
  key: QueryKey,
  fetchPage: (page: PageQuery) => Promise<Page<T>>,
  options: { limit?: number; refetchInterval?: (page: Page<T> | undefined) => number | false } = {},
) {
  const [cursor, setCursor] = useState<Omit<PageQuery, 'limit'>>({});
  const resetKey = JSON.stringify(key);
  useEffect(() => setCursor({}), [resetKey]);
  const result = useQuery({
    queryKey: [...key, cursor],
    queryFn: () => fetchPage({ limit: options.limit ?? 20, ...cursor }),
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

export type PagedList<T> = ReturnType<typeof usePagedList<T>>;

/**
 * A page of an API list as a table with its pager under it: the error, a loading
 * line until the first page is there, then one row per item (`children`), and
 * `empty` as the table's only row when the page has none.
 */
export function PagedTable<T>({
  list,
  label,
  pagerLabel = label,
  what,
  head,
  empty,
  children,
}: {
  list: PagedList<T>;
  /** The table's accessible name. */
  label: string;
  /** The pager's name (`<pagerLabel> pages`), when shorter than the table's. */
  pagerLabel?: string;
  /** What is loading, in words ("runs"). */
  what: string;
  /** The header cells. */
  head: ReactNode;
  empty?: ReactNode;
  children(item: T): ReactNode;
}) {
  const page = list.page;
  return (
    <>
      <ErrorBox error={list.error} />
      {list.isPending ? (
        <Loading what={what} />
      ) : (
        <div className="table-wrap">
          <table className="data" aria-label={label}>
            <thead>
              <tr>{head}</tr>
            </thead>
            <tbody>
              {page?.data.map(children)}
              {page?.data.length === 0 && empty}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={`${pagerLabel} pages`}>
        <button type="button" className="secondary" onClick={list.previous} disabled={!list.hasPrevious}>
          ← Previous
        </button>
        <span aria-live="polite">
          {page?.data.length ?? 0} shown of {page === undefined ? '…' : page.total.toLocaleString('en-US')}
        </span>
        <button type="button" className="secondary" onClick={list.next} disabled={!list.hasNext}>
          Next →
        </button>
      </nav>
    </>
  );
}
