package org.qianliyan.portal.crawl;

import java.time.Duration;
import java.util.Optional;

import org.qianliyan.crawler.SourceProgress;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.cli.CommandLineContract.Crawl;

/**
 * {@code crawl [--source ID] [--once]}: one pass until nothing is due with {@code --once},
 * otherwise passes every {@code qianliyan.crawler.interval} until the process is stopped.
 * Progress per source goes to standard output after every pass.
 */
public class CrawlCommand implements CliCommand<Crawl> {

    private final CrawlService crawls;
    private final Duration interval;

    public CrawlCommand(CrawlService crawls, CrawlerProperties properties) {
        this.crawls = crawls;
        this.interval = properties.interval();
    }

    @Override
    public Class<Crawl> options() {
        return Crawl.class;
    }

    @Override
    public int run(Crawl options, CliStreams io) throws InterruptedException {
        Optional<String> source = options.source();
        do {
            CrawlPass pass;
            try {
                pass = crawls.runPass(source);
            } catch (IllegalArgumentException e) {
                throw new CliUsageException(e.getMessage());
            }
            report(pass, io);
            if (!options.once) {
                Thread.sleep(interval.toMillis());
            }
        } while (!options.once);
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
