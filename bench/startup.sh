#!/bin/sh
# Cold and warm start to first page of the portal with embedded Elasticsearch, against
# Elasticsearch's own start time as the baseline, and the portal's heap when idle.
#
#   ./mvnw -B -Pproduction -DskipTests package && bench/startup.sh [runs]
#
# Each run starts Elasticsearch alone, already unpacked, on empty data (the cold start's
# baseline); then the portal with a fresh data directory (cold: it unpacks and starts
# Elasticsearch, creates the indices and generates the demo data) and once more on the same
# directory (warm), each time until the front page answers, measuring the portal JVM's used
# heap after a full GC and stopping it with SIGTERM, checking that no Elasticsearch process
# is left behind; last, Elasticsearch alone on the data the portal left (the warm start's
# baseline: the same indices to recover).
set -eu
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=portal/target/qianliyan.jar
port=18080
es_port=19200
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -Pproduction -DskipTests package" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/qianliyan-bench.XXXXXX")"
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# Starts Elasticsearch from $1 (its home) on data in $2 and prints the time to health yellow.
es_timed() {
    home="$1"; data="$2"
    start=$(now_ms)
    if [ "$(id -u)" -eq 0 ]; then as="setpriv --reuid=nobody --regid=nogroup --clear-groups"; else as=""; fi
    ES_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" ES_JAVA_OPTS="-Xms512m -Xmx512m" \
        $as "$home/bin/elasticsearch" -q -E discovery.type=single-node -E xpack.security.enabled=false \
        -E network.host=127.0.0.1 -E http.port=$es_port -E path.data="$data" -E path.logs="$data/../logs" \
        -E cluster.routing.allocation.disk.threshold_enabled=false >/dev/null 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$es_port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; do sleep 0.2; done
    echo $(( $(now_ms) - start ))
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

# Baseline of the cold start: Elasticsearch alone, already unpacked, on an empty data directory.
es_only() {
    dir="$work/es-$1"
    mkdir -p "$dir/data" && chmod 755 "$dir"
    unzip -q portal/target/classes/elasticsearch/elasticsearch-*.zip -d "$dir"
    [ "$(id -u)" -eq 0 ] && chown -R nobody:nogroup "$dir"
    es_timed "$(echo "$dir"/elasticsearch-*)" "$dir/data"
}

# Baseline of the warm start: Elasticsearch alone on the data the portal left (its indices recover).
es_on_portal_data() {
    base="$work/portal-$1/elasticsearch"
    es_timed "$(echo "$base"/elasticsearch-*/)" "$base/data"
}

portal_start() {
    dir="$work/portal-$1"
    mkdir -p "$dir" && chmod 755 "$dir"
    start=$(now_ms)
    java -jar "$jar" --server.port=$port --qianliyan.data-dir="$dir" \
        --qianliyan.elasticsearch.embedded-port=$es_port >>"$dir/portal.log" 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$port/" 2>/dev/null | grep -q 'qianliyan\|千里眼'; do
        kill -0 "$pid" 2>/dev/null || { echo "portal died, see log:" >&2; tail -30 "$dir/portal.log" >&2; exit 1; }
        sleep 0.2
    done
    first_page=$(( $(now_ms) - start ))
    sleep 5
    jcmd "$pid" GC.run >/dev/null
    heap_kb=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}' | tr -d 'K')
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
    if pgrep -f "path.data=$dir" >/dev/null || pgrep -f "$dir/elasticsearch" >/dev/null; then
        echo "ORPHAN Elasticsearch left after SIGTERM" >&2; exit 1
    fi
    echo "$first_page $heap_kb"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
: > "$work/es"; : > "$work/cold"; : > "$work/warm"; : > "$work/es-warm"
i=1
while [ $i -le "$runs" ]; do
    es_only $i >> "$work/es"
    portal_start $i >> "$work/cold"
    portal_start $i >> "$work/warm"
    es_on_portal_data $i >> "$work/es-warm"
    i=$((i + 1))
done
report() { echo "$1 (ms): $(cut -d' ' -f1 "$2" | tr '\n' ' ') median $(cut -d' ' -f1 "$2" | median)"; }
report "Elasticsearch alone, unpacked, start to health yellow" "$work/es"
report "Portal cold start to first page: unpack, start Elasticsearch, create the indices" "$work/cold"
report "Elasticsearch alone on the portal's data directory (its indices recover)" "$work/es-warm"
report "Portal warm start to first page: same data directory" "$work/warm"
echo "Portal used heap when idle after full GC (KiB): $(cut -d' ' -f2 "$work/cold" | tr '\n' ' ') median $(cut -d' ' -f2 "$work/cold" | median)"
