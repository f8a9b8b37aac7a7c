import { Link } from 'wouter';
import type { Dataset } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { Pager, usePagedList } from '../components/usePagedList';
import { formatCount, formatTime } from '../format';

export function DatasetsPage() {
  const list = usePagedList<Dataset>('/v1/datasets', {});
  return (
    <>
      <h1>Datasets</h1>
      <ErrorBox error={list.error} />
      {list.isPending ? (
        <Loading what="datasets" />
      ) : (
        <div className="table-wrap">
          <table className="data" aria-label="Datasets">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" className="num">
                  Items
                </th>
                <th scope="col">Container</th>
                <th scope="col">Description</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {list.page?.data.map((dataset) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label="Datasets"
        total={list.page?.total}
        shown={list.page?.data.length ?? 0}
        hasPrevious={list.hasPrevious}
        hasNext={list.hasNext}
        onPrevious={list.previous}
        onNext={list.next}
      />
    </>
  );
}
