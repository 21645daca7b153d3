package io.actionsroi;

import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import io.actionsroi.job.CommandLineArguments;
import io.actionsroi.job.FailureMessages;
import io.actionsroi.job.JobRepositoryInUse;
import io.actionsroi.job.ReportCommand;
import io.actionsroi.job.UnknownSettings;

/**
 * Runs one report, then exits with the job's outcome as the process exit code.
 *
 * <p>Start-up is part of every run's time: the auto-configurations of beans nothing here uses are left
 * out (a JSON mapper: the summary has its own; a bean validator: the settings are validated by their
 * binding, which makes its own; task executors and schedulers; the application's availability; a JDBC
 * client).
 */
@SpringBootApplication(exclude = {JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
        TaskExecutionAutoConfiguration.class, TaskSchedulingAutoConfiguration.class,
        ApplicationAvailabilityAutoConfiguration.class, JdbcClientAutoConfiguration.class})
@ConfigurationPropertiesScan
public class ActionsRoiApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the application and returns its exit code. {@code --help} prints how to run it and starts
     * nothing; an argument that is not a setting, or an unknown setting, is refused before anything
     * starts. Settings refused at start-up (no credentials, an invalid date) become one line on stderr
     * instead of a stack trace, and so does a job repository that another run has open.
     */
    public static int run(String... args) {
        if (CommandLineArguments.asksForHelp(args)) {
            System.out.print(CommandLineArguments.help());
            return ReportCommand.EXIT_OK;
        }
        Optional<String> notASetting = CommandLineArguments.refusal(args);
        if (notASetting.isPresent()) {
            System.err.println(notASetting.get());
            return ReportCommand.EXIT_BAD_SETTINGS;
        }
        try {
            SpringApplication application = new SpringApplication(ActionsRoiApplication.class);
            application.addListeners(new UnknownSettings(ActionsRoiApplication.class.getPackageName()));
            return SpringApplication.exit(application.run(args));
        }
        catch (RuntimeException e) {
            LoggerFactory.getLogger(ActionsRoiApplication.class).debug("Start-up failed", e);
            Optional<String> inUse = JobRepositoryInUse.refusal(e);
            System.err.println(inUse.orElseGet(() -> FailureMessages.describe(e)));
            return inUse.isPresent() ? ReportCommand.EXIT_ALREADY_RUNNING : ReportCommand.EXIT_BAD_SETTINGS;
        }
    }
}
