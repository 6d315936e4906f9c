package org.qianliyan.portal.opinion.briefing;

/** The briefing's words in the reader's language (the {@code opinion} bundle). */
@FunctionalInterface
public interface BriefingText {

    String get(String key, Object... parameters);
}
