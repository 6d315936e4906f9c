package org.qianliyan.nlp.topic;

/**
 * Whether a text is a citizen complaint about a specific place.
 *
 * @param complaint the decision
 * @param score     0..1 evidence
 */
public record Complaint(boolean complaint, double score) {
}
