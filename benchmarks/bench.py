"""Time `mindie-ep lint` against `check-jsonschema` on the same files, as whole processes.

    python benchmarks/bench.py [--runs 9] [--files 1000] [--python PATH]

It measures (a) one full config and (b) 1,000 configs in one call of each tool, alternating the
two tools run by run, plus `python -c pass` with the same interpreter as the floor, and prints
medians, ratios and peak memory (the largest resident set of any run). check-jsonschema gets the
schema `mindie-ep schema` prints, so both check the same schema; mindie-ep also runs every rule
(the JSON summary of each run is checked to make sure nothing was skipped).

Needs `mindie-ep` and `check-jsonschema` installed for the interpreter given with `--python`
(default: this one): `pip install . check-jsonschema`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STOCK_CANDIDATES = (ROOT.parent / "shared" / "corpus" / "real" / "02-mindie-llm-default-config-v3.0.0.json",
                    ROOT / "templates" / "config-3.0.json")


GNU_TIME = shutil.which("time") if Path("/usr/bin/time").exists() else None


def run(command: list[str]) -> tuple[float, int | None, bytes]:
    """Wall time (s), peak resident memory (KiB) and stdout of one whole process.

    The memory comes from GNU time: a process started straight from this script would report
    this script's own memory high-water mark (Linux hands it on through fork and exec)."""
    with tempfile.NamedTemporaryFile() as memory_file:
        prefix = [GNU_TIME, "-f", "%M", "-o", memory_file.name] if GNU_TIME else []
        started = time.perf_counter()
        completed = subprocess.run(prefix + command, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        text = Path(memory_file.name).read_text().strip().splitlines()
    memory = int(text[-1]) if GNU_TIME and text and text[-1].isdigit() else None
    return elapsed, memory, completed.stdout


def tool(python: str, name: str) -> list[str]:
    script = Path(python).parent / name
    if not script.exists():
        sys.exit(f"{name} is not installed next to {python}; run: {python} -m pip install . "
                 "check-jsonschema")
    return [str(script)]


def prepare(folder: Path, count: int) -> tuple[Path, list[Path]]:
    stock = next(p for p in STOCK_CANDIDATES if p.exists())
    single = folder / "config.json"
    single.write_text(stock.read_text())
    many = []
    base = json.loads(stock.read_text())
    for index in range(count):
        path = folder / "many" / f"config-{index:04d}.json"
        path.parent.mkdir(exist_ok=True)
        base["ServerConfig"]["port"] = 2000 + index % 1000  # a different file each time
        path.write_text(json.dumps(base, indent=4))
        many.append(path)
    return single, many


def measure(commands: dict[str, list[str]], runs: int, check) -> dict[str, dict]:
    results = {name: {"times": [], "memory": 0} for name in commands}
    for _ in range(runs):
        for name, command in commands.items():  # alternate the tools within each round
            elapsed, memory, output = run(command)
            check(name, output)
            results[name]["times"].append(elapsed)
            if memory is not None:
                results[name]["memory"] = max(results[name]["memory"], memory)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    mindie_ep = tool(args.python, "mindie-ep")
    checker = tool(args.python, "check-jsonschema")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        schema = folder / "schema.json"
        schema.write_bytes(subprocess.run(mindie_ep + ["schema"], check=True,
                                          capture_output=True).stdout)
        single, many = prepare(folder, args.files)

        def check(name: str, output: bytes) -> None:
            if name.startswith("mindie-ep"):
                summary = json.loads(output)["summary"]
                expected = args.files if "many" in name else 1
                assert summary["files"] == expected and summary["errors"] == 0, summary

        one = measure({
            "python -c pass": [args.python, "-c", "pass"],
            "mindie-ep lint (1 file)": mindie_ep + ["lint", "--format", "json", str(single)],
            "check-jsonschema (1 file)": checker + ["--schemafile", str(schema), str(single)],
        }, args.runs, check)
        bulk = measure({
            "mindie-ep lint (many files)": mindie_ep + ["lint", "--format", "json"]
            + [str(p) for p in many],
            "check-jsonschema (many files)": checker + ["--schemafile", str(schema)]
            + [str(p) for p in many],
        }, max(3, args.runs // 3), check)
    report(one, bulk, args)


def report(one: dict, bulk: dict, args) -> None:
    median = {name: statistics.median(r["times"]) for name, r in {**one, **bulk}.items()}
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
          f"{platform.release()}; Python {platform.python_version()}; {time.strftime('%Y-%m-%d')}")
    print(f"runs: {args.runs} (1 file), {max(3, args.runs // 3)} ({args.files} files)\n")
    print(f"{'command':34} {'median':>10} {'peak RSS':>10}")
    for name, result in {**one, **bulk}.items():
        print(f"{name:34} {median[name] * 1000:8.1f} ms {result['memory'] / 1024:7.1f} MiB")
    lint, check = median["mindie-ep lint (1 file)"], median["check-jsonschema (1 file)"]
    floor = median["python -c pass"]
    many_lint = median["mindie-ep lint (many files)"]
    many_check = median["check-jsonschema (many files)"]
    print()
    print(f"1 file:      lint / check-jsonschema = {lint / check:.2f} (target <= 0.4)")
    print(f"1 file:      lint / python -c pass   = {lint / floor:.1f} (target <= 10)")
    print(f"{args.files} files: lint / check-jsonschema = {many_lint / many_check:.2f} "
          "(target <= 0.5)")
    if not GNU_TIME:
        print("peak memory: not measured (install GNU time, Debian package `time`)")
        return
    print(f"peak memory, 1 file: {one['mindie-ep lint (1 file)']['memory'] / 1024:.1f} MiB "
          "(target <= 40)")


if __name__ == "__main__":
    main()
