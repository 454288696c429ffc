"""Print bench-results.json as the Markdown table used in docs/performance.md:
``python -m tests.perf.markdown``."""

from __future__ import annotations

import json
import sys

from tests.perf.run_bench import RESULTS_FILE


def _ms(value: object) -> str:
    return "—" if value is None else f"{float(str(value)):,.1f}"


def table(data: dict[str, object]) -> str:
    raw = "raw psycopg" if data.get("engine") == "postgresql" else "raw sqlite3"
    lines = [f"Machine: {data['machine']}", ""]
    if data.get("load"):
        lines += [str(data["load"]), ""]
    lines += [f"| figure | median | p95 | goal | {raw} (median) | ratio | pass |",
              "|---|---:|---:|---:|---:|---:|:-:|"]
    results = data["results"]
    assert isinstance(results, list)
    for r in results:
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}"
        lines.append(f"| {r['name']} | {_ms(r['median_ms'])} | {_ms(r['p95_ms'])} | "
                     f"{_ms(r['goal_ms'])} | {_ms(r['raw_median_ms'])} | {ratio} | "
                     f"{'yes' if r['pass'] else '**no**'} |")
    skipped = data.get("skipped") or []
    assert isinstance(skipped, list)
    for r in skipped:
        lines.append(f"| {r['name']} | — | — | — | — | — | skipped: {r['skipped']} |")
    pending = data.get("pending") or []
    assert isinstance(pending, list)
    for r in pending:
        lines.append(f"| {r['name']} | — | — | {_ms(r['goal_ms'])} | — | — | "
                     f"not measured: needs {r['needs']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(json.loads(RESULTS_FILE.read_text())))
    sys.exit(0)
