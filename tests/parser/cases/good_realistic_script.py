#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""A small command-line script."""
import argparse
import sys


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    total = 0
    for name in args.files:
        try:
            with open(name, encoding="utf-8") as f:
                total += sum(1 for _ in f)
        except OSError as e:
            print(f"{name}: {e}", file=sys.stderr)
            return 1
    if args.verbose:
        print(f"{total=}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
