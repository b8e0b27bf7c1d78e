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
# takes a while); the rebuild, the queries, the load and the check run again on it. REBUILD=0 skips
# the rebuild (with REUSE=1, the rollups of the earlier run are kept up by the application).
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=${RECORDS:-10000000}
RATE=${RATE:-2000}
LOAD_SECONDS=${LOAD_SECONDS:-30}
RUNS=${RUNS:-30}
DIRECT_RUNS=${DIRECT_RUNS:-5}
PORT=${PORT:-8182}
DB=${DB:-opencem_analytics_bench}
PSQL=(su postgres -c)

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
load() { cut -d' ' -f1-3 /proc/loadavg; }

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
# an API token for the administrator, as a dashboard client would use: HTTP Basic would hash the
# password (bcrypt) on every call, which costs more than most of the answers measured here
token="ocm_bench$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
query "insert into api_token (tenant_id, id, user_id, name, token_hash, token_prefix, created_at)
       select tenant_id, gen_random_uuid(), id, 'bench $(date -u +%FT%T)', encode(sha256('$token'::bytea), 'hex'),
              left('$token', 10), now()
       from app_user where tenant_id = '$tenant' and username = 'admin'"
AUTH=(-H "Authorization: Bearer $token")
hq=$(query "select id from org_unit where tenant_id = '$tenant' and parent_id is null")
# comments do not change the rollups; the views read them for their comment lists and topics
comments="
update feedback_record set language = 'zh',
       comment_text = case sentiment when 'POSITIVE' then '上菜很快，味道也很好' when 'NEGATIVE' then '等了四十分钟才上菜'
                      else '还可以，没什么特别' end,
       topics = case sentiment when 'POSITIVE' then 'service.speed,food.taste,service,food'
                when 'NEGATIVE' then 'service.speed,service' else '' end,
       enriched_at = now()
where tenant_id = '$tenant' and sentiment is not null and comment_text is null and random() < 0.1"
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
echo "== Comments with their sentiment and topics on a tenth of the records with a sentiment (2%)"
query "$comments"
query "vacuum analyze feedback_record" 2>/dev/null || query "analyze feedback_record"
fi
echo "records in feedback_record: $(query "select count(*) from feedback_record")"

if [ "${REBUILD:-1}" = 1 ]; then
echo "== Full rollup rebuild (POST /api/v1/metrics/rollups/rebuild)"
started=$(now_ms)
report=$(curl -fs "${AUTH[@]}" -X POST --max-time 3600 "localhost:$PORT/api/v1/metrics/rollups/rebuild")
echo "rebuild took $(( ($(now_ms) - started) / 1000 )) s (target under 600 s), load average $(load): $report"
for table in metric_rollup{,_unit,_touchpoint,_tenant} metric_rollup_week{,_unit,_touchpoint,_tenant} \
             metric_rollup_month{,_unit,_touchpoint,_tenant} rating_rollup; do
    query "analyze $table"
    echo "rollup rows in $table: $(query "select count(*) from $table")"
done
fi

region=$(query "select id from org_unit where tenant_id = '$tenant' and code = 'BR01'")
store=$(query "select id from org_unit where tenant_id = '$tenant' and code = 'BS0001'")
touchpoint=$(query "select id from bench_touchpoint where n = 1")
today=$(date -u +%F)
weeks12=$(date -u -d "$today - 83 days" +%F)
years2=$(date -u -d "$today - 729 days" +%F)

weeks4=$(date -u -d "$today - 27 days" +%F)
year1=$(date -u -d "$today - 364 days" +%F)

# p95 in ms of $2 requests (after $3 unmeasured) of one URL
p95() {
    local url=$1 runs=$2 warm=$3 times=()
    for _ in $(seq 1 "$warm"); do curl -fs "${AUTH[@]}" -o /dev/null --max-time 600 "$url"; done
    for _ in $(seq 1 "$runs"); do
        times+=("$(curl -fs "${AUTH[@]}" -o /dev/null --max-time 600 -w '%{time_total}' "$url")")
    done
    printf '%s\n' "${times[@]}" | percentile95
}

# how many times faster the first time is than the second, to one decimal
speed_up() {
    awk -v slow="$1" -v fast="$2" 'BEGIN {printf "%.1f", slow / (fast > 0 ? fast : 1)}'
}

# p95 in ms of times in seconds, one a line
percentile95() {
    sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95+0.999); if (i<1) i=1; printf "%.0f", a[i]*1000}'
}

echo "== Widgets (GET /api/v1/metrics): p95 over $RUNS runs from the rollups, over $DIRECT_RUNS runs computed straight"
echo "   from feedback_record (basis=records), in the same run; load average before: $(load)"
printf '%-14s %-46s %10s %10s %9s\n' kind query "rollups" "records" speed-up
base="localhost:$PORT/api/v1/metrics"
worst_fast=0; least_ratio=1000000
while IFS='|' read -r kind name params; do
    fast=$(p95 "$base?$params&basis=rollups" "$RUNS" 3)
    slow=$(p95 "$base?$params&basis=records" "$DIRECT_RUNS" 1)
    same=$(diff <(curl -fs "${AUTH[@]}" "$base?$params&basis=rollups" | sed 's/"basis":"[A-Z]*"//') \
                <(curl -fs "${AUTH[@]}" "$base?$params&basis=records" | sed 's/"basis":"[A-Z]*"//') >/dev/null && echo same || echo DIFFERENT)
    ratio=$(speed_up "$slow" "$fast")
    (( fast > worst_fast )) && worst_fast=$fast
    least_ratio=$(awk -v a="$ratio" -v b="$least_ratio" 'BEGIN {print (a < b ? a : b)}')
    printf '%-14s %-46s %7s ms %7s ms %8sx  answers %s\n' "$kind" "$name" "$fast" "$slow" "$ratio" "$same"
done <<EOF
KPI tile|chain CX index, NPS, CSAT, CES, 12 weeks|unit=$hq&from=$weeks12&to=$today&metrics=cx_index,nps,csat,ces&compare=previous_period
KPI tile|a store, 4 weeks vs before|unit=$store&from=$weeks4&to=$today&metrics=cx_index,nps,csat,ces&compare=previous_period
KPI tile|chain NPS, a year vs the year before|unit=$hq&from=$year1&to=$today&metrics=nps&compare=previous_year
trend|chain, 12 weeks by week, vs before|unit=$hq&from=$weeks12&to=$today&groupBy=week&metrics=nps,csat&compare=previous_period
trend|chain, 2 years by month|unit=$hq&from=$years2&to=$today&groupBy=month&metrics=nps,csat&compare=none
trend|a store's touchpoint by week, 12 weeks|unit=$store&from=$weeks12&to=$today&groupBy=week&touchpoint=$touchpoint&metrics=nps
breakdown bar|chain by touchpoint, 12 weeks|unit=$hq&from=$weeks12&to=$today&groupBy=touchpoint&metrics=nps,csat,ces
breakdown bar|chain by channel, 12 weeks|unit=$hq&from=$weeks12&to=$today&groupBy=channel&metrics=nps
breakdown bar|a store's touchpoints, 12 weeks|unit=$store&from=$weeks12&to=$today&groupBy=touchpoint&metrics=nps,csat,ces
table|league table of regions, 12 weeks|unit=$hq&from=$weeks12&to=$today&groupBy=child_unit&metrics=nps,csat,cx_index
table|league table of 100 stores in a region|unit=$region&from=$weeks12&to=$today&groupBy=child_unit&metrics=nps,csat
heatmap row|a region by touchpoint, one kept|unit=$region&from=$weeks12&to=$today&groupBy=touchpoint&touchpoint=$touchpoint&metrics=nps,net_sentiment
EOF
echo "widgets: slowest p95 from the rollups $worst_fast ms (target under 150), smallest speed-up ${least_ratio}x (target at least 20); load average after: $(load)"

# Store managers each open their own store's dashboard: every run another store, none read before in
# this run (though the chain-wide reads from the records above have just read the whole table, so its
# pages are in memory when the machine has the room). Each store is asked from its rollups first,
# then from its records: the rollup read does not bring the records' pages in.
echo "== One store's widgets, each run another store (a store manager's Monday): p95 over $RUNS stores,"
echo "   each read from its rollups, then from its records; load average before: $(load)"
printf '%-14s %-46s %10s %10s %9s\n' kind query "rollups" "records" speed-up
mapfile -t stores < <(query "select id from org_unit where tenant_id = '$tenant' and unit_type = 'STORE'
                             and code <> 'BS0001' order by random() limit $((3 * RUNS))")
first=0
while IFS='|' read -r kind name params; do
    fast=(); slow=(); different=0
    for unit in "${stores[@]:first:RUNS}"; do
        url="$base?unit=$unit&$params"
        fast+=("$(curl -fs "${AUTH[@]}" -o /dev/null --max-time 600 -w '%{time_total}' "$url&basis=rollups")")
        slow+=("$(curl -fs "${AUTH[@]}" -o /dev/null --max-time 600 -w '%{time_total}' "$url&basis=records")")
        diff <(curl -fs "${AUTH[@]}" "$url&basis=rollups" | sed 's/"basis":"[A-Z]*"//') \
             <(curl -fs "${AUTH[@]}" "$url&basis=records" | sed 's/"basis":"[A-Z]*"//') >/dev/null \
            || different=$((different + 1))
    done
    first=$((first + RUNS))
    fast_p95=$(printf '%s\n' "${fast[@]}" | percentile95)
    slow_p95=$(printf '%s\n' "${slow[@]}" | percentile95)
    printf '%-14s %-46s %7s ms %7s ms %8sx  answers different for %s stores\n' "$kind" "$name" "$fast_p95" \
        "$slow_p95" "$(speed_up "$slow_p95" "$fast_p95")" "$different"
done <<EOF
KPI tile|a store, 4 weeks vs before|from=$weeks4&to=$today&metrics=cx_index,nps,csat,ces&compare=previous_period
trend|a store's touchpoint by week, 12 weeks|from=$weeks12&to=$today&groupBy=week&touchpoint=$touchpoint&metrics=nps
breakdown bar|a store's touchpoints, 12 weeks|from=$weeks12&to=$today&groupBy=touchpoint&metrics=nps,csat,ces
EOF
echo "load average after: $(load)"

echo "== Views (GET /api/v1/analytics/...): p95 over $RUNS runs, from the rollups; load average before: $(load)"
views="localhost:$PORT/api/v1/analytics"
worst_view=0
while IFS='|' read -r name path; do
    t=$(p95 "$views$path" "$RUNS" 2)
    (( t > worst_view )) && worst_view=$t
    printf '%-60s %7s ms\n' "$name" "$t"
done <<EOF
hierarchy: regions of the chain, 12 weeks|/hierarchy?unit=$hq
hierarchy: 100 stores of a region|/hierarchy?unit=$region
journey heatmap: regions × touchpoints|/journey?unit=$hq
journey heatmap: 100 stores × touchpoints|/journey?unit=$region
journey cell: a store × a touchpoint|/journey/cell?unit=$store&touchpoint=$touchpoint
touchpoint detail, chain|/touchpoint?unit=$hq&touchpoint=$touchpoint
key drivers: 100 stores × 12 weeks|/drivers?unit=$region
compare periods and channels, chain|/compare?unit=$hq
EOF
echo "views: slowest p95 $worst_view ms (target under 150); load average after: $(load)"

echo "== Incoming feedback: $RATE records per second for $LOAD_SECONDS s through the outbox and the dispatcher"
echo "   (scores 7-10, so that the load measures rollups rather than opening detractor cases)"
# ids time-ordered like the application's (UUID version 7), so that new rows land at the end of the
# indexes as they do in production; random ones would make this generator the bottleneck
v7="(lpad(to_hex(floor(extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7'
     || substr(md5(random()::text || x.g), 1, 3) || '8' || substr(md5(random()::text || x.g), 4, 15))::uuid"
incoming="
with r as (
    insert into feedback_record (tenant_id, id, source, source_id, org_unit_id, touchpoint_id, channel, occurred_at,
                                 nps, csat, ces, sentiment)
    select '$tenant', $v7, 'SURVEY', $v7, s.id, t.id, 'QR', now(),
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
echo "dispatched and rolled up: $(( added * 1000 / (drained - started) )) records/s overall (target: $RATE/s, caught up"
echo "right after the load); caught up $(( (drained - loaded) / 1000 )) s after the load; load average $(load)"

echo "== Rollups against the records after the incremental load (GET /api/v1/metrics/rollups/check)"
started=$(now_ms)
check=$(curl -fs "${AUTH[@]}" --max-time 3600 "localhost:$PORT/api/v1/metrics/rollups/check")
echo "$check in $(( ($(now_ms) - started) / 1000 )) s"
echo "verify: $(echo "$check" | jq -r 'if .mismatches == 0 then "rollups match the records" else "\(.mismatches) MISMATCHES" end')"
