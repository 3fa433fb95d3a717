#!/usr/bin/env python3
"""prlint's benchmark harness (`make bench`): prints a table of figures and the commands behind them.

usage: bench.py --binary PATH [--baseline PATH] [--out DIR] [--runs N]

Generates the corpus once with ../shared/bench/make-corpus, builds the libcmark parse+walk floor
(bench/floor.c), then measures, in one run: single-body whole-process latency against the cmark CLI,
audit throughput against the floor (`--summary-only` on one core and on all of them, `--format json` on
one core), and peak RSS (one large body; audits of 10,000 and 100,000 records). With --baseline (an
earlier build), the single-body and audit figures are measured for it too, interleaved in the same run,
so a change can be judged against what came before under the same load.
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command):
    """Runs a command, output discarded; returns (seconds, its own peak RSS in KiB, CPU seconds)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def median_run(command, repeat):
    results = [run(command) for _ in range(repeat)]  # (seconds, RSS, CPU)
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def ensure_corpus(out):
    corpus = os.path.join(out, "corpus")
    if not os.path.exists(os.path.join(corpus, "prs.jsonl")):
        generator = os.path.join(os.path.dirname(ROOT), "shared", "bench", "make-corpus")
        if not os.path.exists(generator):
            sys.exit("bench: %s is missing: it generates the corpus" % generator)
        print("generating the corpus in %s ..." % corpus, file=sys.stderr)
        subprocess.run([sys.executable, generator, corpus], check=True, stdout=subprocess.DEVNULL)
    repeated = os.path.join(corpus, "prs-x10.jsonl")
    if not os.path.exists(repeated):
        with open(os.path.join(corpus, "prs.jsonl"), "rb") as source:
            data = source.read()
        with open(repeated + ".tmp", "wb") as target:
            for _ in range(10):
                target.write(data)
        os.replace(repeated + ".tmp", repeated)
    return corpus


def build_floor(out):
    floor = os.path.join(out, "floor")
    source = os.path.join(ROOT, "bench", "floor.c")
    if os.path.exists(floor) and os.path.getmtime(floor) >= os.path.getmtime(source):
        return floor
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libcmark"], capture_output=True, text=True,
                           check=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", floor, source] + flags, check=True)
    return floor


def machine():
    model = platform.processor() or "unknown CPU"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "%s, %d cores, %s" % (model, os.cpu_count() or 1, platform.platform())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench-out"))
    parser.add_argument("--runs", type=int, default=200, help="single-body runs per command")
    parser.add_argument("--baseline", help="an earlier prlint binary, measured side by side")
    args = parser.parse_args()
    prlint = os.path.abspath(args.binary)
    baseline = os.path.abspath(args.baseline) if args.baseline else None
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    load_before = os.getloadavg()[0]
    corpus = ensure_corpus(out)
    floor = build_floor(out)
    bodies_dir = os.path.join(corpus, "bodies")
    bodies = sorted(os.listdir(bodies_dir))
    sizes = {name: os.path.getsize(os.path.join(bodies_dir, name)) for name in bodies}
    median_size = statistics.median_low(sizes.values())
    typical = os.path.join(bodies_dir, min(bodies, key=lambda name: (abs(sizes[name] - median_size), name)))
    largest = os.path.join(bodies_dir, max(bodies, key=lambda name: (sizes[name], name)))
    total_bytes = sum(sizes.values())
    jsonl = os.path.join(corpus, "prs.jsonl")
    jsonl10 = os.path.join(corpus, "prs-x10.jsonl")
    cores = os.cpu_count() or 1
    rows = []  # (figure, value, target, command)

    # Single body, whole process: prlint (as `prlint BODY` and `prlint check BODY`) and cmark,
    # interleaved so that all of them see the same machine load.
    cmark = shutil.which("cmark")
    commands = {"prlint": [prlint, typical], "prlint check": [prlint, "check", typical]}
    if baseline:
        commands["baseline"] = [baseline, typical]
    if cmark:
        commands["cmark"] = [cmark, typical]
    times = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            elapsed, _, seconds = run(command)
            times[name].append(elapsed)
            cpu[name].append(seconds)
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    cpu_medians = {name: statistics.median(values) * 1000 for name, values in cpu.items()}
    body_note = "%s (%d bytes)" % (os.path.relpath(typical, out), sizes[os.path.basename(typical)])
    labels = {"prlint": "single body, whole process (median of %d)" % args.runs,
              "prlint check": "  the same, with the check subcommand", "cmark": "  cmark CLI, same body, same run",
              "baseline": "  baseline prlint, same body, same run"}
    for name in ("prlint", "prlint check", "baseline", "cmark"):
        if name in medians:
            rows.append((labels[name], "%.2f ms (CPU %.2f ms)" % (medians[name], cpu_medians[name]), "",
                         "%s %s" % (baseline if name == "baseline" else name, body_note)))
    if baseline:
        rows.append(("  prlint / baseline", "%.2f× (CPU %.2f×)" % (
            medians["prlint"] / medians["baseline"], cpu_medians["prlint"] / cpu_medians["baseline"]), "≤ 1.00×", ""))
    if cmark:
        for name in ("prlint", "prlint check"):
            rows.append(("  %s / cmark" % name, "%.2f× (CPU %.2f×)" % (
                medians[name] / medians["cmark"], cpu_medians[name] / cpu_medians["cmark"]), "≤ 1.5×", ""))
    else:
        rows.append(("  cmark CLI", "not installed", "", "apt-get install -y cmark"))

    # Throughput: the floor, then the audits (median of 5 runs each).
    floor_time, floor_rss = median_run([floor, bodies_dir], 5)
    floor_rate = len(bodies) / floor_time
    rows.append(("floor: libcmark parse + walk, 1 core", "%.0f bodies/s, %.1f MB/s" % (
        floor_rate, total_bytes / floor_time / 1e6), "", "bench-out/floor corpus/bodies"))
    # Audit: `--summary-only` (prlint's own work: decode, lint, count) on one core and on all of them,
    # and `--format json` (every finding written) on one core, each against the floor.
    rates = {}
    audits = [("audit --summary-only, 1 core", ["--summary-only"], 1, "≥ 50% of floor"),
              ("audit --format json, 1 core", ["--format", "json"], 1, "≥ 40% of floor")]
    if cores > 1:
        audits.append(("audit --summary-only, %d cores" % cores, ["--summary-only"], cores, ""))
    for label, flags, jobs, target in audits:
        audit = [prlint, "audit", "--jobs", str(jobs)] + flags + [jsonl]
        if baseline:
            # Alternated, so that both see the same load.
            pairs = [(run(audit), run([baseline] + audit[1:])) for _ in range(5)]
            elapsed = statistics.median(p[0][0] for p in pairs)
            baseline_elapsed = statistics.median(p[1][0] for p in pairs)
        else:
            elapsed, _ = median_run(audit, 5)
        rates[label] = len(bodies) / elapsed
        rows.append((label, "%.0f bodies/s, %.1f MB/s" % (rates[label], total_bytes / elapsed / 1e6), "",
                     "prlint audit --jobs %d %scorpus/prs.jsonl" % (jobs, "".join(f + " " for f in flags))))
        rows.append(("  audit / floor", "%.0f%%" % (100 * rates[label] / floor_rate), target, ""))
        if baseline:
            rows.append(("  baseline, same run", "%.0f bodies/s" % (len(bodies) / baseline_elapsed), "",
                         "%s audit --jobs %d %scorpus/prs.jsonl" % (baseline, jobs, "".join(f + " " for f in flags))))
            rows.append(("  prlint / baseline", "%.2f×" % (baseline_elapsed / elapsed), "≥ 1.00×", ""))
    if cores > 1:
        rows.append(("  %d cores / 1 core (--summary-only)" % cores, "%.2f×" % (
            rates[audits[2][0]] / rates[audits[0][0]]), "≥ 1.8× (2 cores)" if cores == 2 else "", ""))
        # The yardstick: what the machine gives independent work. As many single-core audits as there are
        # cores, started together; their combined rate over one alone's (a shared or virtual machine
        # gives less than N×).
        single = [prlint, "audit", "--jobs", "1", "--summary-only", jsonl]
        together = []
        for _ in range(3):
            started = time.perf_counter()
            processes = [subprocess.Popen(single, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL) for _ in range(cores)]
            for process in processes:
                process.wait()
            together.append(time.perf_counter() - started)
        independent = cores * len(bodies) / statistics.median(together) / rates[audits[0][0]]
        rows.append(("  yardstick: %d single-core audits at once / 1" % cores, "%.2f×" % independent, "",
                     "%d × prlint audit --jobs 1 --summary-only, started together" % cores))

    # Memory.
    _, big_rss, _ = run([prlint, "check", largest])
    rows.append(("peak RSS, one %.1f MB body" % (sizes[os.path.basename(largest)] / 1e6), "%.1f MB" % (
        big_rss / 1024), "", "prlint check " + os.path.relpath(largest, out)))
    # The same command on 10,000 and on 100,000 records (all cores): memory must not grow with the input.
    # The peak of three runs each: how far the bounded pipeline fills varies with thread timing.
    rss10 = max(run([prlint, "audit", "--format", "json", jsonl])[1] for _ in range(3))
    rss100 = max(run([prlint, "audit", "--format", "json", jsonl10])[1] for _ in range(3))
    rows.append(("peak RSS, audit of 10,000 PRs", "%.1f MB" % (rss10 / 1024), "",
                 "prlint audit --format json corpus/prs.jsonl"))
    rows.append(("peak RSS, audit of 100,000 PRs", "%.1f MB" % (rss100 / 1024), "",
                 "prlint audit --format json corpus/prs-x10.jsonl"))
    rows.append(("  100,000 / 10,000", "%+.1f%%" % (100 * (rss100 - rss10) / rss10), "within ±10%", ""))

    print("prlint benchmark: %s" % machine())
    # Other work on the machine shows in the figures, the multi-core ones most.
    print("load average before / after: %.2f / %.2f" % (load_before, os.getloadavg()[0]))
    if baseline:
        print("baseline: %s" % baseline)
    print("binary: %s; corpus: %d bodies, %.1f MB (make-corpus, seed 42) in %s" % (
        os.path.relpath(prlint, ROOT), len(bodies), total_bytes / 1e6, os.path.relpath(corpus, ROOT)))
    print()
    headers = ("figure", "value", "target", "command")
    widths = [max(len(headers[i]), *(len(row[i]) for row in rows)) for i in range(4)]
    line = lambda cells: ("| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |").rstrip()
    print(line(headers))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))


if __name__ == "__main__":
    main()
