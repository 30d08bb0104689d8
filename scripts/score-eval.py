#!/usr/bin/env python3
"""Scores an eval file (tests/eval/bot-*.jsonl) the way tests/Bot.Tests/EvalTests.cs does, per question.

Usage: scripts/score-eval.py FILE.jsonl [--repo DIR] [-v]
  --repo DIR  the repository whose Release build of the bot answers (default: this one); build it first with
              `dotnet build bot -c Release`. Pairing two checkouts shows what a change did to the same questions.
  -v          print every question, not only the misses.
A question passes when every figure its `expect` names passes: citation hit, verdict, verdict_not, answer text,
scope (and cite_none), language, follow-up. Prints the misses with the answer's start, then "passed/total pass".
"""
import json
import os
import subprocess
import sys


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if "--repo" in args:
        at = args.index("--repo")
        repo = os.path.abspath(args[at + 1])
        del args[at:at + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    path = os.path.abspath(args[0])
    cases = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    bot = os.path.join(repo, "bot", "bin", "Release", "net10.0", "bot")
    run = subprocess.run([bot, "ask", "--batch", path, "--json", "--sessions", "memory"],
                         capture_output=True, text=True, cwd=repo)
    results = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    if len(results) != len(cases):
        sys.exit(f"{len(results)} answers for {len(cases)} questions: {run.stderr.strip()[:500]}")

    failed = 0
    for case, result in zip(cases, results):
        expect, misses = case["expect"], []
        cited = [c["id"] for c in result.get("citations", [])]
        verdicts = {}
        for e in result.get("eligibility", []):
            verdicts.setdefault(e["clause"], []).append(e["verdict"])
        answer = (result.get("answer") or "").lower()
        if expect.get("cite_any") and not any(c in cited for c in expect["cite_any"]):
            misses.append("citation")
        if any(v not in verdicts.get(k, []) for k, v in expect.get("verdict", {}).items()):
            misses.append("verdict")
        if any(v in verdicts.get(k, []) for k, v in expect.get("verdict_not", {}).items()):
            misses.append("verdict_not")
        if any(t.lower() not in answer for t in expect.get("answer_contains_all", [])):
            misses.append("answer_contains_all")
        if any(not any(t.lower() in answer for t in group) for group in expect.get("answer_contains_any", [])):
            misses.append("answer_contains_any")
        if "in_scope" in expect and (result.get("in_scope") != expect["in_scope"] or (expect.get("cite_none") and cited)):
            misses.append("scope")
        language = expect.get("language") or ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in case["question"]) else "en")
        if result.get("language") != language:
            misses.append("language")
        if "follow_up" in expect and bool(result.get("follow_up")) != expect["follow_up"]:
            misses.append("follow_up")
        failed += bool(misses)
        if misses or verbose:
            print(case["id"], misses, case["question"][:70])
            print("   ", (result.get("answer") or "")[:300].replace("\n", " | "), cited[:3])
    print(f"{len(cases) - failed}/{len(cases)} pass")


if __name__ == "__main__":
    main()
