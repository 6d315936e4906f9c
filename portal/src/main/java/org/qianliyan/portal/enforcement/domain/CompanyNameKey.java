package org.qianliyan.portal.enforcement.domain;

import java.util.regex.Pattern;

/**
 * A company name reduced to what identifies it across sources: half-width, without
 * whitespace, bracket characters or legal-form words (有限责任公司, 股份有限公司, 有限公司,
 * 股份). Bracketed text is kept, not dropped: in 光大环保能源(常州)有限公司 it is the
 * place that tells two plants of one group apart.
 */
public final class CompanyNameKey {

    private static final Pattern LEGAL_FORMS = Pattern.compile("有限责任公司|股份有限公司|有限公司|股份");
    private static final Pattern BRACKETS_AND_SPACE = Pattern.compile("[\\s()\\[\\]{}〔〕【】《》「」]");

    private CompanyNameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String folded = BRACKETS_AND_SPACE.matcher(HalfWidth.fold(name)).replaceAll("");
        return LEGAL_FORMS.matcher(folded).replaceAll("");
    }
}
