#!/usr/bin/env bash
# Metrics at chain scale, against PostgreSQL: 10 million feedback records across 1,000 stores and
# two years, generated with SQL in the demo tenant; a full rollup rebuild through the admin API;
# p95 of dashboard-style queries answered from the rollups and the same answers computed straight
# from feedback_record (basis=records), in the same run; then rollups kept up with 2,000 incoming
# records per second through the real dispatcher (outbox → FeedbackRecorded → rollups), and a
# check that the rollups still match the records exactly.
#
# Needs a local PostgreSQL 15 (pg_ctlcluster 15 main start). Figures on a shared machine are indicative.
# Usage: bench/analytics-10m.sh        RECORDS=2000000 RATE=2000 LOAD_SECONDS=30 bench/analytics-10m.sh
# REUSE=1 keeps the database of an earlier run and its generated records (generating 10 million
# takes a while); the rebuild, the queries, the load and the check run again on it.
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=${RECORDS:-10000000}
RATE=${RATE:-2000}
LOAD_SECONDS=${LOAD_SECONDS:-30}
RUNS=${RUNS:-30}
DIRECT_RUNS=${DIRECT_RUNS:-10}
PORT=${PORT:-8182}
DB=${DB:-opencem_analytics_bench}
PSQL=(su postgres -c)
AUTH=admin:demo1234

pg_isready -q || { echo "PostgreSQL is not running (pg_ctlcluster 15 main start)" >&2; exit 1; }
REUSE=${REUSE:-0}
if [ "$REUSE" = 1 ] && "${PSQL[@]}" "psql -tAc \"select 1 from pg_database where datname = '$DB'\"" | grep -q 1; then
    echo "== Reusing database $DB"
else
REUSE=0
"${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'opencem') THEN CREATE ROLE opencem LOGIN PASSWORD 'opencem'; END IF; END \$\$;
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB OWNER opencem;
SQL
fi
query() { PGPASSWORD=opencem psql -h localhost -U opencem -d "$DB" -v ON_ERROR_STOP=1 -tAq -c "$1"; }
now_ms() { date +%s%3N; }

./mvnw -q -B -o -DskipTests package
# a copy, so that a build while the bench runs cannot change the classes under the running application
work=$(mktemp -d)
cp "$(ls target/opencem-*.jar | grep -v plain | head -1)" "$work/opencem.jar"
jar=$work/opencem.jar
log=$work/app.log
OPENCEM_DB_URL=jdbc:postgresql://localhost:5432/$DB OPENCEM_DB_USER=opencem OPENCEM_DB_PASSWORD=opencem \
    java -Xms512m -Xmx2g -jar "$jar" --server.port="$PORT" --logging.level.root=warn > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
    curl -fs "localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
done
curl -fs "localhost:$PORT/actuator/health" >/dev/null || { echo "OpenCEM did not start" >&2; cat "$log"; exit 1; }

tenant=$(query "select id from tenant where code = 'demo'")
hq=$(query "select id from org_unit where tenant_id = '$tenant' and parent_id is null")
if [ "$REUSE" = 1 ]; then
    echo "== Records kept from an earlier run"
else
echo "== Generating $RECORDS feedback records across 1,000 stores (10 regions) and 730 days"
started=$(now_ms)
query "
create table bench_store (n int primary key, id uuid not null, region uuid not null);
create table bench_touchpoint (n int primary key, id uuid not null);
insert into bench_touchpoint select row_number() over (order by id), id from touchpoint where tenant_id = '$tenant' limit 4;
with regions as (
    insert into org_unit (tenant_id, id, code, name, unit_type, parent_id, path, depth, created_at)
    select '$tenant', gen_random_uuid(), 'BR' || lpad(r::text, 2, '0'), 'Bench region ' || r, 'REGION', '$hq', '', 1, now()
    from generate_series(1, 10) r returning id, code)
insert into bench_store select s, gen_random_uuid(), (select id from regions where code = 'BR' || lpad((1 + s % 10)::text, 2, '0'))
from generate_series(1, 1000) s;
update org_unit set path = (select path from org_unit where tenant_id = '$tenant' and id = '$hq') || id || '/'
 where tenant_id = '$tenant' and code like 'BR%';
insert into org_unit (tenant_id, id, code, name, unit_type, parent_id, path, depth, created_at)
select '$tenant', s.id, 'BS' || lpad(s.n::text, 4, '0'), 'Bench store ' || s.n, 'STORE', s.region, r.path || s.id || '/', 2, now()
from bench_store s join org_unit r on r.tenant_id = '$tenant' and r.id = s.region;"
chunk=1000000
for first in $(seq 0 $chunk $((RECORDS - 1))); do
    last=$(( first + chunk - 1 < RECORDS - 1 ? first + chunk - 1 : RECORDS - 1 ))
    query "
insert into feedback_record (tenant_id, id, source, source_id, org_unit_id, touchpoint_id, channel, occurred_at,
                             nps, csat, ces, sentiment, attributes)
select '$tenant', gen_random_uuid(), 'SURVEY', gen_random_uuid(), s.id, t.id, case when g % 3 = 0 then 'LINK' else 'QR' end,
       now() - random() * interval '730 days',
       (array[0,1,2,3,4,5,6,7,7,8,8,8,9,9,9,9,10,10,10,10])[1 + floor(random() * 20)::int],
       case when random() < 0.6 then 1 + floor(random() * 5)::int end,
       case when random() < 0.3 then 1 + floor(random() * 7)::int end,
       case when random() < 0.2 then (array['POSITIVE','NEUTRAL','NEGATIVE'])[1 + floor(random() * 3)::int] end,
       case when g % 50 = 0 then '{\"rating.food\":\"' || (1 + g % 5) || '\"}' end
from generate_series($first, $last) g
join bench_store s on s.n = 1 + g % 1000
join bench_touchpoint t on t.n = 1 + (g / 1000) % 4;"
    echo "  $((last + 1)) records, $(( ($(now_ms) - started) / 1000 )) s"
done
query "vacuum analyze feedback_record" 2>/dev/null || query "analyze feedback_record"
fi
echo "records in feedback_record: $(query "select count(*) from feedback_record")"

echo "== Full rollup rebuild (POST /api/v1/metrics/rollups/rebuild)"
started=$(now_ms)
report=$(curl -fs -u "$AUTH" -X POST --max-time 3600 "localhost:$PORT/api/v1/metrics/rollups/rebuild")
echo "rebuild took $(( ($(now_ms) - started) / 1000 )) s: $report"
query "analyze metric_rollup; analyze metric_rollup_unit; analyze rating_rollup"
echo "rollup rows: detailed $(query "select count(*) from metric_rollup"), per unit and day $(query "select count(*) from metric_rollup_unit")"

region=$(query "select id from org_unit where tenant_id = '$tenant' and code = 'BR01'")
store=$(query "select id from org_unit where tenant_id = '$tenant' and code = 'BS0001'")
touchpoint=$(query "select id from bench_touchpoint where n = 1")
today=$(date -u +%F)
weeks12=$(date -u -d "$today - 83 days" +%F)
years2=$(date -u -d "$today - 729 days" +%F)

# p95 in ms of RUNS requests (after 3 unmeasured) of one query
p95() {
    local url=$1 runs=$2 times=()
    for _ in 1 2 3; do curl -fs -u "$AUTH" -o /dev/null "$url"; done
    for _ in $(seq 1 "$runs"); do
        times+=("$(curl -fs -u "$AUTH" -o /dev/null -w '%{time_total}' "$url")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '{a[NR]=$1} END {i=int(n*0.95+0.999); if (i<1) i=1; printf "%.0f", a[i]*1000}'
}

echo "== Dashboard queries: p95 over $RUNS runs from the rollups, $DIRECT_RUNS runs straight from feedback_record"
printf '%-48s %12s %12s %8s\n' query "rollups ms" "records ms" speed-up
base="localhost:$PORT/api/v1/metrics"
while IFS='|' read -r name params; do
    fast=$(p95 "$base?$params&basis=rollups" "$RUNS")
    slow=$(p95 "$base?$params&basis=records" "$DIRECT_RUNS")
    same=$(diff <(curl -fs -u "$AUTH" "$base?$params&basis=rollups" | sed 's/"basis":"[A-Z]*"//') \
                <(curl -fs -u "$AUTH" "$base?$params&basis=records" | sed 's/"basis":"[A-Z]*"//') >/dev/null && echo same || echo DIFFERENT)
    printf '%-48s %12s %12s %7sx  answers %s\n' "$name" "$fast" "$slow" "$(( slow / (fast > 0 ? fast : 1) ))" "$same"
done <<EOF
chain overview, 12 weeks by week, vs previous|unit=$hq&from=$weeks12&to=$today&groupBy=week&metrics=nps,csat&compare=previous_period
league table of regions, 12 weeks|unit=$hq&from=$weeks12&to=$today&groupBy=child_unit&metrics=nps,csat,cx_index
league table of 100 stores in a region|unit=$region&from=$weeks12&to=$today&groupBy=child_unit&metrics=nps,csat
a store's touchpoints, 12 weeks|unit=$store&from=$weeks12&to=$today&groupBy=touchpoint&metrics=nps,csat,ces
a store's touchpoint by week, 12 weeks|unit=$store&from=$weeks12&to=$today&groupBy=week&touchpoint=$touchpoint&metrics=nps
chain trend, 2 years by month|unit=$hq&from=$years2&to=$today&groupBy=month&metrics=nps,csat&compare=none
EOF

echo "== Incoming feedback: $RATE records per second for $LOAD_SECONDS s through the outbox and the dispatcher"
echo "   (scores 7-10, so that the load measures rollups rather than opening detractor cases)"
incoming="
with r as (
    insert into feedback_record (tenant_id, id, source, source_id, org_unit_id, touchpoint_id, channel, occurred_at,
                                 nps, csat, ces, sentiment)
    select '$tenant', gen_random_uuid(), 'SURVEY', gen_random_uuid(), s.id, t.id, 'QR', now(),
           7 + floor(random() * 4)::int, 3 + floor(random() * 3)::int, null,
           case when random() < 0.2 then 'POSITIVE' end
    from (select g, 1 + floor(random() * 1000)::int as store from generate_series(1, $RATE) g offset 0) x
    join bench_store s on s.n = x.store
    join bench_touchpoint t on t.n = 1 + x.g % 4
    returning tenant_id, id)
insert into feedback_outbox (tenant_id, record_id, queued_at) select tenant_id, id, now() from r"
before=$(query "select count(*) from feedback_record")
started=$(now_ms)
inserts=()
for _ in $(seq 1 "$LOAD_SECONDS"); do
    query "$incoming" &
    inserts+=($!)
    sleep 1
done
wait "${inserts[@]}"
backlog=$(query "select count(*) from feedback_outbox")
loaded=$(now_ms)
while [ "$(query "select count(*) from feedback_outbox")" != 0 ]; do sleep 0.5; done
drained=$(now_ms)
added=$(( $(query "select count(*) from feedback_record") - before ))
echo "records added: $added in $(( (loaded - started) / 1000 )) s; queued when the load ended: $backlog"
echo "dispatched and rolled up: $(( added * 1000 / (drained - started) )) records/s overall; caught up $(( (drained - loaded) / 1000 )) s after the load"

echo "== One 500-record batch into the rollups: recompute its (unit, day) keys from the records, as OpenCEM does,"
echo "   against adding the batch's deltas with an upsert (SQL only, each in a transaction rolled back; median of 7)"
measures="responses $(printf 'nps_%s ' $(seq 0 10))$(printf 'csat_%s ' $(seq 1 5))$(printf 'ces_%s ' $(seq 1 7))sentiment_positive sentiment_neutral sentiment_negative"
sums=""; list=""; added=""
for m in $measures; do
    case $m in
        responses) e="1" ;;
        sentiment_*) e="case when f.sentiment = '$(echo "${m#sentiment_}" | tr a-z A-Z)' then 1 else 0 end" ;;
        *) e="case when f.${m%_*} = ${m#*_} then 1 else 0 end" ;;
    esac
    sums+="${sums:+, }sum($e)"; list+="${list:+, }$m"; added+="${added:+, }$m = metric_rollup.$m + excluded.$m"
done
zone="Asia/Shanghai"
batch="create temp table batch as select * from feedback_record where tenant_id = '$tenant'
         and occurred_at > now() - interval '1 day' offset (random() * 1000)::int limit 500;
       create temp table batch_keys as select distinct org_unit_id, cast(occurred_at at time zone '$zone' as date) d from batch;"
recompute="delete from metric_rollup r using batch_keys k where r.tenant_id = '$tenant' and r.org_unit_id = k.org_unit_id and r.rollup_day = k.d;
  insert into metric_rollup (tenant_id, org_unit_id, rollup_day, touchpoint_id, channel, source, $list)
  select f.tenant_id, f.org_unit_id, k.d, coalesce(f.touchpoint_id, '00000000-0000-0000-0000-000000000000'), f.channel, f.source, $sums
  from batch_keys k join feedback_record f on f.tenant_id = '$tenant' and f.org_unit_id = k.org_unit_id
   and f.occurred_at >= (k.d::timestamp at time zone '$zone') and f.occurred_at < ((k.d + 1)::timestamp at time zone '$zone')
  group by f.tenant_id, f.org_unit_id, k.d, coalesce(f.touchpoint_id, '00000000-0000-0000-0000-000000000000'), f.channel, f.source;"
delta="insert into metric_rollup (tenant_id, org_unit_id, rollup_day, touchpoint_id, channel, source, $list)
  select f.tenant_id, f.org_unit_id, cast(f.occurred_at at time zone '$zone' as date), coalesce(f.touchpoint_id, '00000000-0000-0000-0000-000000000000'),
         f.channel, f.source, $sums from batch f
  group by f.tenant_id, f.org_unit_id, cast(f.occurred_at at time zone '$zone' as date), coalesce(f.touchpoint_id, '00000000-0000-0000-0000-000000000000'), f.channel, f.source
  on conflict (tenant_id, org_unit_id, rollup_day, touchpoint_id, channel, source) do update set $added;"
timed() {
    PGPASSWORD=opencem psql -h localhost -U opencem -d "$DB" -v ON_ERROR_STOP=1 -q <<SQL | awk '/^Time:/ {t += $2} END {printf "%.1f", t}'
begin;
$batch
\timing on
$1
\timing off
rollback;
SQL
}
for kind in recompute delta; do
    runs=()
    for _ in $(seq 1 7); do runs+=("$(timed "${!kind}")"); done
    echo "$kind: median $(printf '%s\n' "${runs[@]}" | sort -n | sed -n 4p) ms per batch (runs: ${runs[*]})"
done

echo "== Rollups against the records after the incremental load (GET /api/v1/metrics/rollups/check)"
started=$(now_ms)
echo "$(curl -fs -u "$AUTH" --max-time 3600 "localhost:$PORT/api/v1/metrics/rollups/check") in $(( ($(now_ms) - started) / 1000 )) s"
