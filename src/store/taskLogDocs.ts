import type { LlmInput, LlmOutput } from '../domain/common.js';
import type { StoredDoc } from './scoped.js';

/** A task log as stored (shared by the logs store and its chunks). */
export interface TaskLogDoc extends StoredDoc {
  container_id: string;
  input: LlmInput;
  output: LlmOutput;
  model: string | null;
  metadata: Record<string, string>;
  created_at: number;
  ingested_at: number;
}
