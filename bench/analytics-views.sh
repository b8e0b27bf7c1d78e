#!/usr/bin/env bash
# How long the analytics views take to answer on the demo tenant (12 stores, six months, about
# 20,000 answers), as head office sees them: the JSON of each view, one warm-up call and then
# RUNS timed calls each; prints the median and the slowest in milliseconds, and the row counts;
# then the HTML pages the same way, signed in through the login form.
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

# the pages as a signed-in user's browser asks for them: a session from the login form
jar="$work/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=demo1234" \
    --data-urlencode "_csrf=$csrf" "localhost:$PORT/login"
# an API token made through the console, as an API client would use: HTTP Basic would hash the
# password (bcrypt) on every call, which would cost more than most views
csrf=$(curl -s -b "$jar" "localhost:$PORT/account/tokens" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
token=$(curl -s -L -c "$jar" -b "$jar" --data-urlencode "name=views bench" --data-urlencode "_csrf=$csrf" \
    "localhost:$PORT/account/tokens" | grep -o 'ocm_[A-Za-z0-9_-]*' | head -1)
[ -n "$token" ] || { echo "could not make an API token" >&2; exit 1; }

api="localhost:$PORT/api/v1/analytics"
auth=(-H "Authorization: Bearer $token")
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

time_page() {
    local label=$1 path=$2 times=() t
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "localhost:$PORT$path")
    for _ in $(seq "$RUNS"); do
        t=$(curl -s -o /dev/null -w '%{time_total}' -b "$jar" "localhost:$PORT$path")
        times+=("$(awk "BEGIN {printf \"%d\", $t * 1000}")")
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    (( sorted[RUNS - 1] > slowest_page )) && slowest_page=${sorted[$((RUNS - 1))]}
    printf '%-34s median %5d ms   slowest %5d ms   (HTTP %s)\n' "$label" "${sorted[$((RUNS / 2))]}" "${sorted[$((RUNS - 1))]}" "$code"
}
slowest_page=0
echo "== pages (HTML) on the demo tenant, head office, default period, $RUNS runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
time_page "overview" "/"
time_page "hierarchy (regions)" "/analytics/hierarchy"
time_page "hierarchy (stores of 华东)" "/analytics/hierarchy?unit=$east"
time_page "journey map (regions)" "/analytics/journey"
time_page "journey map (stores of 华东)" "/analytics/journey?unit=$east"
time_page "journey cell (SH001 × 上菜)" "/analytics/journey/cell?cell=$store&tp=$serving"
time_page "touchpoint detail (上菜)" "/analytics/touchpoint?touchpoint=$serving"
time_page "key drivers" "/analytics/drivers"
time_page "compare" "/analytics/compare"
time_page "goals" "/analytics/goals"
time_page "analytics settings" "/settings/analytics"
echo "pages: slowest $slowest_page ms (target under 100); load average $(cut -d' ' -f1-3 /proc/loadavg)"
