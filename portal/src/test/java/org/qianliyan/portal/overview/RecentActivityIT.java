package org.qianliyan.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.portal.enforcement.domain.CaseStatusChange;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.PenaltyAmount;
import org.qianliyan.portal.enforcement.domain.Region;
import org.qianliyan.portal.enforcement.domain.SupervisionKind;
import org.qianliyan.portal.enforcement.domain.SupervisionOrder;
import org.qianliyan.portal.enforcement.domain.SupervisionStatus;
import org.qianliyan.portal.enforcement.search.RecentCases;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.incinerator.compliance.ComplianceVerdict;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.ExceedanceDay;
import org.qianliyan.portal.incinerator.store.IncineratorDocuments;
import org.qianliyan.portal.incinerator.store.RecentExceedances;
import org.qianliyan.portal.opinion.review.ConfirmedComplaints;
import org.qianliyan.portal.opinion.review.ReviewedComplaintCounts;
import org.qianliyan.portal.support.TestIndices;

/**
 * The front page's queries against real Elasticsearch, over indices of this test's own: exceedance days, cases and
 * reviewed complaints planted around the month the trends end with (November 2026) and before their window.
 */
class RecentActivityIT {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Plant EAST = plant("it-east", "东郊垃圾焚烧发电厂");
    private static final Plant WEST = plant("it-west", "西山垃圾焚烧发电厂");

    private static TestIndices indices;

    @BeforeAll
    static void plant() throws IOException {
        indices = indicesOfTheFrontPage();
        day(EAST, "FQ-1", "1号排放口", "2026-11-20", new Reason("daily-mean", Verdict.EXCEEDANCE, Pollutant.NOX, 312.5, 250.0, ""),
                new Reason("daily-mean", Verdict.EXCEEDANCE, Pollutant.HCL, 61.0, 50.0, ""));
        day(WEST, "FQ-2", "2号排放口", "2026-11-25", new Reason("daily-mean", Verdict.EXCEEDANCE, Pollutant.PARTICULATE, 35.0, 20.0, ""));
        day(EAST, "L-1", "1号炉", "2026-10-03", new Reason("furnace-temperature", Verdict.EXCEEDANCE, null, 300.0, 240.0, ""));
        day(EAST, "FQ-1", "1号排放口", "2026-11-26");
        day(WEST, "FQ-2", "2号排放口", "2024-06-01", new Reason("daily-mean", Verdict.EXCEEDANCE, Pollutant.SO2, 120.0, 80.0, ""));

        new CaseWriter(indices.client(), indices.alias("cases")).write(List.of(
                penalty("东郊环保能源有限公司", "东环罚〔2026〕7号", "2026-11-10", 100_000, Optional.empty()),
                penalty("西山环境能源有限公司", "西督〔2026〕2号", "2026-11-28", 0, Optional.of(new SupervisionOrder(
                        SupervisionKind.LISTED_SUPERVISION, "督〔2026〕2号", "省生态环境厅",
                        List.of(new CaseStatusChange(SupervisionStatus.ISSUED, LocalDate.parse("2026-11-28"), ""))))),
                penalty("东郊环保能源有限公司", "东环罚〔2026〕3号", "2026-09-01", 200_000, Optional.empty()),
                penalty("西山环境能源有限公司", "西环罚〔2023〕1号", "2023-01-05", 50_000, Optional.empty())));

        review("r1", true, List.of(EAST.id()), List.of("ODOUR"), "2026-10-31T17:00:00Z");
        review("r2", true, List.of(WEST.id()), List.of("ODOUR", "AIR"), "2026-11-05T02:00:00Z");
        review("r3", false, List.of(EAST.id()), List.of("ODOUR"), "2026-11-06T02:00:00Z");
        review("r4", true, List.of(), List.of("NOISE"), "2026-11-07T02:00:00Z");
        review("r5", true, List.of(EAST.id()), List.of("AIR"), "2026-08-15T02:00:00Z");
        review("r6", true, List.of(WEST.id()), List.of("AIR"), "2024-11-15T02:00:00Z");
        for (String index : List.of("compliance-days", "cases", "post-reviews")) {
            indices.client().indices().refresh(r -> r.index(indices.alias(index)));
        }
    }

    @AfterAll
    static void remove() throws IOException {
        indices.close();
    }

    @Test
    void latest_exceedance_findings_come_newest_first_with_plant_value_and_limit() {
        RecentActivity.Lately lately = activity(indices).upTo(NOVEMBER);

        assertThat(lately.exceedances())
                .extracting(ExceedanceDay::date, ExceedanceDay::facilityId, ExceedanceDay::facilityName,
                        ExceedanceDay::pointName, d -> d.reason().pollutant(), d -> d.reason().value(),
                        d -> d.reason().limit())
                .containsExactly(
                        tuple(LocalDate.parse("2026-11-25"), WEST.id(), WEST.name(), "2号排放口", Pollutant.PARTICULATE, 35.0, 20.0),
                        tuple(LocalDate.parse("2026-11-20"), EAST.id(), EAST.name(), "1号排放口", Pollutant.NOX, 312.5, 250.0),
                        tuple(LocalDate.parse("2026-11-20"), EAST.id(), EAST.name(), "1号排放口", Pollutant.HCL, 61.0, 50.0),
                        tuple(LocalDate.parse("2026-10-03"), EAST.id(), EAST.name(), "1号炉", null, 300.0, 240.0),
                        tuple(LocalDate.parse("2024-06-01"), WEST.id(), WEST.name(), "2号排放口", Pollutant.SO2, 120.0, 80.0));
        assertThat(lately.exceedances().get(3).reason().ruleId()).isEqualTo("furnace-temperature");
    }

    @Test
    void exceedance_days_are_counted_per_month_over_two_years_with_empty_months_at_zero() {
        Map<YearMonth, Long> perMonth = activity(indices).upTo(NOVEMBER).exceedanceDays();

        assertThat(perMonth).hasSize(RecentActivity.MONTHS);
        assertThat(perMonth.keySet()).first().isEqualTo(YearMonth.of(2024, 12));
        assertThat(perMonth.keySet()).last().isEqualTo(NOVEMBER);
        assertThat(perMonth).containsEntry(NOVEMBER, 2L).containsEntry(YearMonth.of(2026, 10), 1L)
                .containsEntry(YearMonth.of(2026, 9), 0L);
        assertThat(perMonth.values().stream().mapToLong(Long::longValue).sum())
                .as("the compliant day and the day before the window are not counted").isEqualTo(3);
    }

    @Test
    void latest_cases_come_newest_first_penalties_and_supervision_orders_alike() {
        RecentActivity.Lately lately = activity(indices).upTo(NOVEMBER);

        assertThat(lately.cases()).extracting(EnforcementCase::decisionNumber)
                .containsExactly("西督〔2026〕2号", "东环罚〔2026〕7号", "东环罚〔2026〕3号", "西环罚〔2023〕1号");
        assertThat(lately.cases().get(0).supervision()).map(SupervisionOrder::kind)
                .contains(SupervisionKind.LISTED_SUPERVISION);
        assertThat(lately.cases().get(1).penaltyAmount()).contains(PenaltyAmount.ofYuan(100_000));
        assertThat(lately.cases().get(1).authority()).isEqualTo("东郊区生态环境局");
        assertThat(lately.casesDecided()).hasSize(RecentActivity.MONTHS).containsEntry(NOVEMBER, 2L)
                .containsEntry(YearMonth.of(2026, 9), 1L).containsEntry(YearMonth.of(2026, 10), 0L);
    }

    @Test
    void confirmed_complaints_about_plants_are_counted_per_beijing_month_with_their_topics() {
        RecentActivity.Lately lately = activity(indices).upTo(NOVEMBER);

        assertThat(lately.complaints()).hasSize(RecentActivity.MONTHS);
        assertThat(lately.complaints().get(0).month()).isEqualTo("2024-12");
        ConfirmedComplaints.Month november = lately.complaints().get(RecentActivity.MONTHS - 1);
        assertThat(november.month()).isEqualTo("2026-11");
        assertThat(november.count()).as("r1 is 1 November in Beijing; r3 is no complaint, r4 about no plant").isEqualTo(2);
        assertThat(november.topics()).containsExactly(Map.entry("ODOUR", 2L), Map.entry("AIR", 1L));
        assertThat(lately.complaints()).filteredOn(m -> m.month().equals("2026-08")).singleElement()
                .extracting(ConfirmedComplaints.Month::count).isEqualTo(1L);
        assertThat(lately.complaintCount()).as("r6 is before the window").isEqualTo(3);
        assertThat(lately.complaintTopics()).containsExactly(Map.entry("AIR", 2L), Map.entry("ODOUR", 2L));
    }

    @Test
    void a_fresh_installation_has_nothing_latest_and_every_month_at_zero() throws IOException {
        try (TestIndices empty = indicesOfTheFrontPage()) {
            RecentActivity.Lately lately = activity(empty).upTo(NOVEMBER);

            assertThat(lately.exceedances()).isEmpty();
            assertThat(lately.cases()).isEmpty();
            assertThat(lately.exceedanceDays()).hasSize(RecentActivity.MONTHS).allSatisfy((month, count) -> assertThat(count).isZero());
            assertThat(lately.casesDecided()).hasSize(RecentActivity.MONTHS).allSatisfy((month, count) -> assertThat(count).isZero());
            assertThat(lately.complaints()).hasSize(RecentActivity.MONTHS).allSatisfy(m -> assertThat(m.count()).isZero());
            assertThat(lately.complaintCount()).isZero();
        }
    }

    private static TestIndices indicesOfTheFrontPage() {
        return new TestIndices("frontpage", List.of(IndexDefinition.of("compliance-days"), StandardIndices.CASES,
                IndexDefinition.of("post-reviews")));
    }

    private static RecentActivity activity(TestIndices on) {
        return new RecentActivity(new RecentExceedances(on.client(), on.alias("compliance-days")),
                new RecentCases(on.client(), on.alias("cases")),
                new ReviewedComplaintCounts(on.client(), on.alias("post-reviews")));
    }

    private static Plant plant(String id, String name) {
        return new Plant(id, name, "", "广东省", "深圳市", "", "", 114.0, 22.6, 3000, null, null, 3, "", false);
    }

    private static void day(Plant plant, String pointId, String pointName, String date, Reason... reasons)
            throws IOException {
        LocalDate day = LocalDate.parse(date);
        Map<String, Object> doc = IncineratorDocuments.complianceDay(plant, pointId, pointName, day,
                ComplianceVerdict.ofAll(List.of(reasons)), "test");
        indices.client().index(i -> i.index(indices.alias("compliance-days"))
                .id(IncineratorDocuments.dayId(plant.id(), pointId, day)).document(doc));
    }

    private static EnforcementCase penalty(String party, String number, String date, long yuan,
                                           Optional<SupervisionOrder> supervision) {
        return new EnforcementCase(party, Optional.empty(), number, "超标排放", "", "", "罚款", "",
                yuan == 0 ? Optional.empty() : Optional.of(PenaltyAmount.ofYuan(yuan)), LocalDate.parse(date),
                "东郊区生态环境局", "", new Region("广东省", "深圳市", ""), "", supervision, FacilityLink.NONE, false);
    }

    /** A post-reviews document as the review service writes it, with the fields the counts read. */
    private static void review(String postId, boolean complaint, List<String> facilities, List<String> topics,
                               String publishedAt) throws IOException {
        Map<String, Object> doc = Map.of("post_id", postId, "complaint", complaint, "facility_ids", facilities,
                "effective_topics", topics, "published_at", publishedAt, "response_status", "PENDING");
        indices.client().index(i -> i.index(indices.alias("post-reviews")).id(postId).document(doc)
                .refresh(Refresh.False));
    }
}
