package org.qianliyan.portal.incinerator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.incinerator.*}.
 *
 * @param demo       generate labelled demo data when the portal starts with no incinerator at all
 * @param demoPlants how many demo plants (each two furnaces, a year of hourly data)
 * @param demoDays   how many days of demo data, ending yesterday
 * @param mapTileUrl a Leaflet tile URL template for the national map (an approved base map such as
 *                   天地图 with its key); empty (the default) draws the map offline over province outlines
 * @param mapTileAttribution the tile source's attribution and 审图号, shown on the map
 */
@Validated
@ConfigurationProperties("qianliyan.incinerator")
public record IncineratorProperties(@DefaultValue("true") boolean demo,
                                    @DefaultValue("8") @Min(1) @Max(200) int demoPlants,
                                    @DefaultValue("365") @Min(1) @Max(3660) int demoDays,
                                    @DefaultValue("") String mapTileUrl,
                                    @DefaultValue("") String mapTileAttribution) {
}
