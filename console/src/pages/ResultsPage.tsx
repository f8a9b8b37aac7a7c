import { useInfiniteQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { answered, apiClient } from '../api/client';
import type { ResultsQuery, Run, RunResult } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { formatCount, formatMs, formatScore } from '../format';
import { linkSearch } from '../links';
import { evaluatorName, runModels } from '../runStatus';
import { ResultDrawer } from './ResultDrawer';
import { useRun } from './useRun';

/** The API's largest page: fewer round trips while scrolling through 50,000 rows. */
const PAGE_SIZE = 100;
/**
 * The first page only fills the scroller (at most 640 px of 36 px rows) and its
 * overscan: the API's answer grows with the page, and the first rows wait for it.
 */
const FIRST_PAGE_SIZE = 40;
const ROW_HEIGHT = 36;
/** The filters a results link may carry, typed as the results route takes them. */
type Filters = Pick<ResultsQuery, 'evaluator' | 'model' | 'passed' | 'status'>;
const verdicts = ['true', 'false'] as const satisfies readonly ResultsQuery['passed'][];
const resultStatuses = ['scored', 'unscored', 'error'] as const satisfies readonly ResultsQuery['status'][];
const oneOf = <Value extends string>(values: readonly Value[], value: string | null) =>
  values.find((known) => known === value);

export function ResultsPage() {
  const { id } = useParams<{ id: string }>();
  const filters = useResultFilters();
  // Asked beside the run, not after it: the first rows wait for one round trip, not two.
  const results = useResults(id, filters);
  const run = useRun(id);
  if (run.error) return <ErrorBox error={run.error} />;
  if (!run.data) return <Loading what="the run" />;
  return <ResultsView run={run.data} filters={filters} results={results} />;
}

/** The list's filters, from the URL (shareable; the key never is). */
function useResultFilters(): Filters {
  const search = useSearch();
  return useMemo(() => {
    const params = new URLSearchParams(search);
    // A value the route does not take is no filter (an edited link), not a 422.
    return {
      evaluator: params.get('evaluator') || undefined,
      model: params.get('model') || undefined,
      passed: oneOf(verdicts, params.get('passed')),
      status: oneOf(resultStatuses, params.get('status')),
    };
  }, [search]);
}

/** The run's results, a server page at a time on the API's `after` cursor. */
function useResults(runId: string, filters: Filters) {
  return useInfiniteQuery({
    queryKey: ['results', runId, filters],
    queryFn: ({ pageParam, signal }) =>
      answered(
        apiClient.GET('/v1/evaluations/runs/{id}/results', {
          params: {
            path: { id: runId },
            query: {
              ...filters,
              limit: pageParam === undefined ? FIRST_PAGE_SIZE : PAGE_SIZE,
              after: pageParam,
            },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more ? (last.last_id ?? undefined) : undefined),
  });
}

const column = createColumnHelper<RunResult>();

function ResultsView({
  run,
  filters,
  results,
}: {
  run: Run;
  filters: Filters;
  results: ReturnType<typeof useResults>;
}) {
  const [location, navigate] = useLocation();
  const setFilter = (name: keyof Filters, value: string) =>
    navigate(`${location}${linkSearch({ ...filters, [name]: value || undefined })}`, { replace: true });
  // `?item=`: a link to one item's results (a run page's calibration disagreements) opens it at once.
  const search = useSearch();
  const [openItem, setOpenItem] = useState<string | null>(() => new URLSearchParams(search).get('item'));

  const rows = useMemo(() => results.data?.pages.flatMap((page) => page.data) ?? [], [results.data]);
  const total = results.data?.pages[0]?.total;

  const columns = useMemo(
    () => [
      column.accessor('item_id', {
        header: 'Item',
        cell: (info) => (
          <button type="button" className="link-button" onClick={() => setOpenItem(info.getValue())}>
            {info.getValue()}
          </button>
        ),
      }),
      column.accessor('evaluator_id', {
        header: 'Evaluator',
        cell: (info) => evaluatorName(run, info.getValue()),
      }),
      column.accessor('model', { header: 'Model', cell: (info) => info.getValue() ?? '—' }),
      column.accessor('status', { header: 'Status' }),
      column.accessor('score', { header: 'Score', cell: (info) => formatScore(info.getValue()) }),
      column.accessor('passed', {
        header: 'Passed',
        cell: (info) => (info.getValue() === null ? '—' : info.getValue() ? 'pass' : 'fail'),
      }),
      column.accessor('latency_ms', { header: 'Latency', cell: (info) => formatMs(info.getValue()) }),
      column.accessor((r) => r.tokens.input + r.tokens.output, { id: 'tokens', header: 'Tokens' }),
    ],
    [run],
  );
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });
  const tableRows = table.getRowModel().rows;

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: results.hasNextPage ? tableRows.length + 1 : tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    // Near the end of what is loaded: fetch the next server page.
    if (lastIndex >= tableRows.length - 1 && results.hasNextPage && !results.isFetchingNextPage) {
      void results.fetchNextPage();
    }
  }, [lastIndex, tableRows.length, results]);

  const models = runModels(run);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href="/">Runs</Link> / <Link href={`/runs/${run.id}`}>{run.id}</Link> /{' '}
        <span aria-current="page">results</span>
      </nav>
      <h1>Results</h1>
      <form className="filters" aria-label="Result filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Evaluator
          <select
            value={filters.evaluator ?? ''}
            onChange={(event) => setFilter('evaluator', event.target.value)}
          >
            <option value="">All evaluators</option>
            {run.config.evaluators.map((evaluator) => (
              <option key={evaluator.id} value={evaluator.id}>
                {evaluator.name}
              </option>
            ))}
          </select>
        </label>
        {models.length > 0 && (
          <label>
            Model
            <select value={filters.model ?? ''} onChange={(event) => setFilter('model', event.target.value)}>
              <option value="">All models</option>
              {models.map((model) => (
                <option key={model} value={model}>
                  {model}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Verdict
          <select value={filters.passed ?? ''} onChange={(event) => setFilter('passed', event.target.value)}>
            <option value="">Pass or fail</option>
            <option value="true">Passed</option>
            <option value="false">Failed</option>
          </select>
        </label>
        <label>
          Status
          <select value={filters.status ?? ''} onChange={(event) => setFilter('status', event.target.value)}>
            <option value="">Any status</option>
            <option value="scored">scored</option>
            <option value="unscored">unscored</option>
            <option value="error">error</option>
          </select>
        </label>
        <output aria-live="polite" data-field="results-total">
          {total === undefined ? '…' : `${formatCount(total)} results`}
        </output>
      </form>
      <ErrorBox error={results.error} />
      <div
        ref={scroller}
        className="virtual-scroller"
        tabIndex={0}
        role="region"
        aria-label="Results table, scroll for more"
      >
        <table
          className="data"
          aria-label="Results"
          aria-rowcount={total === undefined ? undefined : total + 1}
        >
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col">
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true">
                <td style={{ height: paddingTop }} colSpan={columns.length} />
              </tr>
            )}
            {items.map((item) => {
              const row = tableRows[item.index];
              if (!row) {
                return (
                  <tr key="loader" style={{ height: ROW_HEIGHT }}>
                    <td colSpan={columns.length} className="muted">
                      Loading more…
                    </td>
                  </tr>
                );
              }
              return (
                <tr
                  key={row.id}
                  style={{ height: ROW_HEIGHT }}
                  aria-rowindex={item.index + 2}
                  data-result-id={row.original.id}
                  className={row.original.status === 'error' ? 'row-error' : undefined}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} data-field={cell.column.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true">
                <td style={{ height: paddingBottom }} colSpan={columns.length} />
              </tr>
            )}
          </tbody>
        </table>
        {results.isPending && <Loading what="results" />}
        {!results.isPending && rows.length === 0 && <p className="muted">No results match these filters.</p>}
      </div>
      {openItem !== null && <ResultDrawer run={run} itemId={openItem} onClose={() => setOpenItem(null)} />}
    </>
  );
}
