"""Print bench-results.json as the Markdown table used in docs/performance.md:
``python -m tests.perf.markdown``."""

from __future__ import annotations

import json
import sys

from tests.perf.run_bench import RESULTS_FILE


def _ms(value: object) -> str:
    return "—" if value is None else f"{float(str(value)):,.1f}"


def table(data: dict[str, object]) -> str:
    lines = [f"Machine: {data['machine']}", "",
             "| figure | median | p95 | goal | raw sqlite3 (median) | ratio | pass |",
             "|---|---:|---:|---:|---:|---:|:-:|"]
    results = data["results"]
    assert isinstance(results, list)
    for r in results:
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}"
        lines.append(f"| {r['name']} | {_ms(r['median_ms'])} | {_ms(r['p95_ms'])} | "
                     f"{_ms(r['goal_ms'])} | {_ms(r['raw_median_ms'])} | {ratio} | "
                     f"{'yes' if r['pass'] else '**no**'} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(json.loads(RESULTS_FILE.read_text())))
    sys.exit(0)
