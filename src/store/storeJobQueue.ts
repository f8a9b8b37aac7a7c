/** How long a delete waits for its children's job before answering (the job goes on after). */
export const DELETE_ANSWER_BUDGET_MS = 5000;

export type StoreJobKind = 'delete_dataset_items' | 'delete_container_logs' | 'seal_results_index';

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
