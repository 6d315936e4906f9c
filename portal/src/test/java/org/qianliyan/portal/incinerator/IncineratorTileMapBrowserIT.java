package org.qianliyan.portal.incinerator;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.portal.browser.HeadlessChromium;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With a tile source configured, the national map is a Leaflet map over it with a marker per plant. */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
@TestPropertySource(properties = {
        "qianliyan.incinerator.map-tile-url=/images/test-tiles/{z}/{x}/{y}.png",
        "qianliyan.incinerator.map-tile-attribution=Test tiles"})
class IncineratorTileMapBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void the_configured_tile_source_is_used_and_every_located_plant_is_marked(WebDriver browser, WebDriverWait wait) {
        browser.get("http://localhost:" + port + "/incinerators/map");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#incinerator-map[data-rendered='true']")));
        assertThat(browser.findElements(By.cssSelector("#incinerator-map .leaflet-tile-pane"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#incinerator-map img.leaflet-tile")))
                .allSatisfy(tile -> assertThat(tile.getAttribute("src")).contains("/images/test-tiles/"));
        assertThat(browser.findElements(By.cssSelector("#incinerator-map path.leaflet-interactive"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#incinerator-map .leaflet-control-attribution")).getText())
                .contains("Test tiles");
    }
}
