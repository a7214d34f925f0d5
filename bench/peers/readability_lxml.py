"""Peer extractor for bench/extraction-speed.sh: readability-lxml (Debian's python3-readability), one thread.

Usage: /usr/bin/python3 readability_lxml.py BENCH_DIR OUT_DIR

Loads every BENCH_DIR/html/<id>.html.gz into memory first (so only extraction is timed), extracts a few
pages untimed, then times one pass over all pages: Document(html).summary() and the summary's text via
lxml, as a user of readability-lxml would get plain text. Writes
  OUT_DIR/predictions/readability-lxml.json  {"<id>": {"articleBody": text}}  (the benchmark's plain shape)
  OUT_DIR/readability-lxml.json              {system, version, pages, failed, seconds, pages_per_s, cpu_seconds, pages_per_cpu_s, peak_rss_mb}
"""
import gzip
import importlib.metadata
import json
import os
import platform
import resource
import sys
import time

import lxml.html
from readability import Document

WARMUP_PAGES = 5


def load_pages(bench_dir):
    with open(os.path.join(bench_dir, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    html_dir = os.path.join(bench_dir, "html")
    pages = []
    for name in sorted(os.listdir(html_dir)):
        if not name.endswith(".html.gz"):
            continue
        page_id = name[: -len(".html.gz")]
        with gzip.open(os.path.join(html_dir, name)) as f:
            html = f.read().decode("utf-8")
        pages.append((page_id, truth.get(page_id, {}).get("url"), html))
    return pages


def extract(url, html):
    summary = Document(html, url=url).summary()
    return lxml.html.fromstring(summary).text_content()


def main(argv):
    if len(argv) != 3:
        print("usage: python3 readability_lxml.py BENCH_DIR OUT_DIR", file=sys.stderr)
        return 2
    bench_dir, out_dir = argv[1], argv[2]
    pages = load_pages(bench_dir)
    for _, url, html in pages[:WARMUP_PAGES]:
        extract(url, html)

    predictions = {}
    failed = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for page_id, url, html in pages:
        try:
            predictions[page_id] = {"articleBody": extract(url, html)}
        except Exception as e:  # one bad page must not stop the run, as in newsgraph's own ingest
            failed += 1
            predictions[page_id] = {"articleBody": ""}
            print(f"readability-lxml: {page_id}: {e}", file=sys.stderr)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start

    os.makedirs(os.path.join(out_dir, "predictions"), exist_ok=True)
    with open(os.path.join(out_dir, "predictions", "readability-lxml.json"), "w", encoding="utf-8") as f:
        json.dump(predictions, f, ensure_ascii=False)
    result = {
        "system": "readability-lxml",
        "version": f"readability-lxml {importlib.metadata.version('readability-lxml')}, "
                   f"lxml {importlib.metadata.version('lxml')}, python {platform.python_version()}",
        "pages": len(pages),
        "failed": failed,
        "seconds": seconds,
        "pages_per_s": len(pages) / seconds,
        "cpu_seconds": cpu_seconds,
        "pages_per_cpu_s": len(pages) / cpu_seconds,
        # ru_maxrss is in KiB on Linux
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    with open(os.path.join(out_dir, "readability-lxml.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    print(f"readability-lxml: {len(pages)} pages in {seconds:.1f} s = {result['pages_per_s']:.2f} pages/s"
          f" ({failed} failed, peak RSS {result['peak_rss_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
