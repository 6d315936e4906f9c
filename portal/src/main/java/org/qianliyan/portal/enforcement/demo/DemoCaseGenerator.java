package org.qianliyan.portal.enforcement.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.qianliyan.portal.enforcement.domain.CaseStatusChange;
import org.qianliyan.portal.enforcement.domain.CreditCode;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.PenaltyAmount;
import org.qianliyan.portal.enforcement.domain.Region;
import org.qianliyan.portal.enforcement.domain.SupervisionKind;
import org.qianliyan.portal.enforcement.domain.SupervisionOrder;
import org.qianliyan.portal.enforcement.domain.SupervisionStatus;
import org.qianliyan.portal.incinerator.facility.FacilityIdentity;

/**
 * Invented cases, every one named 示例… and marked {@code demo}, for a fresh installation
 * and for benchmarks. The same seed gives the same cases. Parties are the given demo
 * plants where there are some (so their plant pages show a record), else invented firms.
 */
public final class DemoCaseGenerator {

    private static final String[][] PLACES = {
            {"江苏省", "常州市", "常州市生态环境局"}, {"浙江省", "杭州市", "杭州市生态环境局"},
            {"广东省", "佛山市", "佛山市生态环境局"}, {"山东省", "青岛市", "青岛市生态环境局"},
            {"四川省", "成都市", "成都市生态环境局"}, {"河南省", "郑州市", "郑州市生态环境局"},
            {"湖北省", "武汉市", "武汉市生态环境局"}, {"辽宁省", "沈阳市", "沈阳市生态环境局"}};
    private static final String[][] VIOLATIONS = {
            {"超标排放大气污染物", "焚烧炉烟气颗粒物日均值超过排放限值", "《中华人民共和国大气污染防治法》第九十九条第二项"},
            {"未按规定监测", "自动监测设备未正常运行，数据缺失", "《中华人民共和国大气污染防治法》第一百条第三项"},
            {"炉膛温度不达标", "焚烧炉炉膛温度五分钟均值低于850℃累计超过4小时", "《中华人民共和国大气污染防治法》第一百一十七条"},
            {"未批先建", "扩建项目未经环境影响评价文件批准擅自开工建设", "《中华人民共和国环境影响评价法》第三十一条"},
            {"固体废物贮存不规范", "飞灰贮存场所未采取防扬散、防流失措施", "《中华人民共和国固体废物污染环境防治法》第一百零二条"}};
    private static final String[] FIRMS = {"示例环保能源", "示例再生能源", "示例热电", "示例环境科技", "示例固废处置"};

    private final Random random;

    public DemoCaseGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} cases; the first ones concern {@code plants} in turn, two each. */
    public List<EnforcementCase> generate(int count, List<FacilityIdentity> plants) {
        List<EnforcementCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<FacilityIdentity> plant = i < plants.size() * 2 ? Optional.of(plants.get(i / 2)) : Optional.empty();
            cases.add(next(i, plant));
        }
        return cases;
    }

    /** The case with sequence number {@code i}: used by benchmarks to stream without a list. */
    public EnforcementCase next(int i, Optional<FacilityIdentity> plant) {
        String[] place = PLACES[random.nextInt(PLACES.length)];
        String[] violation = VIOLATIONS[random.nextInt(VIOLATIONS.length)];
        String party = plant.map(FacilityIdentity::name)
                .orElseGet(() -> FIRMS[random.nextInt(FIRMS.length)] + "（" + place[1].replace("市", "") + i + "）有限公司");
        Region region = plant.map(p -> new Region(p.province(), p.city(), p.county()))
                .orElse(new Region(place[0], place[1], ""));
        String authority = plant.map(p -> p.city().isBlank() ? place[2] : p.city() + "生态环境局").orElse(place[2]);
        Optional<String> creditCode = plant.map(FacilityIdentity::creditCode).filter(c -> !c.isBlank())
                .or(() -> Optional.of(creditCode()));
        LocalDate date = LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean warning = random.nextInt(8) == 0;
        Optional<PenaltyAmount> amount = warning ? Optional.empty()
                : Optional.of(new PenaltyAmount(BigDecimal.valueOf((1 + random.nextInt(200)) * 5_000L)));
        String content = amount.map(a -> "罚款" + a.tenThousandYuan().toPlainString() + "万元").orElse("警告");
        return new EnforcementCase(party, creditCode, "示例环罚〔" + date.getYear() + "〕" + (i + 1) + "号", violation[0],
                "（示例）" + violation[1] + "。", violation[2], warning ? "警告" : "罚款", content, amount, date,
                authority, "示例数据（非真实案件）", region, "", supervision(i, date), FacilityLink.NONE, true);
    }

    private Optional<SupervisionOrder> supervision(int i, LocalDate decided) {
        if (i % 5 != 0) {
            return Optional.empty();
        }
        SupervisionKind kind = i % 10 == 0 ? SupervisionKind.LISTED_SUPERVISION : SupervisionKind.ELECTRONIC_ORDER;
        List<CaseStatusChange> history = new ArrayList<>();
        LocalDate issued = decided.plusDays(3 + random.nextInt(20));
        history.add(new CaseStatusChange(SupervisionStatus.ISSUED, issued, ""));
        int steps = random.nextInt(3);
        if (steps >= 1) {
            history.add(new CaseStatusChange(SupervisionStatus.RECTIFYING, issued.plusDays(7 + random.nextInt(30)), ""));
        }
        if (steps == 2) {
            history.add(new CaseStatusChange(SupervisionStatus.CLOSED, issued.plusDays(60 + random.nextInt(120)), ""));
        }
        return Optional.of(new SupervisionOrder(kind, "示例督〔" + issued.getYear() + "〕" + (i + 1) + "号",
                "示例省生态环境厅", history));
    }

    private String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("913");
        for (int i = 0; i < 14; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }
}
