#!/usr/bin/env bash
# The respondent path under load: completed submissions through the public endpoint, against
# PostgreSQL, with 20 concurrent clients. Prints throughput, latency percentiles, errors, the rows
# actually stored, and the size of the respondent page.
#
# Needs a local PostgreSQL (as .ci/run starts it) and wrk (apt-get install wrk).
# Usage: bench/respondent-load.sh            DURATION=60s CONNECTIONS=20 bench/respondent-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-20}
PORT=${PORT:-8181}
DB=opencem_bench
PSQL=(su postgres -c)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
pg_isready -q || { echo "PostgreSQL is not running (pg_ctlcluster 15 main start)" >&2; exit 1; }

"${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'opencem') THEN CREATE ROLE opencem LOGIN PASSWORD 'opencem'; END IF; END \$\$;
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB OWNER opencem;
SQL
query() { PGPASSWORD=opencem psql -h localhost -U opencem -d "$DB" -tAq -c "$1"; }

./mvnw -q -B -DskipTests package
jar=$(ls target/opencem-*.jar | grep -v plain | head -1)
log=$(mktemp)
OPENCEM_DB_URL=jdbc:postgresql://localhost:5432/$DB OPENCEM_DB_USER=opencem OPENCEM_DB_PASSWORD=opencem \
    java -Xms512m -Xmx1g -jar "$jar" --server.port="$PORT" --logging.level.root=warn > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 180); do
    curl -fs "localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
done

token=$(query "select l.token from survey_link l join survey s on s.tenant_id = l.tenant_id and s.id = l.survey_id
               where s.template = 'NPS' and s.status = 'PUBLISHED' order by l.created_at limit 1")
url="http://localhost:$PORT/s/$token"
echo "== Respondent page $url"
echo "page bytes (uncompressed): $(curl -s -o /dev/null -w '%{size_download}' "$url")"
echo "page bytes (gzip, as browsers fetch it): $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$url")"
echo "other requests the page makes: $(curl -s "$url" | grep -Eoc '<(script|link|img)[^>]+(src|href)=' || true)"

echo "== Warm-up (30 s, until the JIT has compiled the path)"
wrk -t2 -c"$CONNECTIONS" -d30s -s bench/submit-answer.lua "$url" > /dev/null
before=$(query "select count(*) from response")

echo "== Load: $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/submit-answer.lua "$url" | tee /tmp/opencem-wrk.txt
after=$(query "select count(*) from response")
echo "== Stored"
echo "responses stored during the run: $((after - before))"
echo "feedback records queued for dispatch when the load ended: $(query "select count(*) from feedback_outbox")"
for waited in $(seq 0 300); do
    [ "$(query "select count(*) from feedback_outbox")" = 0 ] && break
    sleep 1
done
echo "dispatch (rollups and cases) caught up ${waited} s after the load ended"
echo "JVM resident memory (MB): $(( $(ps -o rss= -p $app) / 1024 ))"
