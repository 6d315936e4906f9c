package org.qianliyan.portal.incinerator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qianliyan.testkit.PublicDataExcerpts;
import org.qianliyan.portal.incinerator.compliance.ComplianceProperties;
import org.qianliyan.portal.incinerator.compliance.ComplianceVerdict;
import org.qianliyan.portal.incinerator.compliance.DailyMeanRule;
import org.qianliyan.portal.incinerator.compliance.OutletDayEvaluator;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.DailyMean;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * An excerpt of the ministry platform's real exports (the test kit's {@code ljgk/README.md}
 * says which rows and why), read and judged without a server.
 */
class RealPlatformDataTest {

    static final String JINXIANG = "金乡盛运环保电力有限公司";

    static List<PlatformDailyRow> rows = new ArrayList<>();
    static int problems;

    @BeforeAll
    static void readTheDailyFile() throws Exception {
        var parser = new DailyRowParser();
        try (CsvTable table = open(PublicDataExcerpts.ljgkDaily(), DailyRowParser.COLUMNS)) {
            Map<String, String> row;
            while ((row = table.next()) != null) {
                try {
                    rows.add(parser.parse(row));
                } catch (InvalidRowException e) {
                    problems++;
                }
            }
        }
    }

    @Test
    void every_row_of_the_daily_file_is_read_and_placeholders_are_no_data_facts() {
        assertThat(problems).isZero();
        assertThat(rows).hasSize(176);
        assertThat(rows).filteredOn(r -> r instanceof PlatformDailyRow.NoData).hasSize(11);
    }

    @Test
    void jinxiang_on_2023_12_02_exceeds_for_particulate_and_hydrogen_chloride() {
        Map<String, List<DailyMean>> outlets = new HashMap<>();
        for (PlatformDailyRow row : rows) {
            if (row instanceof PlatformDailyRow.Measurement m && m.company().equals(JINXIANG)
                    && m.day().equals(LocalDate.of(2023, 12, 2))) {
                outlets.computeIfAbsent(m.pointId(), k -> new ArrayList<>()).add(m.mean());
            }
        }
        var evaluator = new OutletDayEvaluator(ComplianceProperties.defaults());

        List<ComplianceVerdict> verdicts = outlets.values().stream().map(evaluator::evaluate).toList();

        assertThat(verdicts).extracting(ComplianceVerdict::verdict)
                .containsExactlyInAnyOrder(Verdict.EXCEEDANCE, Verdict.COMPLIANT);
        List<Reason> reasons = verdicts.stream().flatMap(v -> v.reasons().stream()).toList();
        assertThat(reasons).extracting(Reason::pollutant, Reason::value, Reason::limit).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Pollutant.PARTICULATE, 35.794, 20.0),
                org.assertj.core.groups.Tuple.tuple(Pollutant.HCL, 145.681, 50.0));
        assertThat(reasons).extracting(Reason::ruleId).containsOnly("daily-mean");
    }

    @Test
    void our_exceedances_agree_with_the_platforms_own_flags_row_by_row() {
        var rule = new DailyMeanRule(ComplianceProperties.defaults());
        int agreed = 0;
        for (PlatformDailyRow row : rows) {
            if (row instanceof PlatformDailyRow.Measurement m) {
                boolean ours = rule.evaluate(m.mean()).verdict() == Verdict.EXCEEDANCE;
                assertThat(ours).as("%s %s %s", m.company(), m.day(), m.mean()).isEqualTo(m.platformExceeds());
                agreed += ours ? 1 : 0;
            }
        }
        assertThat(agreed).isEqualTo(2);
    }

    @Test
    void rows_remarked_cems_maintenance_are_maintenance_and_blank_values_are_missing() {
        var rule = new DailyMeanRule(ComplianceProperties.defaults());
        Map<Verdict, Integer> counts = new HashMap<>();
        for (PlatformDailyRow row : rows) {
            if (row instanceof PlatformDailyRow.Measurement m) {
                counts.merge(rule.evaluate(m.mean()).verdict(), 1, Integer::sum);
            }
        }
        assertThat(counts.get(Verdict.MAINTENANCE)).isEqualTo(37);
        assertThat(counts.get(Verdict.MISSING)).isEqualTo(5); // 10 blank, 5 of them under maintenance
        assertThat(counts.get(Verdict.EXCEEDANCE)).isEqualTo(2);
    }

    @Test
    void the_plant_and_furnace_lists_read_whole_and_every_daily_point_joins_them() throws Exception {
        Set<String> plants = new HashSet<>();
        var plantParser = new PlantRowParser();
        try (CsvTable table = open(PublicDataExcerpts.ljgkPlants(), PlantRowParser.COLUMNS)) {
            Map<String, String> row;
            while ((row = table.next()) != null) {
                plants.add(plantParser.parse(row).id());
            }
        }
        Set<String> points = new HashSet<>();
        var furnaceParser = new FurnaceRowParser();
        try (CsvTable table = open(PublicDataExcerpts.ljgkFurnaces(), FurnaceRowParser.COLUMNS)) {
            Map<String, String> row;
            while ((row = table.next()) != null) {
                points.add(furnaceParser.parse(row).pointId());
            }
        }
        assertThat(plants).hasSize(13);
        assertThat(points).hasSize(33);
        for (PlatformDailyRow row : rows) {
            if (row instanceof PlatformDailyRow.Measurement m) {
                assertThat(plants).contains(m.plantId());
                assertThat(points).contains(m.pointId());
            }
        }
    }

    private static CsvTable open(Path path, List<String> columns) throws IOException {
        return CsvTable.open(Files.newInputStream(path), path.getFileName().toString(), columns);
    }
}
