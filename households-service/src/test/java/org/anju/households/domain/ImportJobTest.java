package org.anju.households.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ImportJobTest {

    private final ImportJob job = ImportJob.queue(ImportKind.HOUSEHOLDS, ImportFormat.CSV, false, 42L, null, "test", Instant.now());

    @Test
    void aQueuedJobIsClaimedByOneWorkerOnly() {
        assertThat(job.claim(Instant.now())).isTrue();
        assertThat(job.claim(Instant.now())).isFalse();
        assertThat(job.status()).isEqualTo(ImportStatus.RUNNING);
    }

    @Test
    void aRunningJobIsQuietOnlyWhenItHasNotReportedSinceTheThreshold() {
        job.claim(Instant.now());
        assertThat(job.isQuietSince(Instant.now().minusSeconds(600))).isFalse();
        assertThat(job.isQuietSince(Instant.now().plusSeconds(1))).isTrue();
    }

    @Test
    void aJobThatEndsHandsBackItsFileOnce() {
        job.claim(Instant.now());
        assertThat(job.fail("{\"key\": \"import.failed-quiet\", \"args\": []}", Instant.now())).isEqualTo(42L);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.fileOid()).isNull();
        assertThat(job.complete(Instant.now())).isNull();
    }
}
