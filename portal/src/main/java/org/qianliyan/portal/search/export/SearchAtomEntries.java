package org.qianliyan.portal.search.export;

import java.util.Locale;

import org.qianliyan.portal.atom.AtomEntry;
import org.qianliyan.portal.search.SearchHit;

/** Search results as Atom entries, for the feed of a search and for features that follow one. */
public final class SearchAtomEntries {

    private SearchAtomEntries() {
    }

    /** The entry of a search result: ids {@code urn:qianliyan:{dataset}:{id}}, portal links made absolute. */
    public static AtomEntry of(SearchHit hit, String baseUrl) {
        return new AtomEntry("urn:qianliyan:" + hit.kind().name().toLowerCase(Locale.ROOT) + ":" + hit.id(),
                hit.title().isBlank() ? hit.id() : hit.title(), ExportColumns.absolute(hit.link(), baseUrl),
                AtomEntry.instant(hit.date()), hit.snippet());
    }
}
