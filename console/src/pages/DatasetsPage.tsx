import { Link } from 'wouter';
import { answered, apiClient } from '../api/client';
import { PagedTable, usePagedList } from '../components/usePagedList';
import { formatCount, formatTime } from '../format';

export function DatasetsPage() {
  const list = usePagedList(['datasets'], (page) =>
    answered(apiClient.GET('/v1/datasets', { params: { query: page } })),
  );
  return (
    <>
      <h1>Datasets</h1>
      <PagedTable
        list={list}
        label="Datasets"
        what="datasets"
        head={
          <>
            <th scope="col">Name</th>
            <th scope="col" className="num">
              Items
            </th>
            <th scope="col">Container</th>
            <th scope="col">Description</th>
            <th scope="col">Updated</th>
          </>
        }
      >
        {(dataset) => (
          <tr key={dataset.id}>
            <th scope="row">
              <Link href={`/datasets/${dataset.id}`}>{dataset.name}</Link>
            </th>
            <td className="num" data-field="item-count">
              {formatCount(dataset.item_count)}
            </td>
            <td>{dataset.container_id ?? '—'}</td>
            <td>{dataset.description ?? '—'}</td>
            <td>{formatTime(dataset.updated_at)}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}
