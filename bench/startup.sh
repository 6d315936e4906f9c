#!/bin/sh
# Cold start to first page of the portal with embedded Elasticsearch, against
# Elasticsearch's own start time as the baseline, and the portal's heap when idle.
#
#   ./mvnw -B -Pproduction -DskipTests package && bench/startup.sh [runs]
#
# Each portal run uses a fresh data directory (so it unpacks and starts Elasticsearch and
# generates the demo data), waits until the Overview page has rendered its chart data,
# measures the portal JVM's used heap after a full GC, then stops the portal with SIGTERM
# and checks that no Elasticsearch process is left behind.
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

es_only() {
    dir="$work/es-$1"
    mkdir -p "$dir" && chmod 755 "$dir"
    unzip -q portal/target/classes/elasticsearch/elasticsearch-*.zip -d "$dir"
    home="$(echo "$dir"/elasticsearch-*)"
    [ "$(id -u)" -eq 0 ] && chown -R nobody:nogroup "$dir"
    start=$(now_ms)
    if [ "$(id -u)" -eq 0 ]; then as="setpriv --reuid=nobody --regid=nogroup --clear-groups"; else as=""; fi
    ES_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" ES_JAVA_OPTS="-Xms512m -Xmx512m" \
        $as "$home/bin/elasticsearch" -q -E discovery.type=single-node -E xpack.security.enabled=false \
        -E network.host=127.0.0.1 -E http.port=$es_port -E path.data="$dir/data" -E path.logs="$dir/logs" \
        >/dev/null 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$es_port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; do sleep 0.2; done
    echo $(( $(now_ms) - start ))
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

portal_cold() {
    dir="$work/portal-$1"
    mkdir -p "$dir" && chmod 755 "$dir"
    start=$(now_ms)
    java -jar "$jar" --server.port=$port --qianliyan.data-dir="$dir" \
        --qianliyan.elasticsearch.embedded-port=$es_port >"$dir/portal.log" 2>&1 &
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
: > "$work/es"; : > "$work/portal"
i=1
while [ $i -le "$runs" ]; do
    es_only $i >> "$work/es"
    portal_cold $i >> "$work/portal"
    i=$((i + 1))
done
echo "Elasticsearch alone, unpacked, start to health yellow (ms): $(tr '\n' ' ' < "$work/es") median $(median < "$work/es")"
echo "Portal cold start to first page incl. unpack, ES start and demo data (ms): $(cut -d' ' -f1 "$work/portal" | tr '\n' ' ') median $(cut -d' ' -f1 "$work/portal" | median)"
echo "Portal used heap when idle after full GC (KiB): $(cut -d' ' -f2 "$work/portal" | tr '\n' ' ') median $(cut -d' ' -f2 "$work/portal" | median)"
