package org.qianliyan.portal.crawl.sources;

import java.time.Clock;

import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.extract.Extraction;
import org.qianliyan.crawler.extract.FetchedPage;
import org.qianliyan.crawler.extract.PageExtractors;
import org.qianliyan.crawler.fetch.FetchOutcome;
import org.qianliyan.crawler.fetch.FetchRequest;
import org.qianliyan.crawler.fetch.FetchStatus;
import org.qianliyan.crawler.fetch.PageFetcher;
import org.qianliyan.crawler.source.SourceProfile;

/**
 * "Test this source": fetches the first seed through the crawler's fetcher (robots.txt,
 * politeness and the SSRF guard apply) and extracts it as a crawl would; when it is a list
 * page that yields no document, its first detail link is fetched too. Nothing is stored.
 */
public class SourceTrial {

    private static final int EXCERPT = 300;

    private final PageFetcher fetcher;
    private final Clock clock;

    public SourceTrial(PageFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** @return what the source's first page (or first article) would yield */
    public SourceTrialResult run(SourceProfile profile) throws InterruptedException {
        String seed = profile.seedUrls().get(0);
        Attempt first = attempt(profile, seed);
        if (first.result != null || !first.extraction.documents().isEmpty() || first.extraction.links().isEmpty()) {
            return first.result != null ? first.result : describe(seed, first.extraction, first.extraction);
        }
        String link = first.extraction.links().get(0);
        Attempt detail = attempt(profile, link);
        return detail.result != null ? detail.result : describe(link, detail.extraction, first.extraction);
    }

    private record Attempt(Extraction extraction, SourceTrialResult result) {
    }

    private Attempt attempt(SourceProfile profile, String url) throws InterruptedException {
        FetchOutcome outcome = fetcher.fetch(new FetchRequest(url, profile.id(), profile.cookies(), null, null));
        if (outcome.status() != FetchStatus.OK) {
            return new Attempt(null, failure(url, outcome.status().name(), outcome.reason() != null ? outcome.reason()
                    : "HTTP " + outcome.httpStatus()));
        }
        Extraction extraction;
        try {
            extraction = PageExtractors.forKind(profile.kind())
                    .extract(new FetchedPage(url, outcome.finalUrl(), outcome.contentType(), outcome.body(), clock.instant()), profile);
        } catch (RuntimeException e) {
            return new Attempt(null, failure(url, FetchStatus.UNSUPPORTED_CONTENT.name(), "extraction failed: " + e.getMessage()));
        }
        if (extraction.blocked() != null) {
            return new Attempt(null, failure(url, FetchStatus.BLOCKED.name(), extraction.blocked()));
        }
        if (extraction.gone() != null) {
            return new Attempt(null, failure(url, FetchStatus.GONE.name(), extraction.gone()));
        }
        return new Attempt(extraction, null);
    }

    private static SourceTrialResult describe(String url, Extraction page, Extraction linksFrom) {
        if (page.documents().isEmpty()) {
            return new SourceTrialResult(url, "OK", null, null, null, null, null, linksFrom.links().size(), 0);
        }
        CrawledDocument d = page.documents().get(0);
        String text = d.text();
        String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
        return new SourceTrialResult(d.url(), "OK", null, d.title(), d.publishedAt(), d.author(), excerpt,
                linksFrom.links().size(), page.documents().size());
    }

    private static SourceTrialResult failure(String url, String outcome, String reason) {
        return new SourceTrialResult(url, outcome, reason, null, null, null, null, 0, 0);
    }
}
