package org.anju.households.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ImportJobTest {

    private final ImportJob job = ImportJob.queue(ImportJob.Format.CSV, new byte[0], null, "test");

    @Test
    void aQueuedJobIsClaimedByOneWorkerOnly() {
        assertThat(job.claim()).isTrue();
        assertThat(job.claim()).isFalse();
        assertThat(job.status()).isEqualTo(ImportJob.Status.RUNNING);
    }

    @Test
    void aRunningJobThatWentQuietIsFailedAndOneThatReportedRecentlyIsNot() {
        job.claim();
        job.failIfQuietSince(Instant.now().minusSeconds(600));
        assertThat(job.status()).isEqualTo(ImportJob.Status.RUNNING);

        job.failIfQuietSince(Instant.now().plusSeconds(1));
        assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.failure()).contains("committed");
        assertThat(job.content()).isNull();
    }
}
