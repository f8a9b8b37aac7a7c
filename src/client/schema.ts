/**
 * Generated from the API's /openapi.json by openapi-typescript: do not edit.
 * After changing a route or a schema, run `npm run client:generate`
 * (test/client/generatedTypes.test.ts fails until then).
 */
export interface paths {
  '/v1/containers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List task logs, newest call first; filter by `since`/`until` (unix seconds), `model` and `metadata[key]=value` */
    get: operations['getV1ContainersIdLogs'];
    put?: never;
    /** Ingest a batch of task logs: a JSON array of logs or `{ "logs": [...] }`, at most ASSAY_MAX_LOG_BATCH. Idempotent on each log's `id`: a re-sent batch stores nothing new and reports duplicates. */
    post: operations['postV1ContainersIdLogs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/containers/{id}/logs/{log_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a dataset's items in upload order */
    get: operations['getV1DatasetsIdItems'];
    put?: never;
    /** Append items: a JSON array of items or `{ "items": [...] }` (at most ASSAY_MAX_LOG_BATCH), or a streamed `application/x-ndjson` / `application/jsonl` upload of one item per line. All or nothing: any bad line is a 422 naming every bad line, and none of the upload becomes visible. Idempotent on item ids. */
    post: operations['postV1DatasetsIdItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List evals (`order` asc/desc by creation, cursor `after`) */
    get: operations['getV1Evals'];
    put?: never;
    /** Create an eval: a data source config and testing criteria (graders). Each criterion becomes a `grader` evaluator of a container labelled with the eval id. */
    post: operations['postV1Evals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an eval */
    get: operations['getV1EvalsEvalId'];
    put?: never;
    /** Update an eval's name or metadata */
    post: operations['postV1EvalsEvalId'];
    /** Delete an eval and its runs from the Evals API (409 while one of its runs is live; native runs stay) */
    delete: operations['deleteV1EvalsEvalId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an eval's runs (filter by `status`) */
    get: operations['getV1EvalsEvalIdRuns'];
    put?: never;
    /** Start an eval run (answers at once, status queued): an EvaluationRunWorkflow over jsonl items, or completions/responses generated by `model` through the provider registry */
    post: operations['postV1EvalsEvalIdRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}/runs/{run_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an eval run: status, result counts, usage per model, results per criterion */
    get: operations['getV1EvalsEvalIdRunsRunId'];
    put?: never;
    /** Cancel an eval run (in-flight batches stop; the run ends canceled with what it graded) */
    post: operations['postV1EvalsEvalIdRunsRunId'];
    /** Delete a finished eval run from the Evals API (409 while it is live; the native run stays) */
    delete: operations['deleteV1EvalsEvalIdRunsRunId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evals/{eval_id}/runs/{run_id}/output_items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List evaluation runs (filter by container and status) */
    get: operations['getV1EvaluationsRuns'];
    put?: never;
    /** Start an evaluation run (answers at once with status queued) */
    post: operations['postV1EvaluationsRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
  '/v1/evaluations/runs/{id}/panel_agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
  '/v1/evaluations/runs/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List per-item results (filter by evaluator, model, passed, status/error) */
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List evaluators, optionally of one container (`?container=` id or label) */
    get: operations['getV1Evaluators'];
    put?: never;
    /** Create an evaluator: an LLM judge (judge_model + judge_prompt) or Python code defining evaluate() */
    post: operations['postV1Evaluators'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluators/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an evaluator by id or name (`?container=` picks among same-named ones) */
    get: operations['getV1EvaluatorsId'];
    put?: never;
    post?: never;
    /** Delete an evaluator (409 while a queued, running or paused run uses it) */
    delete: operations['deleteV1EvaluatorsId'];
    options?: never;
    head?: never;
    /** Update an evaluator (not its `type`); every patch makes a new version */
    patch: operations['patchV1EvaluatorsId'];
    trace?: never;
  };
  '/v1/evaluators/{id}/labels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An evaluator's human labels, in item id order (`after`: an item id) */
    get: operations['getV1EvaluatorsIdLabels'];
    put?: never;
    /** Label items for an evaluator (a score on its scale, a pass/fail verdict, or both); labelling an item again replaces its label */
    post: operations['postV1EvaluatorsIdLabels'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluators/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List files (newest first unless `order=asc`; filter by `purpose`) */
    get: operations['getV1Files'];
    put?: never;
    /** Upload a file (multipart/form-data: `file`, `purpose`). Only `purpose: "evals"` JSONL files are served: each line `{"item": {...}, "sample"?: {...}}`, streamed and validated line by line; a bad line is a 422 naming every bad line and nothing is stored. */
    post: operations['postV1Files'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
  '/v1/keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
  '/v1/monitors/{id}/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhook endpoints */
    get: operations['getV1Webhooks'];
    put?: never;
    /** Create a webhook endpoint (the answer's `secret` is shown this once) */
    post: operations['postV1Webhooks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a webhook endpoint */
    get: operations['getV1WebhooksId'];
    put?: never;
    post?: never;
    /** Delete a webhook endpoint and its delivery log; its pending deliveries stop at their next attempt */
    delete: operations['deleteV1WebhooksId'];
    options?: never;
    head?: never;
    /** Update a webhook endpoint (`enabled: true` re-enables one disabled for failing) */
    patch: operations['patchV1WebhooksId'];
    trace?: never;
  };
  '/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    JsonObject: {
      [key: string]: components['schemas']['JsonValue'];
    };
    JsonValue:
      | string
      | number
      | boolean
      | null
      | components['schemas']['JsonObject']
      | (string | number | boolean | null | components['schemas']['JsonObject'])[];
  };
  responses: never;
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
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
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  postV1Containers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          label: string;
          metadata?: {
            [key: string]: string;
          };
          name?: string;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
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
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        'application/json': {
          description?: string;
          label?: string;
          metadata?: {
            [key: string]: string;
          };
          name?: string;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  getV1ContainersIdLogs: {
    parameters: {
      query?: {
        after?: string;
        before?: string;
        limit?: number;
        metadata?: {
          [key: string]: string;
        };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              container_id: string;
              created_at: number;
              id: string;
              ingested_at: number;
              input:
                | string
                | ({
                    content: string | components['schemas']['JsonObject'][] | null;
                    name?: string;
                    /** @enum {string} */
                    role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                  } & {
                    [key: string]: components['schemas']['JsonValue'];
                  })[];
              metadata: {
                [key: string]: string;
              };
              model: string | null;
              /** @constant */
              object: 'task_log';
              output:
                | string
                | ({
                    content: string | components['schemas']['JsonObject'][] | null;
                    name?: string;
                    /** @enum {string} */
                    role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                  } & {
                    [key: string]: components['schemas']['JsonValue'];
                  });
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
          | {
              created_at?: number;
              id?: string;
              input:
                | string
                | ({
                    content: string | components['schemas']['JsonObject'][] | null;
                    name?: string;
                    /** @enum {string} */
                    role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                  } & {
                    [key: string]: components['schemas']['JsonValue'];
                  })[];
              metadata?: {
                [key: string]: string;
              };
              model?: string;
              output:
                | string
                | ({
                    content: string | components['schemas']['JsonObject'][] | null;
                    name?: string;
                    /** @enum {string} */
                    role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                  } & {
                    [key: string]: components['schemas']['JsonValue'];
                  });
            }[]
          | {
              logs: {
                created_at?: number;
                id?: string;
                input:
                  | string
                  | ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                metadata?: {
                  [key: string]: string;
                };
                model?: string;
                output:
                  | string
                  | ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    });
              }[];
            };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            container_id: string;
            duplicates: number;
            ids: string[];
            inserted: number;
            /** @constant */
            object: 'task_log.ingestion';
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            container_id: string;
            created_at: number;
            id: string;
            ingested_at: number;
            input:
              | string
              | ({
                  content: string | components['schemas']['JsonObject'][] | null;
                  name?: string;
                  /** @enum {string} */
                  role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                } & {
                  [key: string]: components['schemas']['JsonValue'];
                })[];
            metadata: {
              [key: string]: string;
            };
            model: string | null;
            /** @constant */
            object: 'task_log';
            output:
              | string
              | ({
                  content: string | components['schemas']['JsonObject'][] | null;
                  name?: string;
                  /** @enum {string} */
                  role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                } & {
                  [key: string]: components['schemas']['JsonValue'];
                });
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
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
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  postV1Datasets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          container?: string;
          description?: string;
          items?: {
            id?: string;
            input:
              | string
              | ({
                  content: string | components['schemas']['JsonObject'][] | null;
                  name?: string;
                  /** @enum {string} */
                  role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                } & {
                  [key: string]: components['schemas']['JsonValue'];
                })[];
            metadata?: {
              [key: string]: string;
            };
            output?:
              | string
              | ({
                  content: string | components['schemas']['JsonObject'][] | null;
                  name?: string;
                  /** @enum {string} */
                  role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                } & {
                  [key: string]: components['schemas']['JsonValue'];
                });
          }[];
          metadata?: {
            [key: string]: string;
          };
          name: string;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
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
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              created_at: number;
              dataset_id: string;
              id: string;
              input:
                | (
                    | string
                    | ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[]
                  )
                | {
                    [key: string]: unknown;
                  };
              metadata: {
                [key: string]: string;
              };
              /** @constant */
              object: 'dataset.item';
              output:
                | (
                    | (
                        | string
                        | ({
                            content: string | components['schemas']['JsonObject'][] | null;
                            name?: string;
                            /** @enum {string} */
                            role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                          } & {
                            [key: string]: components['schemas']['JsonValue'];
                          })
                      )
                    | {
                        [key: string]: unknown;
                      }
                  )
                | null;
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
          | {
              id?: string;
              input:
                | string
                | ({
                    content: string | components['schemas']['JsonObject'][] | null;
                    name?: string;
                    /** @enum {string} */
                    role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                  } & {
                    [key: string]: components['schemas']['JsonValue'];
                  })[];
              metadata?: {
                [key: string]: string;
              };
              output?:
                | string
                | ({
                    content: string | components['schemas']['JsonObject'][] | null;
                    name?: string;
                    /** @enum {string} */
                    role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                  } & {
                    [key: string]: components['schemas']['JsonValue'];
                  });
            }[]
          | {
              items: {
                id?: string;
                input:
                  | string
                  | ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                metadata?: {
                  [key: string]: string;
                };
                output?:
                  | string
                  | ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    });
              }[];
            };
        'application/jsonl': string;
        'application/x-ndjson': string;
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            dataset_id: string;
            duplicates: number;
            inserted: number;
            item_count: number;
            /** @constant */
            object: 'dataset.upload';
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              created_at: number;
              data_source_config: {
                metadata?: {
                  [key: string]: unknown;
                } | null;
                schema: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                type: 'custom' | 'logs' | 'stored_completions';
              };
              id: string;
              metadata: {
                [key: string]: string;
              } | null;
              name: string;
              /** @constant */
              object: 'eval';
              testing_criteria: (
                | (
                    | {
                        input: string;
                        name: string;
                        /** @enum {string} */
                        operation: 'eq' | 'ne' | 'like' | 'ilike';
                        reference: string;
                        /** @constant */
                        type: 'string_check';
                      }
                    | {
                        flags?: string;
                        input: string;
                        name: string;
                        pattern: string;
                        /** @constant */
                        type: 'regex_check';
                      }
                    | {
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
                        /** @constant */
                        type: 'text_similarity';
                      }
                    | {
                        image_tag?: string;
                        name: string;
                        pass_threshold?: number;
                        source: string;
                        /** @constant */
                        type: 'python';
                      }
                    | {
                        input: {
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
                        }[];
                        model: string;
                        name: string;
                        pass_threshold?: number;
                        range?: number[];
                        sampling_params?: {
                          max_completions_tokens?: number | null;
                          reasoning_effort?:
                            ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                          seed?: number | null;
                          temperature?: number | null;
                          top_p?: number | null;
                        };
                        /** @constant */
                        type: 'score_model';
                      }
                    | {
                        input: {
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
                        }[];
                        labels: string[];
                        model: string;
                        name: string;
                        passing_labels: string[];
                        /** @constant */
                        type: 'label_model';
                      }
                  )
                | {
                    calculate_output: string;
                    graders:
                      | (
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            }
                        )
                      | {
                          [key: string]:
                            | {
                                input: string;
                                name: string;
                                /** @enum {string} */
                                operation: 'eq' | 'ne' | 'like' | 'ilike';
                                reference: string;
                                /** @constant */
                                type: 'string_check';
                              }
                            | {
                                flags?: string;
                                input: string;
                                name: string;
                                pattern: string;
                                /** @constant */
                                type: 'regex_check';
                              }
                            | {
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
                                /** @constant */
                                type: 'text_similarity';
                              }
                            | {
                                image_tag?: string;
                                name: string;
                                pass_threshold?: number;
                                source: string;
                                /** @constant */
                                type: 'python';
                              }
                            | {
                                input: {
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
                                }[];
                                model: string;
                                name: string;
                                pass_threshold?: number;
                                range?: number[];
                                sampling_params?: {
                                  max_completions_tokens?: number | null;
                                  reasoning_effort?:
                                    ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                  seed?: number | null;
                                  temperature?: number | null;
                                  top_p?: number | null;
                                };
                                /** @constant */
                                type: 'score_model';
                              }
                            | {
                                input: {
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
                                }[];
                                labels: string[];
                                model: string;
                                name: string;
                                passing_labels: string[];
                                /** @constant */
                                type: 'label_model';
                              };
                        };
                    name: string;
                    pass_threshold?: number;
                    /** @constant */
                    type: 'multi';
                  }
              )[];
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  postV1Evals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          data_source_config:
            | {
                include_sample_schema?: boolean;
                item_schema: {
                  [key: string]: unknown;
                };
                /** @constant */
                type: 'custom';
              }
            | {
                metadata?: {
                  [key: string]: unknown;
                };
                /** @constant */
                type: 'logs';
              }
            | {
                metadata?: {
                  [key: string]: unknown;
                };
                /** @constant */
                type: 'stored_completions';
              };
          metadata?: {
            [key: string]: string;
          } | null;
          name?: string;
          testing_criteria: (
            | (
                | {
                    input: string;
                    name: string;
                    /** @enum {string} */
                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                    reference: string;
                    /** @constant */
                    type: 'string_check';
                  }
                | {
                    flags?: string;
                    input: string;
                    name: string;
                    pattern: string;
                    /** @constant */
                    type: 'regex_check';
                  }
                | {
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
                    /** @constant */
                    type: 'text_similarity';
                  }
                | {
                    image_tag?: string;
                    name: string;
                    pass_threshold?: number;
                    source: string;
                    /** @constant */
                    type: 'python';
                  }
                | {
                    input: {
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
                    }[];
                    model: string;
                    name: string;
                    pass_threshold?: number;
                    range?: number[];
                    sampling_params?: {
                      max_completions_tokens?: number | null;
                      reasoning_effort?: ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                      seed?: number | null;
                      temperature?: number | null;
                      top_p?: number | null;
                    };
                    /** @constant */
                    type: 'score_model';
                  }
                | {
                    input: {
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
                    }[];
                    labels: string[];
                    model: string;
                    name: string;
                    passing_labels: string[];
                    /** @constant */
                    type: 'label_model';
                  }
              )
            | {
                calculate_output: string;
                graders:
                  | (
                      | {
                          input: string;
                          name: string;
                          /** @enum {string} */
                          operation: 'eq' | 'ne' | 'like' | 'ilike';
                          reference: string;
                          /** @constant */
                          type: 'string_check';
                        }
                      | {
                          flags?: string;
                          input: string;
                          name: string;
                          pattern: string;
                          /** @constant */
                          type: 'regex_check';
                        }
                      | {
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
                          /** @constant */
                          type: 'text_similarity';
                        }
                      | {
                          image_tag?: string;
                          name: string;
                          pass_threshold?: number;
                          source: string;
                          /** @constant */
                          type: 'python';
                        }
                      | {
                          input: {
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
                          }[];
                          model: string;
                          name: string;
                          pass_threshold?: number;
                          range?: number[];
                          sampling_params?: {
                            max_completions_tokens?: number | null;
                            reasoning_effort?:
                              ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                            seed?: number | null;
                            temperature?: number | null;
                            top_p?: number | null;
                          };
                          /** @constant */
                          type: 'score_model';
                        }
                      | {
                          input: {
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
                          }[];
                          labels: string[];
                          model: string;
                          name: string;
                          passing_labels: string[];
                          /** @constant */
                          type: 'label_model';
                        }
                    )
                  | {
                      [key: string]:
                        | {
                            input: string;
                            name: string;
                            /** @enum {string} */
                            operation: 'eq' | 'ne' | 'like' | 'ilike';
                            reference: string;
                            /** @constant */
                            type: 'string_check';
                          }
                        | {
                            flags?: string;
                            input: string;
                            name: string;
                            pattern: string;
                            /** @constant */
                            type: 'regex_check';
                          }
                        | {
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
                            /** @constant */
                            type: 'text_similarity';
                          }
                        | {
                            image_tag?: string;
                            name: string;
                            pass_threshold?: number;
                            source: string;
                            /** @constant */
                            type: 'python';
                          }
                        | {
                            input: {
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
                            }[];
                            model: string;
                            name: string;
                            pass_threshold?: number;
                            range?: number[];
                            sampling_params?: {
                              max_completions_tokens?: number | null;
                              reasoning_effort?:
                                ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                              seed?: number | null;
                              temperature?: number | null;
                              top_p?: number | null;
                            };
                            /** @constant */
                            type: 'score_model';
                          }
                        | {
                            input: {
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
                            }[];
                            labels: string[];
                            model: string;
                            name: string;
                            passing_labels: string[];
                            /** @constant */
                            type: 'label_model';
                          };
                    };
                name: string;
                pass_threshold?: number;
                /** @constant */
                type: 'multi';
              }
          )[];
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created_at: number;
            data_source_config: {
              metadata?: {
                [key: string]: unknown;
              } | null;
              schema: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              type: 'custom' | 'logs' | 'stored_completions';
            };
            id: string;
            metadata: {
              [key: string]: string;
            } | null;
            name: string;
            /** @constant */
            object: 'eval';
            testing_criteria: (
              | (
                  | {
                      input: string;
                      name: string;
                      /** @enum {string} */
                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                      reference: string;
                      /** @constant */
                      type: 'string_check';
                    }
                  | {
                      flags?: string;
                      input: string;
                      name: string;
                      pattern: string;
                      /** @constant */
                      type: 'regex_check';
                    }
                  | {
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
                      /** @constant */
                      type: 'text_similarity';
                    }
                  | {
                      image_tag?: string;
                      name: string;
                      pass_threshold?: number;
                      source: string;
                      /** @constant */
                      type: 'python';
                    }
                  | {
                      input: {
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
                      }[];
                      model: string;
                      name: string;
                      pass_threshold?: number;
                      range?: number[];
                      sampling_params?: {
                        max_completions_tokens?: number | null;
                        reasoning_effort?: ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                        seed?: number | null;
                        temperature?: number | null;
                        top_p?: number | null;
                      };
                      /** @constant */
                      type: 'score_model';
                    }
                  | {
                      input: {
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
                      }[];
                      labels: string[];
                      model: string;
                      name: string;
                      passing_labels: string[];
                      /** @constant */
                      type: 'label_model';
                    }
                )
              | {
                  calculate_output: string;
                  graders:
                    | (
                        | {
                            input: string;
                            name: string;
                            /** @enum {string} */
                            operation: 'eq' | 'ne' | 'like' | 'ilike';
                            reference: string;
                            /** @constant */
                            type: 'string_check';
                          }
                        | {
                            flags?: string;
                            input: string;
                            name: string;
                            pattern: string;
                            /** @constant */
                            type: 'regex_check';
                          }
                        | {
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
                            /** @constant */
                            type: 'text_similarity';
                          }
                        | {
                            image_tag?: string;
                            name: string;
                            pass_threshold?: number;
                            source: string;
                            /** @constant */
                            type: 'python';
                          }
                        | {
                            input: {
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
                            }[];
                            model: string;
                            name: string;
                            pass_threshold?: number;
                            range?: number[];
                            sampling_params?: {
                              max_completions_tokens?: number | null;
                              reasoning_effort?:
                                ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                              seed?: number | null;
                              temperature?: number | null;
                              top_p?: number | null;
                            };
                            /** @constant */
                            type: 'score_model';
                          }
                        | {
                            input: {
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
                            }[];
                            labels: string[];
                            model: string;
                            name: string;
                            passing_labels: string[];
                            /** @constant */
                            type: 'label_model';
                          }
                      )
                    | {
                        [key: string]:
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            };
                      };
                  name: string;
                  pass_threshold?: number;
                  /** @constant */
                  type: 'multi';
                }
            )[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created_at: number;
            data_source_config: {
              metadata?: {
                [key: string]: unknown;
              } | null;
              schema: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              type: 'custom' | 'logs' | 'stored_completions';
            };
            id: string;
            metadata: {
              [key: string]: string;
            } | null;
            name: string;
            /** @constant */
            object: 'eval';
            testing_criteria: (
              | (
                  | {
                      input: string;
                      name: string;
                      /** @enum {string} */
                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                      reference: string;
                      /** @constant */
                      type: 'string_check';
                    }
                  | {
                      flags?: string;
                      input: string;
                      name: string;
                      pattern: string;
                      /** @constant */
                      type: 'regex_check';
                    }
                  | {
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
                      /** @constant */
                      type: 'text_similarity';
                    }
                  | {
                      image_tag?: string;
                      name: string;
                      pass_threshold?: number;
                      source: string;
                      /** @constant */
                      type: 'python';
                    }
                  | {
                      input: {
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
                      }[];
                      model: string;
                      name: string;
                      pass_threshold?: number;
                      range?: number[];
                      sampling_params?: {
                        max_completions_tokens?: number | null;
                        reasoning_effort?: ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                        seed?: number | null;
                        temperature?: number | null;
                        top_p?: number | null;
                      };
                      /** @constant */
                      type: 'score_model';
                    }
                  | {
                      input: {
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
                      }[];
                      labels: string[];
                      model: string;
                      name: string;
                      passing_labels: string[];
                      /** @constant */
                      type: 'label_model';
                    }
                )
              | {
                  calculate_output: string;
                  graders:
                    | (
                        | {
                            input: string;
                            name: string;
                            /** @enum {string} */
                            operation: 'eq' | 'ne' | 'like' | 'ilike';
                            reference: string;
                            /** @constant */
                            type: 'string_check';
                          }
                        | {
                            flags?: string;
                            input: string;
                            name: string;
                            pattern: string;
                            /** @constant */
                            type: 'regex_check';
                          }
                        | {
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
                            /** @constant */
                            type: 'text_similarity';
                          }
                        | {
                            image_tag?: string;
                            name: string;
                            pass_threshold?: number;
                            source: string;
                            /** @constant */
                            type: 'python';
                          }
                        | {
                            input: {
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
                            }[];
                            model: string;
                            name: string;
                            pass_threshold?: number;
                            range?: number[];
                            sampling_params?: {
                              max_completions_tokens?: number | null;
                              reasoning_effort?:
                                ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                              seed?: number | null;
                              temperature?: number | null;
                              top_p?: number | null;
                            };
                            /** @constant */
                            type: 'score_model';
                          }
                        | {
                            input: {
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
                            }[];
                            labels: string[];
                            model: string;
                            name: string;
                            passing_labels: string[];
                            /** @constant */
                            type: 'label_model';
                          }
                      )
                    | {
                        [key: string]:
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            };
                      };
                  name: string;
                  pass_threshold?: number;
                  /** @constant */
                  type: 'multi';
                }
            )[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        'application/json': {
          metadata?: {
            [key: string]: string;
          } | null;
          name?: string;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created_at: number;
            data_source_config: {
              metadata?: {
                [key: string]: unknown;
              } | null;
              schema: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              type: 'custom' | 'logs' | 'stored_completions';
            };
            id: string;
            metadata: {
              [key: string]: string;
            } | null;
            name: string;
            /** @constant */
            object: 'eval';
            testing_criteria: (
              | (
                  | {
                      input: string;
                      name: string;
                      /** @enum {string} */
                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                      reference: string;
                      /** @constant */
                      type: 'string_check';
                    }
                  | {
                      flags?: string;
                      input: string;
                      name: string;
                      pattern: string;
                      /** @constant */
                      type: 'regex_check';
                    }
                  | {
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
                      /** @constant */
                      type: 'text_similarity';
                    }
                  | {
                      image_tag?: string;
                      name: string;
                      pass_threshold?: number;
                      source: string;
                      /** @constant */
                      type: 'python';
                    }
                  | {
                      input: {
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
                      }[];
                      model: string;
                      name: string;
                      pass_threshold?: number;
                      range?: number[];
                      sampling_params?: {
                        max_completions_tokens?: number | null;
                        reasoning_effort?: ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                        seed?: number | null;
                        temperature?: number | null;
                        top_p?: number | null;
                      };
                      /** @constant */
                      type: 'score_model';
                    }
                  | {
                      input: {
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
                      }[];
                      labels: string[];
                      model: string;
                      name: string;
                      passing_labels: string[];
                      /** @constant */
                      type: 'label_model';
                    }
                )
              | {
                  calculate_output: string;
                  graders:
                    | (
                        | {
                            input: string;
                            name: string;
                            /** @enum {string} */
                            operation: 'eq' | 'ne' | 'like' | 'ilike';
                            reference: string;
                            /** @constant */
                            type: 'string_check';
                          }
                        | {
                            flags?: string;
                            input: string;
                            name: string;
                            pattern: string;
                            /** @constant */
                            type: 'regex_check';
                          }
                        | {
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
                            /** @constant */
                            type: 'text_similarity';
                          }
                        | {
                            image_tag?: string;
                            name: string;
                            pass_threshold?: number;
                            source: string;
                            /** @constant */
                            type: 'python';
                          }
                        | {
                            input: {
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
                            }[];
                            model: string;
                            name: string;
                            pass_threshold?: number;
                            range?: number[];
                            sampling_params?: {
                              max_completions_tokens?: number | null;
                              reasoning_effort?:
                                ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                              seed?: number | null;
                              temperature?: number | null;
                              top_p?: number | null;
                            };
                            /** @constant */
                            type: 'score_model';
                          }
                        | {
                            input: {
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
                            }[];
                            labels: string[];
                            model: string;
                            name: string;
                            passing_labels: string[];
                            /** @constant */
                            type: 'label_model';
                          }
                      )
                    | {
                        [key: string]:
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            };
                      };
                  name: string;
                  pass_threshold?: number;
                  /** @constant */
                  type: 'multi';
                }
            )[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deleted: boolean;
            eval_id: string;
            /** @constant */
            object: 'eval.deleted';
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              created_at: number;
              data_source:
                | {
                    source:
                      | {
                          content: {
                            item: {
                              [key: string]: components['schemas']['JsonValue'];
                            };
                            sample?: {
                              [key: string]: components['schemas']['JsonValue'];
                            };
                          }[];
                          /** @constant */
                          type: 'file_content';
                        }
                      | {
                          id: string;
                          /** @constant */
                          type: 'file_id';
                        };
                    /** @constant */
                    type: 'jsonl';
                  }
                | {
                    input_messages?:
                      | {
                          template: (
                            | {
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
                              }
                            | {
                                content: string;
                                role: string;
                              }
                          )[];
                          /** @constant */
                          type: 'template';
                        }
                      | {
                          item_reference: string;
                          /** @constant */
                          type: 'item_reference';
                        };
                    model?: string;
                    sampling_params?: {
                      max_completion_tokens?: number;
                      max_completions_tokens?: number;
                      reasoning_effort?: string | null;
                      response_format?: {
                        /** @enum {string} */
                        type: 'text' | 'json_object' | 'json_schema';
                      } & {
                        [key: string]: unknown;
                      };
                      seed?: number;
                      temperature?: number;
                      text?: {
                        [key: string]: unknown;
                      };
                      tools?: {
                        [key: string]: unknown;
                      }[];
                      top_p?: number;
                    };
                    source:
                      | {
                          content: {
                            item: {
                              [key: string]: components['schemas']['JsonValue'];
                            };
                            sample?: {
                              [key: string]: components['schemas']['JsonValue'];
                            };
                          }[];
                          /** @constant */
                          type: 'file_content';
                        }
                      | {
                          id: string;
                          /** @constant */
                          type: 'file_id';
                        }
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
                    /** @constant */
                    type: 'completions';
                  }
                | {
                    input_messages?:
                      | {
                          template: (
                            | {
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
                              }
                            | {
                                content: string;
                                role: string;
                              }
                          )[];
                          /** @constant */
                          type: 'template';
                        }
                      | {
                          item_reference: string;
                          /** @constant */
                          type: 'item_reference';
                        };
                    model?: string;
                    sampling_params?: {
                      max_completion_tokens?: number;
                      max_completions_tokens?: number;
                      reasoning_effort?: string | null;
                      response_format?: {
                        /** @enum {string} */
                        type: 'text' | 'json_object' | 'json_schema';
                      } & {
                        [key: string]: unknown;
                      };
                      seed?: number;
                      temperature?: number;
                      text?: {
                        [key: string]: unknown;
                      };
                      tools?: {
                        [key: string]: unknown;
                      }[];
                      top_p?: number;
                    };
                    source:
                      | {
                          content: {
                            item: {
                              [key: string]: components['schemas']['JsonValue'];
                            };
                            sample?: {
                              [key: string]: components['schemas']['JsonValue'];
                            };
                          }[];
                          /** @constant */
                          type: 'file_content';
                        }
                      | {
                          id: string;
                          /** @constant */
                          type: 'file_id';
                        }
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
                    /** @constant */
                    type: 'responses';
                  };
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
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        'application/json': {
          data_source:
            | {
                source:
                  | {
                      content: {
                        item: {
                          [key: string]: components['schemas']['JsonValue'];
                        };
                        sample?: {
                          [key: string]: components['schemas']['JsonValue'];
                        };
                      }[];
                      /** @constant */
                      type: 'file_content';
                    }
                  | {
                      id: string;
                      /** @constant */
                      type: 'file_id';
                    };
                /** @constant */
                type: 'jsonl';
              }
            | {
                input_messages?:
                  | {
                      template: (
                        | {
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
                          }
                        | {
                            content: string;
                            role: string;
                          }
                      )[];
                      /** @constant */
                      type: 'template';
                    }
                  | {
                      item_reference: string;
                      /** @constant */
                      type: 'item_reference';
                    };
                model?: string;
                sampling_params?: {
                  max_completion_tokens?: number;
                  max_completions_tokens?: number;
                  reasoning_effort?: string | null;
                  response_format?: {
                    /** @enum {string} */
                    type: 'text' | 'json_object' | 'json_schema';
                  } & {
                    [key: string]: unknown;
                  };
                  seed?: number;
                  temperature?: number;
                  text?: {
                    [key: string]: unknown;
                  };
                  tools?: {
                    [key: string]: unknown;
                  }[];
                  top_p?: number;
                };
                source:
                  | {
                      content: {
                        item: {
                          [key: string]: components['schemas']['JsonValue'];
                        };
                        sample?: {
                          [key: string]: components['schemas']['JsonValue'];
                        };
                      }[];
                      /** @constant */
                      type: 'file_content';
                    }
                  | {
                      id: string;
                      /** @constant */
                      type: 'file_id';
                    }
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
                /** @constant */
                type: 'completions';
              }
            | {
                input_messages?:
                  | {
                      template: (
                        | {
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
                          }
                        | {
                            content: string;
                            role: string;
                          }
                      )[];
                      /** @constant */
                      type: 'template';
                    }
                  | {
                      item_reference: string;
                      /** @constant */
                      type: 'item_reference';
                    };
                model?: string;
                sampling_params?: {
                  max_completion_tokens?: number;
                  max_completions_tokens?: number;
                  reasoning_effort?: string | null;
                  response_format?: {
                    /** @enum {string} */
                    type: 'text' | 'json_object' | 'json_schema';
                  } & {
                    [key: string]: unknown;
                  };
                  seed?: number;
                  temperature?: number;
                  text?: {
                    [key: string]: unknown;
                  };
                  tools?: {
                    [key: string]: unknown;
                  }[];
                  top_p?: number;
                };
                source:
                  | {
                      content: {
                        item: {
                          [key: string]: components['schemas']['JsonValue'];
                        };
                        sample?: {
                          [key: string]: components['schemas']['JsonValue'];
                        };
                      }[];
                      /** @constant */
                      type: 'file_content';
                    }
                  | {
                      id: string;
                      /** @constant */
                      type: 'file_id';
                    }
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
                /** @constant */
                type: 'responses';
              };
          metadata?: {
            [key: string]: string;
          } | null;
          name?: string;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created_at: number;
            data_source:
              | {
                  source:
                    | {
                        content: {
                          item: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                          sample?: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                        }[];
                        /** @constant */
                        type: 'file_content';
                      }
                    | {
                        id: string;
                        /** @constant */
                        type: 'file_id';
                      };
                  /** @constant */
                  type: 'jsonl';
                }
              | {
                  input_messages?:
                    | {
                        template: (
                          | {
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
                            }
                          | {
                              content: string;
                              role: string;
                            }
                        )[];
                        /** @constant */
                        type: 'template';
                      }
                    | {
                        item_reference: string;
                        /** @constant */
                        type: 'item_reference';
                      };
                  model?: string;
                  sampling_params?: {
                    max_completion_tokens?: number;
                    max_completions_tokens?: number;
                    reasoning_effort?: string | null;
                    response_format?: {
                      /** @enum {string} */
                      type: 'text' | 'json_object' | 'json_schema';
                    } & {
                      [key: string]: unknown;
                    };
                    seed?: number;
                    temperature?: number;
                    text?: {
                      [key: string]: unknown;
                    };
                    tools?: {
                      [key: string]: unknown;
                    }[];
                    top_p?: number;
                  };
                  source:
                    | {
                        content: {
                          item: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                          sample?: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                        }[];
                        /** @constant */
                        type: 'file_content';
                      }
                    | {
                        id: string;
                        /** @constant */
                        type: 'file_id';
                      }
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
                  /** @constant */
                  type: 'completions';
                }
              | {
                  input_messages?:
                    | {
                        template: (
                          | {
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
                            }
                          | {
                              content: string;
                              role: string;
                            }
                        )[];
                        /** @constant */
                        type: 'template';
                      }
                    | {
                        item_reference: string;
                        /** @constant */
                        type: 'item_reference';
                      };
                  model?: string;
                  sampling_params?: {
                    max_completion_tokens?: number;
                    max_completions_tokens?: number;
                    reasoning_effort?: string | null;
                    response_format?: {
                      /** @enum {string} */
                      type: 'text' | 'json_object' | 'json_schema';
                    } & {
                      [key: string]: unknown;
                    };
                    seed?: number;
                    temperature?: number;
                    text?: {
                      [key: string]: unknown;
                    };
                    tools?: {
                      [key: string]: unknown;
                    }[];
                    top_p?: number;
                  };
                  source:
                    | {
                        content: {
                          item: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                          sample?: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                        }[];
                        /** @constant */
                        type: 'file_content';
                      }
                    | {
                        id: string;
                        /** @constant */
                        type: 'file_id';
                      }
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
                  /** @constant */
                  type: 'responses';
                };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created_at: number;
            data_source:
              | {
                  source:
                    | {
                        content: {
                          item: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                          sample?: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                        }[];
                        /** @constant */
                        type: 'file_content';
                      }
                    | {
                        id: string;
                        /** @constant */
                        type: 'file_id';
                      };
                  /** @constant */
                  type: 'jsonl';
                }
              | {
                  input_messages?:
                    | {
                        template: (
                          | {
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
                            }
                          | {
                              content: string;
                              role: string;
                            }
                        )[];
                        /** @constant */
                        type: 'template';
                      }
                    | {
                        item_reference: string;
                        /** @constant */
                        type: 'item_reference';
                      };
                  model?: string;
                  sampling_params?: {
                    max_completion_tokens?: number;
                    max_completions_tokens?: number;
                    reasoning_effort?: string | null;
                    response_format?: {
                      /** @enum {string} */
                      type: 'text' | 'json_object' | 'json_schema';
                    } & {
                      [key: string]: unknown;
                    };
                    seed?: number;
                    temperature?: number;
                    text?: {
                      [key: string]: unknown;
                    };
                    tools?: {
                      [key: string]: unknown;
                    }[];
                    top_p?: number;
                  };
                  source:
                    | {
                        content: {
                          item: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                          sample?: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                        }[];
                        /** @constant */
                        type: 'file_content';
                      }
                    | {
                        id: string;
                        /** @constant */
                        type: 'file_id';
                      }
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
                  /** @constant */
                  type: 'completions';
                }
              | {
                  input_messages?:
                    | {
                        template: (
                          | {
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
                            }
                          | {
                              content: string;
                              role: string;
                            }
                        )[];
                        /** @constant */
                        type: 'template';
                      }
                    | {
                        item_reference: string;
                        /** @constant */
                        type: 'item_reference';
                      };
                  model?: string;
                  sampling_params?: {
                    max_completion_tokens?: number;
                    max_completions_tokens?: number;
                    reasoning_effort?: string | null;
                    response_format?: {
                      /** @enum {string} */
                      type: 'text' | 'json_object' | 'json_schema';
                    } & {
                      [key: string]: unknown;
                    };
                    seed?: number;
                    temperature?: number;
                    text?: {
                      [key: string]: unknown;
                    };
                    tools?: {
                      [key: string]: unknown;
                    }[];
                    top_p?: number;
                  };
                  source:
                    | {
                        content: {
                          item: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                          sample?: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                        }[];
                        /** @constant */
                        type: 'file_content';
                      }
                    | {
                        id: string;
                        /** @constant */
                        type: 'file_id';
                      }
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
                  /** @constant */
                  type: 'responses';
                };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created_at: number;
            data_source:
              | {
                  source:
                    | {
                        content: {
                          item: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                          sample?: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                        }[];
                        /** @constant */
                        type: 'file_content';
                      }
                    | {
                        id: string;
                        /** @constant */
                        type: 'file_id';
                      };
                  /** @constant */
                  type: 'jsonl';
                }
              | {
                  input_messages?:
                    | {
                        template: (
                          | {
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
                            }
                          | {
                              content: string;
                              role: string;
                            }
                        )[];
                        /** @constant */
                        type: 'template';
                      }
                    | {
                        item_reference: string;
                        /** @constant */
                        type: 'item_reference';
                      };
                  model?: string;
                  sampling_params?: {
                    max_completion_tokens?: number;
                    max_completions_tokens?: number;
                    reasoning_effort?: string | null;
                    response_format?: {
                      /** @enum {string} */
                      type: 'text' | 'json_object' | 'json_schema';
                    } & {
                      [key: string]: unknown;
                    };
                    seed?: number;
                    temperature?: number;
                    text?: {
                      [key: string]: unknown;
                    };
                    tools?: {
                      [key: string]: unknown;
                    }[];
                    top_p?: number;
                  };
                  source:
                    | {
                        content: {
                          item: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                          sample?: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                        }[];
                        /** @constant */
                        type: 'file_content';
                      }
                    | {
                        id: string;
                        /** @constant */
                        type: 'file_id';
                      }
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
                  /** @constant */
                  type: 'completions';
                }
              | {
                  input_messages?:
                    | {
                        template: (
                          | {
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
                            }
                          | {
                              content: string;
                              role: string;
                            }
                        )[];
                        /** @constant */
                        type: 'template';
                      }
                    | {
                        item_reference: string;
                        /** @constant */
                        type: 'item_reference';
                      };
                  model?: string;
                  sampling_params?: {
                    max_completion_tokens?: number;
                    max_completions_tokens?: number;
                    reasoning_effort?: string | null;
                    response_format?: {
                      /** @enum {string} */
                      type: 'text' | 'json_object' | 'json_schema';
                    } & {
                      [key: string]: unknown;
                    };
                    seed?: number;
                    temperature?: number;
                    text?: {
                      [key: string]: unknown;
                    };
                    tools?: {
                      [key: string]: unknown;
                    }[];
                    top_p?: number;
                  };
                  source:
                    | {
                        content: {
                          item: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                          sample?: {
                            [key: string]: components['schemas']['JsonValue'];
                          };
                        }[];
                        /** @constant */
                        type: 'file_content';
                      }
                    | {
                        id: string;
                        /** @constant */
                        type: 'file_id';
                      }
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
                  /** @constant */
                  type: 'responses';
                };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deleted: boolean;
            /** @constant */
            object: 'eval.run.deleted';
            run_id: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              created_at: number;
              datasource_item: {
                [key: string]: unknown;
              };
              datasource_item_id: number;
              eval_id: string;
              id: string;
              /** @constant */
              object: 'eval.run.output_item';
              results: ({
                name: string;
                passed: boolean;
                sample?: {
                  [key: string]: unknown;
                } | null;
                score: number;
                type: string;
              } & {
                [key: string]: unknown;
              })[];
              run_id: string;
              sample: {
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
              /** @enum {string} */
              status: 'pass' | 'fail' | 'error';
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created_at: number;
            datasource_item: {
              [key: string]: unknown;
            };
            datasource_item_id: number;
            eval_id: string;
            id: string;
            /** @constant */
            object: 'eval.run.output_item';
            results: ({
              name: string;
              passed: boolean;
              sample?: {
                [key: string]: unknown;
              } | null;
              score: number;
              type: string;
            } & {
              [key: string]: unknown;
            })[];
            run_id: string;
            sample: {
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
            /** @enum {string} */
            status: 'pass' | 'fail' | 'error';
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              completed_at: number | null;
              config: {
                evaluators: {
                  /** @enum {string} */
                  api_type: 'chat_completions' | 'responses';
                  code: string | null;
                  container_id: string | null;
                  created_at: number;
                  description: string | null;
                  grader:
                    | (
                        | (
                            | {
                                input: string;
                                name: string;
                                /** @enum {string} */
                                operation: 'eq' | 'ne' | 'like' | 'ilike';
                                reference: string;
                                /** @constant */
                                type: 'string_check';
                              }
                            | {
                                flags?: string;
                                input: string;
                                name: string;
                                pattern: string;
                                /** @constant */
                                type: 'regex_check';
                              }
                            | {
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
                                /** @constant */
                                type: 'text_similarity';
                              }
                            | {
                                image_tag?: string;
                                name: string;
                                pass_threshold?: number;
                                source: string;
                                /** @constant */
                                type: 'python';
                              }
                            | {
                                input: {
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
                                }[];
                                model: string;
                                name: string;
                                pass_threshold?: number;
                                range?: number[];
                                sampling_params?: {
                                  max_completions_tokens?: number | null;
                                  reasoning_effort?:
                                    ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                  seed?: number | null;
                                  temperature?: number | null;
                                  top_p?: number | null;
                                };
                                /** @constant */
                                type: 'score_model';
                              }
                            | {
                                input: {
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
                                }[];
                                labels: string[];
                                model: string;
                                name: string;
                                passing_labels: string[];
                                /** @constant */
                                type: 'label_model';
                              }
                          )
                        | {
                            calculate_output: string;
                            graders:
                              | (
                                  | {
                                      input: string;
                                      name: string;
                                      /** @enum {string} */
                                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                                      reference: string;
                                      /** @constant */
                                      type: 'string_check';
                                    }
                                  | {
                                      flags?: string;
                                      input: string;
                                      name: string;
                                      pattern: string;
                                      /** @constant */
                                      type: 'regex_check';
                                    }
                                  | {
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
                                      /** @constant */
                                      type: 'text_similarity';
                                    }
                                  | {
                                      image_tag?: string;
                                      name: string;
                                      pass_threshold?: number;
                                      source: string;
                                      /** @constant */
                                      type: 'python';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      model: string;
                                      name: string;
                                      pass_threshold?: number;
                                      range?: number[];
                                      sampling_params?: {
                                        max_completions_tokens?: number | null;
                                        reasoning_effort?:
                                          ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                        seed?: number | null;
                                        temperature?: number | null;
                                        top_p?: number | null;
                                      };
                                      /** @constant */
                                      type: 'score_model';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      labels: string[];
                                      model: string;
                                      name: string;
                                      passing_labels: string[];
                                      /** @constant */
                                      type: 'label_model';
                                    }
                                )
                              | {
                                  [key: string]:
                                    | {
                                        input: string;
                                        name: string;
                                        /** @enum {string} */
                                        operation: 'eq' | 'ne' | 'like' | 'ilike';
                                        reference: string;
                                        /** @constant */
                                        type: 'string_check';
                                      }
                                    | {
                                        flags?: string;
                                        input: string;
                                        name: string;
                                        pattern: string;
                                        /** @constant */
                                        type: 'regex_check';
                                      }
                                    | {
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
                                        /** @constant */
                                        type: 'text_similarity';
                                      }
                                    | {
                                        image_tag?: string;
                                        name: string;
                                        pass_threshold?: number;
                                        source: string;
                                        /** @constant */
                                        type: 'python';
                                      }
                                    | {
                                        input: {
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
                                        }[];
                                        model: string;
                                        name: string;
                                        pass_threshold?: number;
                                        range?: number[];
                                        sampling_params?: {
                                          max_completions_tokens?: number | null;
                                          reasoning_effort?:
                                            ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                          seed?: number | null;
                                          temperature?: number | null;
                                          top_p?: number | null;
                                        };
                                        /** @constant */
                                        type: 'score_model';
                                      }
                                    | {
                                        input: {
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
                                        }[];
                                        labels: string[];
                                        model: string;
                                        name: string;
                                        passing_labels: string[];
                                        /** @constant */
                                        type: 'label_model';
                                      };
                                };
                            name: string;
                            pass_threshold?: number;
                            /** @constant */
                            type: 'multi';
                          }
                      )
                    | null;
                  id: string;
                  inference_params: {
                    frequency_penalty?: number;
                    max_completion_tokens?: number;
                    max_output_tokens?: number;
                    max_tokens?: number;
                    presence_penalty?: number;
                    /** @enum {string} */
                    reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                    response_format?:
                      | {
                          /** @constant */
                          type: 'text';
                        }
                      | {
                          /** @constant */
                          type: 'json_object';
                        }
                      | {
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
                          /** @constant */
                          type: 'json_schema';
                        };
                    seed?: number;
                    stop?: string | string[];
                    temperature?: number;
                    top_p?: number;
                  } | null;
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
                  requirements: string[];
                  threshold: number | null;
                  /** @enum {string} */
                  type: 'judge' | 'code' | 'grader';
                  updated_at: number;
                  version: number;
                }[];
                request: {
                  budget_usd?: number;
                  container: string;
                  /** @default main */
                  environment: string;
                  evaluators: string[];
                  ground_truth?:
                    | {
                        dataset: string;
                        limit?: number;
                        /** @constant */
                        type: 'dataset';
                      }
                    | {
                        container?: string;
                        filter?: {
                          metadata?: {
                            [key: string]: string;
                          };
                          model?: string;
                        };
                        limit?: number;
                        since?: number;
                        /** @constant */
                        type: 'container';
                        until?: number;
                      }
                    | {
                        inference_params?: {
                          frequency_penalty?: number;
                          max_completion_tokens?: number;
                          max_output_tokens?: number;
                          max_tokens?: number;
                          presence_penalty?: number;
                          /** @enum {string} */
                          reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                          response_format?:
                            | {
                                /** @constant */
                                type: 'text';
                              }
                            | {
                                /** @constant */
                                type: 'json_object';
                              }
                            | {
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
                                /** @constant */
                                type: 'json_schema';
                              };
                          seed?: number;
                          stop?: string | string[];
                          temperature?: number;
                          top_p?: number;
                        };
                        messages?: ({
                          content: string | components['schemas']['JsonObject'][] | null;
                          name?: string;
                          /** @enum {string} */
                          role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                        } & {
                          [key: string]: components['schemas']['JsonValue'];
                        })[];
                        models: string[];
                        prompt?: string;
                        /** @constant */
                        type: 'generate';
                      };
                  metadata?: {
                    [key: string]: string;
                  };
                  sample?:
                    | {
                        dataset: string;
                        limit?: number;
                        /** @constant */
                        type: 'dataset';
                      }
                    | {
                        container?: string;
                        filter?: {
                          metadata?: {
                            [key: string]: string;
                          };
                          model?: string;
                        };
                        limit?: number;
                        since?: number;
                        /** @constant */
                        type: 'container';
                        until?: number;
                      }
                    | {
                        inference_params?: {
                          frequency_penalty?: number;
                          max_completion_tokens?: number;
                          max_output_tokens?: number;
                          max_tokens?: number;
                          presence_penalty?: number;
                          /** @enum {string} */
                          reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                          response_format?:
                            | {
                                /** @constant */
                                type: 'text';
                              }
                            | {
                                /** @constant */
                                type: 'json_object';
                              }
                            | {
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
                                /** @constant */
                                type: 'json_schema';
                              };
                          seed?: number;
                          stop?: string | string[];
                          temperature?: number;
                          top_p?: number;
                        };
                        messages?: ({
                          content: string | components['schemas']['JsonObject'][] | null;
                          name?: string;
                          /** @enum {string} */
                          role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                        } & {
                          [key: string]: components['schemas']['JsonValue'];
                        })[];
                        models: string[];
                        prompt?: string;
                        /** @constant */
                        type: 'generate';
                      };
                };
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
                estimated_usd: number;
              };
              evaluator_ids: string[];
              ground_truth: {
                container_id?: string;
                dataset_id?: string;
                item_count: number | null;
                models?: string[];
                source:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
                /** @enum {string} */
                type: 'dataset' | 'container' | 'generate';
              };
              id: string;
              metadata: {
                [key: string]: string;
              };
              metrics: {
                by_evaluator: {
                  count: number;
                  errors: number;
                  evaluator_id: string;
                  latency_ms: {
                    p50: number | null;
                    p95: number | null;
                  };
                  max: number | null;
                  mean: number | null;
                  mean_ci95: {
                    high: number;
                    low: number;
                  } | null;
                  min: number | null;
                  model: string | null;
                  p50: number | null;
                  parse_failures: {
                    escalations: number;
                    items: number;
                    replies: number;
                  };
                  pass_rate: number | null;
                  pass_rate_ci95: {
                    high: number;
                    low: number;
                  } | null;
                  passed: number;
                  score_histogram: {
                    count: number;
                    high: number;
                    low: number;
                  }[];
                  scored: number;
                  spend_usd: number;
                  stdev: number | null;
                  tokens: {
                    input: number;
                    output: number;
                  };
                  unpaired: number;
                  unscored: number;
                }[];
                paired_differences: {
                  ci95: {
                    high: number;
                    low: number;
                  } | null;
                  evaluator_id: string;
                  mean_difference: number | null;
                  model_a: string;
                  model_b: string;
                  n: number;
                }[];
              } | null;
              /** @constant */
              object: 'evaluation.run';
              process_id: string;
              progress: {
                done: number;
                failed: number;
                total: number | null;
              };
              results: {
                summary: {
                  count: number;
                  errors: number;
                  evaluator_id: string;
                  latency_ms: {
                    p50: number | null;
                    p95: number | null;
                  };
                  max: number | null;
                  mean: number | null;
                  mean_ci95: {
                    high: number;
                    low: number;
                  } | null;
                  min: number | null;
                  model: string | null;
                  p50: number | null;
                  parse_failures: {
                    escalations: number;
                    items: number;
                    replies: number;
                  };
                  pass_rate: number | null;
                  pass_rate_ci95: {
                    high: number;
                    low: number;
                  } | null;
                  passed: number;
                  score_histogram: {
                    count: number;
                    high: number;
                    low: number;
                  }[];
                  scored: number;
                  spend_usd: number;
                  stdev: number | null;
                  tokens: {
                    input: number;
                    output: number;
                  };
                  unpaired: number;
                  unscored: number;
                }[];
                total: number;
                url: string;
              } | null;
              sample: {
                container_id?: string;
                dataset_id?: string;
                item_count: number | null;
                models?: string[];
                source:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
                /** @enum {string} */
                type: 'dataset' | 'container' | 'generate';
              };
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
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  postV1EvaluationsRuns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          budget_usd?: number;
          container: string;
          /** @default main */
          environment?: string;
          evaluators: string[];
          ground_truth?:
            | {
                dataset: string;
                limit?: number;
                /** @constant */
                type: 'dataset';
              }
            | {
                container?: string;
                filter?: {
                  metadata?: {
                    [key: string]: string;
                  };
                  model?: string;
                };
                limit?: number;
                since?: number;
                /** @constant */
                type: 'container';
                until?: number;
              }
            | {
                inference_params?: {
                  frequency_penalty?: number;
                  max_completion_tokens?: number;
                  max_output_tokens?: number;
                  max_tokens?: number;
                  presence_penalty?: number;
                  /** @enum {string} */
                  reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                  response_format?:
                    | {
                        /** @constant */
                        type: 'text';
                      }
                    | {
                        /** @constant */
                        type: 'json_object';
                      }
                    | {
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
                        /** @constant */
                        type: 'json_schema';
                      };
                  seed?: number;
                  stop?: string | string[];
                  temperature?: number;
                  top_p?: number;
                };
                messages?: ({
                  content: string | components['schemas']['JsonObject'][] | null;
                  name?: string;
                  /** @enum {string} */
                  role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                } & {
                  [key: string]: components['schemas']['JsonValue'];
                })[];
                models: string[];
                prompt?: string;
                /** @constant */
                type: 'generate';
              };
          metadata?: {
            [key: string]: string;
          };
          sample?:
            | {
                dataset: string;
                limit?: number;
                /** @constant */
                type: 'dataset';
              }
            | {
                container?: string;
                filter?: {
                  metadata?: {
                    [key: string]: string;
                  };
                  model?: string;
                };
                limit?: number;
                since?: number;
                /** @constant */
                type: 'container';
                until?: number;
              }
            | {
                inference_params?: {
                  frequency_penalty?: number;
                  max_completion_tokens?: number;
                  max_output_tokens?: number;
                  max_tokens?: number;
                  presence_penalty?: number;
                  /** @enum {string} */
                  reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                  response_format?:
                    | {
                        /** @constant */
                        type: 'text';
                      }
                    | {
                        /** @constant */
                        type: 'json_object';
                      }
                    | {
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
                        /** @constant */
                        type: 'json_schema';
                      };
                  seed?: number;
                  stop?: string | string[];
                  temperature?: number;
                  top_p?: number;
                };
                messages?: ({
                  content: string | components['schemas']['JsonObject'][] | null;
                  name?: string;
                  /** @enum {string} */
                  role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                } & {
                  [key: string]: components['schemas']['JsonValue'];
                })[];
                models: string[];
                prompt?: string;
                /** @constant */
                type: 'generate';
              };
        };
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            completed_at: number | null;
            config: {
              evaluators: {
                /** @enum {string} */
                api_type: 'chat_completions' | 'responses';
                code: string | null;
                container_id: string | null;
                created_at: number;
                description: string | null;
                grader:
                  | (
                      | (
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            }
                        )
                      | {
                          calculate_output: string;
                          graders:
                            | (
                                | {
                                    input: string;
                                    name: string;
                                    /** @enum {string} */
                                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                                    reference: string;
                                    /** @constant */
                                    type: 'string_check';
                                  }
                                | {
                                    flags?: string;
                                    input: string;
                                    name: string;
                                    pattern: string;
                                    /** @constant */
                                    type: 'regex_check';
                                  }
                                | {
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
                                    /** @constant */
                                    type: 'text_similarity';
                                  }
                                | {
                                    image_tag?: string;
                                    name: string;
                                    pass_threshold?: number;
                                    source: string;
                                    /** @constant */
                                    type: 'python';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    model: string;
                                    name: string;
                                    pass_threshold?: number;
                                    range?: number[];
                                    sampling_params?: {
                                      max_completions_tokens?: number | null;
                                      reasoning_effort?:
                                        ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                      seed?: number | null;
                                      temperature?: number | null;
                                      top_p?: number | null;
                                    };
                                    /** @constant */
                                    type: 'score_model';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    labels: string[];
                                    model: string;
                                    name: string;
                                    passing_labels: string[];
                                    /** @constant */
                                    type: 'label_model';
                                  }
                              )
                            | {
                                [key: string]:
                                  | {
                                      input: string;
                                      name: string;
                                      /** @enum {string} */
                                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                                      reference: string;
                                      /** @constant */
                                      type: 'string_check';
                                    }
                                  | {
                                      flags?: string;
                                      input: string;
                                      name: string;
                                      pattern: string;
                                      /** @constant */
                                      type: 'regex_check';
                                    }
                                  | {
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
                                      /** @constant */
                                      type: 'text_similarity';
                                    }
                                  | {
                                      image_tag?: string;
                                      name: string;
                                      pass_threshold?: number;
                                      source: string;
                                      /** @constant */
                                      type: 'python';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      model: string;
                                      name: string;
                                      pass_threshold?: number;
                                      range?: number[];
                                      sampling_params?: {
                                        max_completions_tokens?: number | null;
                                        reasoning_effort?:
                                          ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                        seed?: number | null;
                                        temperature?: number | null;
                                        top_p?: number | null;
                                      };
                                      /** @constant */
                                      type: 'score_model';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      labels: string[];
                                      model: string;
                                      name: string;
                                      passing_labels: string[];
                                      /** @constant */
                                      type: 'label_model';
                                    };
                              };
                          name: string;
                          pass_threshold?: number;
                          /** @constant */
                          type: 'multi';
                        }
                    )
                  | null;
                id: string;
                inference_params: {
                  frequency_penalty?: number;
                  max_completion_tokens?: number;
                  max_output_tokens?: number;
                  max_tokens?: number;
                  presence_penalty?: number;
                  /** @enum {string} */
                  reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                  response_format?:
                    | {
                        /** @constant */
                        type: 'text';
                      }
                    | {
                        /** @constant */
                        type: 'json_object';
                      }
                    | {
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
                        /** @constant */
                        type: 'json_schema';
                      };
                  seed?: number;
                  stop?: string | string[];
                  temperature?: number;
                  top_p?: number;
                } | null;
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
                requirements: string[];
                threshold: number | null;
                /** @enum {string} */
                type: 'judge' | 'code' | 'grader';
                updated_at: number;
                version: number;
              }[];
              request: {
                budget_usd?: number;
                container: string;
                /** @default main */
                environment: string;
                evaluators: string[];
                ground_truth?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
                metadata?: {
                  [key: string]: string;
                };
                sample?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
              };
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
              estimated_usd: number;
            };
            evaluator_ids: string[];
            ground_truth: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
            id: string;
            metadata: {
              [key: string]: string;
            };
            metrics: {
              by_evaluator: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              paired_differences: {
                ci95: {
                  high: number;
                  low: number;
                } | null;
                evaluator_id: string;
                mean_difference: number | null;
                model_a: string;
                model_b: string;
                n: number;
              }[];
            } | null;
            /** @constant */
            object: 'evaluation.run';
            process_id: string;
            progress: {
              done: number;
              failed: number;
              total: number | null;
            };
            results: {
              summary: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              total: number;
              url: string;
            } | null;
            sample: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Implemented */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            completed_at: number | null;
            config: {
              evaluators: {
                /** @enum {string} */
                api_type: 'chat_completions' | 'responses';
                code: string | null;
                container_id: string | null;
                created_at: number;
                description: string | null;
                grader:
                  | (
                      | (
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            }
                        )
                      | {
                          calculate_output: string;
                          graders:
                            | (
                                | {
                                    input: string;
                                    name: string;
                                    /** @enum {string} */
                                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                                    reference: string;
                                    /** @constant */
                                    type: 'string_check';
                                  }
                                | {
                                    flags?: string;
                                    input: string;
                                    name: string;
                                    pattern: string;
                                    /** @constant */
                                    type: 'regex_check';
                                  }
                                | {
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
                                    /** @constant */
                                    type: 'text_similarity';
                                  }
                                | {
                                    image_tag?: string;
                                    name: string;
                                    pass_threshold?: number;
                                    source: string;
                                    /** @constant */
                                    type: 'python';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    model: string;
                                    name: string;
                                    pass_threshold?: number;
                                    range?: number[];
                                    sampling_params?: {
                                      max_completions_tokens?: number | null;
                                      reasoning_effort?:
                                        ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                      seed?: number | null;
                                      temperature?: number | null;
                                      top_p?: number | null;
                                    };
                                    /** @constant */
                                    type: 'score_model';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    labels: string[];
                                    model: string;
                                    name: string;
                                    passing_labels: string[];
                                    /** @constant */
                                    type: 'label_model';
                                  }
                              )
                            | {
                                [key: string]:
                                  | {
                                      input: string;
                                      name: string;
                                      /** @enum {string} */
                                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                                      reference: string;
                                      /** @constant */
                                      type: 'string_check';
                                    }
                                  | {
                                      flags?: string;
                                      input: string;
                                      name: string;
                                      pattern: string;
                                      /** @constant */
                                      type: 'regex_check';
                                    }
                                  | {
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
                                      /** @constant */
                                      type: 'text_similarity';
                                    }
                                  | {
                                      image_tag?: string;
                                      name: string;
                                      pass_threshold?: number;
                                      source: string;
                                      /** @constant */
                                      type: 'python';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      model: string;
                                      name: string;
                                      pass_threshold?: number;
                                      range?: number[];
                                      sampling_params?: {
                                        max_completions_tokens?: number | null;
                                        reasoning_effort?:
                                          ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                        seed?: number | null;
                                        temperature?: number | null;
                                        top_p?: number | null;
                                      };
                                      /** @constant */
                                      type: 'score_model';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      labels: string[];
                                      model: string;
                                      name: string;
                                      passing_labels: string[];
                                      /** @constant */
                                      type: 'label_model';
                                    };
                              };
                          name: string;
                          pass_threshold?: number;
                          /** @constant */
                          type: 'multi';
                        }
                    )
                  | null;
                id: string;
                inference_params: {
                  frequency_penalty?: number;
                  max_completion_tokens?: number;
                  max_output_tokens?: number;
                  max_tokens?: number;
                  presence_penalty?: number;
                  /** @enum {string} */
                  reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                  response_format?:
                    | {
                        /** @constant */
                        type: 'text';
                      }
                    | {
                        /** @constant */
                        type: 'json_object';
                      }
                    | {
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
                        /** @constant */
                        type: 'json_schema';
                      };
                  seed?: number;
                  stop?: string | string[];
                  temperature?: number;
                  top_p?: number;
                } | null;
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
                requirements: string[];
                threshold: number | null;
                /** @enum {string} */
                type: 'judge' | 'code' | 'grader';
                updated_at: number;
                version: number;
              }[];
              request: {
                budget_usd?: number;
                container: string;
                /** @default main */
                environment: string;
                evaluators: string[];
                ground_truth?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
                metadata?: {
                  [key: string]: string;
                };
                sample?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
              };
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
              estimated_usd: number;
            };
            evaluator_ids: string[];
            ground_truth: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
            id: string;
            metadata: {
              [key: string]: string;
            };
            metrics: {
              by_evaluator: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              paired_differences: {
                ci95: {
                  high: number;
                  low: number;
                } | null;
                evaluator_id: string;
                mean_difference: number | null;
                model_a: string;
                model_b: string;
                n: number;
              }[];
            } | null;
            /** @constant */
            object: 'evaluation.run';
            process_id: string;
            progress: {
              done: number;
              failed: number;
              total: number | null;
            };
            results: {
              summary: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              total: number;
              url: string;
            } | null;
            sample: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        'application/json': {
          budget_usd: number | null;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            completed_at: number | null;
            config: {
              evaluators: {
                /** @enum {string} */
                api_type: 'chat_completions' | 'responses';
                code: string | null;
                container_id: string | null;
                created_at: number;
                description: string | null;
                grader:
                  | (
                      | (
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            }
                        )
                      | {
                          calculate_output: string;
                          graders:
                            | (
                                | {
                                    input: string;
                                    name: string;
                                    /** @enum {string} */
                                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                                    reference: string;
                                    /** @constant */
                                    type: 'string_check';
                                  }
                                | {
                                    flags?: string;
                                    input: string;
                                    name: string;
                                    pattern: string;
                                    /** @constant */
                                    type: 'regex_check';
                                  }
                                | {
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
                                    /** @constant */
                                    type: 'text_similarity';
                                  }
                                | {
                                    image_tag?: string;
                                    name: string;
                                    pass_threshold?: number;
                                    source: string;
                                    /** @constant */
                                    type: 'python';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    model: string;
                                    name: string;
                                    pass_threshold?: number;
                                    range?: number[];
                                    sampling_params?: {
                                      max_completions_tokens?: number | null;
                                      reasoning_effort?:
                                        ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                      seed?: number | null;
                                      temperature?: number | null;
                                      top_p?: number | null;
                                    };
                                    /** @constant */
                                    type: 'score_model';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    labels: string[];
                                    model: string;
                                    name: string;
                                    passing_labels: string[];
                                    /** @constant */
                                    type: 'label_model';
                                  }
                              )
                            | {
                                [key: string]:
                                  | {
                                      input: string;
                                      name: string;
                                      /** @enum {string} */
                                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                                      reference: string;
                                      /** @constant */
                                      type: 'string_check';
                                    }
                                  | {
                                      flags?: string;
                                      input: string;
                                      name: string;
                                      pattern: string;
                                      /** @constant */
                                      type: 'regex_check';
                                    }
                                  | {
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
                                      /** @constant */
                                      type: 'text_similarity';
                                    }
                                  | {
                                      image_tag?: string;
                                      name: string;
                                      pass_threshold?: number;
                                      source: string;
                                      /** @constant */
                                      type: 'python';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      model: string;
                                      name: string;
                                      pass_threshold?: number;
                                      range?: number[];
                                      sampling_params?: {
                                        max_completions_tokens?: number | null;
                                        reasoning_effort?:
                                          ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                        seed?: number | null;
                                        temperature?: number | null;
                                        top_p?: number | null;
                                      };
                                      /** @constant */
                                      type: 'score_model';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      labels: string[];
                                      model: string;
                                      name: string;
                                      passing_labels: string[];
                                      /** @constant */
                                      type: 'label_model';
                                    };
                              };
                          name: string;
                          pass_threshold?: number;
                          /** @constant */
                          type: 'multi';
                        }
                    )
                  | null;
                id: string;
                inference_params: {
                  frequency_penalty?: number;
                  max_completion_tokens?: number;
                  max_output_tokens?: number;
                  max_tokens?: number;
                  presence_penalty?: number;
                  /** @enum {string} */
                  reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                  response_format?:
                    | {
                        /** @constant */
                        type: 'text';
                      }
                    | {
                        /** @constant */
                        type: 'json_object';
                      }
                    | {
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
                        /** @constant */
                        type: 'json_schema';
                      };
                  seed?: number;
                  stop?: string | string[];
                  temperature?: number;
                  top_p?: number;
                } | null;
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
                requirements: string[];
                threshold: number | null;
                /** @enum {string} */
                type: 'judge' | 'code' | 'grader';
                updated_at: number;
                version: number;
              }[];
              request: {
                budget_usd?: number;
                container: string;
                /** @default main */
                environment: string;
                evaluators: string[];
                ground_truth?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
                metadata?: {
                  [key: string]: string;
                };
                sample?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
              };
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
              estimated_usd: number;
            };
            evaluator_ids: string[];
            ground_truth: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
            id: string;
            metadata: {
              [key: string]: string;
            };
            metrics: {
              by_evaluator: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              paired_differences: {
                ci95: {
                  high: number;
                  low: number;
                } | null;
                evaluator_id: string;
                mean_difference: number | null;
                model_a: string;
                model_b: string;
                n: number;
              }[];
            } | null;
            /** @constant */
            object: 'evaluation.run';
            process_id: string;
            progress: {
              done: number;
              failed: number;
              total: number | null;
            };
            results: {
              summary: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              total: number;
              url: string;
            } | null;
            sample: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              cohen_kappa: {
                /** @description 95% percentile bootstrap over items (1,000 resamples, fixed seed): the same data gives the same interval */
                ci95: {
                  high: number;
                  low: number;
                } | null;
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
              /** @description Spearman's rank correlation of judge and human scores */
              spearman: {
                /** @description 95% percentile bootstrap over items (1,000 resamples, fixed seed): the same data gives the same interval */
                ci95: {
                  high: number;
                  low: number;
                } | null;
                /** @description null when undefined (no variation on one side, or too few items) */
                value: number | null;
              };
              /** @description Share of items where the judge and the human gave the same pass/fail verdict */
              verdict_agreement: {
                /** @description Wilson score interval */
                ci95: {
                  high: number;
                  low: number;
                } | null;
                items: number;
                rate: number | null;
              };
            }[];
            /** @constant */
            object: 'evaluation.calibration';
            run_id: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            completed_at: number | null;
            config: {
              evaluators: {
                /** @enum {string} */
                api_type: 'chat_completions' | 'responses';
                code: string | null;
                container_id: string | null;
                created_at: number;
                description: string | null;
                grader:
                  | (
                      | (
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            }
                        )
                      | {
                          calculate_output: string;
                          graders:
                            | (
                                | {
                                    input: string;
                                    name: string;
                                    /** @enum {string} */
                                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                                    reference: string;
                                    /** @constant */
                                    type: 'string_check';
                                  }
                                | {
                                    flags?: string;
                                    input: string;
                                    name: string;
                                    pattern: string;
                                    /** @constant */
                                    type: 'regex_check';
                                  }
                                | {
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
                                    /** @constant */
                                    type: 'text_similarity';
                                  }
                                | {
                                    image_tag?: string;
                                    name: string;
                                    pass_threshold?: number;
                                    source: string;
                                    /** @constant */
                                    type: 'python';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    model: string;
                                    name: string;
                                    pass_threshold?: number;
                                    range?: number[];
                                    sampling_params?: {
                                      max_completions_tokens?: number | null;
                                      reasoning_effort?:
                                        ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                      seed?: number | null;
                                      temperature?: number | null;
                                      top_p?: number | null;
                                    };
                                    /** @constant */
                                    type: 'score_model';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    labels: string[];
                                    model: string;
                                    name: string;
                                    passing_labels: string[];
                                    /** @constant */
                                    type: 'label_model';
                                  }
                              )
                            | {
                                [key: string]:
                                  | {
                                      input: string;
                                      name: string;
                                      /** @enum {string} */
                                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                                      reference: string;
                                      /** @constant */
                                      type: 'string_check';
                                    }
                                  | {
                                      flags?: string;
                                      input: string;
                                      name: string;
                                      pattern: string;
                                      /** @constant */
                                      type: 'regex_check';
                                    }
                                  | {
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
                                      /** @constant */
                                      type: 'text_similarity';
                                    }
                                  | {
                                      image_tag?: string;
                                      name: string;
                                      pass_threshold?: number;
                                      source: string;
                                      /** @constant */
                                      type: 'python';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      model: string;
                                      name: string;
                                      pass_threshold?: number;
                                      range?: number[];
                                      sampling_params?: {
                                        max_completions_tokens?: number | null;
                                        reasoning_effort?:
                                          ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                        seed?: number | null;
                                        temperature?: number | null;
                                        top_p?: number | null;
                                      };
                                      /** @constant */
                                      type: 'score_model';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      labels: string[];
                                      model: string;
                                      name: string;
                                      passing_labels: string[];
                                      /** @constant */
                                      type: 'label_model';
                                    };
                              };
                          name: string;
                          pass_threshold?: number;
                          /** @constant */
                          type: 'multi';
                        }
                    )
                  | null;
                id: string;
                inference_params: {
                  frequency_penalty?: number;
                  max_completion_tokens?: number;
                  max_output_tokens?: number;
                  max_tokens?: number;
                  presence_penalty?: number;
                  /** @enum {string} */
                  reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                  response_format?:
                    | {
                        /** @constant */
                        type: 'text';
                      }
                    | {
                        /** @constant */
                        type: 'json_object';
                      }
                    | {
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
                        /** @constant */
                        type: 'json_schema';
                      };
                  seed?: number;
                  stop?: string | string[];
                  temperature?: number;
                  top_p?: number;
                } | null;
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
                requirements: string[];
                threshold: number | null;
                /** @enum {string} */
                type: 'judge' | 'code' | 'grader';
                updated_at: number;
                version: number;
              }[];
              request: {
                budget_usd?: number;
                container: string;
                /** @default main */
                environment: string;
                evaluators: string[];
                ground_truth?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
                metadata?: {
                  [key: string]: string;
                };
                sample?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
              };
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
              estimated_usd: number;
            };
            evaluator_ids: string[];
            ground_truth: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
            id: string;
            metadata: {
              [key: string]: string;
            };
            metrics: {
              by_evaluator: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              paired_differences: {
                ci95: {
                  high: number;
                  low: number;
                } | null;
                evaluator_id: string;
                mean_difference: number | null;
                model_a: string;
                model_b: string;
                n: number;
              }[];
            } | null;
            /** @constant */
            object: 'evaluation.run';
            process_id: string;
            progress: {
              done: number;
              failed: number;
              total: number | null;
            };
            results: {
              summary: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              total: number;
              url: string;
            } | null;
            sample: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            baseline_run_id: string;
            baseline_status: string;
            comparisons: {
              baseline: {
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
              };
              evaluator_id: string;
              evaluator_name: string;
              mean_difference: number | null;
              mean_difference_ci95: {
                high: number;
                low: number;
              } | null;
              model: string | null;
              n: number;
              pass_rate_difference: number | null;
              pass_rate_difference_ci95: {
                high: number;
                low: number;
              } | null;
              run: {
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
              };
              unpaired: {
                baseline: number;
                run: number;
              };
              /** @enum {string} */
              verdict: 'regression' | 'improvement' | 'unchanged' | 'insufficient_data';
            }[];
            /** @constant */
            object: 'evaluation.run_comparison';
            paired_items: number;
            reason: string | null;
            run_id: string;
            run_status: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
                ci95: {
                  high: number;
                  low: number;
                } | null;
                /** @description Items that counted: two or more scores (alpha), every judge a verdict (kappa) */
                items: number;
                /** @enum {string} */
                method: 'krippendorff_alpha_interval' | 'fleiss_kappa';
                /** @description null when undefined (no variation, or too few items) */
                value: number | null;
              };
              /** @description Fleiss' kappa over the judges' pass/fail verdicts; null without a threshold */
              verdict_agreement: {
                /** @description 95% percentile bootstrap over items (1,000 resamples, fixed seed) */
                ci95: {
                  high: number;
                  low: number;
                } | null;
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            completed_at: number | null;
            config: {
              evaluators: {
                /** @enum {string} */
                api_type: 'chat_completions' | 'responses';
                code: string | null;
                container_id: string | null;
                created_at: number;
                description: string | null;
                grader:
                  | (
                      | (
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            }
                        )
                      | {
                          calculate_output: string;
                          graders:
                            | (
                                | {
                                    input: string;
                                    name: string;
                                    /** @enum {string} */
                                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                                    reference: string;
                                    /** @constant */
                                    type: 'string_check';
                                  }
                                | {
                                    flags?: string;
                                    input: string;
                                    name: string;
                                    pattern: string;
                                    /** @constant */
                                    type: 'regex_check';
                                  }
                                | {
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
                                    /** @constant */
                                    type: 'text_similarity';
                                  }
                                | {
                                    image_tag?: string;
                                    name: string;
                                    pass_threshold?: number;
                                    source: string;
                                    /** @constant */
                                    type: 'python';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    model: string;
                                    name: string;
                                    pass_threshold?: number;
                                    range?: number[];
                                    sampling_params?: {
                                      max_completions_tokens?: number | null;
                                      reasoning_effort?:
                                        ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                      seed?: number | null;
                                      temperature?: number | null;
                                      top_p?: number | null;
                                    };
                                    /** @constant */
                                    type: 'score_model';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    labels: string[];
                                    model: string;
                                    name: string;
                                    passing_labels: string[];
                                    /** @constant */
                                    type: 'label_model';
                                  }
                              )
                            | {
                                [key: string]:
                                  | {
                                      input: string;
                                      name: string;
                                      /** @enum {string} */
                                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                                      reference: string;
                                      /** @constant */
                                      type: 'string_check';
                                    }
                                  | {
                                      flags?: string;
                                      input: string;
                                      name: string;
                                      pattern: string;
                                      /** @constant */
                                      type: 'regex_check';
                                    }
                                  | {
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
                                      /** @constant */
                                      type: 'text_similarity';
                                    }
                                  | {
                                      image_tag?: string;
                                      name: string;
                                      pass_threshold?: number;
                                      source: string;
                                      /** @constant */
                                      type: 'python';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      model: string;
                                      name: string;
                                      pass_threshold?: number;
                                      range?: number[];
                                      sampling_params?: {
                                        max_completions_tokens?: number | null;
                                        reasoning_effort?:
                                          ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                        seed?: number | null;
                                        temperature?: number | null;
                                        top_p?: number | null;
                                      };
                                      /** @constant */
                                      type: 'score_model';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      labels: string[];
                                      model: string;
                                      name: string;
                                      passing_labels: string[];
                                      /** @constant */
                                      type: 'label_model';
                                    };
                              };
                          name: string;
                          pass_threshold?: number;
                          /** @constant */
                          type: 'multi';
                        }
                    )
                  | null;
                id: string;
                inference_params: {
                  frequency_penalty?: number;
                  max_completion_tokens?: number;
                  max_output_tokens?: number;
                  max_tokens?: number;
                  presence_penalty?: number;
                  /** @enum {string} */
                  reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                  response_format?:
                    | {
                        /** @constant */
                        type: 'text';
                      }
                    | {
                        /** @constant */
                        type: 'json_object';
                      }
                    | {
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
                        /** @constant */
                        type: 'json_schema';
                      };
                  seed?: number;
                  stop?: string | string[];
                  temperature?: number;
                  top_p?: number;
                } | null;
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
                requirements: string[];
                threshold: number | null;
                /** @enum {string} */
                type: 'judge' | 'code' | 'grader';
                updated_at: number;
                version: number;
              }[];
              request: {
                budget_usd?: number;
                container: string;
                /** @default main */
                environment: string;
                evaluators: string[];
                ground_truth?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
                metadata?: {
                  [key: string]: string;
                };
                sample?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
              };
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
              estimated_usd: number;
            };
            evaluator_ids: string[];
            ground_truth: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
            id: string;
            metadata: {
              [key: string]: string;
            };
            metrics: {
              by_evaluator: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              paired_differences: {
                ci95: {
                  high: number;
                  low: number;
                } | null;
                evaluator_id: string;
                mean_difference: number | null;
                model_a: string;
                model_b: string;
                n: number;
              }[];
            } | null;
            /** @constant */
            object: 'evaluation.run';
            process_id: string;
            progress: {
              done: number;
              failed: number;
              total: number | null;
            };
            results: {
              summary: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              total: number;
              url: string;
            } | null;
            sample: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              created_at: number;
              error: string | null;
              escalations: number;
              evaluator_id: string;
              evaluator_version: number;
              generation: {
                spend_usd: number;
                tokens: {
                  input: number;
                  output: number;
                };
              } | null;
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
              score: number | null;
              spend_usd: number;
              /** @enum {string} */
              status: 'scored' | 'unscored' | 'error';
              tokens: {
                input: number;
                output: number;
              };
              unreadable_replies: string[];
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': unknown;
          'text/csv': unknown;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            completed_at: number | null;
            config: {
              evaluators: {
                /** @enum {string} */
                api_type: 'chat_completions' | 'responses';
                code: string | null;
                container_id: string | null;
                created_at: number;
                description: string | null;
                grader:
                  | (
                      | (
                          | {
                              input: string;
                              name: string;
                              /** @enum {string} */
                              operation: 'eq' | 'ne' | 'like' | 'ilike';
                              reference: string;
                              /** @constant */
                              type: 'string_check';
                            }
                          | {
                              flags?: string;
                              input: string;
                              name: string;
                              pattern: string;
                              /** @constant */
                              type: 'regex_check';
                            }
                          | {
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
                              /** @constant */
                              type: 'text_similarity';
                            }
                          | {
                              image_tag?: string;
                              name: string;
                              pass_threshold?: number;
                              source: string;
                              /** @constant */
                              type: 'python';
                            }
                          | {
                              input: {
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
                              }[];
                              model: string;
                              name: string;
                              pass_threshold?: number;
                              range?: number[];
                              sampling_params?: {
                                max_completions_tokens?: number | null;
                                reasoning_effort?:
                                  ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                seed?: number | null;
                                temperature?: number | null;
                                top_p?: number | null;
                              };
                              /** @constant */
                              type: 'score_model';
                            }
                          | {
                              input: {
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
                              }[];
                              labels: string[];
                              model: string;
                              name: string;
                              passing_labels: string[];
                              /** @constant */
                              type: 'label_model';
                            }
                        )
                      | {
                          calculate_output: string;
                          graders:
                            | (
                                | {
                                    input: string;
                                    name: string;
                                    /** @enum {string} */
                                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                                    reference: string;
                                    /** @constant */
                                    type: 'string_check';
                                  }
                                | {
                                    flags?: string;
                                    input: string;
                                    name: string;
                                    pattern: string;
                                    /** @constant */
                                    type: 'regex_check';
                                  }
                                | {
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
                                    /** @constant */
                                    type: 'text_similarity';
                                  }
                                | {
                                    image_tag?: string;
                                    name: string;
                                    pass_threshold?: number;
                                    source: string;
                                    /** @constant */
                                    type: 'python';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    model: string;
                                    name: string;
                                    pass_threshold?: number;
                                    range?: number[];
                                    sampling_params?: {
                                      max_completions_tokens?: number | null;
                                      reasoning_effort?:
                                        ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                      seed?: number | null;
                                      temperature?: number | null;
                                      top_p?: number | null;
                                    };
                                    /** @constant */
                                    type: 'score_model';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    labels: string[];
                                    model: string;
                                    name: string;
                                    passing_labels: string[];
                                    /** @constant */
                                    type: 'label_model';
                                  }
                              )
                            | {
                                [key: string]:
                                  | {
                                      input: string;
                                      name: string;
                                      /** @enum {string} */
                                      operation: 'eq' | 'ne' | 'like' | 'ilike';
                                      reference: string;
                                      /** @constant */
                                      type: 'string_check';
                                    }
                                  | {
                                      flags?: string;
                                      input: string;
                                      name: string;
                                      pattern: string;
                                      /** @constant */
                                      type: 'regex_check';
                                    }
                                  | {
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
                                      /** @constant */
                                      type: 'text_similarity';
                                    }
                                  | {
                                      image_tag?: string;
                                      name: string;
                                      pass_threshold?: number;
                                      source: string;
                                      /** @constant */
                                      type: 'python';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      model: string;
                                      name: string;
                                      pass_threshold?: number;
                                      range?: number[];
                                      sampling_params?: {
                                        max_completions_tokens?: number | null;
                                        reasoning_effort?:
                                          ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                        seed?: number | null;
                                        temperature?: number | null;
                                        top_p?: number | null;
                                      };
                                      /** @constant */
                                      type: 'score_model';
                                    }
                                  | {
                                      input: {
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
                                      }[];
                                      labels: string[];
                                      model: string;
                                      name: string;
                                      passing_labels: string[];
                                      /** @constant */
                                      type: 'label_model';
                                    };
                              };
                          name: string;
                          pass_threshold?: number;
                          /** @constant */
                          type: 'multi';
                        }
                    )
                  | null;
                id: string;
                inference_params: {
                  frequency_penalty?: number;
                  max_completion_tokens?: number;
                  max_output_tokens?: number;
                  max_tokens?: number;
                  presence_penalty?: number;
                  /** @enum {string} */
                  reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                  response_format?:
                    | {
                        /** @constant */
                        type: 'text';
                      }
                    | {
                        /** @constant */
                        type: 'json_object';
                      }
                    | {
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
                        /** @constant */
                        type: 'json_schema';
                      };
                  seed?: number;
                  stop?: string | string[];
                  temperature?: number;
                  top_p?: number;
                } | null;
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
                requirements: string[];
                threshold: number | null;
                /** @enum {string} */
                type: 'judge' | 'code' | 'grader';
                updated_at: number;
                version: number;
              }[];
              request: {
                budget_usd?: number;
                container: string;
                /** @default main */
                environment: string;
                evaluators: string[];
                ground_truth?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
                metadata?: {
                  [key: string]: string;
                };
                sample?:
                  | {
                      dataset: string;
                      limit?: number;
                      /** @constant */
                      type: 'dataset';
                    }
                  | {
                      container?: string;
                      filter?: {
                        metadata?: {
                          [key: string]: string;
                        };
                        model?: string;
                      };
                      limit?: number;
                      since?: number;
                      /** @constant */
                      type: 'container';
                      until?: number;
                    }
                  | {
                      inference_params?: {
                        frequency_penalty?: number;
                        max_completion_tokens?: number;
                        max_output_tokens?: number;
                        max_tokens?: number;
                        presence_penalty?: number;
                        /** @enum {string} */
                        reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                        response_format?:
                          | {
                              /** @constant */
                              type: 'text';
                            }
                          | {
                              /** @constant */
                              type: 'json_object';
                            }
                          | {
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
                              /** @constant */
                              type: 'json_schema';
                            };
                        seed?: number;
                        stop?: string | string[];
                        temperature?: number;
                        top_p?: number;
                      };
                      messages?: ({
                        content: string | components['schemas']['JsonObject'][] | null;
                        name?: string;
                        /** @enum {string} */
                        role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                      } & {
                        [key: string]: components['schemas']['JsonValue'];
                      })[];
                      models: string[];
                      prompt?: string;
                      /** @constant */
                      type: 'generate';
                    };
              };
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
              estimated_usd: number;
            };
            evaluator_ids: string[];
            ground_truth: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
            id: string;
            metadata: {
              [key: string]: string;
            };
            metrics: {
              by_evaluator: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              paired_differences: {
                ci95: {
                  high: number;
                  low: number;
                } | null;
                evaluator_id: string;
                mean_difference: number | null;
                model_a: string;
                model_b: string;
                n: number;
              }[];
            } | null;
            /** @constant */
            object: 'evaluation.run';
            process_id: string;
            progress: {
              done: number;
              failed: number;
              total: number | null;
            };
            results: {
              summary: {
                count: number;
                errors: number;
                evaluator_id: string;
                latency_ms: {
                  p50: number | null;
                  p95: number | null;
                };
                max: number | null;
                mean: number | null;
                mean_ci95: {
                  high: number;
                  low: number;
                } | null;
                min: number | null;
                model: string | null;
                p50: number | null;
                parse_failures: {
                  escalations: number;
                  items: number;
                  replies: number;
                };
                pass_rate: number | null;
                pass_rate_ci95: {
                  high: number;
                  low: number;
                } | null;
                passed: number;
                score_histogram: {
                  count: number;
                  high: number;
                  low: number;
                }[];
                scored: number;
                spend_usd: number;
                stdev: number | null;
                tokens: {
                  input: number;
                  output: number;
                };
                unpaired: number;
                unscored: number;
              }[];
              total: number;
              url: string;
            } | null;
            sample: {
              container_id?: string;
              dataset_id?: string;
              item_count: number | null;
              models?: string[];
              source:
                | {
                    dataset: string;
                    limit?: number;
                    /** @constant */
                    type: 'dataset';
                  }
                | {
                    container?: string;
                    filter?: {
                      metadata?: {
                        [key: string]: string;
                      };
                      model?: string;
                    };
                    limit?: number;
                    since?: number;
                    /** @constant */
                    type: 'container';
                    until?: number;
                  }
                | {
                    inference_params?: {
                      frequency_penalty?: number;
                      max_completion_tokens?: number;
                      max_output_tokens?: number;
                      max_tokens?: number;
                      presence_penalty?: number;
                      /** @enum {string} */
                      reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                      response_format?:
                        | {
                            /** @constant */
                            type: 'text';
                          }
                        | {
                            /** @constant */
                            type: 'json_object';
                          }
                        | {
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
                            /** @constant */
                            type: 'json_schema';
                          };
                      seed?: number;
                      stop?: string | string[];
                      temperature?: number;
                      top_p?: number;
                    };
                    messages?: ({
                      content: string | components['schemas']['JsonObject'][] | null;
                      name?: string;
                      /** @enum {string} */
                      role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
                    } & {
                      [key: string]: components['schemas']['JsonValue'];
                    })[];
                    models: string[];
                    prompt?: string;
                    /** @constant */
                    type: 'generate';
                  };
              /** @enum {string} */
              type: 'dataset' | 'container' | 'generate';
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** @enum {string} */
              api_type: 'chat_completions' | 'responses';
              code: string | null;
              container_id: string | null;
              created_at: number;
              description: string | null;
              grader:
                | (
                    | (
                        | {
                            input: string;
                            name: string;
                            /** @enum {string} */
                            operation: 'eq' | 'ne' | 'like' | 'ilike';
                            reference: string;
                            /** @constant */
                            type: 'string_check';
                          }
                        | {
                            flags?: string;
                            input: string;
                            name: string;
                            pattern: string;
                            /** @constant */
                            type: 'regex_check';
                          }
                        | {
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
                            /** @constant */
                            type: 'text_similarity';
                          }
                        | {
                            image_tag?: string;
                            name: string;
                            pass_threshold?: number;
                            source: string;
                            /** @constant */
                            type: 'python';
                          }
                        | {
                            input: {
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
                            }[];
                            model: string;
                            name: string;
                            pass_threshold?: number;
                            range?: number[];
                            sampling_params?: {
                              max_completions_tokens?: number | null;
                              reasoning_effort?:
                                ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                              seed?: number | null;
                              temperature?: number | null;
                              top_p?: number | null;
                            };
                            /** @constant */
                            type: 'score_model';
                          }
                        | {
                            input: {
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
                            }[];
                            labels: string[];
                            model: string;
                            name: string;
                            passing_labels: string[];
                            /** @constant */
                            type: 'label_model';
                          }
                      )
                    | {
                        calculate_output: string;
                        graders:
                          | (
                              | {
                                  input: string;
                                  name: string;
                                  /** @enum {string} */
                                  operation: 'eq' | 'ne' | 'like' | 'ilike';
                                  reference: string;
                                  /** @constant */
                                  type: 'string_check';
                                }
                              | {
                                  flags?: string;
                                  input: string;
                                  name: string;
                                  pattern: string;
                                  /** @constant */
                                  type: 'regex_check';
                                }
                              | {
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
                                  /** @constant */
                                  type: 'text_similarity';
                                }
                              | {
                                  image_tag?: string;
                                  name: string;
                                  pass_threshold?: number;
                                  source: string;
                                  /** @constant */
                                  type: 'python';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  model: string;
                                  name: string;
                                  pass_threshold?: number;
                                  range?: number[];
                                  sampling_params?: {
                                    max_completions_tokens?: number | null;
                                    reasoning_effort?:
                                      ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                    seed?: number | null;
                                    temperature?: number | null;
                                    top_p?: number | null;
                                  };
                                  /** @constant */
                                  type: 'score_model';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  labels: string[];
                                  model: string;
                                  name: string;
                                  passing_labels: string[];
                                  /** @constant */
                                  type: 'label_model';
                                }
                            )
                          | {
                              [key: string]:
                                | {
                                    input: string;
                                    name: string;
                                    /** @enum {string} */
                                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                                    reference: string;
                                    /** @constant */
                                    type: 'string_check';
                                  }
                                | {
                                    flags?: string;
                                    input: string;
                                    name: string;
                                    pattern: string;
                                    /** @constant */
                                    type: 'regex_check';
                                  }
                                | {
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
                                    /** @constant */
                                    type: 'text_similarity';
                                  }
                                | {
                                    image_tag?: string;
                                    name: string;
                                    pass_threshold?: number;
                                    source: string;
                                    /** @constant */
                                    type: 'python';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    model: string;
                                    name: string;
                                    pass_threshold?: number;
                                    range?: number[];
                                    sampling_params?: {
                                      max_completions_tokens?: number | null;
                                      reasoning_effort?:
                                        ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                      seed?: number | null;
                                      temperature?: number | null;
                                      top_p?: number | null;
                                    };
                                    /** @constant */
                                    type: 'score_model';
                                  }
                                | {
                                    input: {
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
                                    }[];
                                    labels: string[];
                                    model: string;
                                    name: string;
                                    passing_labels: string[];
                                    /** @constant */
                                    type: 'label_model';
                                  };
                            };
                        name: string;
                        pass_threshold?: number;
                        /** @constant */
                        type: 'multi';
                      }
                  )
                | null;
              id: string;
              inference_params: {
                frequency_penalty?: number;
                max_completion_tokens?: number;
                max_output_tokens?: number;
                max_tokens?: number;
                presence_penalty?: number;
                /** @enum {string} */
                reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
                response_format?:
                  | {
                      /** @constant */
                      type: 'text';
                    }
                  | {
                      /** @constant */
                      type: 'json_object';
                    }
                  | {
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
                      /** @constant */
                      type: 'json_schema';
                    };
                seed?: number;
                stop?: string | string[];
                temperature?: number;
                top_p?: number;
              } | null;
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
              requirements: string[];
              threshold: number | null;
              /** @enum {string} */
              type: 'judge' | 'code' | 'grader';
              updated_at: number;
              version: number;
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  postV1Evaluators: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          api_type?: 'chat_completions' | 'responses';
          code?: string;
          container?: string;
          description?: string;
          grader?:
            | (
                | {
                    input: string;
                    name: string;
                    /** @enum {string} */
                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                    reference: string;
                    /** @constant */
                    type: 'string_check';
                  }
                | {
                    flags?: string;
                    input: string;
                    name: string;
                    pattern: string;
                    /** @constant */
                    type: 'regex_check';
                  }
                | {
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
                    /** @constant */
                    type: 'text_similarity';
                  }
                | {
                    image_tag?: string;
                    name: string;
                    pass_threshold?: number;
                    source: string;
                    /** @constant */
                    type: 'python';
                  }
                | {
                    input: {
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
                    }[];
                    model: string;
                    name: string;
                    pass_threshold?: number;
                    range?: number[];
                    sampling_params?: {
                      max_completions_tokens?: number | null;
                      reasoning_effort?: ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                      seed?: number | null;
                      temperature?: number | null;
                      top_p?: number | null;
                    };
                    /** @constant */
                    type: 'score_model';
                  }
                | {
                    input: {
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
                    }[];
                    labels: string[];
                    model: string;
                    name: string;
                    passing_labels: string[];
                    /** @constant */
                    type: 'label_model';
                  }
              )
            | {
                calculate_output: string;
                graders:
                  | (
                      | {
                          input: string;
                          name: string;
                          /** @enum {string} */
                          operation: 'eq' | 'ne' | 'like' | 'ilike';
                          reference: string;
                          /** @constant */
                          type: 'string_check';
                        }
                      | {
                          flags?: string;
                          input: string;
                          name: string;
                          pattern: string;
                          /** @constant */
                          type: 'regex_check';
                        }
                      | {
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
                          /** @constant */
                          type: 'text_similarity';
                        }
                      | {
                          image_tag?: string;
                          name: string;
                          pass_threshold?: number;
                          source: string;
                          /** @constant */
                          type: 'python';
                        }
                      | {
                          input: {
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
                          }[];
                          model: string;
                          name: string;
                          pass_threshold?: number;
                          range?: number[];
                          sampling_params?: {
                            max_completions_tokens?: number | null;
                            reasoning_effort?:
                              ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                            seed?: number | null;
                            temperature?: number | null;
                            top_p?: number | null;
                          };
                          /** @constant */
                          type: 'score_model';
                        }
                      | {
                          input: {
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
                          }[];
                          labels: string[];
                          model: string;
                          name: string;
                          passing_labels: string[];
                          /** @constant */
                          type: 'label_model';
                        }
                    )
                  | {
                      [key: string]:
                        | {
                            input: string;
                            name: string;
                            /** @enum {string} */
                            operation: 'eq' | 'ne' | 'like' | 'ilike';
                            reference: string;
                            /** @constant */
                            type: 'string_check';
                          }
                        | {
                            flags?: string;
                            input: string;
                            name: string;
                            pattern: string;
                            /** @constant */
                            type: 'regex_check';
                          }
                        | {
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
                            /** @constant */
                            type: 'text_similarity';
                          }
                        | {
                            image_tag?: string;
                            name: string;
                            pass_threshold?: number;
                            source: string;
                            /** @constant */
                            type: 'python';
                          }
                        | {
                            input: {
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
                            }[];
                            model: string;
                            name: string;
                            pass_threshold?: number;
                            range?: number[];
                            sampling_params?: {
                              max_completions_tokens?: number | null;
                              reasoning_effort?:
                                ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                              seed?: number | null;
                              temperature?: number | null;
                              top_p?: number | null;
                            };
                            /** @constant */
                            type: 'score_model';
                          }
                        | {
                            input: {
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
                            }[];
                            labels: string[];
                            model: string;
                            name: string;
                            passing_labels: string[];
                            /** @constant */
                            type: 'label_model';
                          };
                    };
                name: string;
                pass_threshold?: number;
                /** @constant */
                type: 'multi';
              };
          inference_params?: {
            frequency_penalty?: number;
            max_completion_tokens?: number;
            max_output_tokens?: number;
            max_tokens?: number;
            presence_penalty?: number;
            /** @enum {string} */
            reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
            response_format?:
              | {
                  /** @constant */
                  type: 'text';
                }
              | {
                  /** @constant */
                  type: 'json_object';
                }
              | {
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
                  /** @constant */
                  type: 'json_schema';
                };
            seed?: number;
            stop?: string | string[];
            temperature?: number;
            top_p?: number;
          };
          judge_model?: string;
          judge_prompt?: string;
          metadata?: {
            [key: string]: string;
          };
          /**
           * @default pointwise
           * @enum {string}
           */
          mode?: 'pointwise' | 'pairwise' | 'listwise';
          name: string;
          /** @enum {string} */
          panel_aggregate?: 'mean' | 'median' | 'majority';
          panel_models?: string[];
          requirements?: string[];
          threshold?: number;
          /** @enum {string} */
          type: 'judge' | 'code' | 'grader';
        };
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            api_type: 'chat_completions' | 'responses';
            code: string | null;
            container_id: string | null;
            created_at: number;
            description: string | null;
            grader:
              | (
                  | (
                      | {
                          input: string;
                          name: string;
                          /** @enum {string} */
                          operation: 'eq' | 'ne' | 'like' | 'ilike';
                          reference: string;
                          /** @constant */
                          type: 'string_check';
                        }
                      | {
                          flags?: string;
                          input: string;
                          name: string;
                          pattern: string;
                          /** @constant */
                          type: 'regex_check';
                        }
                      | {
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
                          /** @constant */
                          type: 'text_similarity';
                        }
                      | {
                          image_tag?: string;
                          name: string;
                          pass_threshold?: number;
                          source: string;
                          /** @constant */
                          type: 'python';
                        }
                      | {
                          input: {
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
                          }[];
                          model: string;
                          name: string;
                          pass_threshold?: number;
                          range?: number[];
                          sampling_params?: {
                            max_completions_tokens?: number | null;
                            reasoning_effort?:
                              ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                            seed?: number | null;
                            temperature?: number | null;
                            top_p?: number | null;
                          };
                          /** @constant */
                          type: 'score_model';
                        }
                      | {
                          input: {
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
                          }[];
                          labels: string[];
                          model: string;
                          name: string;
                          passing_labels: string[];
                          /** @constant */
                          type: 'label_model';
                        }
                    )
                  | {
                      calculate_output: string;
                      graders:
                        | (
                            | {
                                input: string;
                                name: string;
                                /** @enum {string} */
                                operation: 'eq' | 'ne' | 'like' | 'ilike';
                                reference: string;
                                /** @constant */
                                type: 'string_check';
                              }
                            | {
                                flags?: string;
                                input: string;
                                name: string;
                                pattern: string;
                                /** @constant */
                                type: 'regex_check';
                              }
                            | {
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
                                /** @constant */
                                type: 'text_similarity';
                              }
                            | {
                                image_tag?: string;
                                name: string;
                                pass_threshold?: number;
                                source: string;
                                /** @constant */
                                type: 'python';
                              }
                            | {
                                input: {
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
                                }[];
                                model: string;
                                name: string;
                                pass_threshold?: number;
                                range?: number[];
                                sampling_params?: {
                                  max_completions_tokens?: number | null;
                                  reasoning_effort?:
                                    ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                  seed?: number | null;
                                  temperature?: number | null;
                                  top_p?: number | null;
                                };
                                /** @constant */
                                type: 'score_model';
                              }
                            | {
                                input: {
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
                                }[];
                                labels: string[];
                                model: string;
                                name: string;
                                passing_labels: string[];
                                /** @constant */
                                type: 'label_model';
                              }
                          )
                        | {
                            [key: string]:
                              | {
                                  input: string;
                                  name: string;
                                  /** @enum {string} */
                                  operation: 'eq' | 'ne' | 'like' | 'ilike';
                                  reference: string;
                                  /** @constant */
                                  type: 'string_check';
                                }
                              | {
                                  flags?: string;
                                  input: string;
                                  name: string;
                                  pattern: string;
                                  /** @constant */
                                  type: 'regex_check';
                                }
                              | {
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
                                  /** @constant */
                                  type: 'text_similarity';
                                }
                              | {
                                  image_tag?: string;
                                  name: string;
                                  pass_threshold?: number;
                                  source: string;
                                  /** @constant */
                                  type: 'python';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  model: string;
                                  name: string;
                                  pass_threshold?: number;
                                  range?: number[];
                                  sampling_params?: {
                                    max_completions_tokens?: number | null;
                                    reasoning_effort?:
                                      ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                    seed?: number | null;
                                    temperature?: number | null;
                                    top_p?: number | null;
                                  };
                                  /** @constant */
                                  type: 'score_model';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  labels: string[];
                                  model: string;
                                  name: string;
                                  passing_labels: string[];
                                  /** @constant */
                                  type: 'label_model';
                                };
                          };
                      name: string;
                      pass_threshold?: number;
                      /** @constant */
                      type: 'multi';
                    }
                )
              | null;
            id: string;
            inference_params: {
              frequency_penalty?: number;
              max_completion_tokens?: number;
              max_output_tokens?: number;
              max_tokens?: number;
              presence_penalty?: number;
              /** @enum {string} */
              reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
              response_format?:
                | {
                    /** @constant */
                    type: 'text';
                  }
                | {
                    /** @constant */
                    type: 'json_object';
                  }
                | {
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
                    /** @constant */
                    type: 'json_schema';
                  };
              seed?: number;
              stop?: string | string[];
              temperature?: number;
              top_p?: number;
            } | null;
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
            requirements: string[];
            threshold: number | null;
            /** @enum {string} */
            type: 'judge' | 'code' | 'grader';
            updated_at: number;
            version: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Implemented */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            api_type: 'chat_completions' | 'responses';
            code: string | null;
            container_id: string | null;
            created_at: number;
            description: string | null;
            grader:
              | (
                  | (
                      | {
                          input: string;
                          name: string;
                          /** @enum {string} */
                          operation: 'eq' | 'ne' | 'like' | 'ilike';
                          reference: string;
                          /** @constant */
                          type: 'string_check';
                        }
                      | {
                          flags?: string;
                          input: string;
                          name: string;
                          pattern: string;
                          /** @constant */
                          type: 'regex_check';
                        }
                      | {
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
                          /** @constant */
                          type: 'text_similarity';
                        }
                      | {
                          image_tag?: string;
                          name: string;
                          pass_threshold?: number;
                          source: string;
                          /** @constant */
                          type: 'python';
                        }
                      | {
                          input: {
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
                          }[];
                          model: string;
                          name: string;
                          pass_threshold?: number;
                          range?: number[];
                          sampling_params?: {
                            max_completions_tokens?: number | null;
                            reasoning_effort?:
                              ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                            seed?: number | null;
                            temperature?: number | null;
                            top_p?: number | null;
                          };
                          /** @constant */
                          type: 'score_model';
                        }
                      | {
                          input: {
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
                          }[];
                          labels: string[];
                          model: string;
                          name: string;
                          passing_labels: string[];
                          /** @constant */
                          type: 'label_model';
                        }
                    )
                  | {
                      calculate_output: string;
                      graders:
                        | (
                            | {
                                input: string;
                                name: string;
                                /** @enum {string} */
                                operation: 'eq' | 'ne' | 'like' | 'ilike';
                                reference: string;
                                /** @constant */
                                type: 'string_check';
                              }
                            | {
                                flags?: string;
                                input: string;
                                name: string;
                                pattern: string;
                                /** @constant */
                                type: 'regex_check';
                              }
                            | {
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
                                /** @constant */
                                type: 'text_similarity';
                              }
                            | {
                                image_tag?: string;
                                name: string;
                                pass_threshold?: number;
                                source: string;
                                /** @constant */
                                type: 'python';
                              }
                            | {
                                input: {
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
                                }[];
                                model: string;
                                name: string;
                                pass_threshold?: number;
                                range?: number[];
                                sampling_params?: {
                                  max_completions_tokens?: number | null;
                                  reasoning_effort?:
                                    ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                  seed?: number | null;
                                  temperature?: number | null;
                                  top_p?: number | null;
                                };
                                /** @constant */
                                type: 'score_model';
                              }
                            | {
                                input: {
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
                                }[];
                                labels: string[];
                                model: string;
                                name: string;
                                passing_labels: string[];
                                /** @constant */
                                type: 'label_model';
                              }
                          )
                        | {
                            [key: string]:
                              | {
                                  input: string;
                                  name: string;
                                  /** @enum {string} */
                                  operation: 'eq' | 'ne' | 'like' | 'ilike';
                                  reference: string;
                                  /** @constant */
                                  type: 'string_check';
                                }
                              | {
                                  flags?: string;
                                  input: string;
                                  name: string;
                                  pattern: string;
                                  /** @constant */
                                  type: 'regex_check';
                                }
                              | {
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
                                  /** @constant */
                                  type: 'text_similarity';
                                }
                              | {
                                  image_tag?: string;
                                  name: string;
                                  pass_threshold?: number;
                                  source: string;
                                  /** @constant */
                                  type: 'python';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  model: string;
                                  name: string;
                                  pass_threshold?: number;
                                  range?: number[];
                                  sampling_params?: {
                                    max_completions_tokens?: number | null;
                                    reasoning_effort?:
                                      ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                    seed?: number | null;
                                    temperature?: number | null;
                                    top_p?: number | null;
                                  };
                                  /** @constant */
                                  type: 'score_model';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  labels: string[];
                                  model: string;
                                  name: string;
                                  passing_labels: string[];
                                  /** @constant */
                                  type: 'label_model';
                                };
                          };
                      name: string;
                      pass_threshold?: number;
                      /** @constant */
                      type: 'multi';
                    }
                )
              | null;
            id: string;
            inference_params: {
              frequency_penalty?: number;
              max_completion_tokens?: number;
              max_output_tokens?: number;
              max_tokens?: number;
              presence_penalty?: number;
              /** @enum {string} */
              reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
              response_format?:
                | {
                    /** @constant */
                    type: 'text';
                  }
                | {
                    /** @constant */
                    type: 'json_object';
                  }
                | {
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
                    /** @constant */
                    type: 'json_schema';
                  };
              seed?: number;
              stop?: string | string[];
              temperature?: number;
              top_p?: number;
            } | null;
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
            requirements: string[];
            threshold: number | null;
            /** @enum {string} */
            type: 'judge' | 'code' | 'grader';
            updated_at: number;
            version: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
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
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        'application/json': {
          /** @enum {string} */
          api_type?: 'chat_completions' | 'responses';
          code?: string;
          container?: string;
          description?: string;
          grader?:
            | (
                | {
                    input: string;
                    name: string;
                    /** @enum {string} */
                    operation: 'eq' | 'ne' | 'like' | 'ilike';
                    reference: string;
                    /** @constant */
                    type: 'string_check';
                  }
                | {
                    flags?: string;
                    input: string;
                    name: string;
                    pattern: string;
                    /** @constant */
                    type: 'regex_check';
                  }
                | {
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
                    /** @constant */
                    type: 'text_similarity';
                  }
                | {
                    image_tag?: string;
                    name: string;
                    pass_threshold?: number;
                    source: string;
                    /** @constant */
                    type: 'python';
                  }
                | {
                    input: {
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
                    }[];
                    model: string;
                    name: string;
                    pass_threshold?: number;
                    range?: number[];
                    sampling_params?: {
                      max_completions_tokens?: number | null;
                      reasoning_effort?: ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                      seed?: number | null;
                      temperature?: number | null;
                      top_p?: number | null;
                    };
                    /** @constant */
                    type: 'score_model';
                  }
                | {
                    input: {
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
                    }[];
                    labels: string[];
                    model: string;
                    name: string;
                    passing_labels: string[];
                    /** @constant */
                    type: 'label_model';
                  }
              )
            | {
                calculate_output: string;
                graders:
                  | (
                      | {
                          input: string;
                          name: string;
                          /** @enum {string} */
                          operation: 'eq' | 'ne' | 'like' | 'ilike';
                          reference: string;
                          /** @constant */
                          type: 'string_check';
                        }
                      | {
                          flags?: string;
                          input: string;
                          name: string;
                          pattern: string;
                          /** @constant */
                          type: 'regex_check';
                        }
                      | {
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
                          /** @constant */
                          type: 'text_similarity';
                        }
                      | {
                          image_tag?: string;
                          name: string;
                          pass_threshold?: number;
                          source: string;
                          /** @constant */
                          type: 'python';
                        }
                      | {
                          input: {
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
                          }[];
                          model: string;
                          name: string;
                          pass_threshold?: number;
                          range?: number[];
                          sampling_params?: {
                            max_completions_tokens?: number | null;
                            reasoning_effort?:
                              ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                            seed?: number | null;
                            temperature?: number | null;
                            top_p?: number | null;
                          };
                          /** @constant */
                          type: 'score_model';
                        }
                      | {
                          input: {
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
                          }[];
                          labels: string[];
                          model: string;
                          name: string;
                          passing_labels: string[];
                          /** @constant */
                          type: 'label_model';
                        }
                    )
                  | {
                      [key: string]:
                        | {
                            input: string;
                            name: string;
                            /** @enum {string} */
                            operation: 'eq' | 'ne' | 'like' | 'ilike';
                            reference: string;
                            /** @constant */
                            type: 'string_check';
                          }
                        | {
                            flags?: string;
                            input: string;
                            name: string;
                            pattern: string;
                            /** @constant */
                            type: 'regex_check';
                          }
                        | {
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
                            /** @constant */
                            type: 'text_similarity';
                          }
                        | {
                            image_tag?: string;
                            name: string;
                            pass_threshold?: number;
                            source: string;
                            /** @constant */
                            type: 'python';
                          }
                        | {
                            input: {
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
                            }[];
                            model: string;
                            name: string;
                            pass_threshold?: number;
                            range?: number[];
                            sampling_params?: {
                              max_completions_tokens?: number | null;
                              reasoning_effort?:
                                ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                              seed?: number | null;
                              temperature?: number | null;
                              top_p?: number | null;
                            };
                            /** @constant */
                            type: 'score_model';
                          }
                        | {
                            input: {
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
                            }[];
                            labels: string[];
                            model: string;
                            name: string;
                            passing_labels: string[];
                            /** @constant */
                            type: 'label_model';
                          };
                    };
                name: string;
                pass_threshold?: number;
                /** @constant */
                type: 'multi';
              };
          inference_params?: {
            frequency_penalty?: number;
            max_completion_tokens?: number;
            max_output_tokens?: number;
            max_tokens?: number;
            presence_penalty?: number;
            /** @enum {string} */
            reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
            response_format?:
              | {
                  /** @constant */
                  type: 'text';
                }
              | {
                  /** @constant */
                  type: 'json_object';
                }
              | {
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
                  /** @constant */
                  type: 'json_schema';
                };
            seed?: number;
            stop?: string | string[];
            temperature?: number;
            top_p?: number;
          };
          judge_model?: string;
          judge_prompt?: string;
          metadata?: {
            [key: string]: string;
          };
          /** @enum {string} */
          mode?: 'pointwise' | 'pairwise' | 'listwise';
          name?: string;
          /** @enum {string} */
          panel_aggregate?: 'mean' | 'median' | 'majority';
          panel_models?: string[] | null;
          requirements?: string[];
          threshold?: number | null;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            api_type: 'chat_completions' | 'responses';
            code: string | null;
            container_id: string | null;
            created_at: number;
            description: string | null;
            grader:
              | (
                  | (
                      | {
                          input: string;
                          name: string;
                          /** @enum {string} */
                          operation: 'eq' | 'ne' | 'like' | 'ilike';
                          reference: string;
                          /** @constant */
                          type: 'string_check';
                        }
                      | {
                          flags?: string;
                          input: string;
                          name: string;
                          pattern: string;
                          /** @constant */
                          type: 'regex_check';
                        }
                      | {
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
                          /** @constant */
                          type: 'text_similarity';
                        }
                      | {
                          image_tag?: string;
                          name: string;
                          pass_threshold?: number;
                          source: string;
                          /** @constant */
                          type: 'python';
                        }
                      | {
                          input: {
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
                          }[];
                          model: string;
                          name: string;
                          pass_threshold?: number;
                          range?: number[];
                          sampling_params?: {
                            max_completions_tokens?: number | null;
                            reasoning_effort?:
                              ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                            seed?: number | null;
                            temperature?: number | null;
                            top_p?: number | null;
                          };
                          /** @constant */
                          type: 'score_model';
                        }
                      | {
                          input: {
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
                          }[];
                          labels: string[];
                          model: string;
                          name: string;
                          passing_labels: string[];
                          /** @constant */
                          type: 'label_model';
                        }
                    )
                  | {
                      calculate_output: string;
                      graders:
                        | (
                            | {
                                input: string;
                                name: string;
                                /** @enum {string} */
                                operation: 'eq' | 'ne' | 'like' | 'ilike';
                                reference: string;
                                /** @constant */
                                type: 'string_check';
                              }
                            | {
                                flags?: string;
                                input: string;
                                name: string;
                                pattern: string;
                                /** @constant */
                                type: 'regex_check';
                              }
                            | {
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
                                /** @constant */
                                type: 'text_similarity';
                              }
                            | {
                                image_tag?: string;
                                name: string;
                                pass_threshold?: number;
                                source: string;
                                /** @constant */
                                type: 'python';
                              }
                            | {
                                input: {
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
                                }[];
                                model: string;
                                name: string;
                                pass_threshold?: number;
                                range?: number[];
                                sampling_params?: {
                                  max_completions_tokens?: number | null;
                                  reasoning_effort?:
                                    ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                  seed?: number | null;
                                  temperature?: number | null;
                                  top_p?: number | null;
                                };
                                /** @constant */
                                type: 'score_model';
                              }
                            | {
                                input: {
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
                                }[];
                                labels: string[];
                                model: string;
                                name: string;
                                passing_labels: string[];
                                /** @constant */
                                type: 'label_model';
                              }
                          )
                        | {
                            [key: string]:
                              | {
                                  input: string;
                                  name: string;
                                  /** @enum {string} */
                                  operation: 'eq' | 'ne' | 'like' | 'ilike';
                                  reference: string;
                                  /** @constant */
                                  type: 'string_check';
                                }
                              | {
                                  flags?: string;
                                  input: string;
                                  name: string;
                                  pattern: string;
                                  /** @constant */
                                  type: 'regex_check';
                                }
                              | {
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
                                  /** @constant */
                                  type: 'text_similarity';
                                }
                              | {
                                  image_tag?: string;
                                  name: string;
                                  pass_threshold?: number;
                                  source: string;
                                  /** @constant */
                                  type: 'python';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  model: string;
                                  name: string;
                                  pass_threshold?: number;
                                  range?: number[];
                                  sampling_params?: {
                                    max_completions_tokens?: number | null;
                                    reasoning_effort?:
                                      ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                    seed?: number | null;
                                    temperature?: number | null;
                                    top_p?: number | null;
                                  };
                                  /** @constant */
                                  type: 'score_model';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  labels: string[];
                                  model: string;
                                  name: string;
                                  passing_labels: string[];
                                  /** @constant */
                                  type: 'label_model';
                                };
                          };
                      name: string;
                      pass_threshold?: number;
                      /** @constant */
                      type: 'multi';
                    }
                )
              | null;
            id: string;
            inference_params: {
              frequency_penalty?: number;
              max_completion_tokens?: number;
              max_output_tokens?: number;
              max_tokens?: number;
              presence_penalty?: number;
              /** @enum {string} */
              reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
              response_format?:
                | {
                    /** @constant */
                    type: 'text';
                  }
                | {
                    /** @constant */
                    type: 'json_object';
                  }
                | {
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
                    /** @constant */
                    type: 'json_schema';
                  };
              seed?: number;
              stop?: string | string[];
              temperature?: number;
              top_p?: number;
            } | null;
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
            requirements: string[];
            threshold: number | null;
            /** @enum {string} */
            type: 'judge' | 'code' | 'grader';
            updated_at: number;
            version: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Implemented */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  getV1EvaluatorsIdLabels: {
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              evaluator_id: string;
              item_id: string;
              /** @constant */
              object: 'evaluator.label';
              passed: boolean | null;
              score: number | null;
              updated_at: number;
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        'application/json': {
          labels: {
            item_id: string;
            passed?: boolean;
            score?: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            evaluator_id: string;
            /** @constant */
            object: 'evaluator.labels';
            written: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            api_type: 'chat_completions' | 'responses';
            code: string | null;
            container_id: string | null;
            created_at: number;
            description: string | null;
            grader:
              | (
                  | (
                      | {
                          input: string;
                          name: string;
                          /** @enum {string} */
                          operation: 'eq' | 'ne' | 'like' | 'ilike';
                          reference: string;
                          /** @constant */
                          type: 'string_check';
                        }
                      | {
                          flags?: string;
                          input: string;
                          name: string;
                          pattern: string;
                          /** @constant */
                          type: 'regex_check';
                        }
                      | {
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
                          /** @constant */
                          type: 'text_similarity';
                        }
                      | {
                          image_tag?: string;
                          name: string;
                          pass_threshold?: number;
                          source: string;
                          /** @constant */
                          type: 'python';
                        }
                      | {
                          input: {
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
                          }[];
                          model: string;
                          name: string;
                          pass_threshold?: number;
                          range?: number[];
                          sampling_params?: {
                            max_completions_tokens?: number | null;
                            reasoning_effort?:
                              ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                            seed?: number | null;
                            temperature?: number | null;
                            top_p?: number | null;
                          };
                          /** @constant */
                          type: 'score_model';
                        }
                      | {
                          input: {
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
                          }[];
                          labels: string[];
                          model: string;
                          name: string;
                          passing_labels: string[];
                          /** @constant */
                          type: 'label_model';
                        }
                    )
                  | {
                      calculate_output: string;
                      graders:
                        | (
                            | {
                                input: string;
                                name: string;
                                /** @enum {string} */
                                operation: 'eq' | 'ne' | 'like' | 'ilike';
                                reference: string;
                                /** @constant */
                                type: 'string_check';
                              }
                            | {
                                flags?: string;
                                input: string;
                                name: string;
                                pattern: string;
                                /** @constant */
                                type: 'regex_check';
                              }
                            | {
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
                                /** @constant */
                                type: 'text_similarity';
                              }
                            | {
                                image_tag?: string;
                                name: string;
                                pass_threshold?: number;
                                source: string;
                                /** @constant */
                                type: 'python';
                              }
                            | {
                                input: {
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
                                }[];
                                model: string;
                                name: string;
                                pass_threshold?: number;
                                range?: number[];
                                sampling_params?: {
                                  max_completions_tokens?: number | null;
                                  reasoning_effort?:
                                    ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                  seed?: number | null;
                                  temperature?: number | null;
                                  top_p?: number | null;
                                };
                                /** @constant */
                                type: 'score_model';
                              }
                            | {
                                input: {
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
                                }[];
                                labels: string[];
                                model: string;
                                name: string;
                                passing_labels: string[];
                                /** @constant */
                                type: 'label_model';
                              }
                          )
                        | {
                            [key: string]:
                              | {
                                  input: string;
                                  name: string;
                                  /** @enum {string} */
                                  operation: 'eq' | 'ne' | 'like' | 'ilike';
                                  reference: string;
                                  /** @constant */
                                  type: 'string_check';
                                }
                              | {
                                  flags?: string;
                                  input: string;
                                  name: string;
                                  pattern: string;
                                  /** @constant */
                                  type: 'regex_check';
                                }
                              | {
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
                                  /** @constant */
                                  type: 'text_similarity';
                                }
                              | {
                                  image_tag?: string;
                                  name: string;
                                  pass_threshold?: number;
                                  source: string;
                                  /** @constant */
                                  type: 'python';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  model: string;
                                  name: string;
                                  pass_threshold?: number;
                                  range?: number[];
                                  sampling_params?: {
                                    max_completions_tokens?: number | null;
                                    reasoning_effort?:
                                      ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh') | null;
                                    seed?: number | null;
                                    temperature?: number | null;
                                    top_p?: number | null;
                                  };
                                  /** @constant */
                                  type: 'score_model';
                                }
                              | {
                                  input: {
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
                                  }[];
                                  labels: string[];
                                  model: string;
                                  name: string;
                                  passing_labels: string[];
                                  /** @constant */
                                  type: 'label_model';
                                };
                          };
                      name: string;
                      pass_threshold?: number;
                      /** @constant */
                      type: 'multi';
                    }
                )
              | null;
            id: string;
            inference_params: {
              frequency_penalty?: number;
              max_completion_tokens?: number;
              max_output_tokens?: number;
              max_tokens?: number;
              presence_penalty?: number;
              /** @enum {string} */
              reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high';
              response_format?:
                | {
                    /** @constant */
                    type: 'text';
                  }
                | {
                    /** @constant */
                    type: 'json_object';
                  }
                | {
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
                    /** @constant */
                    type: 'json_schema';
                  };
              seed?: number;
              stop?: string | string[];
              temperature?: number;
              top_p?: number;
            } | null;
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
            requirements: string[];
            threshold: number | null;
            /** @enum {string} */
            type: 'judge' | 'code' | 'grader';
            updated_at: number;
            version: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
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
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  postV1Files: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deleted: boolean;
            id: string;
            /** @constant */
            object: 'file';
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': unknown;
          'text/csv': unknown;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              created_at: number;
              id: string;
              name: string;
              /** @constant */
              object: 'api_key';
              prefix: string;
              revoked_at: number | null;
              scopes: ('read' | 'write' | 'admin')[];
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  postV1Keys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          scopes: ('read' | 'write' | 'admin')[];
        };
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created_at: number;
            id: string;
            name: string;
            /** @constant */
            object: 'api_key';
            prefix: string;
            revoked_at: number | null;
            scopes: ('read' | 'write' | 'admin')[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  getV1KeysSelf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              alert_rules: {
                metric: string;
                /** @default 30 */
                min_items: number;
                /** @enum {string} */
                op: '<' | '>';
                value: number;
                /** @default 1 */
                window_hours: number;
              }[];
              container_id: string;
              created_at: number;
              daily_budget_usd: number | null;
              evaluators: {
                id: string;
                name: string;
                version: number;
              }[];
              filters: {
                input_length?: {
                  max?: number;
                  min?: number;
                };
                metadata?: {
                  [key: string]: string;
                };
                model?: string;
                output_length?: {
                  max?: number;
                  min?: number;
                };
              };
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
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  postV1Monitors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          alert_rules?: {
            metric: string;
            /** @default 30 */
            min_items?: number;
            /** @enum {string} */
            op: '<' | '>';
            value: number;
            /** @default 1 */
            window_hours?: number;
          }[];
          container: string;
          /** @default null */
          daily_budget_usd?: number | null;
          evaluators: string[];
          /** @default {} */
          filters?: {
            input_length?: {
              max?: number;
              min?: number;
            };
            metadata?: {
              [key: string]: string;
            };
            model?: string;
            output_length?: {
              max?: number;
              min?: number;
            };
          };
          name: string;
          /** @default 1 */
          sampling_rate?: number;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            alert_rules: {
              metric: string;
              /** @default 30 */
              min_items: number;
              /** @enum {string} */
              op: '<' | '>';
              value: number;
              /** @default 1 */
              window_hours: number;
            }[];
            container_id: string;
            created_at: number;
            daily_budget_usd: number | null;
            evaluators: {
              id: string;
              name: string;
              version: number;
            }[];
            filters: {
              input_length?: {
                max?: number;
                min?: number;
              };
              metadata?: {
                [key: string]: string;
              };
              model?: string;
              output_length?: {
                max?: number;
                min?: number;
              };
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            alert_rules: {
              metric: string;
              /** @default 30 */
              min_items: number;
              /** @enum {string} */
              op: '<' | '>';
              value: number;
              /** @default 1 */
              window_hours: number;
            }[];
            container_id: string;
            created_at: number;
            daily_budget_usd: number | null;
            evaluators: {
              id: string;
              name: string;
              version: number;
            }[];
            filters: {
              input_length?: {
                max?: number;
                min?: number;
              };
              metadata?: {
                [key: string]: string;
              };
              model?: string;
              output_length?: {
                max?: number;
                min?: number;
              };
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
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
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        'application/json': {
          alert_rules?: {
            metric: string;
            /** @default 30 */
            min_items?: number;
            /** @enum {string} */
            op: '<' | '>';
            value: number;
            /** @default 1 */
            window_hours?: number;
          }[];
          daily_budget_usd?: number | null;
          evaluators?: string[];
          filters?: {
            input_length?: {
              max?: number;
              min?: number;
            };
            metadata?: {
              [key: string]: string;
            };
            model?: string;
            output_length?: {
              max?: number;
              min?: number;
            };
          };
          name?: string;
          sampling_rate?: number;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            alert_rules: {
              metric: string;
              /** @default 30 */
              min_items: number;
              /** @enum {string} */
              op: '<' | '>';
              value: number;
              /** @default 1 */
              window_hours: number;
            }[];
            container_id: string;
            created_at: number;
            daily_budget_usd: number | null;
            evaluators: {
              id: string;
              name: string;
              version: number;
            }[];
            filters: {
              input_length?: {
                max?: number;
                min?: number;
              };
              metadata?: {
                [key: string]: string;
              };
              model?: string;
              output_length?: {
                max?: number;
                min?: number;
              };
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              fired_at: number;
              fired_window: {
                count: number;
                from: number;
                interval: {
                  high: number;
                  low: number;
                } | null;
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
                interval: {
                  high: number;
                  low: number;
                } | null;
                to: number;
                value: number | null;
              } | null;
              rule: {
                metric: string;
                /** @default 30 */
                min_items: number;
                /** @enum {string} */
                op: '<' | '>';
                value: number;
                /** @default 1 */
                window_hours: number;
              };
              rule_index: number;
              /** @enum {string} */
              status: 'firing' | 'resolved';
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  getV1MonitorsIdMetrics: {
    parameters: {
      query: {
        from: number;
        interval?: 'hour' | 'day';
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              count: number;
              errors: number;
              evaluator_id: string;
              mean: number | null;
              mean_interval: {
                high: number;
                low: number;
              } | null;
              pass_rate: number | null;
              pass_rate_interval: {
                high: number;
                low: number;
              } | null;
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            alert_rules: {
              metric: string;
              /** @default 30 */
              min_items: number;
              /** @enum {string} */
              op: '<' | '>';
              value: number;
              /** @default 1 */
              window_hours: number;
            }[];
            container_id: string;
            created_at: number;
            daily_budget_usd: number | null;
            evaluators: {
              id: string;
              name: string;
              version: number;
            }[];
            filters: {
              input_length?: {
                max?: number;
                min?: number;
              };
              metadata?: {
                [key: string]: string;
              };
              model?: string;
              output_length?: {
                max?: number;
                min?: number;
              };
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            alert_rules: {
              metric: string;
              /** @default 30 */
              min_items: number;
              /** @enum {string} */
              op: '<' | '>';
              value: number;
              /** @default 1 */
              window_hours: number;
            }[];
            container_id: string;
            created_at: number;
            daily_budget_usd: number | null;
            evaluators: {
              id: string;
              name: string;
              version: number;
            }[];
            filters: {
              input_length?: {
                max?: number;
                min?: number;
              };
              metadata?: {
                [key: string]: string;
              };
              model?: string;
              output_length?: {
                max?: number;
                min?: number;
              };
            };
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
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
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
  postV1Webhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
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
          metadata?: {
            [key: string]: string;
          };
          /** Format: uri */
          url: string;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
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
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        'application/json': {
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
          metadata?: {
            [key: string]: string;
          };
          /** Format: uri */
          url?: string;
        };
      };
    };
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
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
            }[];
            first_id: string | null;
            has_more: boolean;
            last_id: string | null;
            /** @constant */
            object: 'list';
            total: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Payload Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
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
      /** @description Successful Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Validation Error */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Internal Server Error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Upstream Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
    };
  };
}
