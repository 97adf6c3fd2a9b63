"""`workstation bench`: time each operation through the app's layers and, in the same run,
the same work done with `sqlite3` and `cryptography` directly (the raw baseline), so every
figure reads as a ratio on whatever machine runs it.

Operations live in `operations.py`; each later feature adds its own there.
"""

from __future__ import annotations

import gc
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import platformdirs

from ..demo.generator import DATA_VERSION, DEMO_PASSWORD, DemoSize, generate_demo
from ..paths import APP_NAME
from ..persistence.database import DESK_DB_NAME, open_desk_database
from ..services.accounts import sign_in
from .operations import BENCH_USER

BENCH_SEED = 1
# A fixed anchor date: the reused database stays valid whatever day the bench runs.
BENCH_UNTIL = date(2026, 11, 1)


def _peak_rss_mib() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _summary(samples_s: list[float]) -> dict:
    ordered = sorted(samples_s)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"median_ms": round(statistics.median(ordered) * 1000, 3),
            "p95_ms": round(p95 * 1000, 3)}


def time_calls(fn, inputs: list, repeat: int) -> list[float]:
    samples = []
    for n in range(repeat):
        arg = inputs[n % len(inputs)]
        started = time.perf_counter()
        fn(arg)
        samples.append(time.perf_counter() - started)
    return samples


BLOCK = 25


def time_interleaved(app_fn, raw_fn, inputs: list, runs: int) -> tuple[list, list]:
    """Alternate blocks of calls. Not call by call: two connections writing in turn would
    each throw away the other's page cache, a cost no desk pays (the app is its only
    writer) that would shrink every ratio. Blocks keep each side in its steady state while
    drift in the machine (other processes, WAL checkpoints) still falls on both."""
    app_s: list[float] = []
    raw_s: list[float] = []
    done = 0
    while done < runs:
        size = min(BLOCK, runs - done)
        batch = [inputs[(done + k) % len(inputs)] for k in range(size)]
        for fn, samples in ((app_fn, app_s), (raw_fn, raw_s)):
            for arg in batch:
                started = time.perf_counter()
                fn(arg)
                samples.append(time.perf_counter() - started)
        done += size
    return app_s, raw_s


@dataclass
class BenchContext:
    """What every operation may use: the open database and the unlocked keys."""

    database: object
    session: object
    path: Path

    @property
    def keys(self):
        return self.session.keys


def bench_folder(contacts: int, cases: int, services: int) -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / (
        f"bench-{contacts}c-{cases}k-{services}s-seed{BENCH_SEED}-v{DATA_VERSION}")


def ensure_bench_database(folder: Path, contacts: int, cases: int, services: int,
                          progress: bool) -> dict:
    """Build the bench database unless a complete one is already there."""
    if (folder / DESK_DB_NAME).exists():
        return {"built": False}
    from tqdm import tqdm

    size = DemoSize(contacts=contacts, cases=cases, services=services, seed=BENCH_SEED,
                    until=BENCH_UNTIL)
    size.check()
    with tqdm(total=size.planned_rows(), unit=" rows", unit_scale=True, file=sys.stderr,
              disable=not progress, desc="Building the bench database") as bar:
        result = generate_demo(folder, size, bar.update)
    return {"built": True, "build_seconds": round(result.seconds, 1), "rows": result.rows}


def run_benchmarks(data_dir: Path | None, *, contacts: int, cases: int, services: int,
                   repeat: int = 200, only: list[str] | None = None,
                   progress: bool = True, server_url: str | None = None,
                   pull_cases: int = 100_000) -> dict:
    from .operations import OPERATIONS
    from .sync_ops import SYNC_OPERATIONS, run_sync_benchmarks

    unknown = set(only or ()) - set(OPERATIONS) - set(SYNC_OPERATIONS)
    if unknown:
        from ..errors import ValidationError

        raise ValidationError("only", f"Unknown operation {', '.join(sorted(unknown))}.",
                              hint=f"Known: {', '.join(OPERATIONS)}.")
    results = {}
    folder = data_dir or bench_folder(contacts, cases, services)
    desk_only = [name for name in OPERATIONS if not only or name in only]
    dataset = ensure_bench_database(folder, contacts, cases, services, progress) \
        if desk_only else {"built": False}
    database = open_desk_database(folder) if desk_only else None
    try:
        context = BenchContext(database, sign_in(database, BENCH_USER, DEMO_PASSWORD),
                               folder / DESK_DB_NAME) if database else None
        for name, operation in OPERATIONS.items():
            if name not in desk_only:
                continue
            inputs = operation.prepare(context)
            app_fn, raw_fn = operation.app(context), operation.raw(context)
            runs = min(repeat, operation.runs or repeat)
            try:
                # Warm both paths (caches, statement compilation), then time them in
                # alternating blocks on the same inputs.
                time_calls(app_fn, inputs, min(20, runs))
                time_calls(raw_fn, inputs, min(20, runs))
                gc.collect()
                app_s, raw_s = time_interleaved(app_fn, raw_fn, inputs, runs)
            finally:
                operation.close(context)
            app, raw = _summary(app_s), _summary(raw_s)
            results[name] = {
                **app, "raw_median_ms": raw["median_ms"], "raw_p95_ms": raw["p95_ms"],
                "ratio_to_raw": round(app["median_ms"] / raw["median_ms"], 2)
                if raw["median_ms"] else None,
                "runs": runs, "target_median_ms": operation.target_ms,
                "describes": operation.describes,
            }
            if progress:
                print(f"  {name}: {app['median_ms']} ms (raw {raw['median_ms']} ms)",
                      file=sys.stderr)
    finally:
        if database is not None:
            database.close()
    if not only or set(only) & set(SYNC_OPERATIONS):
        # Against a shared PostgreSQL: --server-url, or a throwaway cluster.
        results.update(run_sync_benchmarks(server_url, only=only, repeat=repeat,
                                           pull_cases=pull_cases, progress=progress))
    return {
        "database": str(folder / DESK_DB_NAME) if desk_only else
        "none (sync operations: their own desks and shared database)",
        "dataset": {"contacts": contacts, "cases": cases, "services": services,
                    "seed": BENCH_SEED, **dataset},
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "peak_rss_mib": _peak_rss_mib(),
        "operations": results,
    }


def format_report(report: dict) -> str:
    lines = [f"Database: {report['database']}", "",
             f"{'operation':<22}{'median':>10}{'p95':>10}{'raw med.':>10}{'ratio':>8}{'target':>9}"]
    for name, r in report["operations"].items():
        target = f"{r['target_median_ms']} ms" if r["target_median_ms"] else "-"
        lines.append(f"{name:<22}{r['median_ms']:>8.3f}ms{r['p95_ms']:>8.3f}ms"
                     f"{r['raw_median_ms']:>8.3f}ms{r['ratio_to_raw']:>7.2f}x{target:>9}")
    lines += ["", f"Peak RSS: {report['peak_rss_mib']} MiB"]
    return "\n".join(lines)
