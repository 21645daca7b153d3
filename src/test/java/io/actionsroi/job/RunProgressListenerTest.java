package io.actionsroi.job;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.actionsroi.port.ExportFolderSource;
import io.actionsroi.port.PortApiSource;
import io.actionsroi.port.PortProperties;
import io.actionsroi.roi.ClassifiedRun;
import io.actionsroi.roi.RoiSchema;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class RunProgressListenerTest {

    private final AtomicLong now = new AtomicLong();
    private long runsRead;
    private final RoiEntities entities = new RoiEntities(new ExportFolderSource(Path.of("demo/port-export")),
            RoiSchema.defaults());
    private final StepExecution step = new StepExecution("runs", new JobExecution(1L, new JobInstance(1L, "job"),
            new JobParameters()));

    @Test
    void withoutATerminalItLogsALineEveryFewSecondsNotAtEveryChunk(CapturedOutput output) {
        // given
        RunProgressListener progress = new RunProgressListener(entities, null, now::get);
        progress.beforeStep(step);

        // when: a chunk after one second, then one after six
        readAfter(progress, Duration.ofSeconds(1), 1_000);
        String afterOneSecond = output.getOut();
        readAfter(progress, Duration.ofSeconds(5), 60_000);

        // then
        assertThat(afterOneSecond).doesNotContain("Runs read");
        assertThat(output.getOut()).contains("Runs read: 60,000, 10,000 runs/s");
    }

    @Test
    void onATerminalItRewritesOneLiveLineAndClearsItAtTheEnd(CapturedOutput output) {
        // given
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        RunProgressListener progress = new RunProgressListener(entities,
                new PrintStream(screen, true, StandardCharsets.UTF_8), now::get);
        progress.beforeStep(step);

        // when
        readAfter(progress, Duration.ofMillis(500), 2_000);
        readAfter(progress, Duration.ofMillis(500), 4_000);
        progress.afterStep(step);

        // then
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .startsWith("\rRuns read: 2,000, 4,000 runs/s")
                .contains("\rRuns read: 4,000, 4,000 runs/s")
                .endsWith("\r\033[K");
        assertThat(output.getOut()).doesNotContain("Runs read:").contains("Read 4,000 runs in 1.0 s");
    }

    @Test
    void withPortsCountItShowsTheShareReadAndTheTimeLeft(CapturedOutput output) {
        try (PortLikeServer port = new PortLikeServer(1000)) {
            // given: Port says there are 100,000 runs
            RunProgressListener progress = withPortCount(port, 100_000);

            // when: a quarter read in 10 seconds
            readAfter(progress, Duration.ofSeconds(10), 25_000);

            // then
            assertThat(output.getOut()).contains("Runs read: 25,000 of 100,000 (25%), 2,500 runs/s, about 30.0 s left");
        }
    }

    @ParameterizedTest(name = "Port counts {0} runs")
    @ValueSource(longs = { 0, 900_000 })
    void whenPortsCountIsZeroOrBelowTheRunsReadItShowsTheRunsReadAlone(long count, CapturedOutput output) {
        try (PortLikeServer port = new PortLikeServer(1000)) {
            // given: Port's count is 0, or runs were added while reading
            RunProgressListener progress = withPortCount(port, count);

            // when
            readAfter(progress, Duration.ofSeconds(10), 983_000);

            // then
            assertThat(output.getOut()).contains("Runs read: 983,000, 98,300 runs/s")
                    .doesNotContain(" of ").doesNotContain("%").doesNotContain("left");
        }
    }

    private RunProgressListener withPortCount(PortLikeServer port, long count) {
        port.issueTokens("token-1");
        port.stub(get(urlPathEqualTo("/v1/blueprints/action_run/entities-count"))
                .willReturn(okJson("{\"ok\":true,\"count\":" + count + "}")));
        PortProperties settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "port.base-url", port.baseUrl(), "port.client-id", PortLikeServer.CLIENT_ID,
                "port.client-secret", PortLikeServer.CLIENT_SECRET))).bind("port", PortProperties.class).get();
        RunProgressListener progress = new RunProgressListener(
                new RoiEntities(new PortApiSource(settings), RoiSchema.defaults()), null, now::get);
        progress.beforeStep(step);
        return progress;
    }

    /** A chunk that takes the runs read to {@code runsReadSoFar}, {@code elapsed} after the last one. */
    private void readAfter(RunProgressListener progress, Duration elapsed, long runsReadSoFar) {
        now.addAndGet(elapsed.toNanos());
        List<ClassifiedRun> runs = Collections.nCopies((int) (runsReadSoFar - runsRead), null);
        runsRead = runsReadSoFar;
        progress.afterChunk(new Chunk<>(List.of(runs)));
    }
}
