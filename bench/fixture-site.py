#!/usr/bin/env python3
"""A generated news site spread over many loopback hosts, for bench/scale-out.sh.

    fixture-site.py PORT HOSTS ARTICLES LOG

Listens on 0.0.0.0:PORT and answers for the hosts 127.0.0.2 ... 127.0.0.(HOSTS+1). Host h
(1-based) has a list page /h<h>/index.html linking to its own articles and to the next host's,
and articles /h<h>/a<i>.html, each linking to an article on the next host. A page is only
served to its own host (the Host header), so the links across hosts are real. Every request
is appended to LOG as "host path status", which is how the script checks that every page was
fetched exactly once. Article texts differ from each other (no exact duplicates to skip).
"""
import http.server
import random
import sys
import threading

PORT, HOSTS, ARTICLES, LOG = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

PLACES = ["武汉", "宜昌", "襄阳", "荆州", "黄石", "十堰", "孝感", "咸宁", "随州", "恩施"]
SUBJECTS = ["垃圾焚烧厂", "污水处理厂", "化工园区", "水泥厂", "造纸厂", "电镀企业", "火电厂", "钢铁厂"]
SENTENCES = [
    "附近居民反映{p}的{s}夜间排放异味，气味刺鼻，已持续{n}天。",
    "{p}市生态环境局表示已派员到{s}现场核查，将依法公开处理结果。",
    "据监测数据，{s}第{n}号炉膛温度曾低于八百五十摄氏度。",
    "村民称河道颜色发黑，怀疑与上游{s}偷排废水有关，希望有关部门尽快调查。",
    "{p}的环保志愿者在{s}周边采集了{n}份水样，送往第三方实验室检测。",
    "企业回应称设备正在检修，排放数据异常属于短时波动，已向{p}监管部门报告。",
    "专家建议{s}安装在线监测并向社会公开，接受公众监督。",
    "今年以来，{p}共受理环境信访{n}件，其中涉及大气污染的占多数。",
]


def host_of(h):
    return "127.0.0.%d" % (h + 1)


def article(h, i):
    rnd = random.Random(h * 100_000 + i)
    nxt = h % HOSTS + 1
    place, subject = rnd.choice(PLACES), rnd.choice(SUBJECTS)
    paragraphs = "".join(
        "<p>%s</p>" % rnd.choice(SENTENCES).format(p=place, s=subject, n=rnd.randint(2, 999))
        for _ in range(8))
    return ("<!doctype html><html><head><meta charset='utf-8'><title>%s%s环境问题调查（%d-%d）_测试网</title></head>"
            "<body><h1>%s%s环境问题调查（%d-%d）</h1><div class='date'>2026-11-%02d 09:%02d</div>"
            "<div class='content'>%s<p>编号 %d-%d-%d。</p></div>"
            "<div class='related'><a href='http://%s:%d/h%d/a%d.html'>相关阅读</a></div></body></html>") % (
        place, subject, h, i, place, subject, h, i, 1 + i % 28, i % 60, paragraphs, h, i, rnd.randint(0, 10**9),
        host_of(nxt), PORT, nxt, i)


def index(h):
    nxt = h % HOSTS + 1
    links = "".join("<li><a href='/h%d/a%d.html'>文章 %d</a></li>" % (h, i, i) for i in range(1, ARTICLES + 1))
    links += "".join("<li><a href='http://%s:%d/h%d/a%d.html'>邻站 %d</a></li>" % (host_of(nxt), PORT, nxt, i, i)
                     for i in range(1, ARTICLES + 1, 3))
    return "<!doctype html><html><head><meta charset='utf-8'><title>列表 %d</title></head><body><ul>%s</ul></body></html>" % (
        h, links)


PAGES = {}
for h in range(1, HOSTS + 1):
    PAGES[(host_of(h), "/h%d/index.html" % h)] = index(h).encode()
    for i in range(1, ARTICLES + 1):
        PAGES[(host_of(h), "/h%d/a%d.html" % (h, i))] = article(h, i).encode()

log_lock = threading.Lock()
log = open(LOG, "a", buffering=1)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        body = PAGES.get((host, self.path.split("?")[0]))
        status = 200 if body is not None else 404
        body = body if body is not None else b"not found"
        with log_lock:
            log.write("%s %s %d\n" % (host, self.path, status))
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8" if status == 200 else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer.daemon_threads = True
http.server.ThreadingHTTPServer(("0.0.0.0", PORT), Handler).serve_forever()
