"""Independent reference for test/metrics/pairwise.test.ts: Bradley-Terry by choix and by scipy.

Reads {"k": models, "wins": k x k matrix (ties as 0.5 each way), "ridge": penalty} on stdin;
prints {"choix": [...], "scipy": [...]} ratings (log-odds, penalty ridge * sum(beta^2)).
"""
import json
import sys

import choix
import numpy as np
from scipy.optimize import minimize

request = json.load(sys.stdin)
k, wins, ridge = request["k"], np.array(request["wins"], dtype=float), request["ridge"]

# choix takes whole (winner, loser) pairs: every count doubled keeps ties (0.5) whole,
# and the doubled likelihood with a doubled penalty has the same optimum.
data = []
for i in range(k):
    for j in range(k):
        data += [(i, j)] * int(round(2 * wins[i, j]))
by_choix = choix.opt_pairwise(k, data, alpha=2 * ridge)


def objective(beta):
    diff = beta[:, None] - beta[None, :]
    return ridge * np.sum(beta**2) + np.sum(wins * np.logaddexp(0, -diff))


by_scipy = minimize(objective, np.zeros(k), method="BFGS", options={"gtol": 1e-10}).x
print(json.dumps({"choix": list(by_choix), "scipy": list(by_scipy)}))
