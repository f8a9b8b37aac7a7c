import type { AppContext } from './context.js';

export interface Readiness {
  mongodb: boolean;
  temporal: boolean;
}

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

/** Both upstreams answer within two seconds, or the process is not ready. */
export async function checkReadiness(ctx: AppContext): Promise<Readiness> {
  const [mongodb, temporal] = await Promise.all([
    withTimeout(ctx.mongo.db.command({ ping: 1 }), 2000).then(
      () => true,
      () => false,
    ),
    withTimeout(ctx.temporalConnection.healthService.check({}), 2000).then(
      () => true,
      () => false,
    ),
  ]);
  return { mongodb, temporal };
}
