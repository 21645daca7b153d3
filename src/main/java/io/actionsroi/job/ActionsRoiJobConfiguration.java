package io.actionsroi.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.actionsroi.port.EntitySource;
import io.actionsroi.port.EntitySources;
import io.actionsroi.port.PortEntity;
import io.actionsroi.port.PortProperties;
import io.actionsroi.roi.ClassifiedRun;
import io.actionsroi.roi.ReportPeriod;
import io.actionsroi.roi.RoiSchema;

/**
 * The report job: one job instance per report date and zone.
 *
 * <ol>
 * <li>{@code referenceData}: categories, actions, teams;</li>
 * <li>{@code runs}: every run, classified and folded into the tally, page by page;</li>
 * <li>{@code summary}: the result, written as the JSON summary.</li>
 * </ol>
 * The first two steps build in-memory state that only lives for one execution, so they run again
 * on a restart even when they completed before: a rerun after a failure in the summary step then
 * recomputes the figures instead of finding the tally empty.
 */
@Configuration
public class ActionsRoiJobConfiguration {

    public static final String JOB_NAME = "actionsRoiReport";
    public static final String REPORT_DATE = "reportDate";
    public static final String ZONE = "zone";

    private static final int RUNS_PER_CHUNK = 1000;

    @Bean
    Job actionsRoiReportJob(JobRepository jobRepository, Step referenceDataStep, Step runsStep, Step summaryStep,
            JobOutcomeListener jobOutcomeListener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(referenceDataStep)
                .next(runsStep)
                .next(summaryStep)
                .listener(jobOutcomeListener)
                .build();
    }

    @Bean
    Step referenceDataStep(JobRepository jobRepository, ReferenceDataTasklet referenceDataTasklet) {
        return new StepBuilder("referenceData", jobRepository)
                .tasklet(referenceDataTasklet)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step runsStep(JobRepository jobRepository, RoiEntities entities, FiguresInProgress figures,
            RunProgressListener runProgressListener) {
        return new StepBuilder("runs", jobRepository)
                .<PortEntity, ClassifiedRun>chunk(RUNS_PER_CHUNK)
                .reader(new PortRunReader(entities))
                .processor(new RunClassifyingProcessor(figures))
                .writer(new RunTallyWriter(figures))
                .listener(runProgressListener)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step summaryStep(JobRepository jobRepository, FiguresInProgress figures, ReportProperties report,
            RoiEntities entities, Clock clock) {
        return new StepBuilder("summary", jobRepository)
                .tasklet(new SummaryTasklet(figures, report, entities.sourceDescription(), clock))
                .build();
    }

    @Bean
    ReferenceDataTasklet referenceDataTasklet(RoiEntities entities, RoiSchema schema, FiguresInProgress figures) {
        return new ReferenceDataTasklet(entities, schema, figures);
    }

    @Bean
    @JobScope
    FiguresInProgress figuresInProgress(@Value("#{jobParameters['" + REPORT_DATE + "']}") LocalDate reportDate,
            @Value("#{jobParameters['" + ZONE + "']}") String zone) {
        return new FiguresInProgress(new ReportPeriod(reportDate, ZoneId.of(zone)));
    }

    @Bean
    RunProgressListener runProgressListener(RoiEntities entities) {
        return new RunProgressListener(entities);
    }

    @Bean
    JobOutcomeListener jobOutcomeListener() {
        return new JobOutcomeListener();
    }

    @Bean
    RoiEntities roiEntities(EntitySource entitySource, RoiSchema schema) {
        return new RoiEntities(entitySource, schema);
    }

    @Bean
    EntitySource entitySource(PortProperties port) {
        return EntitySources.from(port);
    }

    /** Blueprint and property identifiers: {@code port.schema.*}, the guide's names by default. */
    @Bean
    RoiSchema roiSchema(Environment environment) {
        return Binder.get(environment).bind("port.schema", RoiSchema.class).orElseGet(RoiSchema::defaults);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
