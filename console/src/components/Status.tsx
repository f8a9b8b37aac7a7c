import { ApiError } from '../api/client';
import type { RunStatus } from '../api/types';

/** Status is said in words, never by colour alone. */
export function StatusBadge({ status }: { status: RunStatus | string }) {
  return <span className={`badge badge-${status}`}>{status}</span>;
}

export function ProgressBar({
  done,
  total,
  failed,
  label,
}: {
  done: number;
  total: number | null;
  failed: number;
  label: string;
}) {
  const known = total !== null && total > 0;
  const fraction = known ? Math.min(done / total!, 1) : 0;
  const text = known ? `${done.toLocaleString('en-US')} / ${total!.toLocaleString('en-US')}` : `${done} / ?`;
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? total! : undefined}
        aria-valuenow={known ? done : undefined}
        aria-valuetext={`${text}${failed ? `, ${failed} failed` : ''}`}
      >
        <div className="progress-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
      </div>
      <span className="progress-text">
        {text}
        {failed > 0 && <span className="failed"> · {failed} failed</span>}
      </span>
    </div>
  );
}

export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="error-box" role="alert">
      <p>{message}</p>
      {details.length > 0 && (
        <ul>
          {details.map((detail, index) => (
            <li key={index}>
              <code>{detail.field}</code>: {detail.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="muted">
      Loading {what}…
    </p>
  );
}
