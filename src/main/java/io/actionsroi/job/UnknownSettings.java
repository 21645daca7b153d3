package io.actionsroi.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Refuses a setting under {@code report.*} or {@code port.*} that no record binds, before anything
 * starts: a misspelt {@code --report.dat=2026-11-01} would otherwise be ignored, and yesterday's report
 * made instead. It reads every source of settings (the command line, the environment, which the cron
 * wrapper fills from its environment file, Java system properties and the application.yml files) once
 * they are loaded and before the application context is created, and names each unknown setting with
 * the closest known one.
 *
 * <p>Spring Boot's {@code @ConfigurationProperties(ignoreUnknownFields = false)} does not do it: it does
 * not look at environment variables, it fails only when the record is created (with the job repository
 * already open) and without a suggestion, and the report record would take the settings that records of
 * their own bind below it ({@code report.email.*}, ...) for unknown fields of its own.
 */
public final class UnknownSettings implements ApplicationListener<SpringApplicationEvent> {

    private final String basePackage;
    private CompletableFuture<SettingNames> names;

    /** Knows the settings of the application whose classes are in {@code basePackage} (see {@link SettingNames#of}). */
    public UnknownSettings(String basePackage) {
        this.basePackage = basePackage;
    }

    /**
     * When the application starts, begins reading the settings' names from the classes, on a thread of
     * its own while Spring Boot sets logging up and loads the settings (a tenth of the start-up, taken
     * off its path; not sooner, as logging would not be held back yet); once the settings are loaded,
     * checks them.
     *
     * @throws IllegalArgumentException naming every unknown setting, which ends the start with exit code 2
     */
    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            names = CompletableFuture.supplyAsync(() -> SettingNames.of(basePackage));
        } else if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            refuseUnknown(prepared.getEnvironment(), names != null ? names.join() : SettingNames.of(basePackage));
        }
    }

    private static void refuseUnknown(ConfigurableEnvironment loaded, SettingNames known) {
        List<String> unknown = new ArrayList<>();
        for (PropertySource<?> source : loaded.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> settings) {
                boolean environment = source instanceof SystemEnvironmentPropertySource;
                for (String name : settings.getPropertyNames()) {
                    if (known.isUnknown(name, environment)) {
                        unknown.add("Unknown setting " + name + where(source, name, environment) + ": did you mean "
                                + known.closest(name, environment) + "?");
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", unknown) + " Nothing was run; every setting is in"
                    + " docs/settings.md.");
        }
    }

    /** Where a setting was given, when not on the command line: the environment, or the file and line. */
    private static String where(PropertySource<?> source, String name, boolean environment) {
        if (source instanceof CommandLinePropertySource) {
            return "";
        }
        if (environment) {
            return " (environment variable)";
        }
        Origin origin = OriginLookup.getOrigin(source, name);
        return " (" + (origin != null ? origin : source.getName()) + ")";
    }
}
