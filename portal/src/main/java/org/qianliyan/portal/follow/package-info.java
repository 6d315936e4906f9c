/**
 * "Follow this plant": one Atom feed per plant combining its exceedance days, enforcement cases
 * and coverage ({@code GET /api/v1/facilities/{id}/feed.atom}). It reads the incinerator,
 * enforcement and search features through their services; none of them depends on it.
 */
package org.qianliyan.portal.follow;
