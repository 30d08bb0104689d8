#!/usr/bin/env bash
# Bot speed: per-question latency of the default answerer and start-up time of the bot process.
# Usage: scripts/bench-bot.sh [repeats]   (default 20: every eval question 20 times, ~900 questions)
# Prints the batch's median/p95 latency (measured inside the process around each answer) and the median wall time of
# `bot ask` for one question (process start → answer printed → exit), over 7 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build bot -c Release -v quiet -nologo >/dev/null
bot=bot/bin/Release/net10.0/bot

# Many questions: the eval files repeated, with ids and sessions made unique per round so multi-turn sessions stay apart.
for round in $(seq 1 "$repeats"); do
  cat tests/eval/bot-dev.jsonl tests/eval/bot-extra.jsonl tests/eval/bot-dev-2.jsonl |
    sed -E "s/\"id\":\"([^\"]+)\"/\"id\":\"\\1-r$round\"/; s/\"session\":\"([^\"]+)\"/\"session\":\"\\1-r$round\"/"
done > "$work/questions.jsonl"

echo "questions: $(wc -l < "$work/questions.jsonl") (SQLite sessions in $work)"
"$bot" ask --batch "$work/questions.jsonl" --stats --sessions "$work/sessions.db" > "$work/results.jsonl"

# Start-up: wall time of `bot ask` for one question, 7 runs. Once with the index `generator build` wrote to _build/index
# (if it is there and fresh), once from a copy of content/ with no built index, so the bot indexes in memory.
mkdir -p "$work/fresh" && cp -r content "$work/fresh/content"
startup() {
  local label=$1; shift
  local times=()
  for i in 1 2 3 4 5 6 7; do
    start=$(date +%s%N)
    "$bot" ask "我能免增值税吗？" "$@" > /dev/null
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  echo "start-up + one answer, $label (wall, 7 runs): median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 4p) ms; all: $(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')"
}
startup "repository (built index if fresh)" --sessions "$work/startup.db"
startup "index built in memory" --content "$work/fresh/content" --sessions "$work/startup.db"
