#!/usr/bin/env bash
# Signals over the REST API: the jar on a fresh embedded H2 database with the demo tenant, then
# BATCHES batches of 1,000 reviews posted one after another (all new), and the same reviews again
# with other ratings and texts (all updates of the same feedback records). Prints records per
# second for each round and the time per batch.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8183}
BATCHES=${BATCHES:-10}
./mvnw -q -B -DskipTests package
jar=$(ls target/opencem-*.jar | head -1)
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT

java -jar "$jar" --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$work/data/opencem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    > "$work/app.log" 2>&1 &
pid=$!
until grep -q "Demo tenant created\|Already installed" "$work/app.log"; do
    kill -0 $pid 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.5
done

# one JSON file per batch: reviews spread over the demo stores, rated 1-5
make_batches() {
    local round=$1
    python3 - "$work" "$BATCHES" "$round" <<'PY'
import json, sys
work, batches, round_ = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
stores = ["SH001", "SH002", "HZ001", "GZ001", "CD001", "CQ001"]
texts = ["上菜太慢了，等了四十分钟", "服务很热情，菜品口味也很好", "环境干净，价格实惠", "排队太久，服务员态度一般"]
for b in range(batches):
    records = [{"source": "REVIEW", "externalId": f"bench-{b}-{i}", "store": stores[i % len(stores)],
                "occurredAt": f"2026-11-{1 + i % 20:02d} 12:{i % 60:02d}", "rating": 1 + (i + round_) % 5,
                "text": texts[(i + round_) % len(texts)], "channel": "dianping"} for i in range(1000)]
    with open(f"{work}/batch-{round_}-{b}.json", "w") as f:
        json.dump({"records": records}, f, ensure_ascii=False)
PY
}

post_round() {
    local round=$1 label=$2 begin end
    make_batches "$round"
    begin=$(date +%s%N)
    for b in $(seq 0 $((BATCHES - 1))); do
        curl -s -u admin:demo1234 -H 'Content-Type: application/json' --data-binary "@$work/batch-$round-$b.json" \
            "localhost:$PORT/api/v1/signals" > "$work/answer-$round-$b.json"
    done
    end=$(date +%s%N)
    python3 - "$work" "$BATCHES" "$round" "$label" $(( (end - begin) / 1000000 )) <<'PY'
import json, sys
work, batches, round_, label, millis = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
totals = {"created": 0, "updated": 0, "unchanged": 0, "rejected": 0}
for b in range(batches):
    answer = json.load(open(f"{work}/answer-{round_}-{b}.json"))
    for k in totals:
        totals[k] += answer[k]
n = batches * 1000
print(f"== {label}: {n:,} reviews in {millis / 1000:.1f} s = {n * 1000 / millis:,.0f} records/s, "
      f"{millis / batches:,.0f} ms per batch of 1,000")
print("   " + ", ".join(f"{k} {v:,}" for k, v in totals.items()))
PY
}

post_round 0 "New reviews"
post_round 1 "The same reviews again, edited (updates)"
