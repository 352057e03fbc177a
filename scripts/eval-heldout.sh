#!/usr/bin/env bash
# `npm run eval:heldout -- DIR [--seeded] [--verbose]`: issue 3's held-out check as it is run. DIR holds a
# labelled set (board.json, queries.json, match-notes.json). A fresh board is built and started on
# a temporary database (empty, or with --seeded the first batch, as a newcomer's `npm start`
# leaves it), the set is imported with `npm run db:import` while it serves, and `eval:search`
# asks the running board through its JSON API.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: npm run eval:heldout -- DIR [--seeded] [--verbose]}
shift
seeded=false
extra=()
for arg in "$@"; do
  if [ "$arg" = "--seeded" ]; then seeded=true; else extra+=("$arg"); fi
done
port=${HELDOUT_PORT:-3399}
tmp=$(mktemp -d)
db="$tmp/board.db"
[ -n "${HELDOUT_SKIP_BUILD:-}" ] || npm run -s build >/dev/null
NODE_ENV=production DATABASE_PATH="$db" SEED_FIRST_BATCH=$seeded PORT=$port LOG_LEVEL=warn node server.js >"$tmp/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do
  node -e "fetch('http://localhost:$port/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" && break
  kill -0 $pid 2>/dev/null || { cat "$tmp/server.log"; exit 1; }
  sleep 0.2
done
echo "board on port $port, database $db ($([ $seeded = true ] && echo "seeded with the first batch" || echo empty))"
DATABASE_PATH="$db" npm run -s db:import -- "$dir/board.json" | tail -n 1
npx tsx scripts/eval-search.ts "$dir/board.json" "$dir/queries.json" "$dir/match-notes.json" --api "http://localhost:$port" "${extra[@]}"
