package org.qianliyan.portal.opinion.briefing;

import java.util.List;

/** A piece of a briefing as every format draws it: the page, the PDF and the DOCX. */
public sealed interface BriefingBlock {

    /** A title: level 1 for the briefing, 2 for a section. */
    record Heading(int level, String text) implements BriefingBlock {
    }

    record Text(String text) implements BriefingBlock {
    }

    record Table(List<String> headers, List<List<String>> rows) implements BriefingBlock {
    }

    /** A bar chart: one bar per label. */
    record Bars(List<String> labels, List<Long> values) implements BriefingBlock {

        public long max() {
            return values.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
