#!/usr/bin/env python3
"""Baseline: how fast do the usual Python tools count a gazetteer's aliases in news text?

whomet matches every alias of its gazetteers with one Rust Aho-Corasick automaton. This script
measures what a user would otherwise reach for in Python -- pyahocorasick, flashtext and spaCy's
PhraseMatcher -- on the same literal set and the same text, so the Rust figures have a baseline.

What is measured, per tool:
  * build: the time to turn the list of alias strings into the tool's matcher (once; for spaCy
    this includes tokenizing every alias into a pattern Doc, which dominates for big lists);
  * match: the time to count whole-word matches over the text sample, the median of --runs runs,
    reported as MB/s (1 MB = 1,000,000 bytes of UTF-8 text).

All tools count the same thing: leftmost-longest, non-overlapping, whole-word matches (the way
whomet and flashtext work). pyahocorasick and PhraseMatcher report every overlapping occurrence,
so their matches are filtered to word boundaries and swept into leftmost-longest order here, and
that Python-side work is part of their match time, as it would be for a user. Match counts may
still differ a little where the tools disagree on what a word boundary is (flashtext: [A-Za-z0-9_];
pyahocorasick here: str.isalnum(); spaCy: its tokenizer's token edges).

Both the aliases and the text are expected lower-cased beforehand, and every tool matches case
sensitively. Case-insensitive modes differ between tools (and pyahocorasick has none), so
lower-casing both sides is the one setting all three support alike; it is also cheap to do once.

Only the first --sample-mb megabytes of the text are used (default 4, cut at a line end): the
slow tools would take far too long on a 100 MB corpus. If one match run would still take more than
about a minute, that tool is measured on a halved prefix (until a run takes under 20 s) and the
report says so.
"""

import argparse
import statistics
import sys
import time

MB = 1_000_000
SPACY_CHUNK = 100_000          # characters per spaCy Doc; well under nlp.max_length
PROBE_BYTES = 256 * 1024       # prefix used to estimate a tool's speed before the timed runs
MAX_RUN_S, TARGET_RUN_S = 60.0, 20.0


def read_aliases(path):
    """The non-empty lines of the alias file, duplicates dropped, order kept."""
    with open(path, encoding="utf-8", errors="ignore") as f:
        return list(dict.fromkeys(line.strip() for line in f if line.strip()))


def read_sample(path, megabytes):
    """The first `megabytes` MB of the text, cut at the last line end, decoded leniently."""
    limit = int(megabytes * MB)
    with open(path, "rb") as f:
        data = f.read(limit)
        if f.read(1) and b"\n" in data:      # more text follows: drop the partial last line
            data = data[: data.rindex(b"\n") + 1]
    return data.decode("utf-8", errors="ignore")


def prefix(text, n_bytes):
    """About the first n_bytes of `text`, cut at a line end where there is one."""
    if len(text.encode("utf-8")) <= n_bytes:
        return text
    head = text.encode("utf-8")[:n_bytes].decode("utf-8", errors="ignore")
    cut = head.rfind("\n")
    return head[: cut + 1] if cut > 0 else head


def leftmost_longest(spans):
    """How many of the (start, end) spans survive a leftmost-longest, non-overlapping sweep."""
    count, last_end = 0, -1
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start >= last_end:
            count, last_end = count + 1, end
    return count


# --- the tools: each build_* returns a function text -> number of matches -----------------------

def build_pyahocorasick(aliases):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for alias in aliases:
        automaton.add_word(alias, len(alias))
    automaton.make_automaton()

    def count(text):
        n = len(text)
        spans = []
        # iter() yields (index of the last character, value) for every occurrence, nested ones too.
        for last, length in automaton.iter(text):
            start, end = last - length + 1, last + 1
            if (start == 0 or not text[start - 1].isalnum()) and (
                end == n or not text[end].isalnum()
            ):
                spans.append((start, end))
        return leftmost_longest(spans)

    return count


def build_flashtext(aliases):
    from flashtext import KeywordProcessor

    processor = KeywordProcessor(case_sensitive=True)
    processor.add_keywords_from_list(aliases)
    # flashtext already returns leftmost-longest, non-overlapping, whole-word matches.
    return lambda text: len(processor.extract_keywords(text))


def split_for_spacy(text, limit=SPACY_CHUNK):
    """Pieces of at most `limit` characters: paragraphs packed together, long ones cut at spaces."""
    pieces, current = [], ""
    for para in text.split("\n\n"):
        while len(para) > limit:             # a huge paragraph: cut at the last whitespace
            cut = max(para.rfind(" ", 0, limit), para.rfind("\n", 0, limit))
            cut = cut if cut > 0 else limit
            pieces.append(para[:cut])
            para = para[cut:]
        if current and len(current) + 2 + len(para) > limit:
            pieces.append(current)
            current = para
        else:
            current = current + "\n\n" + para if current else para
    if current:
        pieces.append(current)
    return pieces


def build_spacy(aliases):
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab)
    # Patterns are tokenized with the same tokenizer as the text, in batches.
    patterns = list(nlp.tokenizer.pipe(aliases, batch_size=10_000))
    matcher.add("ALIAS", patterns)

    def count(text):
        total = 0
        for doc in nlp.tokenizer.pipe(split_for_spacy(text), batch_size=16):
            # Token spans are whole words by construction; only overlaps need resolving.
            total += leftmost_longest((s, e) for _, s, e in matcher(doc))
        return total

    return count


TOOLS = {"pyahocorasick": build_pyahocorasick, "flashtext": build_flashtext, "spacy": build_spacy}


# --- measuring ---------------------------------------------------------------------------------

def timed(fn, *args):
    t0 = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t0, result


def bench(name, aliases, sample, runs):
    """Build and time one tool; the RESULT line for it, or None if it cannot be imported."""
    try:
        build_s, count = timed(TOOLS[name], aliases)
    except ImportError as err:
        print(f"{name:<14} missing ({err}); try: pip install pyahocorasick flashtext spacy")
        return f"RESULT tool={name} missing"

    # Probe on a small prefix (also a warm-up) to see whether a full run fits the time budget.
    text, note = sample, ""
    probe = prefix(sample, PROBE_BYTES)
    probe_s, _ = timed(count, probe)
    rate = len(probe.encode("utf-8")) / max(probe_s, 1e-9)      # bytes per second
    size = len(sample.encode("utf-8"))
    if size / rate > MAX_RUN_S:
        while size > PROBE_BYTES and size / rate > TARGET_RUN_S:
            size //= 2
        text = prefix(sample, size)
        note = f"  (slow: measured on the first {len(text.encode('utf-8')) / MB:.2f} MB)"

    times, matches = [], 0
    for _ in range(runs):
        run_s, matches = timed(count, text)
        times.append(run_s)
    mb_per_s = len(text.encode("utf-8")) / MB / statistics.median(times)
    print(f"{name:<14} build {build_s:.2f} s  match {mb_per_s:.1f} MB/s  matches {matches}{note}",
          flush=True)
    return f"RESULT tool={name} build_s={build_s:.3f} mb_per_s={mb_per_s:.2f} matches={matches}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aliases", required=True, help="one lower-cased alias per line, UTF-8")
    ap.add_argument("--text", required=True, help="lower-cased UTF-8 text")
    ap.add_argument("--sample-mb", type=float, default=4, help="MB of text to use (default 4)")
    ap.add_argument("--runs", type=int, default=3, help="match runs per tool; median (default 3)")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated: " + ",".join(TOOLS))
    args = ap.parse_args()

    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        ap.error(f"unknown tool(s): {', '.join(unknown)}")

    aliases = read_aliases(args.aliases)
    sample = read_sample(args.text, args.sample_mb)
    print(f"{len(aliases)} aliases; sample {len(sample.encode('utf-8')) / MB:.2f} MB; "
          f"{max(args.runs, 1)} runs, median", flush=True)

    results = [bench(name, aliases, sample, max(args.runs, 1)) for name in tools]
    print()
    print("\n".join(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
