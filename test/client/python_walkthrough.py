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
from assay_api_client.models.container import Container
from assay_api_client.models.container_create import ContainerCreate
from assay_api_client.models.dataset import Dataset
from assay_api_client.models.dataset_create import DatasetCreate
from assay_api_client.models.dataset_upload import DatasetUpload
from assay_api_client.models.evaluator import Evaluator
from assay_api_client.models.evaluator_create import EvaluatorCreate
from assay_api_client.models.post_v1_datasets_id_items_json_body_type_1 import PostV1DatasetsIdItemsJsonBodyType1
from assay_api_client.models.run import Run
from assay_api_client.models.run_create_input import RunCreateInput
from assay_api_client.models.run_result_list import RunResultList
from assay_api_client.models.task_log_create import TaskLogCreate
from assay_api_client.models.task_log_ingestion import TaskLogIngestion


def expect(response, model):
    """The generated client parsed the body into the document's 2xx model, or the script fails."""
    if not isinstance(response.parsed, model):
        sys.exit(f"{model.__name__} expected, got HTTP {response.status_code}: {response.content[:500]!r}")
    return response.parsed


client = AuthenticatedClient(base_url=os.environ["ASSAY_URL"], token=os.environ["ASSAY_KEY"], raise_on_unexpected_status=True)
questions = [f"q{i}" for i in range(3)]

container = expect(
    post_v1_containers.sync_detailed(client=client, body=ContainerCreate.from_dict({"label": "py-bot"})),
    Container,
)
# Task logs as a bare JSON array, as the contract allows.
logs = [
    TaskLogCreate.from_dict({"id": f"py-log-{i}", "input": q, "output": f"a{i}"})
    for i, q in enumerate(questions)
]
ingested = expect(
    post_v1_containers_id_logs.sync_detailed(container.label, client=client, body=logs),
    TaskLogIngestion,
)
judge = expect(
    post_v1_evaluators.sync_detailed(
        client=client,
        body=EvaluatorCreate.from_dict(
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
    Evaluator,
)
dataset = expect(
    post_v1_datasets.sync_detailed(
        client=client,
        body=DatasetCreate.from_dict(
            {"name": "py-refs", "items": [{"id": "py-item-0", "input": "q0", "output": "r0"}]}
        ),
    ),
    Dataset,
)
appended = expect(
    post_v1_datasets_id_items.sync_detailed(
        dataset.id,
        client=client,
        body=PostV1DatasetsIdItemsJsonBodyType1.from_dict(
            {"items": [{"id": f"py-item-{i}", "input": q, "output": f"r{i}"} for i, q in enumerate(questions) if i > 0]}
        ),
    ),
    DatasetUpload,
)
run = expect(
    post_v1_evaluations_runs.sync_detailed(
        client=client,
        body=RunCreateInput.from_dict(
            {
                "container": container.label,
                "evaluators": [judge.name],
                "sample": {"type": "container"},
                "ground_truth": {"type": "dataset", "dataset": dataset.name},
            }
        ),
    ),
    Run,
)

deadline = time.monotonic() + 60
while True:
    run = expect(get_v1_evaluations_runs_id.sync_detailed(run.id, client=client), Run)
    if run.status.value in ("completed", "error", "cancelled") or time.monotonic() > deadline:
        break
    time.sleep(0.1)

page = expect(
    get_v1_evaluations_runs_id_results.sync_detailed(run.id, client=client, limit=10),
    RunResultList,
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
