/**
 * Generated from the API's /openapi.json by openapi-typescript: do not edit.
 * After changing a route or a schema, run `npm run client:generate`
 * (test/client/generatedTypes.test.ts fails until then).
 */
export interface paths {
  '/v1/containers': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List containers */
    get: operations['getV1Containers'];
    put?: never;
    /** Create a container (one LLM task of yours) */
    post: operations['postV1Containers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/containers/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get a container by id or label */
    get: operations['getV1ContainersId'];
    put?: never;
    post?: never;
    /** Delete a container and its task logs; its datasets stay, detached. 409 while a queued, running or paused run uses it, or while evaluators belong to it. */
    delete: operations['deleteV1ContainersId'];
    options?: never;
    head?: never;
    /** Update a container */
    patch: operations['patchV1ContainersId'];
    trace?: never;
  };
  '/v1/containers/{id}/logs': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List task logs, newest call first; filter by `since`/`until` (unix seconds), `model` and `metadata[key]=value` */
    get: operations['getV1ContainersIdLogs'];
    put?: never;
    /** Ingest a batch of task logs: a JSON array of logs or `{ "logs": [...] }`, at most ASSAY_MAX_LOG_BATCH. Idempotent on each log's `id`: a re-sent batch stores nothing new and reports duplicates. A log's `labels` are stored as human labels of it (as `POST /v1/evaluators/{id}/labels` would); an unknown evaluator or a score off its scale is a 422 naming the label, and nothing of the batch is stored. */
    post: operations['postV1ContainersIdLogs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/containers/{id}/logs/{log_id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get a task log */
    get: operations['getV1ContainersIdLogsLogId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/datasets': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List datasets */
    get: operations['getV1Datasets'];
    put?: never;
    /** Create a dataset (optionally with its first items, at most ASSAY_MAX_LOG_BATCH) */
    post: operations['postV1Datasets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/datasets/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get a dataset by id or name */
    get: operations['getV1DatasetsId'];
    put?: never;
    post?: never;
    /** Delete a dataset and its items (409 while a queued, running or paused run uses it) */
    delete: operations['deleteV1DatasetsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/datasets/{id}/items': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List a dataset's items in upload order */
    get: operations['getV1DatasetsIdItems'];
    put?: never;
    /** Append items: a JSON array of items or `{ "items": [...] }` (at most ASSAY_MAX_LOG_BATCH), or a streamed `application/x-ndjson` / `application/jsonl` upload of one item per line. All or nothing: any bad line is a 422 naming every bad line, and none of the upload becomes visible. Idempotent on item ids. An item's `labels` are stored as human labels of it (as `POST /v1/evaluators/{id}/labels` would) once the upload is stored; an unknown evaluator or a score off its scale is a bad line. */
    post: operations['postV1DatasetsIdItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List evals (`order` asc/desc by creation, cursor `after`) */
    get: operations['getV1Evals'];
    put?: never;
    /**
     * Create an eval: a data source config and testing criteria (graders). Each criterion becomes a `grader` evaluator of a container labelled with the eval id.
     * @description Checked beyond the schema, each answered naming the field: a label model grader’s `passing_labels` must be among its `labels`; a score range’s low must be below its high; Python must compile; templates may use only the variables of the template grammar; model slugs must name a model a provider configured on this server serves.
     */
    post: operations['postV1Evals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get an eval */
    get: operations['getV1EvalsEvalId'];
    put?: never;
    /** Update an eval's name or metadata */
    post: operations['postV1EvalsEvalId'];
    /** Delete an eval and its runs from the Evals API (409 while one of its runs is live; native runs stay, with the graders and container they name; an eval that never ran leaves nothing) */
    delete: operations['deleteV1EvalsEvalId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}/runs': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List an eval's runs (filter by `status`) */
    get: operations['getV1EvalsEvalIdRuns'];
    put?: never;
    /**
     * Start an eval run (answers at once, status queued): an EvaluationRunWorkflow over jsonl items, or completions/responses generated by `model` through the provider registry
     * @description Checked beyond the schema, each answered naming the field: when the items carry no `sample`, the data source needs a `model` and input messages to generate one; tool calling is recognised and answered 400 `unsupported_feature`; model slugs must name a model a provider configured on this server serves.
     */
    post: operations['postV1EvalsEvalIdRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}/runs/{run_id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get an eval run: status, result counts, usage per model, results per criterion */
    get: operations['getV1EvalsEvalIdRunsRunId'];
    put?: never;
    /** Cancel an eval run: the answer says `canceled` at once (no item starts after it; items in flight finish and are kept), or the final status of a run that had already ended */
    post: operations['postV1EvalsEvalIdRunsRunId'];
    /** Delete a finished eval run from the Evals API (409 while it is live; the native run stays) */
    delete: operations['deleteV1EvalsEvalIdRunsRunId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}/runs/{run_id}/cancel': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Cancel an eval run: the answer says `canceled` at once (no item starts after it; items in flight finish and are kept), or the final status of a run that had already ended */
    post: operations['postV1EvalsEvalIdRunsRunIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}/runs/{run_id}/output_items': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List a run's output items in data source order (filter by `status`: pass or fail) */
    get: operations['getV1EvalsEvalIdRunsRunIdOutputItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get one output item: the data source item, the sample and every grader result */
    get: operations['getV1EvalsEvalIdRunsRunIdOutputItemsOutputItemId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List evaluation runs (filter by container and status) */
    get: operations['getV1EvaluationsRuns'];
    put?: never;
    /**
     * Start an evaluation run (answers at once with status queued)
     * @description Checked beyond the schema: the rules between a run’s two sides (a 400 when both generate); model slugs must name a model a provider configured on this server serves (422 naming the field).
     */
    post: operations['postV1EvaluationsRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get an evaluation run: status, progress, metrics, spend */
    get: operations['getV1EvaluationsRunsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the budget of a running run (raising it resumes a run paused by its budget) */
    patch: operations['patchV1EvaluationsRunsId'];
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/calibration': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** The run's evaluators against the human labels of its items: Spearman's rho, Cohen's kappa, pass/fail agreement and confusion, the largest disagreements */
    get: operations['getV1EvaluationsRunsIdCalibration'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/cancel': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Cancel a run: in-flight batches stop, the run ends cancelled with partial metrics */
    post: operations['postV1EvaluationsRunsIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/compare': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Compare a run with a baseline run, paired per item: per evaluator and model, both metrics, the mean paired difference with a 95% interval and a verdict (regressions first). 400 runs_not_comparable when the runs share no evaluator; no shared scored item gives an empty list with a reason. */
    get: operations['getV1EvaluationsRunsIdCompare'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/comparisons': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** The run's pairwise and listwise evaluators, recomputed from their results: per model pair wins, losses, ties, inconsistent (orders that disagreed) and the win rate with a 95% bootstrap interval; with three or more models, Bradley–Terry ratings with 95% intervals and the ranking they support; listwise mean ranks. */
    get: operations['getV1EvaluationsRunsIdComparisons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/panel_agreement': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** The run's judge panels: each judge's mean and pass rate, and the panel's agreement (Krippendorff's alpha on scores, Fleiss' kappa on verdicts) */
    get: operations['getV1EvaluationsRunsIdPanelAgreement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/pause': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Pause a run: in-flight batches finish, no new ones start */
    post: operations['postV1EvaluationsRunsIdPause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/rerun': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Rerun a finished run's errors (or unscored, failed, listed items, all), or rescore with other evaluator versions; the rest is carried over */
    post: operations['postV1EvaluationsRunsIdRerun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/rerun/estimate': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** What the same rerun request would evaluate anew and cost, without starting it (the same checks as the rerun) */
    post: operations['postV1EvaluationsRunsIdRerunEstimate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/results': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /**
     * List per-item results (filter by evaluator, model, passed, status/error)
     * @description While the run runs, its pages may trail its finished batches by up to a second (a batch not found is looked for again a second later); once its status is final, they list every result.
     */
    get: operations['getV1EvaluationsRunsIdResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/results/export': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Export every result as JSON lines or CSV, streamed */
    get: operations['getV1EvaluationsRunsIdResultsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}/resume': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Resume a paused run */
    post: operations['postV1EvaluationsRunsIdResume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluators': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List evaluators, optionally of one container (`?container=` id or label) */
    get: operations['getV1Evaluators'];
    put?: never;
    /**
     * Create an evaluator: an LLM judge (judge_model + judge_prompt) or Python code defining evaluate()
     * @description Checked beyond the schema, each a 422 naming the field: a judge prompt may use only the template variables its mode shows; model slugs must name a model a provider configured on this server serves; inference parameters the chosen `api_type` rejects are refused; code must compile and define `evaluate` (`evaluate_pair` when pairwise), and its requirements must be among the packages this server allows; a comparing evaluator (pairwise, listwise) takes no threshold or scale; a grader evaluator’s grader is checked as an eval’s testing criterion is.
     */
    post: operations['postV1Evaluators'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluators/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get an evaluator by id or name (`?container=` picks among same-named ones) */
    get: operations['getV1EvaluatorsId'];
    put?: never;
    post?: never;
    /** Delete an evaluator (409 while a queued, running or paused run uses it) */
    delete: operations['deleteV1EvaluatorsId'];
    options?: never;
    head?: never;
    /**
     * Update an evaluator (not its `type`); every patch makes a new version
     * @description Checked beyond the schema, each a 422 naming the field: a judge prompt may use only the template variables its mode shows; model slugs must name a model a provider configured on this server serves; inference parameters the chosen `api_type` rejects are refused; code must compile and define `evaluate` (`evaluate_pair` when pairwise), and its requirements must be among the packages this server allows; a comparing evaluator (pairwise, listwise) takes no threshold or scale; a grader evaluator’s grader is checked as an eval’s testing criterion is.
     */
    patch: operations['patchV1EvaluatorsId'];
    trace?: never;
  };
  '/v1/evaluators/{id}/labels': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** An evaluator's human labels, in item id order (`after`: an item id) */
    get: operations['getV1EvaluatorsIdLabels'];
    put?: never;
    /**
     * Label items for an evaluator (a score on its scale, a pass/fail verdict, or both); labelling an item again replaces its label. A score off the evaluator's scale, or an item labelled twice in one request, is a 422 naming the label
     * @description Each label is checked against the evaluator it labels: a score must lie on its scale (its declared `score_range`, 0–1 for judges and graders), and an item may be labelled once per request; either is a 422 naming the label’s field.
     */
    post: operations['postV1EvaluatorsIdLabels'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluators/{id}/versions/{version}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get an evaluator as it was at a version (results record the version that produced them) */
    get: operations['getV1EvaluatorsIdVersionsVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/files': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List files (newest first unless `order=asc`; filter by `purpose`) */
    get: operations['getV1Files'];
    put?: never;
    /**
     * Upload a file (multipart/form-data: `file`, `purpose`). Only `purpose: "evals"` JSONL files are served: each line `{"item": {...}, "sample"?: {...}}`, streamed and validated line by line; a bad line is a 422 naming every bad line and nothing is stored.
     * @description The content must be JSON lines of `{"item": {...}, "sample"?: {...}}` (the multipart schema can only call it binary); anything else is a 400 naming the line.
     */
    post: operations['postV1Files'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/files/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get a file */
    get: operations['getV1FilesId'];
    put?: never;
    post?: never;
    /** Delete a file (runs that already copied its items keep them) */
    delete: operations['deleteV1FilesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/files/{id}/content': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** A file's content as uploaded (JSON lines), streamed */
    get: operations['getV1FilesIdContent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/fine_tuning/alpha/graders/run': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /**
     * Grade one model sample (`sample.output_text`) against `item`. Model, python and cosine graders are graded on a worker while the request waits (502 when the provider fails, 503 when no worker runs, 504 when none answers in time)
     * @description Checked beyond the schema, each answered naming the field: a label model grader’s `passing_labels` must be among its `labels`; a score range’s low must be below its high; Python must compile; templates may use only the variables of the template grammar; model slugs must name a model a provider configured on this server serves.
     */
    post: operations['postV1FineTuningAlphaGradersRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/fine_tuning/alpha/graders/validate': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /**
     * Validate a grader: the create-time checks of an eval's testing criteria (400 naming the field)
     * @description Checked beyond the schema, each answered naming the field: a label model grader’s `passing_labels` must be among its `labels`; a score range’s low must be below its high; Python must compile; templates may use only the variables of the template grammar; model slugs must name a model a provider configured on this server serves.
     */
    post: operations['postV1FineTuningAlphaGradersValidate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/keys': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List your project's API keys (revoked ones included, never the keys themselves) */
    get: operations['getV1Keys'];
    put?: never;
    /** Create an API key in your project (the answer's `key` is shown this once) */
    post: operations['postV1Keys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/keys/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key: it answers 401 from now on (revoking twice is harmless) */
    delete: operations['deleteV1KeysId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/keys/self': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** The calling API key: its name, scopes and project (any scope may ask) */
    get: operations['getV1KeysSelf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitors': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List monitors */
    get: operations['getV1Monitors'];
    put?: never;
    /** Create a monitor: its evaluators score a sample of the container's logs from now on */
    post: operations['postV1Monitors'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitors/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get a monitor, with its progress (backlog, results, spend today) */
    get: operations['getV1MonitorsId'];
    put?: never;
    post?: never;
    /** Delete a monitor with its results, metrics and alerts */
    delete: operations['deleteV1MonitorsId'];
    options?: never;
    head?: never;
    /** Change a monitor (a new version; logs scored before keep their results) */
    patch: operations['patchV1MonitorsId'];
    trace?: never;
  };
  '/v1/monitors/{id}/alerts': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** A monitor's alerts, newest first, each with the window that fired (and resolved) it */
    get: operations['getV1MonitorsIdAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitors/{id}/backfill': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Backfill a time range: an ordinary evaluation run over the logs the monitor picks there (its filters and sampling), metadata.monitor_id naming it */
    post: operations['postV1MonitorsIdBackfill'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitors/{id}/metrics': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Per evaluator and hour or day: count, mean and pass rate with 95% intervals, errors, spend */
    get: operations['getV1MonitorsIdMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitors/{id}/pause': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Pause a monitor: logs keep arriving and wait in its backlog */
    post: operations['postV1MonitorsIdPause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitors/{id}/resume': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Resume a paused monitor: its backlog is scored first */
    post: operations['postV1MonitorsIdResume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** List webhook endpoints */
    get: operations['getV1Webhooks'];
    put?: never;
    /**
     * Create a webhook endpoint (the answer's `secret` is shown this once)
     * @description The URL’s host is resolved and every address it names is checked against the refused ranges (loopback, private, link-local, cloud metadata): such a URL is a 422 on `url`.
     */
    post: operations['postV1Webhooks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get a webhook endpoint */
    get: operations['getV1WebhooksId'];
    put?: never;
    post?: never;
    /** Delete a webhook endpoint and its delivery log; its pending deliveries stop at their next attempt */
    delete: operations['deleteV1WebhooksId'];
    options?: never;
    head?: never;
    /**
     * Update a webhook endpoint (`enabled: true` re-enables one disabled for failing)
     * @description The URL’s host is resolved and every address it names is checked against the refused ranges (loopback, private, link-local, cloud metadata): such a URL is a 422 on `url`.
     */
    patch: operations['patchV1WebhooksId'];
    trace?: never;
  };
  '/v1/webhooks/{id}/deliveries': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** The endpoint's deliveries, newest first: status, attempts, last error and response code */
    get: operations['getV1WebhooksIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/deliveries/{delivery_id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** One delivery with its attempt log */
    get: operations['getV1WebhooksIdDeliveriesDeliveryId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Send a delivery again (same `webhook-id` and body, a fresh signature), on a fresh retry schedule */
    post: operations['postV1WebhooksIdDeliveriesDeliveryIdRedeliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/rotate': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Rotate the signing secret: the answer's new `secret` is shown this once; the previous one keeps signing beside it for `overlap_seconds` (default a day) */
    post: operations['postV1WebhooksIdRotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/test': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    /** Send a `webhook.test` event to this endpoint (delivered and retried like any other) */
    post: operations['postV1WebhooksIdTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AlertRule: {
      metric: string;
      /** @default 30 */
      min_items: number;
      /** @enum {string} */
      op: '<' | '>';
      value: number;
      /** @default 1 */
      window_hours: number;
    };
    AlertRuleInput: {
      metric: string;
      /** @default 30 */
      min_items: number;
      /** @enum {string} */
      op: '<' | '>';
      value: number;
      /** @default 1 */
      window_hours: number;
    };
    ApiKey: {
      created_at: number;
      id: string;
      name: string;
      /** @constant */
      object: 'api_key';
      prefix: string;
      revoked_at: number | null;
      scopes: ('read' | 'write' | 'admin')[];
    };
    ApiKeyCreate: {
      name: string;
      scopes: ('read' | 'write' | 'admin')[];
    };
    ApiKeyCreated: {
      created_at: number;
      id: string;
      /** @description The API key. Shown once; only its hash is stored. */
      key: string;
      name: string;
      /** @constant */
      object: 'api_key';
      prefix: string;
      revoked_at: number | null;
      scopes: ('read' | 'write' | 'admin')[];
    };
    ApiKeyList: {
      data: components['schemas']['ApiKey'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    ApiKeySelf: {
      created_at: number;
      id: string;
      name: string;
      /** @constant */
      object: 'api_key';
      prefix: string;
      project: {
        id: string;
        name: string;
      };
      revoked_at: number | null;
      scopes: ('read' | 'write' | 'admin')[];
    };
    ChatMessage: {
      content: string | components['schemas']['ContentPart'][] | null;
      name?: string;
      /** @enum {string} */
      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
    } & {
      [key: string]: components['schemas']['JsonValue'];
    };
    ComparisonCreate: {
      /** @description Judge each other model against this one (it is shown second in the pair name) */
      baseline_model?: string;
      /** @description Judge each model against this finished run's stored outputs of the same items (nothing is generated again for it) */
      baseline_run?: string;
      /** @description Which model's outputs of the baseline run, when it generated with several */
      baseline_run_model?: string;
      /** @description The model pairs to judge, instead of every pair */
      pairs?: string[][];
    };
    CompletionsRunDataSource: {
      input_messages?: components['schemas']['EvalInputMessages'];
      model?: string;
      sampling_params?: components['schemas']['EvalSamplingParams'];
      source:
        | components['schemas']['EvalFileContentSource']
        | components['schemas']['EvalFileIdSource']
        | {
            created_after?: number | null;
            created_before?: number | null;
            limit?: number | null;
            metadata?: {
              [key: string]: string;
            } | null;
            model?: string | null;
            /** @constant */
            type: 'stored_completions';
          };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'completions';
    };
    Container: {
      created_at: number;
      description: string | null;
      id: string;
      label: string;
      metadata: {
        [key: string]: string;
      };
      name: string | null;
      /** @constant */
      object: 'container';
      updated_at: number;
    };
    ContainerCreate: {
      description?: string;
      label: string;
      metadata?: components['schemas']['Metadata'];
      name?: string;
    };
    ContainerList: {
      data: components['schemas']['Container'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    ContainerPatch: {
      description?: string;
      label?: string;
      metadata?: components['schemas']['Metadata'];
      name?: string;
    };
    ContainerSource: {
      container?: string;
      filter?: {
        input_length?: {
          max?: number;
          min?: number;
        };
        metadata?: components['schemas']['Metadata'];
        model?: string;
        output_length?: {
          max?: number;
          min?: number;
        };
      };
      limit?: number;
      sampling?: {
        rate: number;
        seed: string;
      };
      since?: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'container';
      until?: number;
    };
    ContentPart: {
      [key: string]: components['schemas']['JsonValue'];
    };
    CustomDataSourceConfigCreate: {
      include_sample_schema?: boolean;
      item_schema: { [key: string]: unknown };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'custom';
    };
    Dataset: {
      container_id: string | null;
      created_at: number;
      description: string | null;
      id: string;
      item_count: number;
      metadata: {
        [key: string]: string;
      };
      name: string;
      /** @constant */
      object: 'dataset';
      updated_at: number;
    };
    DatasetCreate: {
      container?: string;
      description?: string;
      items?: components['schemas']['DatasetItemCreate'][];
      metadata?: components['schemas']['Metadata'];
      name: string;
    };
    DatasetItem: {
      created_at: number;
      dataset_id: string;
      id: string;
      input: (string | components['schemas']['ChatMessage'][]) | { [key: string]: unknown };
      metadata: {
        [key: string]: string;
      };
      /** @constant */
      object: 'dataset.item';
      output: ((string | components['schemas']['ChatMessage']) | { [key: string]: unknown }) | null;
    };
    DatasetItemCreate: {
      id?: string;
      input: string | components['schemas']['ChatMessage'][];
      labels?: components['schemas']['UploadLabels'];
      metadata?: components['schemas']['Metadata'];
      output?: string | components['schemas']['ChatMessage'];
    };
    DatasetItemList: {
      data: components['schemas']['DatasetItem'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    DatasetList: {
      data: components['schemas']['Dataset'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    DatasetSource: {
      dataset: string;
      limit?: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'dataset';
    };
    DatasetUpload: {
      dataset_id: string;
      duplicates: number;
      inserted: number;
      item_count: number;
      /** @constant */
      object: 'dataset.upload';
    };
    DataSource:
      | components['schemas']['DatasetSource']
      | components['schemas']['ContainerSource']
      | components['schemas']['GenerateSource'];
    Error: {
      error: {
        code: string;
        details?: {
          column?: number;
          field: string;
          line?: number;
          message: string;
        }[];
        message: string;
        param?: string;
        request_id?: string;
        type: string;
      };
    };
    Eval: {
      created_at: number;
      data_source_config: components['schemas']['EvalDataSourceConfig'];
      id: string;
      metadata: {
        [key: string]: string;
      } | null;
      name: string;
      /** @constant */
      object: 'eval';
      testing_criteria: components['schemas']['Grader'][];
    };
    EvalCreate: {
      data_source_config: components['schemas']['EvalDataSourceConfigCreate'];
      metadata?: {
        [key: string]: string;
      } | null;
      name?: string;
      testing_criteria: components['schemas']['Grader'][];
    };
    EvalDataSourceConfig: {
      metadata?: { [key: string]: unknown } | null;
      schema: { [key: string]: unknown };
      /** @enum {string} */
      type: 'custom' | 'logs' | 'stored_completions';
    };
    EvalDataSourceConfigCreate:
      | components['schemas']['CustomDataSourceConfigCreate']
      | components['schemas']['LogsDataSourceConfigCreate']
      | components['schemas']['StoredCompletionsDataSourceConfigCreate'];
    EvalFileContentSource: {
      content: {
        item: { [key: string]: unknown };
        sample?: { [key: string]: unknown };
      }[];
      /** @constant */
      type: 'file_content';
    };
    EvalFileIdSource: {
      id: string;
      /** @constant */
      type: 'file_id';
    };
    EvalInputMessages:
      components['schemas']['TemplateInputMessages'] | components['schemas']['ItemReferenceInputMessages'];
    EvalList: {
      data: components['schemas']['Eval'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
    };
    EvalRun: {
      created_at: number;
      data_source: components['schemas']['EvalRunDataSource'];
      error: {
        code: string;
        message: string;
      } | null;
      eval_id: string;
      id: string;
      metadata: {
        [key: string]: string;
      } | null;
      model: string | null;
      name: string;
      /** @constant */
      object: 'eval.run';
      per_model_usage: {
        cached_tokens: number;
        completion_tokens: number;
        invocation_count: number;
        model_name: string;
        prompt_tokens: number;
        total_tokens: number;
      }[];
      per_testing_criteria_results: {
        failed: number;
        passed: number;
        testing_criteria: string;
      }[];
      report_url: string;
      result_counts: {
        errored: number;
        failed: number;
        passed: number;
        total: number;
      };
      /** @enum {string} */
      status: 'queued' | 'in_progress' | 'completed' | 'canceled' | 'failed';
    };
    EvalRunCreate: {
      data_source: components['schemas']['EvalRunDataSource'];
      metadata?: {
        [key: string]: string;
      } | null;
      name?: string;
    };
    EvalRunDataSource:
      | components['schemas']['JsonlRunDataSource']
      | components['schemas']['CompletionsRunDataSource']
      | components['schemas']['ResponsesRunDataSource'];
    EvalRunList: {
      data: components['schemas']['EvalRun'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
    };
    EvalSample: {
      error: {
        code: string;
        message: string;
      } | null;
      finish_reason: string | null;
      input: {
        content: string;
        role: string;
      }[];
      max_completion_tokens: number | null;
      model: string | null;
      output: {
        content?: string;
        role?: string;
        tool_calls?: { [key: string]: unknown }[];
      }[];
      seed: number | null;
      temperature: number | null;
      top_p: number | null;
      usage: {
        cached_tokens: number;
        completion_tokens: number;
        prompt_tokens: number;
        total_tokens: number;
      };
    };
    EvalSamplingParams: {
      max_completion_tokens?: number;
      max_completions_tokens?: number;
      reasoning_effort?: ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max') | null;
      response_format?: {
        /** @enum {string} */
        type: 'text' | 'json_object' | 'json_schema';
      } & { [key: string]: unknown };
      seed?: number;
      temperature?: number;
      text?: {
        format?: { [key: string]: unknown };
      };
      tools?: {
        [key: string]: components['schemas']['JsonValue'];
      }[];
      top_p?: number;
    };
    Evaluator: {
      /** @enum {string} */
      api_type: 'chat_completions' | 'responses';
      code: string | null;
      container_id: string | null;
      created_at: number;
      description: string | null;
      grader: components['schemas']['Grader'] | null;
      id: string;
      inference_params: components['schemas']['InferenceParams'] | null;
      judge_model: string | null;
      judge_prompt: string | null;
      metadata: {
        [key: string]: string;
      };
      /** @enum {string} */
      mode: 'pointwise' | 'pairwise' | 'listwise';
      name: string;
      /** @constant */
      object: 'evaluator';
      panel_aggregate: ('mean' | 'median' | 'majority') | null;
      panel_models: string[] | null;
      position_swap: boolean | null;
      requirements: string[];
      score_range: {
        high: number;
        low: number;
      } | null;
      threshold: number | null;
      /** @enum {string} */
      type: 'judge' | 'code' | 'grader';
      updated_at: number;
      version: number;
    };
    EvaluatorCreate: {
      /** @enum {string} */
      api_type?: 'chat_completions' | 'responses';
      code?: string;
      container?: string;
      description?: string;
      grader?: components['schemas']['Grader'];
      inference_params?: components['schemas']['InferenceParams'];
      judge_model?: string;
      judge_prompt?: string;
      metadata?: components['schemas']['Metadata'];
      /**
       * @default pointwise
       * @enum {string}
       */
      mode: 'pointwise' | 'pairwise' | 'listwise';
      name: string;
      /** @enum {string} */
      panel_aggregate?: 'mean' | 'median' | 'majority';
      panel_models?: string[];
      position_swap?: boolean;
      requirements?: string[];
      score_range?: {
        high: number;
        low: number;
      };
      threshold?: number;
      /** @enum {string} */
      type: 'judge' | 'code' | 'grader';
    };
    EvaluatorList: {
      data: components['schemas']['Evaluator'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    EvaluatorPatch: {
      /** @enum {string} */
      api_type?: 'chat_completions' | 'responses';
      code?: string;
      container?: string;
      description?: string;
      grader?: components['schemas']['Grader'];
      inference_params?: components['schemas']['InferenceParams'];
      judge_model?: string;
      judge_prompt?: string;
      metadata?: components['schemas']['Metadata'];
      /** @enum {string} */
      mode?: 'pointwise' | 'pairwise' | 'listwise';
      name?: string;
      /** @enum {string} */
      panel_aggregate?: 'mean' | 'median' | 'majority';
      panel_models?: string[] | null;
      position_swap?: boolean;
      requirements?: string[];
      score_range?: {
        high: number;
        low: number;
      } | null;
      threshold?: number | null;
    };
    EvalUpdate: {
      metadata?: {
        [key: string]: string;
      } | null;
      name?: string;
    };
    File: {
      bytes: number;
      created_at: number;
      expires_at: number | null;
      filename: string;
      id: string;
      /** @constant */
      object: 'file';
      purpose: string;
      /** @enum {string} */
      status: 'uploaded' | 'processed' | 'error';
      status_details: string | null;
    };
    FileList: {
      data: components['schemas']['File'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
    };
    GenerateSource: {
      inference_params?: components['schemas']['InferenceParams'];
      messages?: components['schemas']['ChatMessage'][];
      models: string[];
      prompt?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'generate';
    };
    Grader:
      | components['schemas']['StringCheckGrader']
      | components['schemas']['RegexCheckGrader']
      | components['schemas']['TextSimilarityGrader']
      | components['schemas']['PythonGrader']
      | components['schemas']['ScoreModelGrader']
      | components['schemas']['LabelModelGrader']
      | components['schemas']['MultiGrader'];
    GraderMessage: {
      content:
        | string
        | ({
            type: string;
          } & {
            [key: string]: components['schemas']['JsonValue'];
          })
        | (
            | string
            | ({
                type: string;
              } & {
                [key: string]: components['schemas']['JsonValue'];
              })
          )[];
      /** @enum {string} */
      role: 'user' | 'assistant' | 'system' | 'developer';
      /** @constant */
      type?: 'message';
    };
    GraderResult: {
      name: string;
      passed: boolean;
      sample?: { [key: string]: unknown } | null;
      score: number;
      type: string;
    } & { [key: string]: unknown };
    GraderSamplingParams: {
      max_completions_tokens?: number | null;
      reasoning_effort?: ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max') | null;
      seed?: number | null;
      temperature?: number | null;
      top_p?: number | null;
    };
    HumanLabel: {
      evaluator_id: string;
      item_id: string;
      /** @constant */
      object: 'evaluator.label';
      passed: boolean | null;
      score: number | null;
      updated_at: number;
    };
    HumanLabelList: {
      data: components['schemas']['HumanLabel'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    HumanLabelsCreate: {
      labels: (
        | {
            item_id: string;
            passed?: boolean;
            score?: number;
          }
        | unknown
        | unknown
      )[];
    };
    HumanLabelsCreated: {
      evaluator_id: string;
      /** @constant */
      object: 'evaluator.labels';
      written: number;
    };
    InferenceParams: {
      frequency_penalty?: number;
      max_completion_tokens?: number;
      max_output_tokens?: number;
      max_tokens?: number;
      presence_penalty?: number;
      /** @enum {string} */
      reasoning_effort?: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max';
      response_format?: components['schemas']['ResponseFormat'];
      seed?: number;
      stop?: string | string[];
      temperature?: number;
      top_p?: number;
    };
    Interval: {
      high: number;
      low: number;
    };
    ItemReferenceInputMessages: {
      item_reference: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'item_reference';
    };
    JsonlRunDataSource: {
      source: components['schemas']['EvalFileContentSource'] | components['schemas']['EvalFileIdSource'];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'jsonl';
    };
    JsonObject: {
      [key: string]: components['schemas']['JsonValue'];
    };
    JsonObjectResponseFormat: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'json_object';
    };
    JsonSchemaResponseFormat: {
      json_schema: {
        description?: string;
        name: string;
        schema: {
          /** @constant */
          type: 'object';
        } & {
          [key: string]: components['schemas']['JsonValue'];
        };
        strict?: boolean;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'json_schema';
    };
    JsonValue:
      | string
      | number
      | boolean
      | null
      | components['schemas']['JsonObject']
      | (string | number | boolean | null | components['schemas']['JsonObject'])[];
    LabelModelGrader: {
      input: components['schemas']['GraderMessage'][];
      labels: string[];
      model: string;
      name: string;
      passing_labels: string[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'label_model';
    };
    LogsDataSourceConfigCreate: {
      metadata?: {
        [key: string]: string;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'logs';
    };
    Metadata: {
      [key: string]: string;
    };
    MetricComparison: {
      baseline: {
        mean: number | null;
        mean_ci95: components['schemas']['Interval'] | null;
        pass_rate: number | null;
        pass_rate_ci95: components['schemas']['Interval'] | null;
      };
      /** @enum {string} */
      ci95_method: 'wilson' | 'quasi_binomial_wilson' | 't';
      evaluator_id: string;
      evaluator_name: string;
      mean_difference: number | null;
      mean_difference_ci95: components['schemas']['Interval'] | null;
      model: string | null;
      n: number;
      pass_rate_difference: number | null;
      pass_rate_difference_ci95: components['schemas']['Interval'] | null;
      run: {
        mean: number | null;
        mean_ci95: components['schemas']['Interval'] | null;
        pass_rate: number | null;
        pass_rate_ci95: components['schemas']['Interval'] | null;
      };
      score_range: components['schemas']['Interval'] | null;
      unpaired: {
        baseline: number;
        run: number;
      };
      /** @enum {string} */
      verdict: 'regression' | 'improvement' | 'unchanged' | 'insufficient_data';
    };
    MetricSummary: {
      count: number;
      errors: number;
      evaluator_id: string;
      latency_ms: {
        p50: number | null;
        p95: number | null;
      };
      max: number | null;
      mean: number | null;
      mean_ci95: components['schemas']['Interval'] | null;
      /**
       * @description wilson: the scores are all at the scale's ends, Wilson's interval of that proportion (equal to the pass rate's); quasi_binomial_wilson: Wilson's score interval at an effective size from the scores' spread, within the scale; t: Student's t, for an undeclared scale (it may leave the scores' range)
       * @enum {string}
       */
      mean_ci95_method: 'wilson' | 'quasi_binomial_wilson' | 't';
      min: number | null;
      model: string | null;
      p50: number | null;
      parse_failures: {
        escalations: number;
        items: number;
        replies: number;
      };
      pass_rate: number | null;
      /** @description Wilson's score interval */
      pass_rate_ci95: components['schemas']['Interval'] | null;
      passed: number;
      score_histogram: {
        count: number;
        high: number;
        low: number;
      }[];
      /** @description The scale the interval stays within; null: undeclared (a code evaluator without score_range) */
      score_range: components['schemas']['Interval'] | null;
      scored: number;
      spend_usd: number;
      stdev: number | null;
      tokens: {
        input: number;
        output: number;
      };
      unpaired: number;
      unscored: number;
    };
    Monitor: {
      alert_rules: components['schemas']['AlertRule'][];
      container_id: string;
      created_at: number;
      daily_budget_usd: number | null;
      evaluators: {
        id: string;
        name: string;
        version: number;
      }[];
      filters: components['schemas']['MonitorFilters'];
      id: string;
      name: string;
      /** @constant */
      object: 'monitor';
      progress: {
        backlog: number;
        budget_exhausted: boolean;
        logs_sampled: number;
        logs_seen: number;
        results: number;
        scored_through: number | null;
        spend_today_usd: number;
        updated_at: number | null;
      };
      sampling_rate: number;
      /** @enum {string} */
      status: 'active' | 'paused';
      updated_at: number;
      version: number;
    };
    MonitorAlert: {
      fired_at: number;
      fired_window: {
        count: number;
        from: number;
        interval: components['schemas']['Interval'] | null;
        to: number;
        value: number | null;
      };
      id: string;
      monitor_id: string;
      /** @constant */
      object: 'monitor.alert';
      resolved_at: number | null;
      resolved_window: {
        count: number;
        from: number;
        interval: components['schemas']['Interval'] | null;
        to: number;
        value: number | null;
      } | null;
      rule: components['schemas']['AlertRule'];
      rule_index: number;
      /** @enum {string} */
      status: 'firing' | 'resolved';
    };
    MonitorAlertList: {
      data: components['schemas']['MonitorAlert'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    MonitorBackfill: {
      budget_usd?: number;
      environment?: string;
      /** @description start of the range, unix seconds (inclusive) */
      from: number;
      /** @description end of the range, unix seconds (exclusive) */
      to: number;
    };
    MonitorCreate: {
      /** @default [] */
      alert_rules: components['schemas']['AlertRuleInput'][];
      container: string;
      /** @default null */
      daily_budget_usd: number | null;
      evaluators: string[];
      /** @default {} */
      filters: components['schemas']['MonitorFilters'];
      name: string;
      /** @default 1 */
      sampling_rate: number;
    };
    MonitorFilters: {
      input_length?: {
        max?: number;
        min?: number;
      };
      metadata?: components['schemas']['Metadata'];
      model?: string;
      output_length?: {
        max?: number;
        min?: number;
      };
    };
    MonitorList: {
      data: components['schemas']['Monitor'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    MonitorMetrics: {
      data: {
        count: number;
        errors: number;
        evaluator_id: string;
        mean: number | null;
        /** @description As a run's mean_ci95: Wilson for 0/1 scores, quasi-binomial Wilson within the evaluator's scale, Student's t where it is undeclared */
        mean_interval: components['schemas']['Interval'] | null;
        /** @description Per model only (group_by=model or model=): the logs' model, null for logs without one */
        model?: string | null;
        pass_rate: number | null;
        pass_rate_interval: components['schemas']['Interval'] | null;
        passed: number;
        scored: number;
        spend_usd: number;
        start: number;
      }[];
      /** @enum {string} */
      interval: 'hour' | 'day';
      monitor_id: string;
      /** @constant */
      object: 'monitor.metrics';
    };
    MonitorPatch: {
      alert_rules?: components['schemas']['AlertRuleInput'][];
      daily_budget_usd?: number | null;
      evaluators?: string[];
      filters?: components['schemas']['MonitorFilters'];
      name?: string;
      sampling_rate?: number;
    };
    MultiGrader: {
      calculate_output: string;
      graders:
        | components['schemas']['SimpleGrader']
        | {
            [key: string]: components['schemas']['SimpleGrader'];
          };
      name: string;
      pass_threshold?: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'multi';
    };
    OutputItem: {
      created_at: number;
      datasource_item: { [key: string]: unknown };
      datasource_item_id: number;
      eval_id: string;
      id: string;
      /** @constant */
      object: 'eval.run.output_item';
      results: components['schemas']['GraderResult'][];
      run_id: string;
      sample: components['schemas']['EvalSample'];
      /** @enum {string} */
      status: 'pass' | 'fail' | 'error';
    };
    OutputItemList: {
      data: components['schemas']['OutputItem'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
    };
    PythonGrader: {
      image_tag?: string;
      name: string;
      pass_threshold?: number;
      source: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'python';
    };
    RegexCheckGrader: {
      flags?: string;
      input: string;
      name: string;
      pattern: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'regex_check';
    };
    RerunEstimate: {
      /** @description The calls it would make, priced (generation only where a text is missing) */
      estimated_usd: number;
      /** @constant */
      object: 'evaluation.rerun_estimate';
      /** @description The parent's results of the evaluators it keeps */
      parent_results: number;
      parent_run_id: string;
      /** @description Results the rerun would evaluate anew; the rest is carried over */
      results: number;
    };
    ResolvedSource: {
      container_id?: string;
      dataset_id?: string;
      item_count: number | null;
      models?: string[];
      source: components['schemas']['DataSource'];
      /** @enum {string} */
      type: 'dataset' | 'container' | 'generate';
    };
    ResponseFormat:
      | components['schemas']['TextResponseFormat']
      | components['schemas']['JsonObjectResponseFormat']
      | components['schemas']['JsonSchemaResponseFormat'];
    ResponsesRunDataSource: {
      input_messages?: components['schemas']['EvalInputMessages'];
      model?: string;
      sampling_params?: components['schemas']['EvalSamplingParams'];
      source:
        | components['schemas']['EvalFileContentSource']
        | components['schemas']['EvalFileIdSource']
        | {
            created_after?: number | null;
            created_before?: number | null;
            instructions_search?: string | null;
            limit?: number | null;
            metadata?: {
              [key: string]: string;
            } | null;
            model?: string | null;
            reasoning_effort?: string | null;
            temperature?: number | null;
            tools?: string[] | null;
            top_p?: number | null;
            /** @constant */
            type: 'responses';
            users?: string[] | null;
          };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'responses';
    };
    ResultComparison: {
      /** @description Listwise: display_order[p] is the index in models of the output shown at position p + 1 */
      display_order?: number[];
      /** @description What generating each output cost, parallel to models (counted once per item and model in the run's spend) */
      generations: ({
        spend_usd: number;
        tokens: {
          input: number;
          output: number;
        };
      } | null)[];
      /** @enum {string} */
      mode: 'pairwise' | 'listwise';
      /** @description The models compared, in the order the result names them */
      models: string[];
      /** @description Pairwise: models[0]'s result; inconsistent when the two orders disagree */
      outcome?: ('win' | 'loss' | 'tie' | 'inconsistent') | null;
      /** @description Each model's output, parallel to models */
      outputs: unknown[];
      /** @description Listwise: the models, best first */
      ranking?: string[];
      reasoning?: string | null;
      /** @description Pairwise: the verdict of each order judged */
      verdicts?: {
        /** @description A judge panel's: the judge model that gave this verdict */
        judge?: string;
        /**
         * @description ab: models[0] was shown as A; ba: it was shown as B
         * @enum {string}
         */
        order: 'ab' | 'ba';
        reasoning: string | null;
        winner: ('A' | 'B' | 'tie') | null;
      }[];
    };
    Run: {
      completed_at: number | null;
      config: {
        evaluators: components['schemas']['Evaluator'][];
        request: components['schemas']['RunCreate'];
      };
      container_id: string;
      created_at: number;
      dataset_id: string | null;
      environment: string;
      error: {
        code: string;
        message: string;
      } | null;
      estimated_spend: {
        actual_usd: number;
        budget_usd: number | null;
        cache_hits: number;
        estimated_usd: number;
        saved_usd: number;
      };
      evaluator_ids: string[];
      ground_truth: components['schemas']['ResolvedSource'];
      id: string;
      metadata: {
        [key: string]: string;
      };
      metrics: {
        by_evaluator: components['schemas']['MetricSummary'][];
        paired_differences: {
          /** @description Student's t, clipped to the possible differences ±(high − low) where the evaluator's scale is known */
          ci95: components['schemas']['Interval'] | null;
          evaluator_id: string;
          mean_difference: number | null;
          model_a: string;
          model_b: string;
          n: number;
        }[];
      } | null;
      /** @constant */
      object: 'evaluation.run';
      parent_run_id: string | null;
      process_id: string;
      progress: {
        carried_over?: number;
        done: number;
        failed: number;
        total: number | null;
      };
      results: {
        summary: components['schemas']['MetricSummary'][];
        total: number;
        url: string;
      } | null;
      sample: components['schemas']['ResolvedSource'];
      stall: {
        attempts: number;
        http_status: number | null;
        kind: string;
        message: string;
        model: string;
        next_retry_at: number | null;
        provider: string;
        since: number;
      } | null;
      started_at: number | null;
      /** @enum {string} */
      status: 'queued' | 'running' | 'paused' | 'completed' | 'error' | 'cancelled';
      status_reason: string | null;
    };
    RunCalibration: {
      data: {
        cohen_kappa: {
          /** @description 95% percentile bootstrap over items (1,000 resamples, fixed seed): the same data gives the same interval */
          ci95: components['schemas']['Interval'] | null;
          /**
           * @description scores: an ordinal scale (11 or fewer distinct values), quadratic weights; verdicts: pass/fail
           * @enum {string}
           */
          over: 'scores' | 'verdicts';
          /** @description null when undefined (no variation on one side, or too few items) */
          value: number | null;
          /** @enum {string} */
          weights: 'none' | 'linear' | 'quadratic';
        };
        /** @description Human's verdict first, the judge's second; null when no pass/fail exists on both sides */
        confusion: {
          fail_fail: number;
          fail_pass: number;
          pass_fail: number;
          pass_pass: number;
        } | null;
        /** @description The items where judge and human disagree most (largest score difference, then verdicts that differ) */
        disagreements: {
          human: number | null;
          human_passed: boolean | null;
          item_id: string;
          judge: number | null;
          judge_passed: boolean | null;
        }[];
        evaluator_id: string;
        evaluator_name: string;
        items: number;
        judge_model: string | null;
        model: string | null;
        /** @description The items with a human score by (judge score, human score): each distinct pair once with its count, in score order (a scatter's points) */
        score_pairs: {
          human: number;
          items: number;
          judge: number;
        }[];
        /** @description Spearman's rank correlation of judge and human scores */
        spearman: {
          /** @description 95% percentile bootstrap over items (1,000 resamples, fixed seed): the same data gives the same interval */
          ci95: components['schemas']['Interval'] | null;
          /** @description null when undefined (no variation on one side, or too few items) */
          value: number | null;
        };
        /** @description Share of items where the judge and the human gave the same pass/fail verdict */
        verdict_agreement: {
          /** @description Wilson score interval */
          ci95: components['schemas']['Interval'] | null;
          items: number;
          rate: number | null;
        };
      }[];
      /** @constant */
      object: 'evaluation.calibration';
      run_id: string;
    };
    RunComparison: {
      baseline_run_id: string;
      baseline_status: string;
      comparisons: components['schemas']['MetricComparison'][];
      /** @constant */
      object: 'evaluation.run_comparison';
      paired_items: number;
      reason: string | null;
      run_id: string;
      run_status: string;
    };
    RunComparisons: {
      data: {
        /** @description Comparisons that could not be made (a generation or the judge failed) */
        errors: number;
        evaluator_id: string;
        evaluator_name: string;
        /** @description Pairwise with swapping: the share of judged pairs whose two orders disagreed (the judge's position bias) */
        inconsistent_rate: number | null;
        /** @description Listwise: each model’s mean rank (1 = best); null for pairwise */
        mean_ranks:
          | {
              items: number;
              mean_rank: number | null;
              /** @description Student's t over items */
              mean_rank_ci: components['schemas']['Interval'] | null;
              model: string;
            }[]
          | null;
        /** @enum {string} */
        mode: 'pairwise' | 'listwise';
        /** @description Listwise: the pairs each ranking implies */
        pairs: {
          comparisons: number;
          /** @description Items whose two orders disagreed: reported, not counted as any outcome */
          inconsistent: number;
          losses: number;
          model_a: string;
          model_b: string;
          /** @description Share of the pair's items whose two orders agreed; null when the evaluator does not swap */
          position_consistency: number | null;
          position_swap: boolean;
          ties: number;
          /** @description model_a's (wins + ties/2) / (wins + losses + ties) */
          win_rate: number | null;
          /** @description 95% percentile bootstrap over items (2,000 resamples, seeded by the pair: recomputable) */
          win_rate_ci: components['schemas']['Interval'] | null;
          /** @description Items model_a won in both orders (or in the one order judged) */
          wins: number;
        }[];
        /** @description Bradley–Terry ratings with 95% item-bootstrap intervals (2,000 resamples, fixed seed), best first; null with fewer than 3 models */
        ratings:
          | {
              /** @description Bradley–Terry log-odds rating, centred at 0 */
              beta: number;
              beta_ci: components['schemas']['Interval'];
              /** @description The same on an Elo-like scale: 1000 + 400·log10(odds) */
              elo: number;
              elo_ci: components['schemas']['Interval'];
              model: string;
              /** @description 1 + the models whose interval lies wholly above this one's (ties share a rank) */
              rank: number;
            }[]
          | null;
        results: number;
      }[];
      /** @constant */
      object: 'evaluation.comparisons';
      run_id: string;
    };
    RunCreate: {
      budget_usd?: number;
      /** @enum {string} */
      cache?: 'run' | 'project';
      cache_nondeterministic?: boolean;
      comparison?: components['schemas']['ComparisonCreate'];
      container: string;
      /** @default main */
      environment: string;
      evaluators: string[];
      ground_truth?: components['schemas']['DataSource'];
      metadata?: components['schemas']['Metadata'];
      sample?: components['schemas']['DataSource'];
    };
    RunCreateInput: {
      budget_usd?: number;
      /** @enum {string} */
      cache?: 'run' | 'project';
      cache_nondeterministic?: boolean;
      comparison?: components['schemas']['ComparisonCreate'];
      container: string;
      /** @default main */
      environment: string;
      evaluators: string[];
      ground_truth?: components['schemas']['DataSource'];
      metadata?: components['schemas']['Metadata'];
      sample?: components['schemas']['DataSource'];
    };
    RunList: {
      data: components['schemas']['Run'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    RunPanelAgreement: {
      data: {
        /** @enum {string} */
        aggregate: 'mean' | 'median' | 'majority';
        evaluator_id: string;
        evaluator_name: string;
        judges: {
          errors: number;
          mean: number | null;
          model: string;
          pass_rate: number | null;
          scored: number;
        }[];
        /** @description The generating model of the items, as in the run metrics */
        model: string | null;
        /** @description Krippendorff's alpha (interval scale) over the judges' scores */
        score_agreement: {
          /** @description 95% percentile bootstrap over items (1,000 resamples, fixed seed) */
          ci95: components['schemas']['Interval'] | null;
          /** @description Items that counted: two or more scores (alpha), every judge a verdict (kappa) */
          items: number;
          /** @enum {string} */
          method: 'krippendorff_alpha_interval' | 'fleiss_kappa';
          /** @description null when undefined (no variation, or too few items) */
          value: number | null;
        };
        /** @description Fleiss' kappa over the judges' verdicts: pass/fail (null without a threshold), or a pairwise panel's win/loss/tie for the first model */
        verdict_agreement: {
          /** @description 95% percentile bootstrap over items (1,000 resamples, fixed seed) */
          ci95: components['schemas']['Interval'] | null;
          /** @description Items that counted: two or more scores (alpha), every judge a verdict (kappa) */
          items: number;
          /** @enum {string} */
          method: 'krippendorff_alpha_interval' | 'fleiss_kappa';
          /** @description null when undefined (no variation, or too few items) */
          value: number | null;
        } | null;
      }[];
      /** @constant */
      object: 'evaluation.panel_agreement';
      run_id: string;
    };
    RunPatch: {
      budget_usd: number | null;
    };
    RunRerun: {
      budget_usd?: number;
      evaluators?: string[];
      metadata?: components['schemas']['Metadata'];
      /** @default errors */
      only: ('errors' | 'unscored' | 'failed' | 'all') | string[];
    };
    RunResult: {
      cache_hits: number;
      comparison: components['schemas']['ResultComparison'] | null;
      created_at: number;
      error: string | null;
      escalations: number;
      evaluator_id: string;
      evaluator_version: number;
      generation: {
        saved_usd?: number;
        spend_usd: number;
        tokens: {
          input: number;
          output: number;
        };
      } | null;
      grader_sample?: { [key: string]: unknown } | null;
      ground_truth: unknown;
      id: string;
      input: unknown;
      item_id: string;
      latency_ms: number | null;
      model: string | null;
      /** @constant */
      object: 'evaluation.result';
      output: unknown;
      panel:
        | {
            error: string | null;
            model: string;
            passed: boolean | null;
            reasoning: string | null;
            score: number | null;
            /** @enum {string} */
            status: 'scored' | 'unscored' | 'error';
          }[]
        | null;
      parse_failures: number;
      passed: boolean | null;
      raw_reply: string | null;
      reason: string | null;
      run_id: string;
      saved_usd: number;
      score: number | null;
      spend_usd: number;
      /** @enum {string} */
      status: 'scored' | 'unscored' | 'error';
      tokens: {
        cached?: number;
        input: number;
        output: number;
      };
      unreadable_replies: string[];
    };
    RunResultList: {
      data: components['schemas']['RunResult'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    ScoreModelGrader: {
      input: components['schemas']['GraderMessage'][];
      model: string;
      name: string;
      pass_threshold?: number;
      range?: number[];
      sampling_params?: components['schemas']['GraderSamplingParams'];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'score_model';
    };
    SimpleGrader:
      | components['schemas']['StringCheckGrader']
      | components['schemas']['RegexCheckGrader']
      | components['schemas']['TextSimilarityGrader']
      | components['schemas']['PythonGrader']
      | components['schemas']['ScoreModelGrader']
      | components['schemas']['LabelModelGrader'];
    StoredCompletionsDataSourceConfigCreate: {
      metadata?: {
        [key: string]: string;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'stored_completions';
    };
    StringCheckGrader: {
      input: string;
      name: string;
      /** @enum {string} */
      operation: 'eq' | 'ne' | 'like' | 'ilike';
      reference: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'string_check';
    };
    TaskLog: {
      container_id: string;
      created_at: number;
      id: string;
      ingested_at: number;
      input: string | components['schemas']['ChatMessage'][];
      metadata: {
        [key: string]: string;
      };
      model: string | null;
      /** @constant */
      object: 'task_log';
      output: string | components['schemas']['ChatMessage'];
    };
    TaskLogCreate: {
      created_at?: number;
      id?: string;
      input: string | components['schemas']['ChatMessage'][];
      labels?: components['schemas']['UploadLabels'];
      metadata?: components['schemas']['Metadata'];
      model?: string;
      output: string | components['schemas']['ChatMessage'];
    };
    TaskLogIngestion: {
      container_id: string;
      duplicates: number;
      ids: string[];
      inserted: number;
      /** @constant */
      object: 'task_log.ingestion';
    };
    TaskLogList: {
      data: components['schemas']['TaskLog'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    TemplateInputMessages: {
      template: (
        | components['schemas']['GraderMessage']
        | {
            content: string;
            role: string;
          }
      )[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'template';
    };
    TextResponseFormat: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'text';
    };
    TextSimilarityGrader: {
      /** @enum {string} */
      evaluation_metric:
        | 'cosine'
        | 'fuzzy_match'
        | 'bleu'
        | 'gleu'
        | 'meteor'
        | 'rouge_1'
        | 'rouge_2'
        | 'rouge_3'
        | 'rouge_4'
        | 'rouge_5'
        | 'rouge_l';
      input: string;
      name: string;
      pass_threshold?: number;
      reference: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'text_similarity';
    };
    /** @description Human labels of this row, by evaluator id or name: a score on the evaluator's scale, a verdict (true/false, 'pass'/'fail'), or { score, passed } */
    UploadLabels: {
      [key: string]:
        | number
        | boolean
        | ('pass' | 'fail')
        | {
            passed?: boolean;
            score?: number;
          };
    };
    WebhookDelivery: {
      attempt_log: {
        at: number;
        attempt: number;
        duration_ms: number;
        error: string | null;
        /** @enum {string} */
        outcome: 'success' | 'http_error' | 'network_error' | 'timeout' | 'refused_address';
        response_status: number | null;
      }[];
      attempts: number;
      created_at: number;
      delivered_at: number | null;
      event_id: string;
      /** @enum {string} */
      event_type:
        | 'evaluation.run.completed'
        | 'evaluation.run.errored'
        | 'evaluation.run.cancelled'
        | 'evaluation.run.paused'
        | 'eval.run.succeeded'
        | 'eval.run.failed'
        | 'eval.run.canceled'
        | 'monitor.alert.triggered'
        | 'monitor.alert.resolved'
        | 'webhook.test';
      id: string;
      last_attempt_at: number | null;
      last_error: string | null;
      /** @constant */
      object: 'webhook.delivery';
      payload: string;
      response_excerpt: string | null;
      response_status: number | null;
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'failed' | 'cancelled';
      webhook_id: string;
    };
    WebhookDeliveryList: {
      data: components['schemas']['WebhookDelivery'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    WebhookEndpoint: {
      created_at: number;
      description: string | null;
      disabled_reason: string | null;
      enabled: boolean;
      event_types: (
        | 'evaluation.run.completed'
        | 'evaluation.run.errored'
        | 'evaluation.run.cancelled'
        | 'evaluation.run.paused'
        | 'eval.run.succeeded'
        | 'eval.run.failed'
        | 'eval.run.canceled'
        | 'monitor.alert.triggered'
        | 'monitor.alert.resolved'
        | 'webhook.test'
      )[];
      failing_since: number | null;
      id: string;
      metadata: {
        [key: string]: string;
      };
      /** @constant */
      object: 'webhook';
      secrets: {
        created_at: number;
        expires_at: number | null;
      }[];
      updated_at: number;
      url: string;
    };
    WebhookEndpointCreate: {
      description?: string;
      event_types: (
        | 'evaluation.run.completed'
        | 'evaluation.run.errored'
        | 'evaluation.run.cancelled'
        | 'evaluation.run.paused'
        | 'eval.run.succeeded'
        | 'eval.run.failed'
        | 'eval.run.canceled'
        | 'monitor.alert.triggered'
        | 'monitor.alert.resolved'
      )[];
      metadata?: components['schemas']['Metadata'];
      /** Format: uri */
      url: string;
    };
    WebhookEndpointList: {
      data: components['schemas']['WebhookEndpoint'][];
      first_id: string | null;
      has_more: boolean;
      last_id: string | null;
      /** @constant */
      object: 'list';
      total: number;
    };
    WebhookEndpointPatch: {
      description?: string | null;
      enabled?: boolean;
      event_types?: (
        | 'evaluation.run.completed'
        | 'evaluation.run.errored'
        | 'evaluation.run.cancelled'
        | 'evaluation.run.paused'
        | 'eval.run.succeeded'
        | 'eval.run.failed'
        | 'eval.run.canceled'
        | 'monitor.alert.triggered'
        | 'monitor.alert.resolved'
      )[];
      metadata?: components['schemas']['Metadata'];
      /** Format: uri */
      url?: string;
    };
    WebhookEndpointWithSecret: {
      created_at: number;
      description: string | null;
      disabled_reason: string | null;
      enabled: boolean;
      event_types: (
        | 'evaluation.run.completed'
        | 'evaluation.run.errored'
        | 'evaluation.run.cancelled'
        | 'evaluation.run.paused'
        | 'eval.run.succeeded'
        | 'eval.run.failed'
        | 'eval.run.canceled'
        | 'monitor.alert.triggered'
        | 'monitor.alert.resolved'
        | 'webhook.test'
      )[];
      failing_since: number | null;
      id: string;
      metadata: {
        [key: string]: string;
      };
      /** @constant */
      object: 'webhook';
      secret: string;
      secrets: {
        created_at: number;
        expires_at: number | null;
      }[];
      updated_at: number;
      url: string;
    };
  };
  responses: {
    /** @description Bad Gateway */
    BadGateway: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Bad Request */
    BadRequest: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Conflict */
    Conflict: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Successful Response */
    Container: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Container'];
      };
    };
    /** @description Successful Response */
    Eval: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Eval'];
      };
    };
    /** @description Successful Response */
    EvalRun: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['EvalRun'];
      };
    };
    /** @description Successful Response */
    Evaluator: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Evaluator'];
      };
    };
    /** @description Successful Response */
    File: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['File'];
      };
    };
    /** @description Forbidden */
    Forbidden: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Gateway Timeout */
    GatewayTimeout: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Internal Server Error */
    InternalServerError: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Successful Response */
    Monitor: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Monitor'];
      };
    };
    /** @description Not Found */
    NotFound: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Payload Too Large */
    PayloadTooLarge: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Request Header Fields Too Large: the request line and headers are over 128 KB */
    RequestHeaderFieldsTooLarge: {
      headers: { [name: string]: unknown };
      content?: never;
    };
    /** @description Successful Response */
    Run: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Run'];
      };
    };
    /** @description Too Many Requests */
    TooManyRequests: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Unauthorized */
    Unauthorized: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Upstream Unavailable */
    UpstreamUnavailable: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Validation Error */
    ValidationError: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Successful Response */
    WebhookDelivery: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['WebhookDelivery'];
      };
    };
    /** @description Successful Response */
    WebhookEndpoint: {
      headers: { [name: string]: unknown };
      content: {
        'application/json': components['schemas']['WebhookEndpoint'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getV1Containers: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['ContainerList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1Containers: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContainerCreate'];
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['Container'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1ContainersId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Container'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  deleteV1ContainersId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            /** @constant */
            deleted: true;
            id: string;
            /** @constant */
            object: 'container';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  patchV1ContainersId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContainerPatch'];
      };
    };
    responses: {
      200: components['responses']['Container'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1ContainersIdLogs: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
        metadata?: components['schemas']['Metadata'];
        model?: string;
        since?: number;
        until?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['TaskLogList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1ContainersIdLogs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['TaskLogCreate'][]
          | {
              logs: components['schemas']['TaskLogCreate'][];
            };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['TaskLogIngestion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1ContainersIdLogsLogId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        log_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['TaskLog'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1Datasets: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['DatasetList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1Datasets: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': components['schemas']['DatasetCreate'];
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['Dataset'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1DatasetsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['Dataset'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  deleteV1DatasetsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            /** @constant */
            deleted: true;
            id: string;
            /** @constant */
            object: 'dataset';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1DatasetsIdItems: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['DatasetItemList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1DatasetsIdItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['DatasetItemCreate'][]
          | {
              items: components['schemas']['DatasetItemCreate'][];
            };
        'application/jsonl': string;
        'application/x-ndjson': string;
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['DatasetUpload'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1Evals: {
    parameters: {
      query?: {
        after?: string;
        limit?: number;
        order?: 'asc' | 'desc';
        order_by?: 'created_at' | 'updated_at';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['EvalList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1Evals: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvalCreate'];
      };
    };
    responses: {
      200: components['responses']['Eval'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvalsEvalId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eval_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Eval'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvalsEvalId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eval_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvalUpdate'];
      };
    };
    responses: {
      200: components['responses']['Eval'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  deleteV1EvalsEvalId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eval_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            deleted: boolean;
            eval_id: string;
            /** @constant */
            object: 'eval.deleted';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvalsEvalIdRuns: {
    parameters: {
      query?: {
        after?: string;
        limit?: number;
        order?: 'asc' | 'desc';
        status?: 'queued' | 'in_progress' | 'completed' | 'canceled' | 'failed';
      };
      header?: never;
      path: {
        eval_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['EvalRunList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvalsEvalIdRuns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eval_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvalRunCreate'];
      };
    };
    responses: {
      200: components['responses']['EvalRun'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvalsEvalIdRunsRunId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eval_id: string;
        run_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['EvalRun'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvalsEvalIdRunsRunId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eval_id: string;
        run_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['EvalRun'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  deleteV1EvalsEvalIdRunsRunId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eval_id: string;
        run_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            deleted: boolean;
            /** @constant */
            object: 'eval.run.deleted';
            run_id: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvalsEvalIdRunsRunIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eval_id: string;
        run_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['EvalRun'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvalsEvalIdRunsRunIdOutputItems: {
    parameters: {
      query?: {
        after?: string;
        limit?: number;
        order?: 'asc' | 'desc';
        status?: 'pass' | 'fail';
      };
      header?: never;
      path: {
        eval_id: string;
        run_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['OutputItemList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvalsEvalIdRunsRunIdOutputItemsOutputItemId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eval_id: string;
        output_item_id: string;
        run_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['OutputItem'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluationsRuns: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        container?: string;
        limit?: number;
        status?: 'queued' | 'running' | 'paused' | 'completed' | 'error' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['RunList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvaluationsRuns: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunCreateInput'];
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['Run'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluationsRunsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Run'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  patchV1EvaluationsRunsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunPatch'];
      };
    };
    responses: {
      202: components['responses']['Run'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluationsRunsIdCalibration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['RunCalibration'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvaluationsRunsIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: components['responses']['Run'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluationsRunsIdCompare: {
    parameters: {
      query: {
        baseline: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['RunComparison'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluationsRunsIdComparisons: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['RunComparisons'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluationsRunsIdPanelAgreement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['RunPanelAgreement'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvaluationsRunsIdPause: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: components['responses']['Run'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvaluationsRunsIdRerun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunRerun'];
      };
    };
    responses: {
      201: components['responses']['Run'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvaluationsRunsIdRerunEstimate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunRerun'];
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['RerunEstimate'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluationsRunsIdResults: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        error?: 'true' | 'false';
        evaluator?: string;
        item?: string;
        limit?: number;
        model?: string;
        passed?: 'true' | 'false';
        status?: 'scored' | 'unscored' | 'error';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['RunResultList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluationsRunsIdResultsExport: {
    parameters: {
      query?: {
        error?: 'true' | 'false';
        evaluator?: string;
        format?: 'jsonl' | 'csv';
        item?: string;
        model?: string;
        passed?: 'true' | 'false';
        status?: 'scored' | 'unscored' | 'error';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/x-ndjson': unknown;
          'text/csv': unknown;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvaluationsRunsIdResume: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: components['responses']['Run'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1Evaluators: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        container?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['EvaluatorList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1Evaluators: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvaluatorCreate'];
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['Evaluator'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluatorsId: {
    parameters: {
      query?: {
        container?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Evaluator'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  deleteV1EvaluatorsId: {
    parameters: {
      query?: {
        container?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            /** @constant */
            deleted: true;
            id: string;
            /** @constant */
            object: 'evaluator';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  patchV1EvaluatorsId: {
    parameters: {
      query?: {
        container?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvaluatorPatch'];
      };
    };
    responses: {
      200: components['responses']['Evaluator'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluatorsIdLabels: {
    parameters: {
      query?: {
        after?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['HumanLabelList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1EvaluatorsIdLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HumanLabelsCreate'];
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['HumanLabelsCreated'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1EvaluatorsIdVersionsVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Evaluator'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1Files: {
    parameters: {
      query?: {
        after?: string;
        limit?: number;
        order?: 'asc' | 'desc';
        purpose?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['FileList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1Files: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
          /** @enum {string} */
          purpose: 'evals';
        };
      };
    };
    responses: {
      200: components['responses']['File'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1FilesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['File'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  deleteV1FilesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            deleted: boolean;
            id: string;
            /** @constant */
            object: 'file';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1FilesIdContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/x-ndjson': unknown;
          'text/csv': unknown;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1FineTuningAlphaGradersRun: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': {
          grader: components['schemas']['Grader'];
          item?: unknown;
          model_sample: string;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            metadata: {
              errors: { [key: string]: unknown };
              execution_time: number;
              name: string;
              sample?: { [key: string]: unknown };
              sampled_model_name: string | null;
              scores: { [key: string]: unknown };
              token_usage: number | null;
              type: string;
            };
            model_grader_token_usage_per_model: { [key: string]: unknown };
            reward: number;
            sub_rewards: { [key: string]: unknown };
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      502: components['responses']['BadGateway'];
      503: components['responses']['UpstreamUnavailable'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  postV1FineTuningAlphaGradersValidate: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': {
          grader: components['schemas']['Grader'];
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            grader: components['schemas']['Grader'];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1Keys: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['ApiKeyList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1Keys: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApiKeyCreate'];
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['ApiKeyCreated'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  deleteV1KeysId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['ApiKey'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1KeysSelf: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['ApiKeySelf'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1Monitors: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['MonitorList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1Monitors: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': components['schemas']['MonitorCreate'];
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['Monitor'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1MonitorsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Monitor'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  deleteV1MonitorsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            /** @constant */
            deleted: true;
            id: string;
            /** @constant */
            object: 'monitor';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  patchV1MonitorsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MonitorPatch'];
      };
    };
    responses: {
      200: components['responses']['Monitor'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1MonitorsIdAlerts: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
        status?: 'firing' | 'resolved';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['MonitorAlertList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1MonitorsIdBackfill: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MonitorBackfill'];
      };
    };
    responses: {
      201: components['responses']['Run'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1MonitorsIdMetrics: {
    parameters: {
      query: {
        from: number;
        group_by?: 'evaluator' | 'model';
        interval?: 'hour' | 'day';
        model?: string;
        to: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['MonitorMetrics'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1MonitorsIdPause: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Monitor'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1MonitorsIdResume: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Monitor'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1Webhooks: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['WebhookEndpointList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1Webhooks: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookEndpointCreate'];
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecret'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1WebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['WebhookEndpoint'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  deleteV1WebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': {
            /** @constant */
            deleted: true;
            id: string;
            /** @constant */
            object: 'webhook';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  patchV1WebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookEndpointPatch'];
      };
    };
    responses: {
      200: components['responses']['WebhookEndpoint'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1WebhooksIdDeliveries: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['WebhookDeliveryList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      431: components['responses']['RequestHeaderFieldsTooLarge'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  getV1WebhooksIdDeliveriesDeliveryId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        delivery_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['WebhookDelivery'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1WebhooksIdDeliveriesDeliveryIdRedeliver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        delivery_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: components['responses']['WebhookDelivery'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1WebhooksIdRotate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 86400 */
          overlap_seconds?: number;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: { [name: string]: unknown };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecret'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
  postV1WebhooksIdTest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: components['responses']['WebhookDelivery'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['UpstreamUnavailable'];
    };
  };
}
