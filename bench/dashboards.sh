#!/usr/bin/env bash
# How long dashboards take on the demo tenant (12 stores, six months, about 20,000 answers): the
# page frame and then every widget fragment (what the browser loads, HTML included) of each role's
# default dashboard and of head office's shared demo dashboard, as each person sees them, signed in
# with a session as a browser is (the API's Basic auth would time BCrypt, not the dashboard). One
# warm-up call, then RUNS timed calls per widget; prints the median and slowest in milliseconds.
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
pages="localhost:$PORT/analytics/dashboards"

# signs in through the login form and leaves the session cookie in a jar named after the user
sign_in() {
    local jar="$work/$1.jar" token
    token=$(curl -s -c "$jar" "localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$1" --data-urlencode "password=demo1234" \
        --data-urlencode "_csrf=$token" "localhost:$PORT/login"
}

timed() {
    local label=$1 user=$2 url=$3 times=() t
    curl -s -o /dev/null -b "$work/$user.jar" "$url"
    for _ in $(seq "$RUNS"); do
        t=$(curl -s -o /dev/null -w '%{time_total}' -b "$work/$user.jar" "$url")
        times+=("$(awk "BEGIN {printf \"%d\", $t * 1000}")")
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    printf '  %-44s median %5d ms   slowest %5d ms\n' "$label" "${sorted[$((RUNS / 2))]}" "${sorted[$((RUNS - 1))]}"
}

widgets() {
    local user=$1 id=$2 definition=$3
    echo "$definition" | jq -r '.widgets[] | "\(.id) \(.kind) \(.metrics | join(",")) \(.breakdown // "")"' |
        while read -r widget kind metrics breakdown; do
            timed "$kind $metrics $breakdown" "$user" "$pages/$id/widgets/$widget"
        done
}

for user in admin cx east sh001 kitchen chef; do
    sign_in "$user"
done
for user in admin east sh001 kitchen chef; do
    default=$(curl -s -u "$user:demo1234" "$api/default")
    echo "== $user: $(echo "$default" | jq -r .role) default dashboard, $RUNS runs"
    timed "page frame (/analytics/dashboards)" "$user" "$pages"
    widgets "$user" default "$(echo "$default" | jq .dashboard)"
done
shared=$(curl -s -u cx:demo1234 "$api" | jq '.[] | select(.shared)' | jq -s '.[0]')
for user in cx sh001; do
    echo "== $user: shared dashboard \"$(echo "$shared" | jq -r .name)\", $RUNS runs"
    widgets "$user" "$(echo "$shared" | jq -r .id)" "$shared"
done
