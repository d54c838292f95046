"""The benchmark's table and its verdicts against the targets (issue 14, "Council scale")."""

from dataclasses import dataclass

LESSON_RATIO = 0.5
SINGLE_MS = 100.0
ALL_TEAMS_MS = 300.0
P95_MS = 250.0


@dataclass
class Row:
    name: str
    persona: str
    path: str
    target: str
    requests_per_second: float
    ratio: float
    latency_ms: dict[str, float]
    single_ms: float
    queries_small: int | None
    queries_large: int
    errors: int
    size_bytes: int

    def misses(self) -> list[str]:
        """The targets this page misses, in words."""
        missed = []
        if self.target == "ratio" and self.ratio < LESSON_RATIO:
            missed.append(f"throughput under {LESSON_RATIO}× the anchor")
        if self.target == "single" and self.single_ms > SINGLE_MS:
            missed.append(f"single request over {SINGLE_MS:.0f} ms")
        if self.target == "all" and self.single_ms > ALL_TEAMS_MS:
            missed.append(f"single request over {ALL_TEAMS_MS:.0f} ms")
        if self.latency_ms["p95"] > P95_MS:
            missed.append(f"p95 over {P95_MS:.0f} ms")
        if self.queries_small is not None and self.queries_small != self.queries_large:
            missed.append("queries grow with people")
        if self.errors:
            missed.append(f"{self.errors} errors")
        return missed


HEADINGS = (
    ("page", 31, "<"),
    ("req/s", 7, ">"),
    ("×anchor", 7, ">"),
    ("p50 ms", 7, ">"),
    ("p95 ms", 7, ">"),
    ("p99 ms", 7, ">"),
    ("1 req ms", 8, ">"),
    ("SQL@small", 9, ">"),
    ("SQL@large", 9, ">"),
    ("KB", 6, ">"),
)


def _cells(row: Row) -> list[str]:
    latency = row.latency_ms
    return [
        row.name,
        f"{row.requests_per_second:.1f}",
        f"{row.ratio:.2f}",
        f"{latency['p50']:.0f}",
        f"{latency['p95']:.0f}",
        f"{latency['p99']:.0f}",
        f"{row.single_ms:.0f}",
        "-" if row.queries_small is None else str(row.queries_small),
        str(row.queries_large),
        f"{row.size_bytes / 1024:.0f}",
    ]


def table(rows: list[Row]) -> str:
    """A fixed-width table, then what misses its target (or that everything met it)."""
    line = "  ".join(f"{title:{align}{width}}" for title, width, align in HEADINGS)
    lines = [line, "-" * len(line)]
    for row in rows:
        cells = _cells(row)
        lines.append(
            "  ".join(
                f"{cell:{align}{width}}"
                for cell, (_, width, align) in zip(cells, HEADINGS, strict=True)
            )
        )
    missed = [f"- {row.name}: {', '.join(row.misses())}" for row in rows if row.misses()]
    lines.append("")
    lines += ["Targets missed:", *missed] if missed else ["Every target met."]
    return "\n".join(lines)
