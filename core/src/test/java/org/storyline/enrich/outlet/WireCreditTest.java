package org.storyline.enrich.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireCreditTest {

    private final WireCredit wires = new WireCredit(OutletRegistry.shipped());

    @Test
    void aDatelineCreditNamesTheAgency() {
        assertThat(wires.of("PORT ELSWYTH, Dravia (AP) — The ferry sank on Sunday.", null)).contains("AP");
        assertThat(wires.of("Posted 3 hours ago\nQUENTARO (Reuters) - Dock workers walked out.", null)).contains("Reuters");
        assertThat(wires.of("BRAXLOW, Wexmark (AFP) -- Floods swept the valley.", null)).contains("AFP");
    }

    @Test
    void aBylineCreditNamesTheAgency() {
        assertThat(wires.of("The ferry sank on Sunday.", "By The Associated Press")).contains("AP");
        assertThat(wires.of("The ferry sank on Sunday.", "Tamsin Okoro, Reuters")).contains("Reuters");
    }

    @Test
    void aLocalStationOrNoCreditIsNoWire() {
        assertThat(wires.of("CARROW (KXTV) - A bus overturned.", null)).isEmpty();
        assertThat(wires.of("A bus overturned near Carrow, AP reported.", "Jane Roe")).isEmpty();
        assertThat(wires.of("", null)).isEmpty();
    }
}
