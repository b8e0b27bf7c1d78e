#!/usr/bin/env bash
# Closing the loop under load: while RATE survey answers a second arrive (one in DETRACTOR_EVERY a
# detractor), how long from a detractor's submission until its case exists, its owner's in-app
# notification is there, and the owner's email has been handed to the SMTP server? Measured from
# the database's own timestamps: response.submitted_at, feedback_case.created_at,
# notify_inbox.created_at and notify_delivery.sent_at (status SENT). Email goes to a local sink.
#
# Needs a local PostgreSQL (as .ci/run starts it) and wrk (apt-get install wrk).
# Usage: bench/case-latency.sh        RATE=500 DURATION=60s POLL=2s bench/case-latency.sh
# (POLL overrides opencem.notify.poll-interval, the delivery worker's pause between looks)
set -euo pipefail
cd "$(dirname "$0")/.."

RATE=${RATE:-500}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-20}
DETRACTOR_EVERY=${DETRACTOR_EVERY:-10}
POLL=${POLL:-}
PORT=${PORT:-8182}
SMTP_PORT=${SMTP_PORT:-2526}
DB=opencem_case_latency

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
pg_isready -q || { echo "PostgreSQL is not running (pg_ctlcluster 15 main start)" >&2; exit 1; }

su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'opencem') THEN CREATE ROLE opencem LOGIN PASSWORD 'opencem'; END IF; END \$\$;
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB OWNER opencem;
SQL
query() { PGPASSWORD=opencem psql -h localhost -U opencem -d "$DB" -tAq -F ' ' -c "$1"; }

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -o -DskipTests package
jar=$(ls target/opencem-*.jar | grep -v plain | head -1)
log=$(mktemp)
python3 bench/smtp-sink.py "$SMTP_PORT" > "$log.smtp" 2>&1 &
sink=$!
poll_arg=()
[ -z "$POLL" ] || poll_arg=(--opencem.notify.poll-interval="$POLL")
OPENCEM_DB_URL=jdbc:postgresql://localhost:5432/$DB OPENCEM_DB_USER=opencem OPENCEM_DB_PASSWORD=opencem \
    java -Xms512m -Xmx1g -jar "$jar" --server.port="$PORT" --logging.level.root=warn \
    --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" "${poll_arg[@]}" > "$log" 2>&1 &
app=$!
trap 'kill $app $sink 2>/dev/null; wait $app $sink 2>/dev/null; rm -f "$log" "$log.smtp"' EXIT
for _ in $(seq 1 300); do
    curl -fs "localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
done

token=$(query "select l.token from survey_link l join survey s on s.tenant_id = l.tenant_id and s.id = l.survey_id
               where s.template = 'NPS' and s.status = 'PUBLISHED' order by l.created_at limit 1")
url="http://localhost:$PORT/s/$token"
delay=$((CONNECTIONS * 1000 / RATE))
export DELAY_MS=$delay DETRACTOR_EVERY

echo "== Warm-up (20 s at the same pace)"
wrk -t2 -c"$CONNECTIONS" -d20s -s bench/steady-answers.lua "$url" > /dev/null
sleep 5
start=$(query "select now()")

echo "== Load: target $RATE answers/s ($CONNECTIONS connections, ${delay} ms between requests each), $DURATION, 1 in $DETRACTOR_EVERY a detractor, delivery poll ${POLL:-as configured}"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/steady-answers.lua "$url" | tee /tmp/opencem-case-wrk.txt
echo "== Waiting 15 s for the last cases and emails"
sleep 15

echo "== Stored during the load"
query "select count(*) || ' answers, ' || round(count(*) / greatest(extract(epoch from max(submitted_at) - min(submitted_at)), 1)) || ' answers/s achieved'
       from response where submitted_at >= '$start'"
cat > "$log.sql" <<SQL
with detractor as (
    -- a case's own created_at is the feedback's time (SLA clocks start there); its id is a UUIDv7,
    -- whose first 48 bits are the wall-clock milliseconds of the insert
    select r.tenant_id, r.submitted_at, c.assignee_id,
           to_timestamp((('x' || substr(replace(c.id::text, '-', ''), 1, 12))::bit(48)::bigint) / 1000.0) as case_at
    from response r
    join feedback_record f on f.tenant_id = r.tenant_id and f.source_id = r.id
    left join feedback_case c on c.tenant_id = f.tenant_id and c.feedback_id = f.id
    where r.submitted_at >= '$start' and f.nps <= 6
), told as (
    -- new cases of one dispatch batch make one notice per owner: the owner's first notice after the case is its own
    select d.*,
           (select min(i.created_at) from notify_inbox i
             where i.tenant_id = d.tenant_id and i.user_id = d.assignee_id and i.event_type = 'case.opened'
               and i.created_at >= d.case_at) as inbox_at,
           (select min(n.sent_at) from notify_delivery n
             where n.tenant_id = d.tenant_id and n.user_id = d.assignee_id and n.channel = 'EMAIL' and n.status = 'SENT'
               and n.event_type = 'case.opened' and n.created_at >= d.case_at) as email_at
    from detractor d
), span as (
    select 'case opened' as step, 1 as ord, extract(epoch from case_at - submitted_at) * 1000 as ms from told
    union all select 'in-app notification', 2, extract(epoch from inbox_at - submitted_at) * 1000 from told
    union all select 'email sent (SENT)', 3, extract(epoch from email_at - submitted_at) * 1000 from told
)
select rpad(step, 22) || ' n=' || count(ms) || ' missing=' || (count(*) - count(ms))
       || '  p50=' || round(percentile_cont(0.5) within group (order by ms)) || ' ms'
       || '  p95=' || round(percentile_cont(0.95) within group (order by ms)) || ' ms'
       || '  p99=' || round(percentile_cont(0.99) within group (order by ms)) || ' ms'
       || '  max=' || round(max(ms)) || ' ms'
from span group by step, ord order by ord;
SQL
echo "== Detractors: from submission to (milliseconds, from the database's timestamps)"
PGPASSWORD=opencem psql -h localhost -U opencem -d "$DB" -tAq -f "$log.sql"
rm -f "$log.sql"
