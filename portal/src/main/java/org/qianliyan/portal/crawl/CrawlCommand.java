package org.qianliyan.portal.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qianliyan.crawler.SourceProgress;
import org.qianliyan.portal.cli.CliArguments;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;

/**
 * {@code crawl [--source ID] [--once]}: one pass until nothing is due with {@code --once},
 * otherwise passes every {@code qianliyan.crawler.interval} until the process is stopped.
 * Progress per source goes to standard output after every pass.
 */
public class CrawlCommand implements CliCommand {

    private final CrawlService crawls;
    private final Duration interval;

    public CrawlCommand(CrawlService crawls, CrawlerProperties properties) {
        this.crawls = crawls;
        this.interval = properties.interval();
    }

    @Override
    public String name() {
        return "crawl";
    }

    @Override
    public String usage() {
        return "crawl [--source ID] [--once]";
    }

    @Override
    public int run(List<String> arguments, CliStreams io) throws InterruptedException {
        CliArguments parsed = CliArguments.parse(arguments, Set.of("source"), Set.of("once"));
        if (!parsed.positional().isEmpty()) {
            throw new CliUsageException("unexpected argument " + parsed.positional().get(0) + ": " + usage());
        }
        Optional<String> source = parsed.option("source");
        do {
            CrawlPass pass;
            try {
                pass = crawls.runPass(source);
            } catch (IllegalArgumentException e) {
                throw new CliUsageException(e.getMessage());
            }
            report(pass, io);
            if (!parsed.flag("once")) {
                Thread.sleep(interval.toMillis());
            }
        } while (!parsed.flag("once"));
        return 0;
    }

    private static void report(CrawlPass pass, CliStreams io) {
        if (pass.progress().isEmpty()) {
            io.out().println("nothing was due");
        }
        for (SourceProgress p : pass.progress().values()) {
            io.out().println(p.sourceId() + ": fetched " + p.fetched() + ", queued " + p.queued() + ", failed "
                    + p.failed() + ", new " + p.newDocs() + ", duplicate " + p.duplicates()
                    + (p.blocked() ? ", BLOCKED (" + p.lastBlock() + "): staff should look" : ""));
        }
    }
}
