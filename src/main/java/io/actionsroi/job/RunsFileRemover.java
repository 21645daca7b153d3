package io.actionsroi.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Removes the runs file once every output is made. Until then it stays, so that a restart after a
 * failed output renders the workbook without reading Port again.
 */
class RunsFileRemover implements JobExecutionListener {

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() != BatchStatus.COMPLETED || !ReportFiles.summaryWritten(jobExecution)) {
            return;
        }
        Path runs = ReportFiles.of(jobExecution).runs();
        try {
            Files.deleteIfExists(runs);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + runs + ": " + e.getMessage()
                    + ". The reports are complete; the file only held runs for the workbook: delete it by hand.", e);
        }
    }
}
