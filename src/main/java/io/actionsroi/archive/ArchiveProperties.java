package io.actionsroi.archive;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The archive of the reports in an S3-compatible bucket. The credentials are the AWS SDK's default chain's
 * (environment, profile, web identity for a pod), never a setting of ours.
 *
 * @param enabled whether the reports are archived after they are written
 * @param bucket the bucket; required when enabled
 * @param prefix what every key starts with, such as {@code actions-roi/}; empty for the bucket's root
 * @param endpoint the storage's URL, for storage other than AWS (MinIO, Ceph, R2, ...); unset: AWS's for the region
 * @param region the region the requests are signed for; unset: {@code us-east-1} with an endpoint, else the SDK's
 *     default chain's ({@code AWS_REGION}, the profile)
 * @param pathStyle address the bucket in the path ({@code host/bucket/key}) rather than in the host name, as
 *     most storage other than AWS wants
 * @param linkDays how long the presigned link to the PDF in the messages works, in days: 1 to 7 (the most a
 *     presigned link lives); temporary credentials cut it to their own lifetime
 */
@ConfigurationProperties("report.archive")
@Validated
public record ArchiveProperties(
        boolean enabled,
        String bucket,
        @DefaultValue("actions-roi/") @NotNull String prefix,
        URI endpoint,
        String region,
        boolean pathStyle,
        @DefaultValue("7") @Min(value = 1, message = "must be 1 to 7: a presigned link lives 7 days at most")
        @Max(value = 7, message = "must be 1 to 7: a presigned link lives 7 days at most") int linkDays) {

    public ArchiveProperties {
        if (enabled && (bucket == null || bucket.isBlank())) {
            throw new IllegalArgumentException("report.archive.enabled=true needs report.archive.bucket, the bucket"
                    + " to archive the reports in: set it, or report.archive.enabled=false.");
        }
        if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
            throw new IllegalArgumentException("report.archive.endpoint must be a URL such as https://s3.example.com"
                    + " (the storage's own host, without the bucket).");
        }
    }

    /** How long the presigned link to the PDF works. */
    public Duration linkLifetime() {
        return Duration.ofDays(linkDays);
    }

    /** Where the archive is, for a message: the bucket and the storage's host, never a credential. */
    public String location() {
        String storage = endpoint != null ? endpoint.getHost() : "AWS S3" + (region != null ? " (" + region + ")" : "");
        return "bucket '" + bucket + "' at " + storage;
    }
}
