"""`make bench`: every page of interest measured against the plainest Wagtail page, at scale.

See README.md ("Benchmark") and `python -m bench --help`.
"""
