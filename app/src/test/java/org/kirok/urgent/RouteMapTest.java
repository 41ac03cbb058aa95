package org.kirok.urgent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.kirok.event.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RouteMapTest {

    private static CustodyEvent at(String name, double lat, double lon, LocalDate day) {
        return new CustodyEvent(UUID.randomUUID(), CustodyType.TRANSFER, FuzzyDate.day(day),
                Optional.of(new CustodyEvent.EventPlace(UUID.randomUUID(), name, "", "CN", Optional.of(lat),
                        Optional.of(lon), 2)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Instant.now());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void draws_numbered_stops_arrows_between_them_and_the_border() throws Exception {
        List<CustodyEvent> route = List.of(at("Lao Cai", 22.48, 103.97, LocalDate.of(2015, 10, 22)),
                at("Dongxing", 21.548, 107.972, LocalDate.of(2015, 10, 27)),
                at("Shenyang & <co>", 41.79, 123.43, LocalDate.of(2015, 11, 16)));
        String svg = RouteMap.svg(RouteMap.stops(route, "en"), BorderLine.dprkChina(), "none");
        Document document = parse(svg);
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        long arrows = 0;
        for (int i = 0; i < document.getElementsByTagName("line").getLength(); i++) {
            if (!document.getElementsByTagName("line").item(i).getAttributes().getNamedItem("stroke").getNodeValue()
                    .equals("#d7dce4")) {
                arrows++;
            }
        }
        assertThat(arrows).isEqualTo(2);
        assertThat(document.getDocumentElement().getTextContent()).contains("1 Lao Cai", "2 Dongxing",
                "3 Shenyang & <co>", "DPRK–China border", "°N", "°E");
    }

    @Test
    void consecutive_events_at_one_place_share_a_stop_and_unlocated_events_are_skipped() {
        List<CustodyEvent> route = List.of(at("Shenyang", 41.79, 123.43, LocalDate.of(2015, 11, 16)),
                at("Shenyang", 41.79, 123.43, LocalDate.of(2015, 11, 20)),
                new CustodyEvent(UUID.randomUUID(), CustodyType.UNKNOWN, FuzzyDate.UNKNOWN, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), Instant.now()));
        assertThat(RouteMap.stops(route, "en")).containsExactly(new RouteMap.Stop("1,2 Shenyang", 41.79, 123.43));
    }

    @Test
    void a_route_without_coordinates_still_draws_the_border_and_says_so() throws Exception {
        String svg = RouteMap.svg(List.of(), BorderLine.dprkChina(), "No place with coordinates yet");
        Document document = parse(svg);
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(svg).contains("No place with coordinates yet");
    }
}
