package io.actionsroi.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Removes the runs file once every output is made. Until then it stays, so that a restart after a
 * failed output renders the workbook without reading Port again.
 */
class RunsFileRemover implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunsFileRemover.class);

    /**
     * Logs rather than throws when the file cannot be removed: Spring Batch swallows what a listener
     * throws after the job (into a logger the settings silence), and it would skip the other listeners.
     */
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
            log.warn("Could not remove {}: {}. The reports are complete; the file only held runs for the workbook:"
                    + " delete it by hand.", runs, e.toString());
        }
    }
}
