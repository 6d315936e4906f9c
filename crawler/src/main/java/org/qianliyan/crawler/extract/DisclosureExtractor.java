package org.qianliyan.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceProfile;

/**
 * Government 行政处罚 disclosure sites: list pages yield links to detail pages and further list
 * pages; a detail page yields a document carrying a {@link DisclosureRecord}, read from an HTML
 * table of label/value cells when there is one, else from the decision's free text
 * ({@link DecisionTextReader}). Attachments (PDF, Word, scans) are listed, not fetched.
 */
public final class DisclosureExtractor implements PageExtractor {

    private static final Pattern ATTACHMENT = Pattern.compile("(?i)\\.(pdf|docx?|xlsx?|wps|zip|rar|ofd|jpe?g|png)(\\?.*)?$");

    @Override
    public Extraction extract(FetchedPage page, SourceProfile profile) {
        Document doc = page.html();
        if (profile.isListUrl(page.url()) && !profile.isDetailUrl(page.url())) {
            return Extraction.of(List.of(), LinkExtractor.follow(doc, profile));
        }
        // Everything read from the page as served comes first: the article extraction may strip it (no copy of the page).
        List<DisclosureRecord.Attachment> attachments = attachments(doc);
        Map<String, String> raw = tableFields(doc);
        List<String> links = LinkExtractor.follow(doc, profile);
        CrawledDocument article = ArticleExtractor.article(doc, page, profile);
        DisclosureRecord record;
        if (raw.size() >= 3) {
            record = new DisclosureRecord(article.title(), schemaFields(raw), raw, attachments, DisclosureRecord.Basis.TABLE);
        } else {
            Map<String, String> fields = DecisionTextReader.read(article.text());
            record = new DisclosureRecord(article.title(), fields, fields, attachments, DisclosureRecord.Basis.FREE_TEXT);
        }
        CrawledDocument document = DocumentFactory.fromText(page.url(), profile, article.title(), article.author(),
                article.publishedAt(), article.text(), article.sanitizedHtml(), Engagement.UNKNOWN, page.fetchedAt(), record);
        return Extraction.of(List.of(document), links);
    }

    /** @return label → value pairs from table rows (2 or 4 cells) and definition lists, in page order */
    static Map<String, String> tableFields(Document doc) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (Element row : doc.select("tr")) {
            Elements cells = row.select("> th, > td");
            for (int i = 0; i + 1 < cells.size(); i += 2) {
                put(raw, cells.get(i).text(), cells.get(i + 1));
            }
        }
        for (Element dt : doc.select("dt")) {
            Element dd = dt.nextElementSibling();
            if (dd != null && dd.normalName().equals("dd")) {
                put(raw, dt.text(), dd);
            }
        }
        return raw;
    }

    private static void put(Map<String, String> raw, String label, Element valueCell) {
        String clean = DisclosureLabels.clean(label);
        String value = BlockText.of(valueCell).strip();
        if (!value.isEmpty() && DisclosureLabels.schemaName(clean).isPresent()) {
            raw.putIfAbsent(clean, value);
        }
    }

    private static Map<String, String> schemaFields(Map<String, String> raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        raw.forEach((label, value) -> {
            Optional<String> name = DisclosureLabels.schemaName(label);
            name.ifPresent(n -> fields.putIfAbsent(n, value));
        });
        return fields;
    }

    static List<DisclosureRecord.Attachment> attachments(Document doc) {
        List<DisclosureRecord.Attachment> out = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String url = a.absUrl("href");
            if (!url.isEmpty() && (ATTACHMENT.matcher(url).find() || a.text().startsWith("附件"))
                    && out.stream().noneMatch(x -> x.url().equals(url))) {
                out.add(new DisclosureRecord.Attachment(a.text().strip(), url));
            }
        }
        return out;
    }
}
