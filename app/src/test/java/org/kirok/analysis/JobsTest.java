package org.kirok.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class JobsTest {
    /** A look taken while the job runs names it; one taken after it let go names none; one during creation names all. */
    @Test
    void tells_which_saved_rows_are_running_from_a_look_taken_before_reading_them() throws Exception {
        try (Jobs jobs = new Jobs()) {
            UUID id = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            AtomicReference<Predicate<UUID>> duringCreation = new AtomicReference<>();
            CountDownLatch working = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            jobs.submit("test", () -> {
                duringCreation.set(jobs.runningBeforeReading());
                return id;
            }, (job, progress) -> {
                working.countDown();
                await(finish);
            });
            assertThat(duringCreation.get().test(other)).as("its row may be saved before it is named").isTrue();
            assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
            Predicate<UUID> whileRunning = jobs.runningBeforeReading();
            assertThat(whileRunning.test(id)).isTrue();
            assertThat(whileRunning.test(other)).as("a row left running by a stopped server").isFalse();
            finish.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (jobs.current().isPresent() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(jobs.runningBeforeReading().test(id)).as("done and let go").isFalse();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
