#!/usr/bin/env python3
"""Builds the pages of pages_opendata.py with build.build (the QA step needs /work/research/entities.tsv, which only
the original authors had). The gold ids are checked by `npm run eval`, which lists any unknown entity as a miss."""
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import build
import pages_opendata

for spec in pages_opendata.PAGES:
    page, text, doc = build(spec)
    print(f"{spec['id']}: {len(doc['gold'])} gold, {len(doc['negatives'])} neg")
