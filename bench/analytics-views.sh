#!/usr/bin/env bash
# How long the analytics views take to answer on the demo tenant (12 stores, six months, about
# 20,000 answers), as head office sees them: the JSON of each view, one warm-up call and then
# RUNS timed calls each; prints the median and the slowest in milliseconds, and the row counts.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8183}
RUNS=${RUNS:-5}
./mvnw -q -B -o -DskipTests package
jar=$(ls target/opencem-*.jar | head -1)
work=$(mktemp -d)
pid=
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

java -jar "$jar" --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$work/data/opencem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    > "$work/app.log" 2>&1 &
pid=$!
until grep -q "Demo tenant created\|Already installed" "$work/app.log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.5
done

api="localhost:$PORT/api/v1/analytics"
auth=(-u admin:demo1234)
east=$(curl -s "${auth[@]}" "$api/hierarchy" | jq -r '.rows[] | select(.unit.code == "EAST") | .unit.id')
store=$(curl -s "${auth[@]}" "$api/hierarchy?unit=$east" | jq -r '.rows[] | select(.unit.code == "SH001") | .unit.id')
serving=$(curl -s "${auth[@]}" "$api/journey" | jq -r '.stages[].touchpoints[] | select(.name == "上菜") | .id')

time_view() {
    local label=$1 path=$2 times=() t
    curl -s -o /dev/null "${auth[@]}" "$api$path"
    for _ in $(seq "$RUNS"); do
        t=$(curl -s -o /dev/null -w '%{time_total}' "${auth[@]}" "$api$path")
        times+=("$(awk "BEGIN {printf \"%d\", $t * 1000}")")
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    printf '%-34s median %5d ms   slowest %5d ms\n' "$label" "${sorted[$((RUNS / 2))]}" "${sorted[$((RUNS - 1))]}"
}

echo "== analytics views on the demo tenant, head office, default period (last 12 weeks), $RUNS runs"
time_view "hierarchy (regions)" "/hierarchy"
time_view "hierarchy (stores of 华东)" "/hierarchy?unit=$east&metric=nps&sort=nps"
time_view "journey heatmap (regions)" "/journey"
time_view "journey heatmap (stores of 华东)" "/journey?unit=$east"
time_view "journey cell (SH001 × 上菜)" "/journey/cell?unit=$store&touchpoint=$serving"
time_view "touchpoint detail (上菜)" "/touchpoint?touchpoint=$serving"
time_view "key drivers (store × week)" "/drivers?weeks=26"
time_view "compare (periods, channels)" "/compare"
time_view "compare (sources)" "/compare?by=source"
drivers=$(curl -s "${auth[@]}" "$api/drivers?weeks=26")
echo "key drivers over 26 weeks: basis $(echo "$drivers" | jq -r .basis), $(echo "$drivers" | jq -r .observations) observations, R² $(echo "$drivers" | jq -r '.rSquared * 100 | round / 100')"
