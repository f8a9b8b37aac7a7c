import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'wouter';
import { answered, apiClient, uploadDatasetItems } from '../api/client';
import type { Dataset, DatasetUpload } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { PagedTable, usePagedList } from '../components/usePagedList';
import { formatContent, formatCount, formatTime } from '../format';
import { useSession } from '../session';

export function DatasetPage() {
  const { id } = useParams<{ id: string }>();
  const { canWrite } = useSession();
  const dataset = useQuery({
    queryKey: ['dataset', id],
    queryFn: () => answered(apiClient.GET('/v1/datasets/{id}', { params: { path: { id } } })),
  });
  const items = usePagedList(
    ['dataset-items', id],
    (page) => answered(apiClient.GET('/v1/datasets/{id}/items', { params: { path: { id }, query: page } })),
    { limit: 10 },
  );
  if (dataset.error) return <ErrorBox error={dataset.error} />;
  if (!dataset.data) return <Loading what="the dataset" />;
  const d = dataset.data;
  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href="/datasets">Datasets</Link> / <span aria-current="page">{d.name}</span>
      </nav>
      <h1>{d.name}</h1>
      <dl className="facts card">
        <dt>Id</dt>
        <dd>
          <code>{d.id}</code>
        </dd>
        <dt>Items</dt>
        <dd data-field="item-count">{formatCount(d.item_count)}</dd>
        <dt>Description</dt>
        <dd>{d.description ?? '—'}</dd>
        <dt>Updated</dt>
        <dd>{formatTime(d.updated_at)}</dd>
      </dl>
      {canWrite && <UploadForm dataset={d} />}
      <section className="card" aria-labelledby="preview-title">
        <h2 id="preview-title">Items</h2>
        <PagedTable
          list={items}
          label="Dataset items"
          pagerLabel="Items"
          what="items"
          head={
            <>
              <th scope="col">Id</th>
              <th scope="col">Input</th>
              <th scope="col">Output</th>
              <th scope="col">Metadata</th>
            </>
          }
        >
          {(item) => (
            <tr key={item.id}>
              <th scope="row">
                <code>{item.id}</code>
              </th>
              <td className="clip">{formatContent(item.input)}</td>
              <td className="clip">{formatContent(item.output)}</td>
              <td>{Object.keys(item.metadata).length ? JSON.stringify(item.metadata) : '—'}</td>
            </tr>
          )}
        </PagedTable>
      </section>
    </>
  );
}

/** A JSONL file streamed to the items endpoint, with the upload's progress. */
function UploadForm({ dataset }: { dataset: Dataset }) {
  const queryClient = useQueryClient();
  const file = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<DatasetUpload | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) return setError(new Error('Choose a .jsonl file first.'));
    setError(null);
    setOutcome(null);
    setProgress({ sent: 0, total: chosen.size });
    try {
      const answer = await uploadDatasetItems(dataset.id, chosen, (sent, total) =>
        setProgress({ sent, total }),
      );
      setOutcome(answer);
      await queryClient.invalidateQueries({ queryKey: ['dataset'] });
      await queryClient.invalidateQueries({ queryKey: ['dataset-items', dataset.id] });
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">Upload items (JSONL)</h2>
      <p className="muted">
        One item per line: <code>{'{"id"?, "input", "output"?, "metadata"?}'}</code>. All or nothing: any bad
        line rejects the whole file, naming every bad line.
      </p>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor="jsonl-file">JSONL file</label>
        <input
          id="jsonl-file"
          ref={file}
          type="file"
          accept=".jsonl,.ndjson,application/x-ndjson,application/jsonl"
        />
        <button type="submit" disabled={progress !== null}>
          Upload
        </button>
      </form>
      {progress && (
        <p>
          <label htmlFor="upload-progress">Uploading </label>
          <progress id="upload-progress" max={progress.total} value={progress.sent} />{' '}
          {Math.round((progress.sent / Math.max(progress.total, 1)) * 100)}%
        </p>
      )}
      {outcome && (
        <p role="status" data-field="upload-outcome">
          Uploaded: {outcome.inserted} new, {outcome.duplicates} already there; the dataset now holds{' '}
          {outcome.item_count} items.
        </p>
      )}
      <ErrorBox error={error} />
    </section>
  );
}
