#!/bin/bash
# Scale-out proof (issue 15): a two-node Elasticsearch cluster from the distribution the build
# ships, the portal and two `crawl` processes against it sharing the frontier, a fixture site
# over many loopback hosts, and one Elasticsearch node stopped in the middle of the crawl.
#
#   ./mvnw -B -Pproduction -DskipTests package && bench/scale-out.sh [hosts] [articles-per-host]
#
# Passes (exit 0) when every page was fetched exactly once (the site's request log), every
# article is one post and every URL is FETCHED in crawl-status, the portal's health stayed UP
# and its public API answered 200 while the node was down, and the cluster is green again
# after the node returns. Any failed check exits 1 naming it; the work directory with every
# log is then kept. Bounded by SCALE_OUT_TIMEOUT seconds (default 1200); every process it
# started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
hosts="${1:-8}"
articles="${2:-30}"
budget="${SCALE_OUT_TIMEOUT:-1200}"
es_heap="${SCALE_OUT_ES_HEAP:-320m}"
jar=portal/target/qianliyan.jar
zip="$(ls portal/target/classes/elasticsearch/elasticsearch-*.zip 2>/dev/null | head -1 || true)"
[ -f "$jar" ] && [ -n "$zip" ] || { echo "build the jar first: ./mvnw -B -Pproduction -DskipTests package" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/qianliyan-scale-out.XXXXXX")"
chmod 755 "$work"
pids=()
passed=false
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    done
    if $passed; then rm -rf "$work"; else echo "logs kept in $work" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
log() { printf '[%4ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { log "FAIL: $*" >&2; exit 1; }
left() { echo $((budget - (SECONDS - started))); }
# Waits until the command succeeds, at most $1 seconds (and never past the budget).
wait_for() {
    local limit=$1 what=$2; shift 2
    local until=$((SECONDS + limit))
    until "$@"; do
        [ "$SECONDS" -lt "$until" ] || fail "timed out after ${limit}s waiting for $what"
        [ "$(left)" -gt 0 ] || fail "the run took longer than ${budget}s (waiting for $what)"
        sleep 1
    done
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# Starts a command in its own process group (so stopping it stops its children) and records it.
spawn() { local out=$1; shift; setsid "$@" >"$out" 2>&1 & pids+=($!); last_pid=$!; }

http1=$(free_port); http2=$(free_port); transport1=$(free_port); transport2=$(free_port)
portal_port=$(free_port); site_port=$(free_port)
es=(http://127.0.0.1:$http1 http://127.0.0.1:$http2)
uris="${es[0]},${es[1]}"
prefix=scaleout-
pages=$((hosts * (articles + 1)))
log "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
log "site: $hosts hosts x ($articles articles + 1 list page) = $pages pages; Elasticsearch heap $es_heap per node"

# --- Elasticsearch: one unpacked distribution, a config directory and data path per node ---
unzip -q "$zip" -d "$work"
es_home="$(echo "$work"/elasticsearch-*)"
if [ "$(id -u)" -eq 0 ]; then as=(setpriv --reuid=nobody --regid=nogroup --clear-groups); else as=(); fi
es_java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
for n in 1 2; do
    mkdir -p "$work/node-$n"
    cp -r "$es_home/config" "$work/node-$n/config"
done
[ "$(id -u)" -eq 0 ] && chown -R nobody:nogroup "$work"
node_pid=()
start_node() {
    local n=$1 http transport
    http=$([ "$n" = 1 ] && echo "$http1" || echo "$http2")
    transport=$([ "$n" = 1 ] && echo "$transport1" || echo "$transport2")
    spawn "$work/node-$n/console.log" env ES_JAVA_HOME="$es_java_home" ES_PATH_CONF="$work/node-$n/config" \
        ES_JAVA_OPTS="-Xms$es_heap -Xmx$es_heap" "${as[@]}" "$es_home/bin/elasticsearch" \
        -E cluster.name=qianliyan-scale-out -E node.name=node-$n \
        -E network.host=127.0.0.1 -E http.port="$http" -E transport.port="$transport" \
        -E discovery.seed_hosts=127.0.0.1:$transport1,127.0.0.1:$transport2 \
        -E cluster.initial_master_nodes=node-1,node-2 \
        -E xpack.security.enabled=false -E cluster.routing.allocation.disk.threshold_enabled=false \
        -E path.data="$work/node-$n/data" -E path.logs="$work/node-$n/logs"
    node_pid[$n]=$last_pid
}
health() { curl -fs "${es[0]}/_cluster/health?wait_for_status=$1&wait_for_nodes=$2&timeout=1s" >/dev/null 2>&1 \
    || curl -fs "${es[1]}/_cluster/health?wait_for_status=$1&wait_for_nodes=$2&timeout=1s" >/dev/null 2>&1; }
start_node 1
start_node 2
wait_for 300 "a two-node green cluster" health green 2
log "cluster of 2 nodes green (${es[*]})"

# --- fixture site and the portal ---
spawn "$work/site.out" python3 bench/fixture-site.py "$site_port" "$hosts" "$articles" "$work/site.log"
wait_for 60 "the fixture site" curl -fs -o /dev/null "http://127.0.0.2:$site_port/h1/index.html"
: > "$work/site.log"

common=(--spring.elasticsearch.uris="$uris" --qianliyan.elasticsearch.index-prefix=$prefix
        --qianliyan.incinerator.demo=false --qianliyan.enforcement.demo-cases=false)
mkdir -p "$work/portal"
spawn "$work/portal/portal.log" java -jar "$jar" serve --server.port="$portal_port" \
    --qianliyan.data-dir="$work/portal" "${common[@]}"
portal_pid=$last_pid
portal_health() { curl -fs "http://127.0.0.1:$portal_port/actuator/health" 2>/dev/null; }
portal_up() { kill -0 "$portal_pid" 2>/dev/null || fail "the portal died: $(tail -20 "$work/portal/portal.log")"
    portal_health | grep -q '"status":"UP"'; }
wait_for 600 "the portal's health UP" portal_up
log "portal up on port $portal_port"

# The portal creates its indices with 0 replicas (right for one node); a cluster gets one.
curl -fs -X PUT "${es[0]}/$prefix*/_settings" -H 'Content-Type: application/json' \
    -d '{"index": {"number_of_replicas": 1}}' >/dev/null || fail "could not set replicas"
wait_for 120 "replicas allocated (green)" health green 2
log "replicas: $(curl -fs "${es[0]}/_cat/indices/$prefix*?h=index,pri,rep,health" | awk '{print $1 " " $3 " " $4}' | sort | tr '\n' ';')"

# --- the source and two crawl processes ---
host_list=$(seq -s, -f "127.0.0.%g" 2 $((hosts + 1)))
seeds=$(for h in $(seq 1 "$hosts"); do printf '"http://127.0.0.%d:%d/h%d/index.html",' $((h + 1)) "$site_port" "$h"; done)
cat > "$work/source.json" <<EOF
{"id": "scale-out-fixture", "name": "扩展测试站", "kind": "SITE", "seedUrls": [${seeds%,}],
 "linkPattern": "/h[0-9]+/a[0-9]+\\\\.html\$",
 "selectors": {"title": "h1", "date": ".date", "author": null, "body": ".content"},
 "revisitInterval": "PT6H", "enabled": true}
EOF
java -jar "$jar" sources add "$work/source.json" "${common[@]}" --qianliyan.data-dir="$work/portal" \
    >"$work/sources-add.log" 2>&1 || fail "sources add: $(cat "$work/sources-add.log")"
crawl_settings=(--qianliyan.crawler.allow-hosts="$host_list" --qianliyan.crawler.workers=2
                --qianliyan.crawler.host-delay=100ms --qianliyan.crawler.lease-duration=1m
                # every request to the cluster and its failover, in the kept logs when a check fails
                --logging.level.org.elasticsearch.client.RestClient=DEBUG)
crawl_pid=()
for c in 1 2; do
    mkdir -p "$work/crawl-$c"
    spawn "$work/crawl-$c/out.log" java -jar "$jar" crawl --once "${common[@]}" "${crawl_settings[@]}" \
        --qianliyan.data-dir="$work/crawl-$c"
    crawl_pid[$c]=$last_pid
done
log "two crawl processes started"

# Document count of an index (optionally of a query), from whichever node answers.
count() { local body=${2:-'{"query": {"match_all": {}}}'}
    curl -fs "${es[0]}/$1/_count" -H 'Content-Type: application/json' -d "$body" 2>/dev/null \
        || curl -fs "${es[1]}/$1/_count" -H 'Content-Type: application/json' -d "$body"; }
posts() { local n; n=$(count "${prefix}posts" | jq -r '.count // 0' 2>/dev/null || true); echo "${n:-0}"; }
crawling() { kill -0 "${crawl_pid[1]}" 2>/dev/null || kill -0 "${crawl_pid[2]}" 2>/dev/null; }
total_articles=$((hosts * articles))

# --- stop the node that is not the elected master once a third of the posts are in ---
third() { [ "$(posts)" -ge $((total_articles / 3)) ] || ! crawling; }
wait_for 900 "a third of the posts" third
crawling || fail "the crawl finished before a node could be stopped; give it more pages"
master=$(curl -fs "${es[0]}/_cat/master?h=node" | tr -d '[:space:]')
victim=$([ "$master" = node-1 ] && echo 2 || echo 1)
survivor=$((3 - victim))
log "$(posts) of $total_articles posts in; stopping node-$victim (the master is $master)"
kill -TERM -- "-${node_pid[$victim]}"
for _ in $(seq 1 120); do kill -0 "${node_pid[$victim]}" 2>/dev/null || break; sleep 0.5; done
kill -0 "${node_pid[$victim]}" 2>/dev/null && fail "node-$victim did not stop"
es_alive=${es[$((survivor - 1))]}
log "node-$victim stopped; cluster: $(curl -fs "$es_alive/_cluster/health?timeout=30s&wait_for_nodes=1" | jq -c '{status, number_of_nodes, unassigned_shards}')"

# While it is down: the portal's health and public API, sampled every 2 s until two thirds are in.
: > "$work/outage.tsv"
two_thirds() { [ "$(posts)" -ge $((2 * total_articles / 3)) ] || ! crawling; }
sample() {
    local health api
    health=$(curl -s --max-time 30 "http://127.0.0.1:$portal_port/actuator/health" | jq -r '.status // "no answer"' 2>/dev/null || echo "no answer")
    api=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:$portal_port/api/v1/search?q=%E7%8E%AF%E5%A2%83&size=5")
    printf '%s\t%s\t%s\n' "$health" "$api" "$(posts)" >> "$work/outage.tsv"
}
outage_until=$((SECONDS + 900))
until two_thirds && [ "$(wc -l < "$work/outage.tsv")" -ge 5 ]; do
    [ "$SECONDS" -lt "$outage_until" ] || fail "timed out crawling with one node down"
    sample; sleep 2
done
log "$(posts) posts in with node-$victim down; $(wc -l < "$work/outage.tsv") samples of (health, API status): $(cut -f1,2 "$work/outage.tsv" | sort | uniq -c | tr -s ' ' | tr '\t\n' '/;')"

# --- bring it back, let the crawl finish ---
start_node "$victim"
recovery_start=$SECONDS
wait_for 300 "green after node-$victim returned" health green 2
log "node-$victim back, cluster green after $((SECONDS - recovery_start)) s"
wait_for 900 "both crawl processes to finish" bash -c "! kill -0 ${crawl_pid[1]} 2>/dev/null && ! kill -0 ${crawl_pid[2]} 2>/dev/null"
for c in 1 2; do log "crawl-$c: $(grep -h 'scale-out-fixture' "$work/crawl-$c/out.log" | tr '\n' ' ')"; done

# --- checks ---
problems=()
check() { if eval "$2"; then log "ok   $1"; else log "FAIL $1"; problems+=("$1"); fi; }
curl -fs -X POST "${es[0]}/$prefix*/_refresh" >/dev/null
fetched_per_page=$(awk '$3 == 200 && $2 != "/robots.txt" {print $1 $2}' "$work/site.log" | sort | uniq -c)
distinct=$(echo "$fetched_per_page" | grep -c . || true)
twice=$(echo "$fetched_per_page" | awk '$1 > 1' | grep -c . || true)
url_docs=$(count "${prefix}crawl-status" '{"query": {"term": {"kind": "url"}}}' | jq .count)
fetched_docs=$(count "${prefix}crawl-status" '{"query": {"bool": {"filter": [{"term": {"kind": "url"}}, {"term": {"status": "FETCHED"}}]}}}' | jq .count)
post_count=$(posts)
distinct_posts=$(curl -fs "${es[0]}/${prefix}posts/_search" -H 'Content-Type: application/json' \
    -d '{"size": 0, "aggs": {"urls": {"cardinality": {"field": "canonical_url"}}}}' | jq .aggregations.urls.value)
crawl_fetched=$(cat "$work"/crawl-*/out.log | sed -n 's/^scale-out-fixture: fetched \([0-9]*\),.*/\1/p' | awk '{sum += $1} END {print sum + 0}')
check "both crawl processes exited 0" "wait ${crawl_pid[1]} && wait ${crawl_pid[2]}"
check "every page requested from the site ($distinct of $pages distinct pages)" "[ $distinct -eq $pages ]"
check "no page requested twice ($twice pages were)" "[ $twice -eq 0 ]"
check "crawl-status: $url_docs URLs, $fetched_docs FETCHED, of $pages pages" "[ $url_docs -eq $pages ] && [ $fetched_docs -eq $pages ]"
check "posts: $post_count posts, $distinct_posts distinct URLs, of $total_articles articles" "[ $post_count -eq $total_articles ] && [ $distinct_posts -eq $total_articles ]"
check "the two processes' fetched counts add up to the pages ($crawl_fetched)" "[ '$crawl_fetched' = $pages ]"
check "both processes did part of the work" "grep -q 'fetched [1-9]' '$work/crawl-1/out.log' && grep -q 'fetched [1-9]' '$work/crawl-2/out.log'"
check "portal health UP in every sample while node-$victim was down" "! cut -f1 '$work/outage.tsv' | grep -vqx UP"
check "public search API 200 in every sample while node-$victim was down" "! cut -f2 '$work/outage.tsv' | grep -vqx 200"
check "portal still running and UP" "portal_up"
check "cluster green with both nodes" "health green 2"
[ ${#problems[@]} -eq 0 ] || fail "${#problems[@]} check(s) failed: $(printf '%s; ' "${problems[@]}")"
log "PASS in $((SECONDS - started)) s: $pages pages over $hosts hosts, fetched once each by two processes, one of two Elasticsearch nodes stopped mid-crawl and back"
# Size per post for docs/scale-out.md's arithmetic: one segment, as a long-lived index ends up.
curl -fs -X POST "${es[0]}/${prefix}posts/_forcemerge?max_num_segments=1" >/dev/null
curl -fs -X POST "${es[0]}/${prefix}posts/_refresh" >/dev/null
read -r docs bytes <<<"$(curl -fs "${es[0]}/_cat/indices/${prefix}posts*?h=docs.count,pri.store.size&bytes=b")"
chars=$(curl -fs "${es[0]}/${prefix}posts/_search?size=$total_articles&_source=text" | jq '[.hits.hits[]._source.text | length] | add / length | floor')
log "posts index after force-merge: $docs posts, $bytes bytes of primary store, $((bytes / docs)) bytes per post (text $chars characters on average)"
passed=true
