package io.actionsroi.roi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    private static final String[] FRACTIONS = {"", ".S", ".SS", ".SSS", ".SSSSSS", ".SSSSSSSSS"};
    private static final String[] OFFSETS = {"'Z'", "XXX", "xxx"};

    /** What the job read before the fast path: the reference every input must agree with. */
    private static Instant slowPath(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-30T12:00:00.000Z", "2026-09-30T12:00:00Z", "2026-09-30T12:00:00.5Z",
            "2026-09-30T12:00:00.123456789Z", "2024-02-29T23:59:59.999Z", "0000-01-01T00:00:00Z"})
    void readsPortsUtcFormDirectly(String text) {
        assertThat(Timestamps.parseUtc(text)).isNotNull().isEqualTo(slowPath(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-30T12:00:00+02:00", "2026-09-30T12:00:00.000-05:30", "2026-09-30T12:00:00+00:00",
            "2026-09-30T12:00Z", "2026-09-30t12:00:00z", "2026-09-30T12:00:00.Z", "+12026-09-30T12:00:00Z"})
    void leavesOtherFormsToTheIsoParserWithTheSameResult(String text) {
        assertThat(Timestamps.parseUtc(text)).isNull();
        assertThat(Timestamps.parse(text)).isNotNull().isEqualTo(slowPath(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-04-31T00:00:00Z",
            "2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-09-00T00:00:00Z", "2026-09-30T24:00:00Z",
            "2026-09-30T12:60:00Z", "2026-09-30T12:00:60Z", "2026-09-30T12:00:00.1234567890Z",
            "2026-09-30T12:00:00", "2026-09-30 12:00:00Z", "2026-09-30T12:00:00ZZ", "2026-O9-30T12:00:00Z",
            "2026-09-30T12:00:00.12aZ", "２０２６-09-30T12:00:00Z", "2026-09-30T12:00:00Z ", "last tuesday", ""})
    void unreadableTextIsNullAsBefore(String text) {
        assertThat(Timestamps.parse(text)).isNull();
        assertThat(slowPath(text)).isNull();
    }

    @Test
    void absentIsNull() {
        assertThat(Timestamps.parse(null)).isNull();
    }

    @Test
    void agreesWithTheIsoParserOnManyRandomAndMutatedTimestamps() {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String text = randomTimestamp(random);
            texts.add(text);
            texts.add(mutated(text, random));
        }
        for (String text : texts) {
            assertThat(Timestamps.parse(text)).as(text).isEqualTo(slowPath(text));
        }
    }

    private static String randomTimestamp(Random random) {
        long second = random.nextLong(OffsetDateTime.parse("0000-01-01T00:00:00Z").toEpochSecond(),
                OffsetDateTime.parse("9999-12-31T23:59:59Z").toEpochSecond());
        Instant instant = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
        ZoneOffset offset = random.nextInt(3) == 0 ? ZoneOffset.ofTotalSeconds(60 * (random.nextInt(24 * 60) - 12 * 60))
                : ZoneOffset.UTC;
        String pattern = "uuuu-MM-dd'T'HH:mm:ss" + FRACTIONS[random.nextInt(FRACTIONS.length)]
                + OFFSETS[random.nextInt(OFFSETS.length)];
        return DateTimeFormatter.ofPattern(pattern).format(instant.atOffset(offset));
    }

    /** One character replaced by one that could make it another valid timestamp, or an invalid one. */
    private static String mutated(String text, Random random) {
        String replacements = "0123456789-:.TZtz+ ";
        int at = random.nextInt(text.length());
        return text.substring(0, at) + replacements.charAt(random.nextInt(replacements.length())) + text.substring(at + 1);
    }
}
