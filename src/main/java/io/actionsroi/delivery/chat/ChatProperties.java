package io.actionsroi.delivery.chat;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.actionsroi.delivery.EmailProperties;

/**
 * How the chat messages (Slack and Microsoft Teams) are posted.
 *
 * @param enabled whether the report is posted to the chat targets set; false posts nothing (a backfill, say)
 * @param timeout the longest one request to Slack or Teams may take
 * @param retry how a server error (5xx), a lost connection and a rate limit (429) are retried, as the email's
 *     SMTP failures are: attempts per post, then a doubling backoff between them
 * @param maxRetryAfter the longest {@code Retry-After} of a 429 that is waited for; one asking for longer fails
 *     that target at once, for the rerun to post
 */
@ConfigurationProperties("report.chat")
@Validated
public record ChatProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("30s") Duration timeout,
        @NotNull @Valid @DefaultValue EmailProperties.Retry retry,
        @NotNull @DefaultValue("2m") Duration maxRetryAfter) {
}
