import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Logger } from '../../platform/log.js';
import { modelLimiterShare, modelLimiterWaitSeconds } from '../../platform/metrics.js';
import type { ResolvedModel } from '../providers.js';
import type { LimitBoard, WorkerPresence } from './limitBoard.js';
import { LimitGate, type Backoff, type GateLease } from './limitGate.js';

/** How often a worker says it is alive and reads the others (and their 429 backoffs). */
export const LIMIT_REFRESH_MS = 250;
/** A worker not heard of for this long no longer takes a share; its presence is swept later. */
const PRESENCE_TTL_MS = 5_000;
const SWEEP_AFTER_MS = 60_000;

export interface LimitedCall {
  /** Who waits in turn: the run (calls of different runs alternate). */
  scope: string;
  /** Estimated tokens (the prompt's), settled when the call returns. */
  tokens: number;
  /**
   * Within its scope, calls of a lower order go first (a run's earlier batches): the batches in
   * flight then finish one after another, each tail filled by the next batch's calls, instead of
   * together with the allowance idle while their last items finish.
   */
  order?: number;
  signal?: AbortSignal;
}

export interface CallPermit {
  /** How long the call waited for its allowances. */
  waitedMs: number;
  /** Call once the call is over, with the tokens it used when known. */
  release(usedTokens?: number): void;
}

/**
 * The provider allowances of this worker (ASSAY_PROVIDERS' max_concurrency, requests_per_minute,
 * tokens_per_minute, and model_limits), held for every worker together: each worker beats on a
 * board in the store every LIMIT_REFRESH_MS, saying how many calls it has on each allowance, and
 * takes the part its calls are of all workers' calls; a 429 cuts the allowance for all of them
 * (see LimitGate). Without a board (a model client in a test, a script) the whole allowance is
 * this process's.
 */
export class CallLimiter {
  private readonly gates = new Map<string, LimitGate>();
  private readonly workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private lastSweep = 0;
  /** What the board said last: a gate made later starts from it. */
  private knownBackoffs = new Map<string, Backoff>();
  private knownPresences: WorkerPresence[] = [];
  /** Settled once the board has been read (or could not be): until then a newcomer knows no share. */
  private firstRead: Promise<void> = Promise.resolve();
  private boardFailing = false;

  constructor(
    private readonly options: {
      board?: LimitBoard;
      logger?: Pick<Logger, 'warn' | 'info'>;
      now?: () => number;
    } = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Starts beating on the board (no-op without one). */
  start(): void {
    if (!this.options.board || this.timer) return;
    this.firstRead = this.refresh();
    this.timer = setInterval(() => void this.refresh(), LIMIT_REFRESH_MS);
  }

  /** Stops beating and leaves the board, so the others take its part at once. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.refreshing;
    await this.options.board?.leave(this.workerId).catch(() => {});
  }

  /** Waits for every allowance the call falls under: the model's (if it has one), then the provider's. */
  async acquire(resolved: ResolvedModel, call: LimitedCall): Promise<CallPermit> {
    const leases: GateLease[] = [];
    const started = this.now();
    await this.firstRead;
    let waitedMs = this.now() - started;
    try {
      for (const gate of this.gatesOf(resolved)) {
        const granted = await gate.acquire(call.scope, call.tokens, call.signal, call.order);
        leases.push(granted.lease);
        waitedMs += granted.waitedMs;
      }
    } catch (error) {
      for (const lease of leases) lease.release();
      throw error;
    }
    modelLimiterWaitSeconds.observe({ provider: resolved.provider.name }, waitedMs / 1000);
    return {
      waitedMs,
      release: (usedTokens) => {
        for (const lease of leases) lease.release(usedTokens);
      },
    };
  }

  /** A 429: every allowance the call fell under backs off, here at once and elsewhere within a beat. */
  rateLimited(resolved: ResolvedModel, retryAfterMs: number | undefined): void {
    for (const gate of this.gatesOf(resolved)) {
      const backoff = gate.rateLimited(retryAfterMs);
      if (backoff) void this.options.board?.publishBackoff(gate.key, backoff).catch(this.boardFailed);
    }
  }

  private gatesOf({ provider, model }: ResolvedModel): LimitGate[] {
    const gates = [
      this.gate(provider.name, {
        concurrency: provider.maxConcurrency,
        requestsPerMinute: provider.requestsPerMinute,
        tokensPerMinute: provider.tokensPerMinute,
      }),
    ];
    const own = provider.modelLimits[model];
    if (own) {
      gates.unshift(
        this.gate(`${provider.name}/${model}`, {
          concurrency: own.max_concurrency ?? provider.maxConcurrency,
          requestsPerMinute: own.requests_per_minute,
          tokensPerMinute: own.tokens_per_minute,
        }),
      );
    }
    return gates;
  }

  private gate(key: string, limits: LimitGate['limits']): LimitGate {
    let gate = this.gates.get(key);
    if (!gate) {
      gate = new LimitGate(key, limits, this.options.now);
      // New here, so maybe new everywhere (a run starting on every worker at once): an equal part
      // among all live workers, until the next beat says which of them use it.
      gate.setShare(this.shareOf(key, this.now(), { anyLiveWorker: true }));
      const backoff = this.knownBackoffs.get(key);
      if (backoff) gate.adopt(backoff);
      this.gates.set(key, gate);
    }
    return gate;
  }

  /**
   * This worker's part of an allowance: its calls over all live workers' calls on it, as the board
   * last showed them (one snapshot for everyone, so the parts add up to the whole). A worker the
   * snapshot shows with no calls there (it just got some) takes an equal part meanwhile; with
   * `anyLiveWorker` (an allowance new here, maybe new everywhere) every live worker counts.
   */
  private shareOf(key: string, now: number, options: { anyLiveWorker?: boolean } = {}): number {
    const callsOf = (p: WorkerPresence) => p.demand.find((d) => d.key === key)?.calls ?? 0;
    const live = this.knownPresences.filter((p) => now - p.seenAt < PRESENCE_TTL_MS);
    const others = live.filter((p) => p.workerId !== this.workerId);
    const mine = live.find((p) => p.workerId === this.workerId);
    const othersUsing = options.anyLiveWorker ? others : others.filter((p) => callsOf(p) > 0);
    if (options.anyLiveWorker || !mine || callsOf(mine) === 0) return 1 / (othersUsing.length + 1);
    const total = live.reduce((sum, p) => sum + callsOf(p), 0);
    return callsOf(mine) / total;
  }

  /** One beat: say which allowances this worker uses, then split each among the workers using it. */
  private refresh(): Promise<void> {
    this.refreshing ??= this.refreshOnce().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    const board = this.options.board!;
    const now = this.now();
    const demand = [...this.gates.values()]
      .map((g) => ({ key: g.key, calls: g.takeDemand() }))
      .filter((d) => d.calls > 0);
    try {
      await board.beat({ workerId: this.workerId, seenAt: now, demand });
      const [presences, backoffs] = await Promise.all([board.presences(), board.backoffs()]);
      this.knownBackoffs = backoffs;
      this.knownPresences = presences;
      for (const gate of this.gates.values()) {
        gate.setShare(this.shareOf(gate.key, now));
        const backoff = backoffs.get(gate.key);
        if (backoff) gate.adopt(backoff);
        modelLimiterShare.set({ allowance: gate.key }, gate.part(now));
      }
      if (now - this.lastSweep > SWEEP_AFTER_MS) {
        this.lastSweep = now;
        await board.sweep(now - SWEEP_AFTER_MS);
      }
      if (this.boardFailing) this.options.logger?.info({}, 'provider limit board reachable again');
      this.boardFailing = false;
    } catch (error) {
      this.boardFailed(error);
    }
  }

  /** The store away: keep the last parts (logged once, not every beat). */
  private readonly boardFailed = (error: unknown): void => {
    if (this.boardFailing) return;
    this.boardFailing = true;
    this.options.logger?.warn({ err: error }, 'provider limit board unreachable: keeping the last shares');
  };
}
