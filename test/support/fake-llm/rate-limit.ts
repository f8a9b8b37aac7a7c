/**
 * A provider's requests-per-minute limit: over any sliding window (60 s, or shorter, as providers
 * may enforce a minute's limit over parts of it: 10 s at a sixth of it) at most the window's part
 * of the limit is accepted; the others get 429 with how long until one would be. Refused requests
 * do not count.
 */
export class RequestsPerMinute {
  /** Times (ms) of the accepted requests of the last minute, oldest first. */
  private readonly accepted: number[] = [];
  private limit: number | undefined;
  private windowMs = 60_000;
  /** Requests refused so far (since the limit was set). */
  refused = 0;

  set(requestsPerMinute: number | undefined, windowMs = 60_000): void {
    if (requestsPerMinute !== undefined && !(Number.isInteger(requestsPerMinute) && requestsPerMinute > 0))
      throw new RangeError('requestsPerMinute must be a positive integer');
    if (!(windowMs > 0 && windowMs <= 60_000)) throw new RangeError('windowMs must be within (0, 60000]');
    this.limit =
      requestsPerMinute === undefined ? undefined : Math.floor((requestsPerMinute * windowMs) / 60_000);
    this.windowMs = windowMs;
    this.accepted.length = 0;
    this.refused = 0;
  }

  /** Counts the request in, or says how long until the limit would let it (ms). */
  admit(now: number = Date.now()): { ok: true } | { ok: false; retryAfterMs: number } {
    if (this.limit === undefined) return { ok: true };
    while (this.accepted.length > 0 && this.accepted[0]! <= now - this.windowMs) this.accepted.shift();
    if (this.accepted.length < this.limit) {
      this.accepted.push(now);
      return { ok: true };
    }
    this.refused++;
    return { ok: false, retryAfterMs: this.accepted[0]! + this.windowMs - now };
  }
}
