package org.qianliyan.portal.incinerator.hj212;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CommandLineContract.ImportHj212;
import org.springframework.stereotype.Component;

/** {@code import hj212 F}: replays a file of frames, one per line; bad frames are reported with their line. */
@Component
class ImportHj212Command implements CliCommand<ImportHj212> {

    private final Hj212Ingest ingest;

    ImportHj212Command(Hj212Ingest ingest) {
        this.ingest = ingest;
    }

    @Override
    public Class<ImportHj212> options() {
        return ImportHj212.class;
    }

    @Override
    public int run(ImportHj212 options, CliStreams io) throws Exception {
        Path file = options.file;
        long lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var session = ingest.open()) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                var result = session.accept(line, file.getFileName() + ":" + lines);
                if (result.rejection().isPresent()) {
                    io.err().println(file.getFileName() + ":" + lines + ": rejected: " + result.rejection().get());
                }
            }
            session.flush();
            io.out().println("frames accepted " + session.accepted() + ", rejected " + session.rejected()
                    + ", documents stored " + session.stored() + ", outlet-days judged " + session.judged());
            return session.accepted() == 0 && session.rejected() > 0 ? 2 : 0;
        }
    }
}
