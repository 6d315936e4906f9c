package org.qianliyan.portal.search.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.enforcement.store.CaseFields;
import org.qianliyan.portal.search.SearchExport;
import org.qianliyan.portal.search.SearchParameters;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search page's background export against the real portal and Elasticsearch: it counts up to
 * the total, its file is the same as the streamed API export of the same search, a cancel stops
 * it part-way, and no file is left behind.
 */
@PortalIntegrationTest
class SearchExportJobIT {

    /** A phrase only this test's cases contain; more of them than one page of the export's scan (1,000). */
    private static final String MARKER = "千里眼后台导出样本";
    private static final int CASES = 1_200;
    private static boolean indexed;

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;
    @Autowired
    SearchExport export;
    @Autowired
    SearchExportJobs jobs;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void indexOnce() throws Exception {
        if (indexed) {
            return;
        }
        List<BulkOperation> operations = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String id = "export-job-" + i;
            LocalDate date = LocalDate.of(2019, 1, 1).plusDays(i);
            Map<String, Object> document = Map.of(CaseFields.ID, id, CaseFields.PARTY_NAME, "后台导出企业" + i,
                    CaseFields.DECISION_NUMBER, "导罚〔2019〕" + i + "号",
                    CaseFields.VIOLATION_FACTS, MARKER + "第" + i + "号，废水超标", CaseFields.PROVINCE, "浙江省",
                    CaseFields.CITY, "宁波市", CaseFields.AUTHORITY, "宁波市生态环境局",
                    CaseFields.DECISION_DATE, date.toString(), CaseFields.YEAR, date.getYear(),
                    CaseFields.PENALTY_YUAN, 10_000 + i);
            operations.add(BulkOperation.of(o -> o.index(x -> x.id(id).document(document))));
        }
        client.bulk(b -> b.index(schema.alias("cases")).operations(operations).refresh(Refresh.True));
        indexed = true;
    }

    @Test
    void a_csv_job_counts_up_to_the_total_and_writes_what_the_api_streams() throws Exception {
        AtomicLong heard = new AtomicLong();
        SearchExportJob job = jobs.start(prepared(), ExportFormat.CSV, baseUrl(), heard::set);

        Path file = job.file().join();

        assertThat(job.total()).isEqualTo(CASES);
        assertThat(job.written()).isEqualTo(CASES);
        assertThat(heard.get()).isEqualTo(CASES);
        assertThat(Files.readAllBytes(file)).isEqualTo(api("csv"));
        job.discard();
        assertThat(file).doesNotExist();
        assertThat(filesLeft()).isEmpty();
    }

    @Test
    void an_xlsx_job_has_the_same_cells_as_the_api_export() throws Exception {
        SearchExportJob job = jobs.start(prepared(), ExportFormat.XLSX, baseUrl(), rows -> { });

        Path file = job.file().join();

        List<List<String>> fromJob;
        try (InputStream in = Files.newInputStream(file)) {
            fromJob = cells(in);
        }
        assertThat(fromJob).hasSize(CASES + 1).isEqualTo(cells(new ByteArrayInputStream(api("xlsx"))));
        job.discard();
        assertThat(filesLeft()).isEmpty();
    }

    @Test
    void a_cancelled_job_stops_part_way_and_leaves_no_file() throws Exception {
        AtomicReference<SearchExportJob> started = new AtomicReference<>();
        CountDownLatch known = new CountDownLatch(1);
        SearchExportJob job = jobs.start(prepared(), ExportFormat.CSV, baseUrl(), rows -> {
            if (rows == 10) {
                await(known);
                started.get().discard();
            }
        });
        started.set(job);
        known.countDown();

        assertThatThrownBy(() -> job.file().join()).isInstanceOf(CancellationException.class);
        assertThat(job.written()).isEqualTo(10).isLessThan(job.total());
        assertThat(job.finishedFile()).isEmpty();
        assertThat(filesLeft()).isEmpty();
    }

    private SearchExport.Prepared prepared() {
        return export.prepare(SearchParameters.of("\"" + MARKER + "\""), false);
    }

    private byte[] api(String format) throws Exception {
        URI uri = URI.create(baseUrl() + "/api/v1/search." + format + "?q="
                + URLEncoder.encode("\"" + MARKER + "\"", StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Total-Count")).contains(String.valueOf(CASES));
        return response.body();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private List<Path> filesLeft() throws Exception {
        try (Stream<Path> files = Files.list(jobs.directory())) {
            return files.toList();
        }
    }

    private static List<List<String>> cells(InputStream xlsx) throws Exception {
        DataFormatter text = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
