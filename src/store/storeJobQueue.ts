/** How long a delete waits for its children's job before answering (the job goes on after). */
export const DELETE_ANSWER_BUDGET_MS = 5000;

/** Every kind, so the backlog gauge shows a 0 for a kind with nothing pending. */
export const STORE_JOB_KINDS = [
  'delete_dataset_items',
  'delete_container_logs',
  'seal_results_index',
] as const;
export type StoreJobKind = (typeof STORE_JOB_KINDS)[number];

export interface StoreJob {
  kind: StoreJobKind;
  project_id: string;
  target_id: string;
}

/**
 * What a store whose deletes leave work behind needs of the store jobs (storeJobs.ts runs them):
 * the stores get it given, so they never import the runner that in turn builds them.
 */
export interface StoreJobQueue {
  enqueue(job: StoreJob): Promise<void>;
  /** Runs the pending jobs, waiting at most `budgetMs` for them. */
  runFor(budgetMs: number): Promise<void>;
}
