package io.actionsroi.job;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.convert.ConversionException;
import org.springframework.validation.FieldError;

/**
 * Turns a failure into the one line a person reads: what happened and what to do. Our own
 * exceptions already say so; framework wrappers are peeled off, and a setting that cannot be bound
 * is named with the format it expects.
 */
public final class FailureMessages {

    private static final Map<Class<?>, String> EXPECTED_FORMATS = Map.of(
            LocalDate.class, "a date as YYYY-MM-DD, such as 2026-09-30",
            ZoneId.class, "an IANA time zone such as UTC or Europe/Berlin",
            Duration.class, "a duration such as 500ms, 30s or 5m",
            URI.class, "a URL such as https://api.getport.io",
            Path.class, "a folder path",
            Double.class, "a number",
            Integer.class, "a whole number",
            int.class, "a whole number");

    private FailureMessages() {
    }

    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindValidationException invalid) {
                return invalid.getValidationErrors().getAllErrors().stream()
                        .map(error -> error instanceof FieldError field
                                ? "Invalid setting " + invalid.getValidationErrors().getName() + "."
                                        + kebabCase(field.getField()) + "=" + field.getRejectedValue() + ": "
                                        + field.getDefaultMessage()
                                : error.getDefaultMessage())
                        .collect(Collectors.joining("; "));
            }
            if (cause instanceof BindException unbound && !(cause.getCause() instanceof BindValidationException)) {
                return unbindable(unbound);
            }
        }
        return ownMessage(failure);
    }

    private static String unbindable(BindException unbound) {
        if (!isConversionFailure(unbound)) {
            // the settings record itself refused the value, and its message names the setting
            return ownMessage(unbound);
        }
        ConfigurationProperty property = unbound.getProperty();
        String setting = property != null ? property.getName() + "=" + property.getValue() : unbound.getName().toString();
        Class<?> type = unbound.getTarget().getType().resolve(Object.class);
        String expected = EXPECTED_FORMATS.get(type);
        return "Invalid setting " + setting + ": expected " + (expected != null ? expected : "a " + type.getSimpleName())
                + ".";
    }

    private static boolean isConversionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConversionException) {
                return true;
            }
        }
        return false;
    }

    /** {@code hourlyCost} as it is written in settings: {@code hourly-cost}. */
    private static String kebabCase(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The innermost message that is not a framework wrapper's. */
    private static String ownMessage(Throwable failure) {
        Throwable chosen = failure;
        while (chosen.getCause() != null && (chosen.getMessage() == null || isFrameworkWrapper(chosen))) {
            chosen = chosen.getCause();
        }
        return chosen.getMessage() != null ? chosen.getMessage() : chosen.getClass().getSimpleName();
    }

    private static boolean isFrameworkWrapper(Throwable failure) {
        String type = failure.getClass().getName();
        return type.startsWith("org.springframework.") || type.startsWith("java.lang.reflect.");
    }
}
