package io.actionsroi.delivery;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What ops need to know of a failed run: which report, what failed, and how to restart it.
 *
 * @param failure what failed, as "failed in step 'x': reason"
 * @param rerunArguments the command-line settings that restart the same run
 * @param outputFolder where the outputs written so far are
 * @param executionId the job execution, for looking it up in the job repository
 * @param instanceId its job instance
 */
public record FailureNotice(
        LocalDate reportDate,
        String zone,
        String failure,
        String rerunArguments,
        Path outputFolder,
        long executionId,
        long instanceId) {
}
