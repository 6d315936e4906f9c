package org.qianliyan.nlp.link;

import org.qianliyan.nlp.Span;

/**
 * A mention of an administrative region in a text.
 *
 * @param surface the text as matched (normalised)
 * @param region  the region it was resolved to
 * @param span    where it was found
 */
public record PlaceLink(String surface, Region region, Span span) {
}
