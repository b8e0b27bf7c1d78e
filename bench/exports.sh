#!/usr/bin/env bash
# Exports at size: the jar on a fresh embedded H2 database with the demo tenant (about 20,000
# responses), plus BATCHES × 1,000 reviews posted through the signals API, then the head office's
# responses export for the last 52 weeks as CSV and as XLSX (streamed), the league table as XLSX and
# the PDF report. Prints rows, bytes and seconds of each; the JVM runs with a 512 MB heap, so a
# 100,000-row export that held its rows in memory would fail here.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8183}
BATCHES=${BATCHES:-80}
./mvnw -q -B -DskipTests package
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }; rm -rf "$work"' EXIT
# a copy, so a build during the run does not pull the jar from under the JVM
cp "$(ls target/opencem-*.jar | head -1)" "$work/app.jar"
jar=$work/app.jar

java -Xmx512m -jar "$jar" --server.port="$PORT" --management.endpoints.web.exposure.include=health,metrics \
    --spring.datasource.url="jdbc:h2:file:$work/data/opencem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    > "$work/app.log" 2>&1 &
pid=$!
until grep -q "Demo tenant created\|Already installed" "$work/app.log"; do
    kill -0 $pid 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.5
done

python3 - "$work" "$BATCHES" <<'PY'
import json, sys
work, batches = sys.argv[1], int(sys.argv[2])
stores = ["SH001", "SH002", "HZ001", "GZ001", "CD001", "CQ001"]
texts = ["上菜太慢了，等了四十分钟", "服务很热情，菜品口味也很好", "环境干净，价格实惠", "排队太久，服务员态度一般"]
for b in range(batches):
    records = [{"source": "REVIEW", "externalId": f"export-{b}-{i}", "store": stores[i % len(stores)],
                "occurredAt": f"2026-11-{1 + i % 20:02d} {8 + i % 12:02d}:{i % 60:02d}", "rating": 1 + (b + i) % 5,
                "text": texts[(b + i) % len(texts)], "channel": "dianping"} for i in range(1000)]
    with open(f"{work}/batch-{b}.json", "w") as f:
        json.dump({"records": records}, f, ensure_ascii=False)
PY
begin=$(date +%s)
for b in $(seq 0 $((BATCHES - 1))); do
    curl -sf -u admin:demo1234 -H 'Content-Type: application/json' --data-binary "@$work/batch-$b.json" \
        "localhost:$PORT/api/v1/signals" > /dev/null
done
echo "== loaded $((BATCHES * 1000)) reviews through the signals API in $(( $(date +%s) - begin )) s"

download() {
    local label=$1 path=$2 file=$3 accept=${4:-*/*}
    local line
    line=$(curl -sf -u admin:demo1234 -H "Accept: $accept" -o "$work/$file" -w '%{time_total} %{size_download}' \
        "localhost:$PORT$path")
    echo "== $label: $(awk '{printf "%.1f s, %.1f MB", $1, $2 / 1048576}' <<< "$line")"
}

download "responses, CSV (last 52 weeks)" "/api/v1/exports/responses?format=csv&weeks=52" responses.csv
echo "   rows: $(( $(wc -l < "$work/responses.csv") - 1 ))"
download "responses, XLSX (last 52 weeks)" "/api/v1/exports/responses?format=xlsx&weeks=52" responses.xlsx
download "league table, XLSX" "/api/v1/analytics/hierarchy?format=xlsx&weeks=52" league.xlsx
download "PDF report of the head office (12 weeks)" "/api/v1/analytics/report.pdf?weeks=12" report.pdf
