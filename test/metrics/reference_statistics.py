"""The reference side of test/metrics/referenceStatistics.test.ts.

Reads one JSON case on stdin and prints each statistic, and its percentile bootstrap interval over
the resamples the TypeScript side drew (the same index lists), computed with independent
implementations: krippendorff, statsmodels, scipy and scikit-learn.
"""
import json
import sys
import warnings

import krippendorff
import numpy as np
from scipy.stats import spearmanr
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import fleiss_kappa

warnings.simplefilter("ignore")


def alpha(units):
    # krippendorff wants raters x units, NaN for a missing rating
    data = np.array([[np.nan if v is None else v for v in unit] for unit in units], dtype=float).T
    try:
        return float(krippendorff.alpha(reliability_data=data, level_of_measurement="interval"))
    except (ValueError, ZeroDivisionError):
        return float("nan")


def fleiss(counts):
    return float(fleiss_kappa(np.array(counts, dtype=float), method="fleiss"))


def rho(x, y):
    return float(spearmanr(x, y).statistic)


def kappa(a, b, weights):
    return float(cohen_kappa_score(a, b, weights=None if weights == "none" else weights))


def interval(values):
    finite = [v for v in values if np.isfinite(v)]
    if len(finite) < len(values) / 2:
        return None
    return [float(np.percentile(finite, 2.5)), float(np.percentile(finite, 97.5))]


def with_interval(statistic, n, resamples):
    return {"value": statistic(list(range(n))), "ci95": interval([statistic(r) for r in resamples])}


case = json.load(sys.stdin)
resamples = case["resamples"]
units, counts = case["units"], case["counts"]
x, y = case["x"], case["y"]
a, b = case["a"], case["b"]
out = {
    "alpha": with_interval(lambda idx: alpha([units[i] for i in idx]), len(units), resamples["units"]),
    "fleiss": with_interval(lambda idx: fleiss([counts[i] for i in idx]), len(counts), resamples["counts"]),
    "spearman": with_interval(lambda idx: rho([x[i] for i in idx], [y[i] for i in idx]), len(x), resamples["xy"]),
    "kappa": {
        w: with_interval(lambda idx, w=w: kappa([a[i] for i in idx], [b[i] for i in idx], w), len(a), resamples["ab"])
        for w in ("none", "linear", "quadratic")
    },
}
print(json.dumps(out, allow_nan=True).replace("NaN", "null"))
