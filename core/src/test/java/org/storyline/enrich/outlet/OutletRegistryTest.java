package org.storyline.enrich.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletRegistryTest {

    private final OutletRegistry outlets = OutletRegistry.shipped();

    @Test
    void shipsTheWellKnownOutletsWithoutProblems() {
        assertThat(outlets.problems()).isEmpty();
        assertThat(outlets.all()).hasSizeGreaterThanOrEqualTo(60);
        for (String name : List.of("RT", "Sputnik", "TASS", "Al Jazeera", "DW", "BBC", "AP", "Reuters", "AFP", "CNN",
                "Anadolu", "Trend", "APA", "Report.az", "Azertac", "Interfax")) {
            assertThat(outlets.find(name)).as(name).isPresent();
        }
    }

    @Test
    void findsOutletsByTheNamesPagesUse() {
        assertThat(outlets.find("Russia Today (RT)").orElseThrow().name()).isEqualTo("RT");
        assertThat(outlets.find("Deutsche Welle").orElseThrow().label()).isEqualTo("Germany · public service");
        assertThat(outlets.find("RT").orElseThrow().type()).as("editorial line set by the government")
                .isEqualTo(OutletType.STATE_CONTROLLED);
        assertThat(outlets.find("Voice of America").orElseThrow().type()).as("a statutory firewall")
                .isEqualTo(OutletType.STATE_FUNDED);
        assertThat(OutletRegistry.of("X\tNowhere\tpublic broadcaster\t\t").find("X").orElseThrow().type())
                .as("the earlier name is still read").isEqualTo(OutletType.PUBLIC_SERVICE);
        assertThat(outlets.find("The Associated Press").orElseThrow().type()).isEqualTo(OutletType.WIRE_AGENCY);
        assertThat(outlets.find("AP (via Winnipeg Free Press)").orElseThrow().name()).isEqualTo("AP");
        assertThat(outlets.find("anadolu ajansi").orElseThrow().country()).isEqualTo("Turkey");
        assertThat(outlets.find("AZERTAC").orElseThrow().type()).isEqualTo(OutletType.STATE_CONTROLLED);
        assertThat(outlets.find("Some Local Blog")).isEmpty();
        assertThat(outlets.find((String) null)).isEmpty();
    }

    @Test
    void findsOutletsByAddress() {
        assertThat(outlets.find(URI.create("https://www.dw.com/en/russia-azerbaijan/a-1")).orElseThrow().name())
                .isEqualTo("DW");
        assertThat(outlets.find(URI.create("https://edition.cnn.com/x")).orElseThrow().name()).isEqualTo("CNN");
        assertThat(outlets.find(URI.create("https://example.org/x"))).isEmpty();
    }

    @Test
    void aFileInTheDataDirectoryReplacesAndAddsLines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(OutletRegistry.FILE), """
                # local corrections
                Trend\tAzerbaijan\tstate-funded\tTrend News Agency\ttrend.az
                Caucasus Watch\tGeorgia\tprivate\tCW\tcaucasuswatch.de
                broken line without tabs
                """);
        OutletRegistry local = OutletRegistry.load(dir);
        assertThat(local.find("Trend News Agency").orElseThrow().type()).isEqualTo(OutletType.STATE_FUNDED);
        assertThat(local.find("CW").orElseThrow().name()).isEqualTo("Caucasus Watch");
        assertThat(local.all()).hasSize(outlets.all().size() + 1);
        assertThat(local.problems()).singleElement().asString().contains("line 4");
        assertThat(OutletRegistry.load(dir.resolve("missing")).problems()).isEmpty();
    }
}
