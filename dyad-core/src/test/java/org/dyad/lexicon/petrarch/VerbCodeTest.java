package org.dyad.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbCodeTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            042      | 042  | -    | false | false
            043:042  | 043  | 042  | true  | false
            :0874    | -    | 0874 | true  | false
            051:     | 051  | -    | true  | false
            ---      | ---  | -    | false | true
            102b     | 102b | -    | false | false
            ###      | ###  | -    | false | false
            """)
    void parse_code_givesItsParts(String raw, String primary, String paired, boolean isPaired, boolean isNull)
            throws MalformedLine {
        VerbCode code = VerbCode.parse(" " + raw + " ");

        assertThat(code.raw()).isEqualTo(raw);
        assertThat(code.primary()).isEqualTo(Optional.ofNullable(primary));
        assertThat(code.paired()).isEqualTo(Optional.ofNullable(paired));
        assertThat(code.isPaired()).isEqualTo(isPaired);
        assertThat(code.isNull()).isEqualTo(isNull);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            ''
            010 011
            :
            01:02:03
            """)
    void parse_malformedCode_isMalformedLine(String raw) {
        assertThatThrownBy(() -> VerbCode.parse(raw)).isInstanceOf(MalformedLine.class).hasMessageContaining("code");
    }

    @Test
    void new_codeWithSpace_isRejected() {
        assertThatThrownBy(() -> new VerbCode("01 0")).isInstanceOf(IllegalArgumentException.class);
    }
}
