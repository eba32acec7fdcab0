package org.anju.households.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ImportJobTest {

    private final ImportJob job = ImportJob.queue(ImportFormat.CSV, new byte[0], null, "test", Instant.now());

    @Test
    void aQueuedJobIsClaimedByOneWorkerOnly() {
        assertThat(job.claim(Instant.now())).isTrue();
        assertThat(job.claim(Instant.now())).isFalse();
        assertThat(job.status()).isEqualTo(ImportJob.Status.RUNNING);
    }

    @Test
    void aRunningJobThatWentQuietIsFailedAndOneThatReportedRecentlyIsNot() {
        job.claim(Instant.now());
        job.failIfQuietSince(Instant.now().minusSeconds(600), Instant.now());
        assertThat(job.status()).isEqualTo(ImportJob.Status.RUNNING);

        job.failIfQuietSince(Instant.now().plusSeconds(1), Instant.now());
        assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.failure()).contains("committed");
        assertThat(job.content()).isNull();
    }
}
