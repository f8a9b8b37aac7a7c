import type { AssayClient, Container, Dataset, Evaluator, Monitor } from '../../client/index.js';
import { unwrap } from './api.js';

interface Listed {
  '/v1/containers': Container;
  '/v1/evaluators': Evaluator;
  '/v1/datasets': Dataset;
  '/v1/monitors': Monitor;
}

/** Every page of a list endpoint (100 per request, the API's maximum). */
export async function listAll<P extends keyof Listed>(client: AssayClient, path: P): Promise<Listed[P][]> {
  const all: Listed[P][] = [];
  let after: string | undefined;
  for (;;) {
    // One shape for the lists; the union of their option types is more than TypeScript can pick from.
    const page = (await unwrap(client.GET(path, { params: { query: { limit: 100, after } } } as never))) as {
      data: Listed[P][];
      has_more: boolean;
      last_id: string | null;
    };
    all.push(...page.data);
    if (!page.has_more || !page.last_id) return all;
    after = page.last_id;
  }
}
