package io.actionsroi.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.function.Predicate;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.actionsroi.archive.ArchiveProperties;
import io.actionsroi.archive.ReportArchive;
import io.actionsroi.delivery.ReportMailer;
import io.actionsroi.delivery.chat.ChatDelivery;
import io.actionsroi.delivery.TeamRecipients;
import io.actionsroi.delivery.TeamRecipientsProperties;
import io.actionsroi.port.EntitySource;
import io.actionsroi.port.EntitySources;
import io.actionsroi.port.PortEntity;
import io.actionsroi.port.PortProperties;
import io.actionsroi.report.excel.ExcelProperties;
import io.actionsroi.report.excel.ExcelReport;
import io.actionsroi.report.pdf.PdfProperties;
import io.actionsroi.report.pdf.PdfReport;
import io.actionsroi.roi.ClassifiedRun;
import io.actionsroi.roi.ReportPeriod;
import io.actionsroi.roi.RoiSchema;

/**
 * The report job: one job instance per report date and zone (see {@link DeliveryInstances} for the
 * one-off instances of a resend, a dry run or a test send).
 *
 * <ol>
 * <li>a decider, {@code summaryWritten}: when an earlier execution of this instance already wrote the JSON
 * summary (and the file is still there), the job goes straight to the outputs and Port is not read again;</li>
 * <li>the figures: {@code referenceData} (categories, actions, teams), {@code runs} (every run, classified
 * and folded into the tally, page by page) and {@code summary} (the result, written as the JSON summary);</li>
 * <li>the outputs, each rendered from the JSON summary read back: {@code workbook} (the Excel workbook, whose
 * Runs sheet streams the runs the runs step kept in a file) and {@code pdf} (the leadership report);</li>
 * <li>the deliveries: {@code archive} (the reports into the bucket, when {@code report.archive.enabled}), then
 * {@code delivery} (the organisation's email and each team's, which attach their reports and link to the
 * archived PDFs), then {@code chat} (Slack and Microsoft Teams, see {@link ChatTasklet}). A delivery step that
 * did not deliver everything still completes, so that one channel's failure does not keep the others from going
 * out, and runs again on a restart, delivering only what is missing; then {@code deliveryCheck} fails the job naming
 * each delivery step that did not deliver everything (see {@link DeliveryStepTasklet}).</li>
 * </ol>
 * The figure steps build in-memory state that only lives for one execution, so they run again on a
 * restart even when they completed before; the decider sends a restart to them only when the summary
 * is missing.
 */
@Configuration(proxyBeanMethods = false)
public class ActionsRoiJobConfiguration {

    public static final String JOB_NAME = "actionsRoiReport";
    public static final String REPORT_DATE = "reportDate";
    public static final String ZONE = "zone";
    /**
     * The job parameter of a partial report, whose day had not ended when it was asked for
     * ({@code --report.partial-day=true}): {@code "true"}, absent otherwise. See {@link #isPartialDay}.
     */
    public static final String PARTIAL_DAY = "partialDay";
    /** The prefix of the blueprint and property identifiers, bound by {@link #roiSchema}. */
    public static final String SCHEMA_SETTINGS = "port.schema";

    /**
     * Items (lists of up to 1,000 runs, see {@link PortRunReader}) per chunk. Each chunk is a transaction
     * of the job repository, written to disk at once; 5,000 runs a chunk keep those to 200 for a million
     * runs, and the progress line still moves at least every second when Port is far away.
     */
    private static final int ITEMS_PER_CHUNK = 5;
    private static final String COMPUTE = "COMPUTE";
    private static final String SUMMARY_WRITTEN = "SUMMARY_WRITTEN";
    /** The name of the delivery step that archives the reports, before the messages that link to them. */
    static final String ARCHIVE = "archive";
    /** The name of the step that fails the job when a delivery step failed. */
    static final String DELIVERY_CHECK = "deliveryCheck";

    @Bean
    Job actionsRoiReportJob(JobRepository jobRepository, Step referenceDataStep, Step runsStep, Step summaryStep,
            Step workbookStep, Step pdfStep, Step archiveStep, Step deliveryStep, Step chatStep,
            JobOutcomeListener jobOutcomeListener,
            FailureAlertListener failureAlertListener) {
        Flow figures = sequence("figures", referenceDataStep, runsStep, summaryStep);
        Flow outputs = new FlowBuilder<Flow>("outputs")
                .start(sequence("reports", workbookStep, pdfStep))
                .next(deliveries(jobRepository, archiveStep, deliveryStep, chatStep))
                .build();
        JobExecutionDecider summaryWritten = (execution, lastStep) -> hasSummary(execution)
                ? new FlowExecutionStatus(SUMMARY_WRITTEN) : new FlowExecutionStatus(COMPUTE);
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(summaryWritten)
                .on(COMPUTE).to(figures).next(outputs)
                .from(summaryWritten).on(SUMMARY_WRITTEN).to(outputs)
                .end()
                .listener(new RunOwnerListener(jobRepository))
                .listener(jobOutcomeListener)
                .listener(failureAlertListener)
                .listener(new RunsFileRemover())
                .build();
    }

    /** Whether a job instance makes a partial report: its day had not ended when it was asked for. */
    public static boolean isPartialDay(JobParameters parameters) {
        return Boolean.parseBoolean(parameters.getString(PARTIAL_DAY));
    }

    private static Flow sequence(String name, Step first, Step... then) {
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>(name).start(first);
        for (Step step : then) {
            flow.next(step);
        }
        return flow.build();
    }

    /**
     * The delivery steps, then the step that fails the job when one of them did not deliver everything. Each
     * goes on to the next whatever its exit status: a delivery step that did not deliver everything completes
     * with {@code NOT_DELIVERED}, which {@link FlowBuilder#next} (on {@code COMPLETED} only) would not follow.
     */
    private static Flow deliveries(JobRepository jobRepository, Step... steps) {
        Step check = new StepBuilder(DELIVERY_CHECK, jobRepository)
                .tasklet(new DeliveryCheckTasklet())
                .allowStartIfComplete(true)
                .build();
        List<Step> all = Stream.concat(Arrays.stream(steps), Stream.of(check)).toList();
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>("deliveries").start(all.get(0));
        for (int next = 1; next < all.size(); next++) {
            flow.from(all.get(next - 1)).on("*").to(all.get(next));
        }
        return flow.build();
    }

    /**
     * A step that delivers the reports: it completes even when it did not deliver everything, so that the
     * next delivery runs, and it runs again on a restart, delivering only what is missing.
     */
    private static Step deliveryStep(String name, JobRepository jobRepository, Tasklet delivery) {
        return new StepBuilder(name, jobRepository)
                .tasklet(new DeliveryStepTasklet(delivery))
                .allowStartIfComplete(true)
                .build();
    }

    /** Whether an earlier execution of this job instance wrote the summary, and it is still there. */
    private static boolean hasSummary(JobExecution execution) {
        return ReportFiles.summaryWritten(execution) && Files.isRegularFile(ReportFiles.of(execution).summary());
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
            RunTallyWriter runTallyWriter, RunProgressListener runProgressListener, OutputsWarmUp outputsWarmUp) {
        return new StepBuilder("runs", jobRepository)
                .<List<PortEntity>, List<ClassifiedRun>>chunk(ITEMS_PER_CHUNK)
                .reader(new PortRunReader(entities, () -> figures.period().asOf(), runProgressListener::runCount))
                .processor(new RunClassifyingProcessor(figures))
                .writer(runTallyWriter)
                .listener(runProgressListener)
                .listener(outputsWarmUp)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step summaryStep(JobRepository jobRepository, FiguresInProgress figures, ReportProperties report,
            RoiEntities entities, Clock clock) {
        return new StepBuilder("summary", jobRepository)
                .tasklet(new SummaryTasklet(figures, report, entities.sourceDescription(), clock))
                // The decider only runs the figures when the summary is missing: then it is written again.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step workbookStep(JobRepository jobRepository, ReportProperties report, ExcelProperties excel, RoiSchema schema,
            ExcelReport excelReport) {
        return new StepBuilder("workbook", jobRepository)
                .tasklet(new WorkbookTasklet(excelReport, new RunSettings(report, excel, schema)::of))
                .build();
    }

    @Bean
    Step pdfStep(JobRepository jobRepository, PdfReport pdfReport) {
        return new StepBuilder("pdf", jobRepository)
                .tasklet(new PdfTasklet(pdfReport))
                .build();
    }

    @Bean
    ExcelReport excelReport(ExcelProperties excel) {
        return new ExcelReport(excel);
    }

    @Bean
    PdfReport pdfReport(PdfProperties pdf) {
        return new PdfReport(pdf);
    }

    /** Sets the outputs' renderers up while the runs are read (see {@link OutputsWarmUp}). */
    @Bean
    OutputsWarmUp outputsWarmUp(FiguresInProgress figures, RoiSchema schema, ExcelReport excelReport,
            PdfReport pdfReport, ReportProperties report, Clock clock) {
        return new OutputsWarmUp(figures, schema, excelReport, pdfReport, report, clock);
    }

    @Bean
    Step archiveStep(JobRepository jobRepository, ArchiveProperties archive) {
        return deliveryStep(ARCHIVE, jobRepository, new ArchiveTasklet(new ReportArchive(archive)));
    }

    @Bean
    Step deliveryStep(JobRepository jobRepository, ReportMailer reportMailer, TeamRecipients teamRecipients) {
        return deliveryStep("delivery", jobRepository, new DeliveryTasklet(reportMailer, teamRecipients));
    }

    @Bean
    Step chatStep(JobRepository jobRepository, ChatDelivery chatDelivery) {
        return deliveryStep("chat", jobRepository, new ChatTasklet(chatDelivery));
    }

    @Bean
    DeliveryInstances deliveryInstances(JobRepository jobRepository, Clock clock) {
        return new DeliveryInstances(jobRepository, clock);
    }

    @Bean
    JobStarter jobStarter(JobRepository jobRepository, JobOperator jobOperator, ReportProperties report) {
        return new JobStarter(jobRepository, jobOperator,
                new DeadRuns(jobRepository, jobOperator, report.deadRunAfter()));
    }

    @Bean
    FailureAlertListener failureAlertListener(ReportMailer reportMailer, ReportProperties report) {
        return new FailureAlertListener(reportMailer, report);
    }

    @Bean
    ReferenceDataTasklet referenceDataTasklet(RoiEntities entities, RoiSchema schema, FiguresInProgress figures) {
        return new ReferenceDataTasklet(entities, schema, figures);
    }

    @Bean
    @JobScope
    FiguresInProgress figuresInProgress(@Value("#{jobParameters['" + REPORT_DATE + "']}") LocalDate reportDate,
            @Value("#{jobParameters['" + ZONE + "']}") String zone, TeamReportProperties teamReports) {
        return new FiguresInProgress(new ReportPeriod(reportDate, ZoneId.of(zone)), teamReports.selection());
    }

    /** Folds the runs into the tally and keeps those of the workbook's Runs sheet in a file beside the reports. */
    @Bean
    @JobScope
    RunTallyWriter runTallyWriter(FiguresInProgress figures, ReportProperties report, ExcelProperties excel) {
        ReportPeriod period = figures.period();
        Predicate<Instant> inRunsWindow = excel.runsWindow(period.asOf());
        Path runsFile = ReportFiles.in(report.outputFolder(period.reportDate()), period.reportDate()).runs();
        return new RunTallyWriter(figures, runsFile, run -> inRunsWindow.test(run.createdAt()));
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
    RoiEntities roiEntities(EntitySource entitySource, RoiSchema schema, TeamRecipientsProperties teamRecipients) {
        return new RoiEntities(entitySource, schema, teamRecipients.recipientsProperty());
    }

    @Bean
    EntitySource entitySource(PortProperties port) {
        return EntitySources.from(port);
    }

    /** Blueprint and property identifiers: {@code port.schema.*}, the guide's names by default. */
    @Bean
    RoiSchema roiSchema(Environment environment) {
        return Binder.get(environment).bind(SCHEMA_SETTINGS, RoiSchema.class).orElseGet(RoiSchema::defaults);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
