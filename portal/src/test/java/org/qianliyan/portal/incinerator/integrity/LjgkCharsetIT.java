package org.qianliyan.portal.incinerator.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.imports.ImportProgress;
import org.qianliyan.portal.incinerator.imports.InvalidFileException;
import org.qianliyan.portal.incinerator.imports.LjgkFiles;
import org.qianliyan.portal.incinerator.imports.LjgkImporter;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.qianliyan.portal.incinerator.store.PlantRepository;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A bad file must never replace good data: a plant list saved as GBK is read as GBK, a file in
 * no charset we read is refused with nothing written, and a list that would rename most stored
 * plants (a mis-encoded file that happens to be valid UTF-8) needs {@code --force}. A refused
 * import leaves none of the generations it staged while reading the files. The staff
 * Imports panel calls the same importer and shows the same message.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "qianliyan.incinerator.demo=false")
class LjgkCharsetIT {

    @Autowired
    List<CliCommand<?>> commands;

    @Autowired
    LjgkImporter importer;

    @Autowired
    PlantRepository plants;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    IndexSchema schema;

    @TempDir
    Path dir;

    @Test
    void a_plant_list_saved_as_gbk_is_imported_with_its_chinese_names() throws Exception {
        LjgkImportRun run = LjgkImportRun.of(commands, "--plants", LjgkTestFiles.plantsInGbk(dir).toString(),
                "--furnaces", LjgkTestFiles.excerpt(dir, "furnaces-excerpt.csv").toString(), "--force");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(plants.byId(LjgkTestFiles.PLANT_ID).orElseThrow().plant().name()).isEqualTo(LjgkTestFiles.PLANT_NAME);
        assertThat(names()).containsAllEntriesOf(LjgkTestFiles.excerptNames());
    }

    @Test
    void a_file_in_no_charset_we_read_is_refused_naming_it_and_nothing_is_written() throws Exception {
        importGoodExcerpt();
        Map<String, String> before = names();

        Path garbage = LjgkTestFiles.plantsWithGarbage(dir);
        LjgkImportRun run = LjgkImportRun.of(commands, "--plants", garbage.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("plants-garbage.csv is neither UTF-8 nor GB18030");
        assertThat(names()).isEqualTo(before);
        assertThatThrownBy(() -> importer.importFiles(new LjgkFiles(garbage, null, null), false, true, ImportProgress.NONE))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(refusal -> assertThat(run.err()).as("what the command printed").contains(refusal.getMessage()));
    }

    @Test
    void a_bad_byte_after_the_start_of_a_file_refuses_the_whole_import() throws Exception {
        importGoodExcerpt();
        Map<String, String> before = names();

        LjgkImportRun run = LjgkImportRun.of(commands, "--plants", LjgkTestFiles.plantsMojibake(dir).toString(),
                "--daily", LjgkTestFiles.dailyDamagedAfterStart(dir).toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("daily-damaged.csv: line \\d+ holds bytes that are not text");
        assertThat(names()).as("the plant file was valid, but nothing of the import is written").isEqualTo(before);
    }

    @Test
    void a_plant_list_that_renames_most_stored_plants_needs_force() throws Exception {
        importGoodExcerpt();
        Map<String, String> before = names();
        Path mojibake = LjgkTestFiles.plantsMojibake(dir);

        LjgkImportRun refused = LjgkImportRun.of(commands, "--plants", mojibake.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("plants-mojibake.csv would rename " + LjgkTestFiles.PLANTS + " of the "
                + before.size() + " stored plants (such as 「" + LjgkTestFiles.PLANT_NAME + "」 → 「").contains("--force");
        assertThat(names()).isEqualTo(before);
        assertThatThrownBy(() -> importer.importFiles(new LjgkFiles(mojibake, null, null), false, false, ImportProgress.NONE))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(refusal -> assertThat(refused.err()).as("what the command printed").contains(refusal.getMessage()));

        LjgkImportRun forced = LjgkImportRun.of(commands, "--plants", mojibake.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(plants.byId(LjgkTestFiles.PLANT_ID).orElseThrow().plant().name()).isNotEqualTo(LjgkTestFiles.PLANT_NAME);
        importGoodExcerpt();
        assertThat(names()).isEqualTo(before);
    }

    @Test
    void a_refused_import_leaves_no_generation_behind_and_the_indices_take_writes() throws Exception {
        importGoodExcerpt();

        LjgkImportRun run = LjgkImportRun.of(commands, "--plants", LjgkTestFiles.plantsMojibake(dir).toString(),
                "--daily", LjgkTestFiles.dailyDamagedAfterStart(dir).toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(2);
        for (String name : List.of(IncineratorIndices.FACILITIES, IncineratorIndices.MONITORING_DAYS,
                IncineratorIndices.COMPLIANCE_DAYS)) {
            String alias = schema.alias(name);
            assertThat(client.indices().get(g -> g.index(alias + "-*")).result().keySet())
                    .as("the generations staged while the files were read are deleted")
                    .isEqualTo(client.indices().getAlias(g -> g.name(alias)).result().keySet());
        }
        String facilities = schema.alias(IncineratorIndices.FACILITIES);
        client.index(i -> i.index(facilities).id("written-after-refusal").document(Map.of("kind", "plant")));
        client.delete(d -> d.index(facilities).id("written-after-refusal"));
    }

    private void importGoodExcerpt() throws Exception {
        LjgkImportRun run = LjgkImportRun.of(commands, "--plants", LjgkTestFiles.excerpt(dir, "plants-excerpt.csv").toString(),
                "--furnaces", LjgkTestFiles.excerpt(dir, "furnaces-excerpt.csv").toString(), "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        plants.all().stream().filter(p -> !p.plant().demo()).forEach(p -> names.put(p.plant().id(), p.plant().name()));
        return names;
    }
}
