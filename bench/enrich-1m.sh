#!/usr/bin/env bash
# Text enrichment end to end: one million feedback records with comments (Chinese, Traditional,
# English, mixed; made up here from phrase fragments) stored in PostgreSQL without insight, then
# the backlog command analyses them all (language, clauses, sentiment, topics, key phrases,
# flags) and writes sentiment, topics and the insight JSON back, in batches. Prints the time and
# the rate, and what was found.
#
# Needs a local PostgreSQL (pg_ctlcluster 15 main start).
# Usage: bench/enrich-1m.sh        RECORDS=200000 bench/enrich-1m.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=${RECORDS:-1000000}
DB=opencem_enrich_bench
PSQL=(su postgres -c)

pg_isready -q || { echo "PostgreSQL is not running (pg_ctlcluster 15 main start)" >&2; exit 1; }
"${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'opencem') THEN CREATE ROLE opencem LOGIN PASSWORD 'opencem'; END IF; END \$\$;
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB OWNER opencem;
SQL
query() { PGPASSWORD=opencem psql -h localhost -U opencem -d "$DB" -tAq -c "$1"; }

./mvnw -q -B -DskipTests package
jar=$(ls target/opencem-*.jar | grep -v plain | head -1)
run_command() {
    OPENCEM_DB_URL=jdbc:postgresql://localhost:5432/$DB OPENCEM_DB_USER=opencem OPENCEM_DB_PASSWORD=opencem OPENCEM_DEMO=false \
        java -Xms1g -Xmx2g -jar "$jar" --server.port=0 --logging.level.root=warn --opencem.command=enrich-backlog \
        --opencem.feedback.enrichment-backlog-delay=1d
}
echo "== creating the schema"
run_command >/dev/null

echo "== storing $RECORDS feedback records without insight"
begin=$(date +%s)
query "
insert into feedback_record (tenant_id, id, source, source_id, org_unit_id, channel, occurred_at, nps, comment_text)
select (array['00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8000-000000000002',
              '00000000-0000-7000-8000-000000000003', '00000000-0000-7000-8000-000000000004'])[1 + g % 4]::uuid,
       gen_random_uuid(), 'SURVEY', gen_random_uuid(), '00000000-0000-7000-8000-0000000000aa'::uuid, 'LINK',
       now() - (g % 180) * interval '1 day', g % 11,
       case g % 10
         when 0 then (array['The food was delicious', 'Our waiter was rude', 'Service was really slow',
                            'Great value for money', 'The table was dirty', 'Fries were cold'])[1 + (g / 10) % 6]
                     || (array[' but ', ' and ', '. '])[1 + (g / 7) % 3]
                     || (array['the place was too noisy.', 'we will come back!', 'I waited 40 minutes.',
                               'prices are too high.', 'staff were friendly.'])[1 + (g / 13) % 5]
         when 1 then (array['服務態度非常好', '餐點太鹹了', '環境很乾淨', '上菜速度太慢'])[1 + (g / 10) % 4]
                     || '，' || (array['下次還會再來', '性價比不高', '份量很足'])[1 + (g / 11) % 3]
         else (array['菜品味道很好', '服务员态度很差', '上菜太慢了', '环境干净整洁', '分量有点少', '价格实惠',
                     '汤是凉的', '等了一个小时', '一点也不好吃', '服务非常热情周到', '外卖洒了一半', '吃完拉肚子了'])[1 + (g / 10) % 12]
              || (array['，', '，但是', '。', '！'])[1 + (g / 3) % 4]
              || (array['下次还来', '不太满意', '要投诉到12315', '性价比很高', '孩子很喜欢', '整体还行',
                        '希望改进', '再也不来了', '停车不方便', '推荐大家来'])[1 + (g / 17) % 10]
              || case when g % 7 = 0 then '。' || repeat('味道不错，', 1 + g % 5) else '' end
       end
from generate_series(1, $RECORDS) g"
echo "stored in $(( $(date +%s) - begin )) s"

echo "== enriching (machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
begin=$(date +%s)
run_command | grep enriched
elapsed=$(( $(date +%s) - begin ))
echo "end to end, JVM start included: $elapsed s for $RECORDS records ($(( RECORDS / (elapsed > 0 ? elapsed : 1) )) records/s)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== what was found"
query "select sentiment, count(*) from feedback_record group by sentiment order by 2 desc"
query "select count(*) filter (where enriched_at is null) as not_enriched, count(*) filter (where enrichment_error is not null) as failed from feedback_record"
query "select comment_text, sentiment, topics from feedback_record limit 3"
"${PSQL[@]}" "psql -q -c 'DROP DATABASE $DB'"
