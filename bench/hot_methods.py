#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording as markdown: where the job's time goes.

Usage: jfr print --stack-depth 300 --events jdk.ExecutionSample FILE.jfr | hot_methods.py

JDK 17's jfr tool has no "view hot-methods" (JDK 21 has), hence this. JFR samples threads that run
Java code: a thread parked on I/O or a lock is not sampled, so the samples show the CPU time.
"""
import collections
import re
import sys

# What a sample is doing: the first rule whose frame is anywhere on its stack.
WORK = [
    ("class loading", ("java.lang.ClassLoader.loadClass", "java.lang.ClassLoader.defineClass")),
    ("gzip decompression of the pages", ("java.util.zip.Inflater", "java.util.zip.GZIPInputStream")),
    ("HTTP client (java.net.http)", ("jdk.internal.net.http.",)),
    ("JSON parsing into entities (EntityJson)", ("io.actionsroi.port.EntityJson",)),
    ("date-time parsing (OffsetDateTime.parse)", ("java.time.OffsetDateTime.parse",)),
    ("reading a run's fields (EntityFields)", ("io.actionsroi.roi.EntityFields",)),
    ("classifying runs, the rest (RunClassifier)", ("io.actionsroi.roi.RunClassifier",)),
    ("de-duplicating run ids (RunIdSet)", ("io.actionsroi.roi.RunIdSet",)),
    ("folding runs into the figures (RoiTally)", ("io.actionsroi.roi.RoiTally",)),
    ("job-scoped proxy of FiguresInProgress, per run", ("io.actionsroi.job.FiguresInProgress$$SpringCGLIB",)),
    ("reading the reference data", ("io.actionsroi.job.ReferenceDataTasklet",)),
    ("writing the JSON summary", ("io.actionsroi.report.json",)),
    ("the email", ("io.actionsroi.delivery",)),
    ("Spring Batch: chunks, listeners, job repository", ("org.springframework.batch",)),
    ("Spring Boot start and stop", ("org.springframework",)),
]
FRAME = re.compile(r"^\s+(\S+?)\(")


def samples(lines):
    thread, frames = None, None
    for line in lines:
        if line.startswith("jdk.ExecutionSample"):
            thread, frames = "?", []
        elif "sampledThread = " in line:
            thread = line.split('"')[1] if '"' in line else "?"
        elif frames is not None and (m := FRAME.match(line)):
            # lambda classes carry a per-run number: group them under their enclosing class
            frames.append(re.sub(r"\$\$Lambda\$[^.]*(\.[0-9]+)?", "$$Lambda", m.group(1)))
        elif line.startswith("}") and frames is not None:
            yield thread, frames
            thread, frames = None, None


def table(title, counter, total, limit):
    print("\n%s\n\n| | samples | %% |\n|---|---:|---:|" % title)
    for key, count in counter.most_common(limit):
        print("| %s | %d | %.1f |" % (key.replace("|", "/"), count, 100.0 * count / total))


def main():
    threads, own, work = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for thread, frames in samples(sys.stdin):
        total += 1
        threads[re.sub(r"-\d+$", "-N", thread)] += 1
        own[frames[0] if frames else "?"] += 1
        work[next((name for name, prefixes in WORK
                   if any(f.startswith(prefixes) for f in frames)), "other")] += 1
    if not total:
        print("No execution samples.")
        return
    print("%d CPU samples (JFR samples only threads running Java code)." % total)
    table("By work, from the frames on the stack:", work, total, len(WORK) + 1)
    table("By thread:", threads, total, 8)
    table("By own time (the method on top of the stack):", own, total, 20)


if __name__ == "__main__":
    main()
