#!/usr/bin/env bash
# Alert rules on the demo tenant (about 20,000 responses over six months): how long a try-out over
# the last 30 days takes through the API, for the default detractor rule and for a keyword rule
# written now, and how many would-be cases each finds; and the demo build's dispatch time, in which
# every record of every batch goes through the rules. Runs the jar on a fresh embedded H2 database.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8183}
ROUNDS=${ROUNDS:-5}
./mvnw -q -B -DskipTests package
jar=$(ls target/opencem-*.jar | head -1)
work=$(mktemp -d)
java -jar "$jar" --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$work/data/opencem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
until grep -q "Demo tenant created\|Already installed" "$work/app.log"; do
    kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.5
done
echo "== demo build (dispatch runs every record through the alert rules)"
grep -o "Demo history: .*" "$work/app.log" || true
api="http://localhost:$PORT/api/v1/alert-rules"
auth=(-u cx:demo1234 -H 'Accept-Language: en')

rule=$(curl -s "${auth[@]}" "$api" | grep -o '"id":"[^"]*"' | sed -n 2p | cut -d'"' -f4)
keywords='{"name":"Slow service","priority":"HIGH","titleTemplate":"{comment}","conditions":{"match":"ALL","conditions":[
  {"type":"KEYWORDS","operator":"ANY","values":["慢","等","slow","wait"]},{"type":"SCORE","field":"NPS","operator":"LE","value":"8"}]}}'

measure() {
    local label=$1; shift
    local best=999 total=0 body
    for _ in $(seq "$ROUNDS"); do
        body=$(curl -s -w '\n%{time_total}' "${auth[@]}" "$@")
        t=$(tail -1 <<< "$body")
        total=$(awk "BEGIN {print $total + $t}")
        best=$(awk "BEGIN {print ($t < $best) ? $t : $best}")
    done
    echo "== $label"
    echo "$(head -1 <<< "$body" | grep -o '"examined":[0-9]*,"cases":[0-9]*')"
    echo "best $(awk "BEGIN {printf \"%.0f\", $best * 1000}") ms, mean $(awk "BEGIN {printf \"%.0f\", $total / $ROUNDS * 1000}") ms over $ROUNDS calls"
}

measure "try-out of the default rule (NPS ≤ 6), last 30 days" -X POST "$api/$rule/try"
measure "try-out of a keyword rule not yet saved, last 30 days" -X POST -H 'Content-Type: application/json' -d "$keywords" "$api/try"
