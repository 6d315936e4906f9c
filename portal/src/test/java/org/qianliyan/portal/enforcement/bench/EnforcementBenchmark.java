package org.qianliyan.portal.enforcement.bench;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.qianliyan.portal.enforcement.demo.DemoCaseGenerator;
import org.qianliyan.portal.enforcement.imports.CaseFileReader;
import org.qianliyan.portal.enforcement.imports.CaseImport;
import org.qianliyan.portal.enforcement.imports.ImportReport;
import org.qianliyan.portal.enforcement.linking.FacilityMatcher;
import org.qianliyan.portal.enforcement.search.CaseCsv;
import org.qianliyan.portal.enforcement.search.CaseFacet;
import org.qianliyan.portal.enforcement.search.CaseQuery;
import org.qianliyan.portal.enforcement.search.CaseSearch;
import org.qianliyan.portal.enforcement.search.CaseSort;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.enforcement.support.EnforcementIndices;
import org.qianliyan.portal.support.BenchFigures;

/**
 * Import rate of generated cases against plain CSV parsing of the same file (our streaming
 * reader, no validation, no Elasticsearch), then list-query latency at that size.
 * Arguments: [cases, default 100000] [runs, default 3] [queries, default 200].
 * Run from the repository root (see docs/benchmarks/enforcement.md).
 */
public final class EnforcementBenchmark {

    private EnforcementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path file = Files.createTempFile("cases-bench", ".csv");
        try (EnforcementIndices indices = new EnforcementIndices()) {
            writeCsv(file, count);
            System.out.printf("cases: %,d, file: %,d bytes, cores: %d%n", count, Files.size(file),
                    Runtime.getRuntime().availableProcessors());
            List<Double> parse = new ArrayList<>();
            List<Double> imports = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                parse.add(parseSeconds(file));
                imports.add(importSeconds(indices, file, count));
                System.out.printf("run %d: parse %.2f s, import %.2f s%n", run, parse.get(run - 1), imports.get(run - 1));
            }
            double parseMedian = BenchFigures.median(parse);
            double importMedian = BenchFigures.median(imports);
            System.out.printf("plain CSV parsing: median %.2f s = %,.0f rows/s%n", parseMedian, count / parseMedian);
            System.out.printf("import (validate pass + parse, normalise, link, bulk write, refresh): median %.2f s = %,.0f rows/s%n",
                    importMedian, count / importMedian);
            System.out.printf("import / parsing time: %.1f x (first run: %.1f x)%n", importMedian / parseMedian,
                    imports.get(0) / parse.get(0));
            queryLatency(indices, queries);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void writeCsv(Path file, int count) throws Exception {
        DemoCaseGenerator generator = new DemoCaseGenerator(42);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             CaseCsv csv = new CaseCsv(out)) {
            for (int i = 0; i < count; i++) {
                csv.write(generator.next(i, Optional.empty()));
            }
        }
    }

    private static double parseSeconds(Path file) throws Exception {
        AtomicLong rows = new AtomicLong();
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            CaseFileReader.forFileName(file.toString()).read(in, (line, row) -> rows.incrementAndGet());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double importSeconds(EnforcementIndices indices, Path file, int count) throws Exception {
        CaseImport caseImport = new CaseImport(new CaseWriter(indices.client(), indices.cases()),
                new FacilityMatcher(List.of()));
        long start = System.nanoTime();
        ImportReport report = caseImport.run(file.toString(), () -> Files.newInputStream(file), false, rows -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.written() != count) {
            throw new IllegalStateException("expected " + count + " written, got " + report);
        }
        return seconds;
    }

    /** Random list pages as the public page asks for them: facets, sort, a few text queries. */
    private static void queryLatency(EnforcementIndices indices, int queries) {
        CaseSearch search = new CaseSearch(indices.client(), indices.cases());
        long total = search.search(CaseQuery.all()).total();
        Random random = new Random(7);
        String[] provinces = {"江苏省", "浙江省", "广东省", "山东省"};
        String[] texts = {"", "", "", "颗粒物", "示例热电"};
        for (int i = 0; i < 20; i++) {
            search.search(CaseQuery.all());
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            CaseQuery query = CaseQuery.all().withSort(CaseSort.values()[random.nextInt(CaseSort.values().length)]);
            if (random.nextBoolean()) {
                query = query.withFilter(CaseFacet.PROVINCE, provinces[random.nextInt(provinces.length)]);
            }
            if (random.nextBoolean()) {
                query = query.withFilter(CaseFacet.YEAR, String.valueOf(2019 + random.nextInt(6)));
            }
            query = query.withText(texts[random.nextInt(texts.length)]).withPage(random.nextInt(5));
            long start = System.nanoTime();
            search.search(query);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("list query (page of 20 + 6 facets) over %,d cases, %d queries: p50 %.1f ms, p95 %.1f ms%n",
                total, queries, millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
    }
}
