#!/usr/bin/env bash
# How long dashboards take on the demo tenant (12 stores, six months, about 20,000 answers): the
# page frame and then every widget of each role's default dashboard and of head office's shared
# demo dashboard, through the widget data API, as each person sees them. One warm-up call, then
# RUNS timed calls per widget; prints the median and slowest per widget in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8184}
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

api="localhost:$PORT/api/v1/dashboards"

timed() {
    local label=$1 user=$2 url=$3 times=() t
    curl -s -o /dev/null -u "$user:demo1234" "$url"
    for _ in $(seq "$RUNS"); do
        t=$(curl -s -o /dev/null -w '%{time_total}' -u "$user:demo1234" "$url")
        times+=("$(awk "BEGIN {printf \"%d\", $t * 1000}")")
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    printf '  %-44s median %5d ms   slowest %5d ms\n' "$label" "${sorted[$((RUNS / 2))]}" "${sorted[$((RUNS - 1))]}"
}

widgets() {
    local user=$1 id=$2 definition=$3
    echo "$definition" | jq -r '.widgets[] | "\(.id) \(.kind) \(.metrics | join(",")) \(.breakdown // "")"' |
        while read -r widget kind metrics breakdown; do
            timed "$kind $metrics $breakdown" "$user" "$api/$id/widgets/$widget/data"
        done
}

for user in admin east sh001 kitchen chef; do
    default=$(curl -s -u "$user:demo1234" "$api/default")
    echo "== $user: $(echo "$default" | jq -r .role) default dashboard, $RUNS runs"
    timed "page frame (/analytics/dashboards)" "$user" "localhost:$PORT/analytics/dashboards"
    widgets "$user" default "$(echo "$default" | jq .dashboard)"
done
shared=$(curl -s -u cx:demo1234 "$api" | jq '.[] | select(.shared)' | jq -s '.[0]')
for user in cx sh001; do
    echo "== $user: shared dashboard \"$(echo "$shared" | jq -r .name)\", $RUNS runs"
    widgets "$user" "$(echo "$shared" | jq -r .id)" "$shared"
done
