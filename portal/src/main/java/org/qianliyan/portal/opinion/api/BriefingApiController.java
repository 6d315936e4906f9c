package org.qianliyan.portal.opinion.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.qianliyan.portal.api.BadApiRequestException;
import org.qianliyan.portal.i18n.BundleI18nProvider;
import org.qianliyan.portal.opinion.briefing.Briefing;
import org.qianliyan.portal.opinion.briefing.BriefingFile;
import org.qianliyan.portal.opinion.briefing.BriefingKind;
import org.qianliyan.portal.opinion.briefing.BriefingService;
import org.qianliyan.portal.opinion.posts.InvalidFilterException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/staff/briefings/{daily|weekly}?date=YYYY-MM-DD&format=pdf|docx&lang=zh|en}:
 * the 舆情简报 ending on {@code date} (default yesterday), in Chinese unless {@code lang=en}.
 */
@RestController
@RequestMapping("/api/v1/staff/briefings")
class BriefingApiController {

    private final BriefingService briefings;
    private final I18NProvider i18n;

    BriefingApiController(BriefingService briefings, I18NProvider i18n) {
        this.briefings = briefings;
        this.i18n = i18n;
    }

    @GetMapping("/{kind}")
    ResponseEntity<byte[]> briefing(@PathVariable String kind, @RequestParam(required = false) String date,
                                    @RequestParam(defaultValue = "pdf") String format,
                                    @RequestParam(defaultValue = "zh") String lang) {
        BriefingKind briefingKind;
        BriefingFile file;
        try {
            briefingKind = BriefingKind.parse(kind);
            file = BriefingFile.parse(format);
        } catch (InvalidFilterException e) {
            throw new BadApiRequestException(e.getMessage());
        }
        Locale locale = switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh" -> BundleI18nProvider.CHINESE;
            case "en" -> BundleI18nProvider.ENGLISH;
            default -> throw new BadApiRequestException("parameter 'lang' must be zh or en, got '" + lang + "'");
        };
        Briefing briefing = briefings.build(briefingKind, day(date));
        byte[] body = file.write(briefing, (key, parameters) -> i18n.getTranslation(key, locale, parameters));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(briefing))
                        .build().toString())
                .body(body);
    }

    private LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return briefings.yesterday();
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new BadApiRequestException("parameter 'date' must be a date like 2024-03-07, got '" + date + "'");
        }
    }
}
