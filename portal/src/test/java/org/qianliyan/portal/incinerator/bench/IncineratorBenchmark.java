package org.qianliyan.portal.incinerator.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.qianliyan.portal.incinerator.compliance.ComplianceProperties;
import org.qianliyan.portal.incinerator.compliance.DailyMeanRule;
import org.qianliyan.portal.incinerator.compliance.FurnaceDayEvaluator;
import org.qianliyan.portal.incinerator.compliance.MarkingAllowance;
import org.qianliyan.portal.incinerator.domain.FurnaceDay;
import org.qianliyan.portal.incinerator.domain.Marking;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.hj212.Hj212Crc;
import org.qianliyan.portal.incinerator.hj212.Hj212Parser;
import org.qianliyan.portal.incinerator.imports.CsvTable;
import org.qianliyan.portal.incinerator.imports.DailyRowParser;
import org.qianliyan.portal.incinerator.imports.InvalidRowException;
import org.qianliyan.portal.incinerator.imports.PlatformDailyRow;

/**
 * Incinerator benchmarks (docs/benchmarks/incinerator.md), each against a baseline measured
 * in the same run on the same data:
 * <ol>
 * <li>compliance evaluation of a generated national year (plants x 2 furnaces x 365 days, 5 pollutants hourly,
 *     5-minute furnace temperatures) against a bare loop computing the same daily means over the same arrays;</li>
 * <li>reading and judging the real daily file (parse, validate, evaluate; no Elasticsearch) against splitting its
 *     lines on commas;</li>
 * <li>HJ 212 frames parsed (length, CRC, fields) against a bare CRC and split of the same frames.</li>
 * </ol>
 * Run: {@code java -cp <portal test classpath> org.qianliyan.portal.incinerator.bench.IncineratorBenchmark
 * [plants] [runs] [daily.csv]}. Medians of the runs are printed.
 */
public final class IncineratorBenchmark {

    private IncineratorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int plants = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path daily = args.length > 2 ? Path.of(args[2]) : null;
        System.out.printf("cores %d, java %s, plants %d, runs %d%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), plants, runs);
        nationalYear(plants, runs);
        if (daily != null) {
            dailyFile(daily, runs);
        }
        hj212(runs);
    }

    /** One furnace-year of inputs; regenerated per furnace so a national year never sits in memory at once. */
    private static List<FurnaceDay> furnaceYear(Random random, String point) {
        List<FurnaceDay> days = new ArrayList<>(365);
        LocalDate date = LocalDate.of(2025, 1, 1);
        for (int d = 0; d < 365; d++, date = date.plusDays(1)) {
            Map<Pollutant, double[]> hourly = new EnumMap<>(Pollutant.class);
            for (Pollutant p : Pollutant.values()) {
                double[] values = new double[24];
                for (int h = 0; h < 24; h++) {
                    values[h] = 10 + random.nextDouble() * 20;
                }
                hourly.put(p, values);
            }
            double[] temperature = new double[288];
            for (int s = 0; s < 288; s++) {
                temperature[s] = 880 + random.nextDouble() * 60;
            }
            days.add(new FurnaceDay(point, date, hourly, temperature, new Marking[24], new boolean[24], Map.of()));
        }
        return days;
    }

    private static void nationalYear(int plants, int runs) {
        var evaluator = new FurnaceDayEvaluator(ComplianceProperties.defaults());
        long[] engine = new long[runs];
        long[] bare = new long[runs];
        double sink = 0;
        for (int run = 0; run < runs; run++) {
            Random random = new Random(run);
            for (int furnace = 0; furnace < plants * 2; furnace++) {
                List<FurnaceDay> year = furnaceYear(random, "P" + furnace);
                long start = System.nanoTime();
                var allowance = new MarkingAllowance(Duration.ofHours(60));
                for (FurnaceDay day : year) {
                    sink += evaluator.evaluate(day, allowance).verdict().reasons().size();
                }
                engine[run] += System.nanoTime() - start;
                start = System.nanoTime();
                for (FurnaceDay day : year) {
                    for (double[] values : day.hourlyMeans().values()) {
                        double sum = 0;
                        for (double v : values) {
                            sum += v;
                        }
                        sink += sum / 24 > 20 ? 1 : 0;
                    }
                    int cold = 0;
                    for (double t : day.furnaceTemperature()) {
                        cold += t < 850 ? 1 : 0;
                    }
                    sink += cold > 48 ? 1 : 0;
                }
                bare[run] += System.nanoTime() - start;
            }
        }
        long furnaceDays = (long) plants * 2 * 365;
        report("national year (" + furnaceDays + " furnace-days, " + furnaceDays * 5 * 24 + " hourly means)",
                engine, bare, sink);
    }

    private static void dailyFile(Path file, int runs) throws Exception {
        var parser = new DailyRowParser();
        var rule = new DailyMeanRule(ComplianceProperties.defaults());
        long[] ours = new long[runs];
        long[] bare = new long[runs];
        double sink = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            try (CsvTable table = CsvTable.open(Files.newInputStream(file), file.getFileName().toString(),
                    DailyRowParser.COLUMNS)) {
                Map<String, String> row;
                while ((row = table.next()) != null) {
                    try {
                        if (parser.parse(row) instanceof PlatformDailyRow.Measurement m) {
                            sink += rule.evaluate(m.mean()).reasons().size();
                        }
                    } catch (InvalidRowException e) {
                        sink++;
                    }
                }
            }
            ours[run] = System.nanoTime() - start;
            start = System.nanoTime();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    sink += line.split(",", -1).length;
                }
            }
            bare[run] = System.nanoTime() - start;
        }
        report("real daily file (" + Files.size(file) + " bytes), read+validate+judge vs split", ours, bare, sink);
    }

    private static void hj212(int runs) {
        List<String> frames = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            String segment = "QN=20250301" + String.format("%09d", i) + ";ST=22;CN=2061;PW=123456;MN=MN" + (i % 2000)
                    + ";Flag=4;CP=&&DataTime=20250301100000;a34013-Avg=" + random.nextInt(30) + ".1,a34013-ZsAvg=12.5,"
                    + "a34013-Flag=N;a21002-Avg=180.2,a21002-Flag=N;a21026-Avg=20.0,a21026-Flag=N;a21024-Avg=5.5,"
                    + "a21024-Flag=N;a21005-Avg=7.0,a21005-Flag=N&&";
            byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
            frames.add("##" + String.format("%04d", bytes.length) + segment + Hj212Crc.hex(bytes));
        }
        var parser = new Hj212Parser();
        long[] ours = new long[runs];
        long[] bare = new long[runs];
        double sink = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            for (String frame : frames) {
                sink += parser.parse(frame).isAccepted() ? 1 : 0;
            }
            ours[run] = System.nanoTime() - start;
            start = System.nanoTime();
            for (String frame : frames) {
                String segment = frame.substring(6, frame.length() - 4);
                sink += Hj212Crc.of(segment.getBytes(StandardCharsets.UTF_8)) + segment.split("[;,]").length;
            }
            bare[run] = System.nanoTime() - start;
        }
        report("HJ 212 parse of " + frames.size() + " hourly frames (" + (int) (frames.size() / (median(ours) / 1e9))
                + " frames/s) vs bare CRC+split", ours, bare, sink);
    }

    private static void report(String what, long[] ours, long[] bare, double sink) {
        double o = median(ours) / 1e6;
        double b = median(bare) / 1e6;
        System.out.printf("%s: ours %.0f ms, baseline %.0f ms, ratio %.2f (runs %s / %s) [%s]%n", what, o, b, o / b,
                Arrays.toString(Arrays.stream(ours).map(n -> n / 1_000_000).toArray()),
                Arrays.toString(Arrays.stream(bare).map(n -> n / 1_000_000).toArray()), sink > 0 ? "ok" : "?");
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
