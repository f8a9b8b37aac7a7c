"""The API walk-through through a client that openapi-python-client generated from the served
/openapi.json, used unchanged: request bodies built by the generated models, every response
parsed into the generated 2xx model (an undeclared status or a body the document does not
describe would not parse). Run by test/client/pythonClient.test.ts, which checks the figures
printed on stdout against the fake model's deterministic scores.

Usage: ASSAY_URL=... ASSAY_KEY=... PYTHONPATH=<dir holding assay_api_client> python3 python_walkthrough.py
"""

import json
import os
import sys
import time

from assay_api_client import AuthenticatedClient
from assay_api_client.api.containers import post_v1_containers
from assay_api_client.api.datasets import post_v1_datasets, post_v1_datasets_id_items
from assay_api_client.api.evaluation_runs import (
    get_v1_evaluations_runs_id,
    get_v1_evaluations_runs_id_results,
    post_v1_evaluations_runs,
)
from assay_api_client.api.evaluators import post_v1_evaluators
from assay_api_client.api.task_logs import post_v1_containers_id_logs
from assay_api_client.models.get_v1_evaluations_runs_id_response_200 import GetV1EvaluationsRunsIdResponse200
from assay_api_client.models.get_v1_evaluations_runs_id_results_response_200 import (
    GetV1EvaluationsRunsIdResultsResponse200,
)
from assay_api_client.models.post_v1_containers_body import PostV1ContainersBody
from assay_api_client.models.post_v1_containers_id_logs_body_type_0_item import PostV1ContainersIdLogsBodyType0Item
from assay_api_client.models.post_v1_containers_id_logs_response_200 import PostV1ContainersIdLogsResponse200
from assay_api_client.models.post_v1_containers_response_201 import PostV1ContainersResponse201
from assay_api_client.models.post_v1_datasets_body import PostV1DatasetsBody
from assay_api_client.models.post_v1_datasets_id_items_json_body_type_1 import PostV1DatasetsIdItemsJsonBodyType1
from assay_api_client.models.post_v1_datasets_id_items_response_200 import PostV1DatasetsIdItemsResponse200
from assay_api_client.models.post_v1_datasets_response_201 import PostV1DatasetsResponse201
from assay_api_client.models.post_v1_evaluations_runs_body import PostV1EvaluationsRunsBody
from assay_api_client.models.post_v1_evaluations_runs_response_201 import PostV1EvaluationsRunsResponse201
from assay_api_client.models.post_v1_evaluators_body import PostV1EvaluatorsBody
from assay_api_client.models.post_v1_evaluators_response_201 import PostV1EvaluatorsResponse201


def expect(response, model):
    """The generated client parsed the body into the document's 2xx model, or the script fails."""
    if not isinstance(response.parsed, model):
        sys.exit(f"{model.__name__} expected, got HTTP {response.status_code}: {response.content[:500]!r}")
    return response.parsed


client = AuthenticatedClient(base_url=os.environ["ASSAY_URL"], token=os.environ["ASSAY_KEY"], raise_on_unexpected_status=True)
questions = [f"q{i}" for i in range(3)]

container = expect(
    post_v1_containers.sync_detailed(client=client, body=PostV1ContainersBody.from_dict({"label": "py-bot"})),
    PostV1ContainersResponse201,
)
# Task logs as a bare JSON array, as the contract allows.
logs = [
    PostV1ContainersIdLogsBodyType0Item.from_dict({"id": f"py-log-{i}", "input": q, "output": f"a{i}"})
    for i, q in enumerate(questions)
]
ingested = expect(
    post_v1_containers_id_logs.sync_detailed(container.label, client=client, body=logs),
    PostV1ContainersIdLogsResponse200,
)
judge = expect(
    post_v1_evaluators.sync_detailed(
        client=client,
        body=PostV1EvaluatorsBody.from_dict(
            {
                "container": container.label,
                "name": "py-quality",
                "type": "judge",
                "judge_model": "fake/judge-model",
                "judge_prompt": "Q: {{input}}\nA: {{output}}\nRef: {{ground_truth}}",
                "threshold": 0.5,
            }
        ),
    ),
    PostV1EvaluatorsResponse201,
)
dataset = expect(
    post_v1_datasets.sync_detailed(
        client=client,
        body=PostV1DatasetsBody.from_dict(
            {"name": "py-refs", "items": [{"id": "py-item-0", "input": "q0", "output": "r0"}]}
        ),
    ),
    PostV1DatasetsResponse201,
)
appended = expect(
    post_v1_datasets_id_items.sync_detailed(
        dataset.id,
        client=client,
        body=PostV1DatasetsIdItemsJsonBodyType1.from_dict(
            {"items": [{"id": f"py-item-{i}", "input": q, "output": f"r{i}"} for i, q in enumerate(questions) if i > 0]}
        ),
    ),
    PostV1DatasetsIdItemsResponse200,
)
run = expect(
    post_v1_evaluations_runs.sync_detailed(
        client=client,
        body=PostV1EvaluationsRunsBody.from_dict(
            {
                "container": container.label,
                "evaluators": [judge.name],
                "sample": {"type": "container"},
                "ground_truth": {"type": "dataset", "dataset": dataset.name},
            }
        ),
    ),
    PostV1EvaluationsRunsResponse201,
)

deadline = time.monotonic() + 60
while True:
    run = expect(get_v1_evaluations_runs_id.sync_detailed(run.id, client=client), GetV1EvaluationsRunsIdResponse200)
    if run.status.value in ("completed", "error", "cancelled") or time.monotonic() > deadline:
        break
    time.sleep(0.1)

page = expect(
    get_v1_evaluations_runs_id_results.sync_detailed(run.id, client=client, limit=10),
    GetV1EvaluationsRunsIdResultsResponse200,
)
print(
    json.dumps(
        {
            "container_id": container.id,
            "ingested": ingested.to_dict(),
            "appended": appended.to_dict(),
            "evaluator_id": judge.id,
            "run": run.to_dict(),
            "results": page.to_dict(),
        }
    )
)
