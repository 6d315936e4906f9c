package org.qianliyan.portal.crawl.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.qianliyan.crawler.CrawlerException;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.source.SeedUrls;
import org.qianliyan.crawler.source.SourceProfiles;
import org.qianliyan.portal.cli.CliArguments;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;

/** {@code sources add F.json}: adds or replaces a source from a profile file; exit 2 for an invalid profile. */
public class SourcesAddCommand implements CliCommand {

    private final SourceRepository sources;
    private final Clock clock;

    public SourcesAddCommand(SourceRepository sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "sources add";
    }

    @Override
    public String usage() {
        return "sources add F.json   (a source profile: id, name, kind, seedUrls, linkPattern, selectors, …)";
    }

    @Override
    public int run(List<String> arguments, CliStreams io) throws IOException {
        CliArguments parsed = CliArguments.parse(arguments, Set.of(), Set.of());
        if (parsed.positional().size() != 1) {
            throw new CliUsageException("expected one profile file: " + usage());
        }
        Path file = CliArguments.requireReadableFile(parsed.positional().get(0), "sources add");
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
