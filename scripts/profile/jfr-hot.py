#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go, in percentages: self time by method, total (inclusive)
time by method, and samples by thread. JDK 17's `jfr` has no `view`, so this reads `jfr print --json`.

usage: scripts/profile/jfr-hot.py RECORDING.jfr [TOP (25)] [--filter SUBSTRING]"""
import collections, json, subprocess, sys

def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__); return 2
    path, top, flt = argv[0], 25, None
    rest = argv[1:]
    if "--filter" in rest:
        i = rest.index("--filter"); flt = rest[i + 1]; rest = rest[:i] + rest[i + 2:]
    if rest: top = int(rest[0])
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    selfc, total, threads = collections.Counter(), collections.Counter(), collections.Counter()
    n = 0
    for e in events:
        v = e["values"]
        frames = v["stackTrace"]["frames"] if v.get("stackTrace") else []
        names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
        if flt and not any(flt in x for x in names): continue
        n += 1
        threads[(v.get("sampledThread") or {}).get("javaName") or "?"] += 1
        if names: selfc[names[0]] += 1
        for name in set(names): total[name] += 1
    if n == 0:
        print("no samples"); return 1
    pct = lambda c: f"{100.0 * c / n:5.1f}%"
    print(f"{n} CPU samples" + (f" with a frame matching {flt}" if flt else ""))
    print("\nself time (top of stack):")
    for name, c in selfc.most_common(top): print(f"  {pct(c)}  {name}")
    print("\ntotal time (method on the stack):")
    for name, c in total.most_common(top * 2):
        if not name.startswith(("java.lang.Thread.run", "java.util.concurrent.ThreadPoolExecutor")): print(f"  {pct(c)}  {name}")
    print("\nby thread (numbered threads pooled):")
    pooled = collections.Counter()
    for t, c in threads.items(): pooled[t.rstrip("0123456789").rstrip("-#")] += c
    for t, c in pooled.most_common(15): print(f"  {pct(c)}  {t}")
    return 0

sys.exit(main(sys.argv[1:]))
