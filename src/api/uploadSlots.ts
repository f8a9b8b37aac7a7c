import { RateLimitedError } from '../domain/errors.js';

/**
 * Streamed uploads each project may run at once in this API process. An upload holds a
 * connection, a database writer and a chunk of memory for as long as its sender likes, so one
 * tenant opening many would starve the others; past the limit the next is a 429 at once.
 */
export class UploadSlots {
  private readonly active = new Map<string, number>();

  constructor(private readonly perProject: number) {}

  /** Takes a slot for the project (429 when none is free); call the returned function when done. */
  acquire(projectId: string): () => void {
    const count = this.active.get(projectId) ?? 0;
    if (count >= this.perProject) {
      throw new RateLimitedError(
        5,
        `concurrent uploads of this project (at most ${this.perProject} at once, ASSAY_MAX_CONCURRENT_UPLOADS)`,
      );
    }
    this.active.set(projectId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.active.get(projectId) ?? 1) - 1;
      if (left > 0) this.active.set(projectId, left);
      else this.active.delete(projectId);
    };
  }
}
