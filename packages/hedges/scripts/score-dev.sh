#!/bin/sh
# Runs the CLI on the seed essay and the development essays, then scores the hedge cues alone
# (only hedges.csv is copied, so the entity and sentence tasks, which these golds do not cover, stay out).
# usage: sh scripts/score-dev.sh [--misses]   (from packages/hedges, after a build)
set -e
cd "$(dirname "$0")/../../.."
out=$(mktemp -d)
node apps/cli/bin/essaylens.js analyze fixtures/essays/seed-essay.txt fixtures/dev/hedges-*.txt --out "$out/all" >/dev/null
mkdir -p "$out/h" && cp "$out/all/hedges.csv" "$out/h/"
node ../shared/eval/score.mjs "$out/h" fixtures/gold/hedges "$@"
node ../shared/eval/score.mjs "$out/h" ../shared/eval/gold | grep -E '^(hedge|booster|weasel|cue) '
rm -rf "$out"
