"""Checks that what notebook 01 prints for the Stand-Alone sample equals what `ccsim run` wrote.

Usage: /usr/bin/python3 tests/check_numbers.py EXECUTED_NOTEBOOK SUMMARY_CSV
The notebook prints lines `measure = value` for three replications of scenarios/standalone-sample.yaml;
SUMMARY_CSV is the summary.csv of `./ccsim run scenarios/standalone-sample.yaml --replications 3`.
"""
import csv
import json
import re
import sys


def printed(notebook):
    lines = {}
    for cell in json.load(open(notebook))["cells"]:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                for line in "".join(out["text"]).splitlines():
                    m = re.fullmatch(r"(.+?) = (-?[0-9.eE+-]+)", line.strip())
                    if m:
                        lines[m.group(1)] = float(m.group(2))
    return lines


def main():
    notebook, summary = sys.argv[1], sys.argv[2]
    shown = printed(notebook)
    written = {row["measure"]: float(row["mean"]) for row in csv.DictReader(open(summary))}
    if not shown:
        print("check_numbers: %s printed no `measure = value` line" % notebook)
        return 1
    bad = 0
    for measure, value in shown.items():
        if measure not in written:
            print("check_numbers: %s is not in %s" % (measure, summary))
            bad += 1
        elif written[measure] != value:
            print("check_numbers: %s: notebook %r, ccsim run %r" % (measure, value, written[measure]))
            bad += 1
        else:
            print("check_numbers: %s = %r in both" % (measure, value))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
