package org.qianliyan.crawler.extract;

import org.qianliyan.crawler.source.SourceProfile;

/** Turns a fetched page of a source into documents and links. */
@FunctionalInterface
public interface PageExtractor {

    /**
     * @param page    the fetched page
     * @param profile the source it belongs to
     * @return what the page yielded; never null
     */
    Extraction extract(FetchedPage page, SourceProfile profile);
}
