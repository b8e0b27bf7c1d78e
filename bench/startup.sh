#!/usr/bin/env bash
# Start-up time and memory of the quick start: the jar on a fresh embedded H2 database, creating
# the demo tenant, then a second start on the same data. Prints the seconds to ready, the demo's
# creation time, the resident memory and the Java heap in use after a full GC.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8182}
./mvnw -q -B -DskipTests package
jar=$(ls target/opencem-*.jar | head -1)
work=$(mktemp -d)
trap 'pkill -f "$work" 2>/dev/null || true; rm -rf "$work"' EXIT

start_once() {
    local label=$1 log="$work/$1.log" begin
    begin=$(date +%s%N)
    java -jar "$jar" --server.port="$PORT" \
        --spring.datasource.url="jdbc:h2:file:$work/data/opencem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        > "$log" 2>&1 &
    local pid=$!
    until grep -q "Demo tenant created\|Already installed" "$log"; do
        kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
        sleep 0.2
    done
    local ready=$(( ($(date +%s%N) - begin) / 1000000 ))
    echo "== $label"
    grep -o "Started OpenCemApplication in [0-9.]* seconds" "$log" || true
    grep -o "Demo tenant created in .*" "$log" || true
    echo "ready with the demo tenant after: $(awk "BEGIN {printf \"%.1f\", $ready / 1000}") s"
    curl -s -o /dev/null "localhost:$PORT/login"
    echo "resident memory: $(( $(ps -o rss= -p $pid) / 1024 )) MB"
    jcmd $pid GC.run > /dev/null
    echo "heap in use after a full GC: $(jcmd $pid GC.heap_info | grep -Eo 'used [0-9]+K' | head -1 | grep -Eo '[0-9]+' | awk '{printf "%d MB", $1 / 1024}')"
    kill $pid; wait $pid 2>/dev/null || true
}

start_once "First start (creates the demo tenant)"
start_once "Second start (data already there)"
