package org.qianliyan.portal.search.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qianliyan.portal.api.BadApiRequestException;
import org.qianliyan.portal.atom.AtomFeedWriter;
import org.qianliyan.portal.search.InvalidSearchException;
import org.qianliyan.portal.search.SearchApiParameters;
import org.qianliyan.portal.search.SearchAudience;
import org.qianliyan.portal.search.SearchExport;
import org.qianliyan.portal.search.SearchLinks;
import org.qianliyan.portal.search.SearchPage;
import org.qianliyan.portal.search.SearchParameters;
import org.qianliyan.portal.search.SearchService;
import org.qianliyan.portal.search.SearchSort;
import org.qianliyan.portal.search.syntax.QuerySyntaxException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/search.csv}, {@code .xlsx} (the whole result set, streamed) and
 * {@code .atom} (the newest matches as a feed), with the parameters of {@code /api/v1/search}.
 * The query is checked and counted before the first byte, so a bad one is still a JSON 400;
 * {@code X-Total-Count} tells a client how many rows to expect, for a progress bar.
 */
@RestController
class SearchExportController {

    private static final int FEED_ENTRIES = 50;

    private final SearchExport export;
    private final SearchService search;
    private final SearchAudience audience;

    SearchExportController(SearchExport export, SearchService search, SearchAudience audience) {
        this.export = export;
        this.search = search;
        this.audience = audience;
    }

    @GetMapping("/api/v1/search.csv")
    void csv(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
             HttpServletResponse response) throws IOException {
        stream(ExportFormat.CSV, parameters, request, response);
    }

    @GetMapping("/api/v1/search.xlsx")
    void xlsx(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        stream(ExportFormat.XLSX, parameters, request, response);
    }

    @GetMapping("/api/v1/search.atom")
    void atom(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
              HttpServletResponse response) throws IOException, XMLStreamException {
        SearchParameters asked = SearchApiParameters.read(parameters);
        SearchParameters newest = new SearchParameters(asked.query(), asked.dataset(), asked.filters(), SearchSort.DATE, "",
                FEED_ENTRIES);
        SearchPage page;
        try {
            page = search.search(newest, audience.isStaff());
        } catch (QuerySyntaxException | InvalidSearchException e) {
            throw new BadApiRequestException(e.getMessage());
        }
        String base = baseUrl(request);
        String self = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
        response.setContentType(AtomFeedWriter.CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        AtomFeedWriter.write(response.getOutputStream(),
                AtomFeedWriter.Feed.at(self, "千里眼搜索 · " + newest.query(), base + "/" + SearchLinks.page(newest)),
                page.hits().stream().map(hit -> SearchAtomEntries.of(hit, base)).toList());
    }

    private SearchExport.Prepared prepare(MultiValueMap<String, String> parameters) {
        SearchParameters search = SearchApiParameters.read(parameters);
        try {
            return export.prepare(search, audience.isStaff());
        } catch (QuerySyntaxException | InvalidSearchException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }

    private void stream(ExportFormat format, MultiValueMap<String, String> parameters, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        SearchExport.Prepared prepared = prepare(parameters);
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        response.setHeader("X-Total-Count", String.valueOf(prepared.total()));
        format.write(prepared, response.getOutputStream(), baseUrl(request), rows -> { });
    }

    /** The portal's address as the caller sees it, which the exported links start with. */
    static String baseUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
