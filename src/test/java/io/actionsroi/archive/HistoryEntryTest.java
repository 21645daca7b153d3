package io.actionsroi.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryEntryTest {

    private static HistoryEntry entry(String date, String zone, double hoursSaved, Double change) {
        LocalDate day = LocalDate.parse(date);
        return new HistoryEntry(day, zone, Instant.parse(date + "T00:00:00Z").plusSeconds(86_400),
                Instant.parse("2026-10-01T06:30:00Z"), false, hoursSaved, 2.5, 0.125, 40, 75.0, 12.0, change);
    }

    @Test
    void theCsvListsNewestDateFirstThenZonesInOrderAtFullPrecisionWithAnEmptyCellForNoChange() {
        String csv = HistoryEntry.csv(List.of(
                entry("2026-09-29", "UTC", 1.0E7, 12.5),
                entry("2026-09-30", "UTC", 0.1 + 0.2, null),
                entry("2026-09-30", "America/New_York", 3, -4.0)));

        assertThat(csv.split("\r\n")).containsExactly(String.join(",", HistoryEntry.COLUMNS),
                "2026-09-30,America/New_York,2026-10-01T00:00:00Z,2026-10-01T06:30:00Z,false,"
                        + "3.0,2.5,0.125,40,75.0,12.0,-4.0",
                "2026-09-30,UTC,2026-10-01T00:00:00Z,2026-10-01T06:30:00Z,false,"
                        + "0.30000000000000004,2.5,0.125,40,75.0,12.0,",
                "2026-09-29,UTC,2026-09-30T00:00:00Z,2026-10-01T06:30:00Z,false,"
                        + "10000000,2.5,0.125,40,75.0,12.0,12.5");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void anEntryReadsBackFromItsObjectAndItsNameKeepsTheZoneInOneKeySegment() {
        HistoryEntry entry = entry("2026-09-30", "America/New_York", 71_525.27737999997, null);

        assertThat(HistoryEntry.fromJson(entry.toJson())).isEqualTo(entry);
        assertThat(new String(entry.toJson())).contains("\"hours_saved_h\":71525.27737999997")
                .contains("\"month_hours_saved_change_percent\":null");
        assertThat(entry.objectName()).isEqualTo("2026-09-30_America-New_York.json");
    }
}
