package org.qianliyan.portal.incinerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.QianliyanCli;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.hj212.Hj212Crc;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code import hj212 F} against the real test Elasticsearch: good frames stored, the bad one only reported. */
@PortalIntegrationTest
class Hj212ImportIT {

    static final String BAD_CRC = "##0204QN=20191112091100598;ST=31;CN=2051;PW=123456;MN=14513567846884;PNO=0002;"
            + "PNUM=0002;CP=&&DataTime=20230327090000;a01006-Avg=101.85,a01006-Min=101.84,a01006-Max=101.87,"
            + "a01006-ValidNum=10,a01006-TotalNum=10&&2800";

    @Autowired
    List<CliCommand<?>> commands;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    IndexSchema schema;

    @Test
    void hourly_means_and_furnace_temperatures_are_stored_and_a_bad_crc_is_rejected_with_its_line(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("frames.txt");
        Files.writeString(file, String.join("\n",
                frame("QN=20250301100000000;ST=22;CN=2061;PW=123456;MN=ITMN0001;Flag=4;CP=&&DataTime=20250301100000;"
                        + "a34013-Avg=9.1,a34013-ZsAvg=12.5,a34013-Flag=N;a21002-Avg=180.2,a21002-Flag=N&&"),
                frame("QN=20250301100500000;ST=22;CN=2111;PW=123456;MN=ITMN0001;Flag=8;CP=&&DataTime=20250301100500;"
                        + "a01901-Avg=871.0,a01901-Flag=N;a01902-Avg=866.0&&"),
                BAD_CRC), StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int code = QianliyanCli.run(List.of("import", "hj212", file.toString()), commands, new CliStreams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("frames accepted 2, rejected 1, documents stored 3");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("frames.txt:3: rejected: BAD_CRC");
        client.indices().refresh(r -> r.index(schema.alias("monitoring-hours"), schema.alias("furnace-temperatures")));
        var particulate = client.get(g -> g.index(schema.alias("monitoring-hours"))
                .id("ITMN0001|PARTICULATE|2025-03-01T10:00"), java.util.Map.class);
        assertThat(particulate.source().get("value")).isEqualTo(12.5);
        assertThat(client.count(c -> c.index(schema.alias("furnace-temperatures"))
                .query(q -> q.term(t -> t.field("mn").value("ITMN0001")))).count()).isEqualTo(1);
    }

    private static String frame(String segment) {
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        return "##" + String.format("%04d", bytes.length) + segment + Hj212Crc.hex(bytes);
    }
}
