package org.qianliyan.nlp.link;

import org.qianliyan.nlp.Span;

/**
 * A mention of a facility in a text.
 *
 * @param id         facility id
 * @param name       registered name
 * @param surface    the text as matched (normalised)
 * @param confidence 0..1: full names and credit codes are near 1, short names lower, region-resolved
 *                   ambiguities lower still
 * @param span       where it was found
 */
public record FacilityLink(String id, String name, String surface, double confidence, Span span) {
}
