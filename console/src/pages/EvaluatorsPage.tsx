import { Link } from 'wouter';
import { answered, apiClient } from '../api/client';
import { PagedTable, usePagedList } from '../components/usePagedList';
import { formatTime } from '../format';

export function EvaluatorsPage() {
  const list = usePagedList(['evaluators'], (page) =>
    answered(apiClient.GET('/v1/evaluators', { params: { query: page } })),
  );
  return (
    <>
      <h1>Evaluators</h1>
      <PagedTable
        list={list}
        label="Evaluators"
        what="evaluators"
        head={
          <>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Container</th>
            <th scope="col" className="num">
              Version
            </th>
            <th scope="col">Threshold</th>
            <th scope="col">Updated</th>
          </>
        }
      >
        {(evaluator) => (
          <tr key={evaluator.id}>
            <th scope="row">
              <Link href={`/evaluators/${evaluator.id}`}>{evaluator.name}</Link>
            </th>
            <td>{evaluator.type}</td>
            <td>
              {evaluator.container_id ? (
                <Link href={`/containers/${evaluator.container_id}`}>{evaluator.container_id}</Link>
              ) : (
                '—'
              )}
            </td>
            <td className="num">v{evaluator.version}</td>
            <td>{evaluator.threshold ?? '—'}</td>
            <td>{formatTime(evaluator.updated_at)}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}
