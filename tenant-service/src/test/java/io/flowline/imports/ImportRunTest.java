package io.flowline.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Which imports a starting or living instance ends as cut off, and that an ended job stays ended. */
class ImportRunTest {
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final String ME = "pod-a:/opt/ol/wlp/output/flowline";

    @Test
    void thisInstancesRunsOfAnEarlierLifeAreAbandonedAtOnce() {
        Instant now = START.plusSeconds(1);
        ImportRun beforeRestart = new ImportRun("imp_1", "ten_1", ME, START.minusSeconds(5));
        assertTrue(beforeRestart.abandoned(ME, START, now), "renewed last before this start: the restart cut it off");
        assertFalse(new ImportRun("imp_2", "ten_1", ME, START.plusMillis(500)).abandoned(ME, START, now), "registered in this life");
        assertFalse(new ImportRun("imp_7", "ten_1", ME, START).abandoned(ME, START, now),
                "registered in the second this instance started (its start is kept in whole seconds, as the database may keep times)");
    }

    @Test
    void anotherInstancesRunsAreAbandonedOnlyWhenItsLeaseRanOut() {
        Instant now = START.plus(Duration.ofMinutes(10));
        String other = "pod-b:/opt/ol/wlp/output/flowline";
        assertFalse(new ImportRun("imp_3", "ten_1", other, now.minus(ImportRuns.HEARTBEAT)).abandoned(ME, START, now),
                "an instance that renews its heartbeat is alive, whenever it started");
        assertTrue(new ImportRun("imp_4", "ten_1", other, now.minus(ImportRun.LEASE).minusSeconds(1)).abandoned(ME, START, now));
    }

    @Test
    void anEndedJobIgnoresLateProgress() {
        ImportJob job = new ImportJob("imp_5", "items", "csv", "user", "usr_1", START);
        job.progress(ImportJob.Status.IMPORTING, 100, 40);
        job.finish(ImportJob.Status.FAILED, 0, 1, "[]", START.plusSeconds(60));
        job.progress(ImportJob.Status.IMPORTING, 100, 50);
        assertEquals("failed", job.status());
        assertEquals(40, job.rowsDone());
        assertNull(new ImportJob("imp_6", "items", "csv", "user", "usr_1", START).finishedAt());
    }
}
