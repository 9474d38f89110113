package org.storyline.enrich.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotation marks stay paired when a passage is cut out of its sentence; quotes that never close are closed. */
class QuoteBalanceTest {

    @Test
    void anOpeningMarkWhosePartnerIsInsideIsKept() {
        assertThat(QuoteBalance.trim("'outside forces' may be trying to damage relations."))
                .isEqualTo("'outside forces' may be trying to damage relations.");
        assertThat(QuoteBalance.trim("‘strong protest’ to the ambassador,")).isEqualTo("‘strong protest’ to the ambassador");
    }

    @Test
    void marksAroundTheWholePassageGo() {
        assertThat(QuoteBalance.trim("'We will rebuild the bridge,'")).isEqualTo("We will rebuild the bridge");
        assertThat(QuoteBalance.trim("“The levee held.”")).isEqualTo("The levee held.");
    }

    @Test
    void aQuoteThatNeverClosesIsClosedAtTheEnd() {
        assertThat(QuoteBalance.trim("the strike was 'an act of desperation")).isEqualTo("the strike was 'an act of desperation'");
        assertThat(QuoteBalance.trim("the flood \"cannot be a reason to leave.\"")).isEqualTo("the flood \"cannot be a reason to leave.\"");
        assertThat(QuoteBalance.trim("the flood “cannot be a reason to leave")).isEqualTo("the flood “cannot be a reason to leave”");
    }

    @Test
    void apostrophesInsideWordsAreNoMarks() {
        assertThat(QuoteBalance.trim("we don't know when the water recedes")).isEqualTo("we don't know when the water recedes");
    }
}
