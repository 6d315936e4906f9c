package org.qianliyan.portal.search.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.qianliyan.portal.search.SearchHit;

/** The columns of a search export, the same in CSV and XLSX: Chinese header, English in brackets. */
final class ExportColumns {

    static final List<String> HEADERS = List.of("数据集 (dataset)", "编号 (id)", "标题 (title)", "日期 (date)",
            "地区 (region)", "罚款万元 (fine, 10,000 yuan)", "摘要 (snippet)", "链接 (link)", "示例数据 (demo)");

    private ExportColumns() {
    }

    /** One row's cells; relative portal links are made absolute against {@code baseUrl}. */
    static List<String> cells(SearchHit hit, String baseUrl) {
        return List.of(hit.kind().name().toLowerCase(Locale.ROOT), hit.id(), hit.title(), hit.date(), hit.region(),
                hit.amountYuan() == null ? "" : BigDecimal.valueOf(hit.amountYuan())
                        .divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                hit.snippet(), absolute(hit.link(), baseUrl), hit.demo() ? "是" : "");
    }

    static String absolute(String link, String baseUrl) {
        return link.startsWith("/") ? baseUrl + link : link;
    }
}
