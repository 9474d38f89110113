package org.storyline.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads a time as a user types it: 2025-07-04T12:00Z, 2025-07-04T14:00+02:00, or 2025-07-04 (midnight UTC). */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'%s' is not a time; write it like 2025-07-04T12:00Z or 2025-07-04".formatted(value));
        }
    }
}
