package org.qianliyan.portal.crawl.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.qianliyan.crawler.CrawlerException;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.source.SeedUrls;
import org.qianliyan.crawler.source.SourceProfiles;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.cli.CommandLineContract.SourcesAdd;

/** {@code sources add F.json}: adds or replaces a source from a profile file; exit 2 for an invalid profile. */
public class SourcesAddCommand implements CliCommand<SourcesAdd> {

    private final SourceRepository sources;
    private final Clock clock;

    public SourcesAddCommand(SourceRepository sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public Class<SourcesAdd> options() {
        return SourcesAdd.class;
    }

    @Override
    public int run(SourcesAdd options, CliStreams io) throws IOException {
        Path file = options.file;
        SourceProfile profile;
        try (InputStream in = Files.newInputStream(file)) {
            profile = SourceProfiles.fromJson(in);
            SeedUrls.check(profile);
        } catch (CrawlerException e) {
            throw new CliUsageException(file.getFileName() + ": " + e.getMessage());
        }
        boolean known = sources.find(profile.id()).isPresent();
        sources.save(profile, clock.instant());
        io.out().println((known ? "updated source " : "added source ") + profile.id() + " (" + profile.kind() + ", "
                + profile.seedUrls().size() + " seed URLs, " + (profile.enabled() ? "enabled" : "disabled") + ")");
        return 0;
    }
}
