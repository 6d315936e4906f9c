package org.qianliyan.portal.follow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qianliyan.portal.api.ApiIds;
import org.qianliyan.portal.api.ApiNotFoundException;
import org.qianliyan.portal.atom.AtomFeedWriter;
import org.qianliyan.portal.incinerator.api.FacilityFeedPath;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/v1/facilities/{id}/feed.atom}: "follow this plant", the newest 50 of its exceedance
 * days, enforcement cases and coverage as Atom 1.0. An unknown plant is a JSON 404 before any XML.
 */
@RestController
class FacilityFeedController {

    private final PlantFeed feeds;

    FacilityFeedController(PlantFeed feeds) {
        this.feeds = feeds;
    }

    @GetMapping(FacilityFeedPath.PATTERN)
    void feed(@PathVariable String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException, XMLStreamException {
        ApiIds.checked(id);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        PlantFeed.Feed feed = feeds.of(id, base).orElseThrow(() -> new ApiNotFoundException("no facility " + id));
        response.setContentType(AtomFeedWriter.CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        AtomFeedWriter.write(response.getOutputStream(),
                AtomFeedWriter.Feed.at(base + FacilityFeedPath.of(id), feed.title(), feed.pageUrl()), feed.entries());
    }
}
