import type { Env } from '../platform/config.js';
import type { Logger } from '../platform/log.js';
import type { Store } from './index.js';
import { answerCacheMaxAgeSeconds } from '../domain/answerCache.js';
import { forgetStaleProjectAnswers } from './projectAnswers.js';
import { sweepRetention } from './retention.js';

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * The API's background care of the store: store jobs cut short by a previous
 * process are resumed at start, and every hour the jobs are run again (a failed
 * one is retried), the project answer caches drop answers older than
 * ASSAY_ANSWER_CACHE_DAYS, and the retention sweep expires what is older than
 * ASSAY_RETENTION_DAYS. Returns a stop function.
 */
export function startJanitor(store: Store, env: Env, logger: Logger): () => void {
  let sweeping = false;
  const tick = () => {
    store.jobs.kick();
    forgetStaleProjectAnswers(store.db, answerCacheMaxAgeSeconds(env.ASSAY_ANSWER_CACHE_DAYS)).catch(
      (error: unknown) => logger.warn({ err: error }, 'answer cache sweep failed; retried in an hour'),
    );
    if (env.ASSAY_RETENTION_DAYS === 0 || sweeping) return;
    sweeping = true;
    sweepRetention(store.db, env.ASSAY_RETENTION_DAYS, { logger })
      .catch((error: unknown) => logger.warn({ err: error }, 'retention sweep failed; retried in an hour'))
      .finally(() => {
        sweeping = false;
      });
  };
  tick();
  const timer = setInterval(tick, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
