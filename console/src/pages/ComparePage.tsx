import { Link, useParams } from 'wouter';

export function ComparePage() {
  const { id } = useParams<{ id: string }>();
  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href="/">Runs</Link> / <Link href={`/runs/${id}`}>{id}</Link> /{' '}
        <span aria-current="page">compare</span>
      </nav>
      <h1>Compare runs</h1>
      <p className="muted">Waiting for the compare API.</p>
    </>
  );
}
