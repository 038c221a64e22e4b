#!/usr/bin/env python3
"""Turns the Google Benchmark JSON files of Parley's benchmark programs into one
table (rows: figures, columns: meetings N) and, with --json, the array the
scale issue names: {"n", "figure", "median_ms", "max_ms"} for timed figures,
{"n", "figure": "peak_rss", "mb"} and {"n", "figure": "db_bytes_per_meeting",
"bytes"}. Used by scripts/bench."""

import argparse
import json
import sys

# The issue's figures first, in its order; any other figure follows by name.
ISSUE_ORDER = [
    "cold_open", "first_open", "start_to_frame", "filter_country", "filter_topic", "filter_text", "filter_clear",
    "frame_zoom_all", "frame_zoom_year", "frame_zoom_week",
    "frame_pan_all", "frame_pan_year", "frame_pan_week",
    "official_panel", "import", "export", "import_hsg", "peak_rss", "peak_rss_window",
    "db_bytes_per_meeting",
]
# Each program reports its own peak (peak_rss_<program>); "peak_rss" is the
# program that holds the dataset open the way Parley does, the first present.
PEAK_RSS_FROM = ["peak_rss_gui", "peak_rss_db"]
MEASURE_UNITS = ["mb", "bytes"]
# bench_start only starts the window: its own peak says nothing of Parley
# (the window's is peak_rss_window).
IGNORED = {"peak_rss_start"}


def read_figures(files):
    """{(figure, n): {"median_ms", "max_ms"} or {unit: value} or {"error"}}"""
    figures = {}
    for name in files:
        with open(name, encoding="utf-8") as f:
            document = json.load(f)
        for run in document.get("benchmarks", []):
            parts = run["run_name"].split("/")
            figure, n = parts[0], int(parts[1])
            if figure in IGNORED:
                continue
            entry = figures.setdefault((figure, n), {})
            if run.get("error_occurred"):
                entry["error"] = run.get("error_message", "failed")
                continue
            scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[run.get("time_unit", "ns")]
            milliseconds = run["real_time"] * scale
            aggregate = run.get("aggregate_name")
            if aggregate == "median":
                entry["median_ms"] = milliseconds
            elif aggregate == "max":
                entry["max_ms"] = milliseconds
            elif aggregate is None:
                units = [unit for unit in MEASURE_UNITS if unit in run]
                if units:
                    entry[units[0]] = run[units[0]]
                else:  # a single repetition: no aggregates
                    entry.setdefault("median_ms", milliseconds)
                    entry.setdefault("max_ms", milliseconds)
    for source in PEAK_RSS_FROM:
        for (figure, n), entry in list(figures.items()):
            if figure == source and ("peak_rss", n) not in figures:
                figures[("peak_rss", n)] = dict(entry)
    return figures


def row_order(figures):
    names = {figure for figure, _ in figures}
    first = [name for name in ISSUE_ORDER if name in names]
    return first + sorted(names - set(first))


def cell(entry):
    if entry is None:
        return ""
    if "error" in entry:
        return "error"
    for unit in MEASURE_UNITS:
        if unit in entry:
            return f"{entry[unit]:.0f} B" if unit == "bytes" else f"{entry[unit]:.0f} MB"
    median, worst = entry.get("median_ms"), entry.get("max_ms")

    def ms(value):
        return f"{value:.0f}" if value >= 100 else f"{value:.3g}"

    return f"{ms(median)} ({ms(worst)}) ms"


def print_table(figures, out):
    sizes = sorted({n for _, n in figures})
    header = ["figure"] + [f"{n:,}" for n in sizes]
    rows = [[figure] + [cell(figures.get((figure, n))) for n in sizes]
            for figure in row_order(figures)]
    widths = [max(len(row[i]) for row in [header] + rows) for i in range(len(header))]
    line = lambda row: "| " + " | ".join(text.ljust(widths[i]) for i, text in enumerate(row)) + " |"
    print(line(header), file=out)
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|", file=out)
    for row in rows:
        print(line(row), file=out)


def json_array(figures):
    array = []
    for figure in row_order(figures):
        for n in sorted({n for f, n in figures if f == figure}):
            entry = figures[(figure, n)]
            item = {"n": n, "figure": figure}
            if "error" in entry:
                item["error"] = entry["error"]
            elif any(unit in entry for unit in MEASURE_UNITS):
                unit = next(unit for unit in MEASURE_UNITS if unit in entry)
                item[unit] = round(entry[unit], 1)
            else:
                item["median_ms"] = round(entry["median_ms"], 3)
                item["max_ms"] = round(entry["max_ms"], 3)
            array.append(item)
    return array


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", help="Google Benchmark JSON output files")
    parser.add_argument("--json", help="also write the figures as a JSON array to this file")
    arguments = parser.parse_args()
    figures = read_figures(arguments.files)
    print_table(figures, sys.stdout)
    if arguments.json:
        with open(arguments.json, "w", encoding="utf-8") as f:
            json.dump(json_array(figures), f, indent=1)
            f.write("\n")
    return 1 if any("error" in entry for entry in figures.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
