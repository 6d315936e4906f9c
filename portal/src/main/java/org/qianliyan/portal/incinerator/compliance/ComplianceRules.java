package org.qianliyan.portal.incinerator.compliance;

import java.util.List;

/**
 * The rules (docs/design-notes.md, Incinerator rules) with their citations. Entries marked "verify" in docs/incinerator.md
 * quote secondary sources and await a check against the gazetted text.
 */
public final class ComplianceRules {

    private static final String REGULATION = "生活垃圾焚烧发电厂自动监测数据应用管理规定（生态环境部令第10号，2020-01-01施行）";

    public static final ComplianceRule DAILY_MEAN = new ComplianceRule("daily-mean",
            REGULATION + "；GB 18485-2014 表4 24小时均值限值（排污单位自身限值从严时适用其限值）",
            "《中华人民共和国大气污染防治法》第九十九条第（二）项", "十万元以上一百万元以下罚款");

    public static final ComplianceRule HOURLY_MEAN = new ComplianceRule("hourly-mean",
            "GB 18485-2014 表4 1小时均值限值",
            "《中华人民共和国大气污染防治法》第九十九条第（二）项", "十万元以上一百万元以下罚款");

    public static final ComplianceRule FURNACE_TEMPERATURE = new ComplianceRule("furnace-temperature",
            REGULATION + "：炉膛内热电偶测量温度的5分钟均值低于850℃，一个自然日内累计超过4小时",
            "《中华人民共和国大气污染防治法》第一百一十七条", "一万元以上十万元以下罚款");

    public static final ComplianceRule MARKING = new ComplianceRule("marking",
            "生态环境部公告2019年第50号（自动监测数据标记规则）：启炉、停炉、故障、事故标记，每台焚烧炉每年累计不超过上限小时数",
            "", "");

    public static final ComplianceRule MARKING_OVER_CAP = new ComplianceRule("marking-over-cap",
            "生态环境部公告2019年第50号：超出年度上限的标记时段不予豁免，按正常数据判定", "", "");

    public static final ComplianceRule MAINTENANCE = new ComplianceRule("maintenance",
            "自动监测数据标记规则：CEMS维护时段标记为维护，不作达标认定", "", "");

    public static final ComplianceRule MISSING = new ComplianceRule("missing",
            REGULATION + "：应当保证自动监测数据的真实、准确、完整；无有效数据单独列示", "", "");

    public static final List<ComplianceRule> ALL = List.of(DAILY_MEAN, HOURLY_MEAN, FURNACE_TEMPERATURE,
            MARKING, MARKING_OVER_CAP, MAINTENANCE, MISSING);

    private ComplianceRules() {
    }

    public static ComplianceRule byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no compliance rule " + id));
    }
}
