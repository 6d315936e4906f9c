package org.qianliyan.portal.incinerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.enforcement.domain.Region;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.incinerator.catalogue.IncineratorCatalogue;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * "Follow this plant" over real indices: the feed interleaves a plant's exceedance days, its
 * cases and its institutional coverage newest first, with stable ids and their dates, never lists
 * an individual social post, and answers an unknown plant with a JSON 404.
 */
@PortalIntegrationTest
class PlantFeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String PLANT = "plant-feed-it";

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;
    @Autowired
    IncineratorCatalogue catalogue;

    private LocalDate latest;
    private String caseId;

    @BeforeEach
    void plantAPlantWithDaysCasesAndCoverage() throws Exception {
        // On the latest judged day of the shared index, so the plant's days fall in every default period.
        latest = catalogue.defaultPeriod().to();
        PlantedPlants plants = new PlantedPlants(client, schema);
        Plant plant = plants.plant(PLANT, "关注样本环保能源有限公司", "浙江省", "杭州市");
        plants.compliantDay(plant, latest);
        plants.particulateExceedance(plant, latest.minusDays(1), 25.1, 20);
        plants.particulateExceedance(plant, latest.minusDays(10), 31, 20);

        EnforcementCase penalty = new EnforcementCase(plant.name(), Optional.empty(), "杭环罚〔2024〕7号", "大气污染",
                "颗粒物超标排放", "大气污染防治法第九十九条", "罚款", "罚款十万元", Optional.empty(), latest.minusDays(5),
                "杭州市生态环境局", "", new Region("浙江省", "杭州市", ""), "", Optional.empty(),
                new FacilityLink(PLANT, plant.name(), LinkBasis.NAME_AND_REGION), false);
        CaseWriter cases = new CaseWriter(client, schema.alias("cases"));
        assertThat(cases.write(List.of(penalty))).isEmpty();
        cases.refresh();
        caseId = penalty.id();

        post("plant-feed-news", "SITE", "关注样本电厂被通报", latest.minusDays(3));
        post("plant-feed-weibo", "WEIBO", "", latest.minusDays(2));
    }

    @Test
    void the_feed_lists_days_cases_and_articles_newest_first_without_social_posts() throws Exception {
        HttpResponse<String> response = get("/api/v1/facilities/" + PLANT + "/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/atom+xml"));
        Document feed = parse(response.body());
        List<Element> entries = entries(feed);
        assertThat(entries).extracting(entry -> text(entry, "id")).containsExactly(
                "urn:qianliyan:exceedance:" + PLANT + ":" + PLANT + "-1:" + latest.minusDays(1),
                "urn:qianliyan:post:plant-feed-news",
                "urn:qianliyan:case:" + caseId,
                "urn:qianliyan:exceedance:" + PLANT + ":" + PLANT + "-1:" + latest.minusDays(10));
        assertThat(response.body()).doesNotContain("plant-feed-weibo");

        Element newest = entries.get(0);
        assertThat(text(newest, "title")).contains(latest.minusDays(1).toString(), "1号炉", "颗粒物", "25.1", "限值 20");
        assertThat(text(newest, "updated")).isEqualTo(latest.minusDays(1) + "T00:00:00Z");
        assertThat(text(newest, "summary")).contains("大气污染防治法");
        assertThat(link(newest)).endsWith("/incinerators/" + PLANT + "?from=" + latest.minusDays(1) + "&to=" + latest.minusDays(1));
        assertThat(text(entries.get(2), "title")).contains("杭环罚〔2024〕7号", "杭州市生态环境局");
        assertThat(link(entries.get(2))).endsWith("/enforcement/" + caseId);
        assertThat(text(entries.get(1), "updated")).isEqualTo(latest.minusDays(3) + "T08:00:00Z");
        assertThat(text(feed.getDocumentElement(), "updated")).isEqualTo(text(newest, "updated"));
        assertThat(text(feed.getDocumentElement(), "title")).contains("关注样本环保能源有限公司");
    }

    @Test
    void the_same_feed_fetched_twice_has_the_same_entries() throws Exception {
        List<String> first = entries(parse(get("/api/v1/facilities/" + PLANT + "/feed.atom").body())).stream()
                .map(entry -> text(entry, "id") + text(entry, "updated")).toList();
        List<String> second = entries(parse(get("/api/v1/facilities/" + PLANT + "/feed.atom").body())).stream()
                .map(entry -> text(entry, "id") + text(entry, "updated")).toList();

        assertThat(second).isEqualTo(first).hasSize(4);
    }

    @Test
    void an_unknown_plant_is_a_json_404() throws Exception {
        HttpResponse<String> response = get("/api/v1/facilities/no-such-plant/feed.atom");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\"", "no-such-plant");
    }

    private void post(String id, String kind, String title, LocalDate published) throws Exception {
        client.index(i -> i.index(schema.alias("posts")).id(id).document(Map.of("kind", kind, "title", title,
                "text", "关注样本电厂烟囱冒烟", "masked_text", "关注样本电厂烟囱冒烟", "url", "https://news.example/" + id,
                "published_at", published + "T08:00:00Z", "facility_ids", List.of(PLANT),
                "facility_names", List.of("关注样本环保能源有限公司"))).refresh(Refresh.True));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> entries(Document feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    /** The text of the element's own child of that name (not a nested entry's). */
    private static String text(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && ATOM.equals(child.getNamespaceURI())
                    && name.equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        return "";
    }

    private static String link(Element entry) {
        NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
        return ((Element) links.item(0)).getAttribute("href");
    }
}
