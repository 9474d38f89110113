package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StoreOutageTest {

    @Test
    void aLostConnectionAnywhereInTheCausesIsAnOutage() {
        assertThat(StoreOutage.causedBy(new IllegalStateException("jdbi",
                new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
        assertThat(StoreOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(StoreOutage.causedBy(new RuntimeException(new SQLTransientConnectionException(
                "Connection is not available, request timed out after 30000ms")))).isTrue();
    }

    @Test
    void aWriteRefusedForItsDataOrABugIsNotAnOutage() {
        assertThat(StoreOutage.causedBy(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(StoreOutage.causedBy(new SQLException("value too long", "22001"))).isFalse();
        assertThat(StoreOutage.causedBy(new SQLException("SQLITE_CONSTRAINT"))).isFalse();
        assertThat(StoreOutage.causedBy(new NullPointerException())).isFalse();
    }
}
