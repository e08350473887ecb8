package org.dyad.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ActorCodeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "BLRGOV, BLR, -, GOV",
            "WST, -, WST, -",
            "EURGOV, -, EUR, GOV",
            "IGOUNO, -, -, IGO",
            "PALPL, -, -, -",
            "---GOV, -, -, GOV",
            "---, -, -, -",
            "+++, -, -, -",
    })
    void parts_countryRegionAndRole(String code, String country, String region, String role) {
        ActorCode c = new ActorCode(code);
        assertThat(c.country()).isEqualTo(country);
        assertThat(c.region()).isEqualTo(region);
        assertThat(c.role()).isEqualTo(role);
    }

    @org.junit.jupiter.api.Test
    void unplaced_onlyTheCodesWithoutACountry() {
        assertThat(new ActorCode("---GOV").isUnplaced()).isTrue();
        assertThat(ActorCode.NONE.isUnplaced()).isTrue();
        assertThat(new ActorCode("BLRGOV").isUnplaced()).isFalse();
        assertThat(ActorCode.isCode("--GOV")).isFalse();
        assertThat(ActorCode.isCode("++")).isFalse();
    }
}
