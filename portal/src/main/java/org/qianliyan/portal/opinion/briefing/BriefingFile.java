package org.qianliyan.portal.opinion.briefing;

import java.util.Locale;

import org.qianliyan.portal.opinion.posts.InvalidFilterException;

/** The downloadable forms of a briefing. */
public enum BriefingFile {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String mediaType;

    BriefingFile(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code opinion-briefing-daily-2024-03-07.pdf} */
    public String fileName(Briefing briefing) {
        return "opinion-briefing-" + briefing.kind().parameter() + "-" + briefing.lastDay() + "." + parameter();
    }

    public byte[] write(Briefing briefing, BriefingText text) {
        var blocks = BriefingContent.of(briefing, text);
        String title = text.get("opinion.briefing.title") + " " + briefing.lastDay();
        return this == PDF ? BriefingPdf.of(blocks, title) : BriefingDocx.of(blocks, title);
    }

    public static BriefingFile parse(String value) {
        for (BriefingFile file : values()) {
            if (file.parameter().equalsIgnoreCase(value)) {
                return file;
            }
        }
        throw new InvalidFilterException("parameter 'format' must be pdf or docx, got '" + value + "'");
    }
}
