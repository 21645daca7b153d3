#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording as markdown: where the job's time goes.

Usage: jfr print --stack-depth 300 --events jdk.ExecutionSample,jdk.NativeMethodSample FILE.jfr |
       hot_methods.py

JDK 17's jfr tool has no "view hot-methods" (JDK 21 has), hence this. JFR samples threads running
Java code (jdk.ExecutionSample) and, apart, threads in native code (jdk.NativeMethodSample). The
job's own thread, main, is in native code only to work (gzip's Inflater, file reads): those samples
count as its CPU time. Other threads in native code are waiting (the HTTP client's selector on its
socket): those are left out. A thread parked on a lock is sampled by neither, so the samples show
the CPU time, provided both events have the same period.
"""
import collections
import re
import sys

# What a sample is doing: the first rule whose frame is anywhere on its stack. The outputs come before
# the generic rules, so that their own compression and Spring Batch's frames under them count for them.
WORK = [
    ("class loading", ("java.lang.ClassLoader.loadClass", "java.lang.ClassLoader.defineClass")),
    ("the workbook (POI)", ("io.actionsroi.report.excel", "org.apache.poi")),
    ("the PDF (OpenPDF, JFreeChart)", ("io.actionsroi.report.pdf", "com.lowagie", "org.jfree")),
    ("the email", ("io.actionsroi.delivery",)),
    ("the workbook's runs file, written and read (RunFactsFile)", ("io.actionsroi.report.runs",)),
    ("writing the JSON summary", ("io.actionsroi.report.json",)),
    ("the job repository (H2)", ("org.h2",)),
    ("gzip decompression of the pages", ("java.util.zip.Inflater", "java.util.zip.GZIPInputStream")),
    ("HTTP client (java.net.http)", ("jdk.internal.net.http.",)),
    ("JSON parsing into entities (EntityJson)", ("io.actionsroi.port.EntityJson",)),
    ("reading timestamps (Timestamps)", ("io.actionsroi.roi.Timestamps",)),
    ("reading a run's fields (EntityFields)", ("io.actionsroi.roi.EntityFields",)),
    ("classifying runs, the rest (RunClassifier)", ("io.actionsroi.roi.RunClassifier",)),
    ("de-duplicating run ids (RunIdSet)", ("io.actionsroi.roi.RunIdSet",)),
    ("folding runs into the figures (RoiTally)", ("io.actionsroi.roi.RoiTally",)),
    ("reading the reference data", ("io.actionsroi.job.ReferenceDataTasklet",)),
    ("Spring Batch: chunks, listeners, job repository", ("org.springframework.batch",)),
    ("Spring Boot start and stop", ("org.springframework",)),
]
FRAME = re.compile(r"^\s+(\S+?)\(")


def samples(lines):
    """Yields (thread, frames, in native code) per sample."""
    thread, frames, native = None, None, False
    for line in lines:
        if line.startswith(("jdk.ExecutionSample", "jdk.NativeMethodSample")):
            thread, frames, native = "?", [], line.startswith("jdk.Native")
        elif "sampledThread = " in line:
            thread = line.split('"')[1] if '"' in line else "?"
        elif frames is not None and (m := FRAME.match(line)):
            # lambda classes carry a per-run number: group them under their enclosing class
            frames.append(re.sub(r"\$\$Lambda\$[^.]*(\.[0-9]+)?", "$$Lambda", m.group(1)))
        elif line.startswith("}") and frames is not None:
            yield thread, frames, native
            thread, frames = None, None


def table(title, counter, total, limit):
    print("\n%s\n\n| | samples | %% |\n|---|---:|---:|" % title)
    for key, count in counter.most_common(limit):
        print("| %s | %d | %.1f |" % (key.replace("|", "/"), count, 100.0 * count / total))


def main():
    threads, own, work = collections.Counter(), collections.Counter(), collections.Counter()
    total = waiting = 0
    for thread, frames, native in samples(sys.stdin):
        if native and thread != "main":
            waiting += 1
            continue
        total += 1
        threads[re.sub(r"-\d+$", "-N", thread)] += 1
        own[frames[0] if frames else "?"] += 1
        work[next((name for name, prefixes in WORK
                   if any(f.startswith(prefixes) for f in frames)), "other")] += 1
    if not total:
        print("No execution samples.")
        return
    print("%d CPU samples: threads running Java code, and main in native code; %d samples of other"
          " threads waiting in native code left out." % (total, waiting))
    table("By work, from the frames on the stack:", work, total, len(WORK) + 1)
    table("By thread:", threads, total, 8)
    table("By own time (the method on top of the stack):", own, total, 20)


if __name__ == "__main__":
    main()
