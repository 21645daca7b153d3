package io.actionsroi.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The bucket, through the AWS SDK: objects written only when the bucket does not already hold the same bytes,
 * read back, listed, and linked with presigned URLs. Opened for one archive step and closed after it, so that
 * a run with the archive off never starts the SDK.
 */
final class ArchiveStorage implements AutoCloseable {

    /** The user metadata key of an object's SHA-256, written with it and compared before writing it again. */
    static final String SHA256 = "sha256";
    /** Attempts per request, the first included, on throttling, 5xx answers and I/O errors, with the SDK's backoff. */
    static final int ATTEMPTS = 4;
    /** With an endpoint and no region set: what storage other than AWS expects. */
    private static final Region REGION_OF_OTHER_STORAGE = Region.US_EAST_1;

    private final S3Client client;
    private final S3Presigner presigner;
    private final DefaultCredentialsProvider credentials;
    private final String bucket;

    private ArchiveStorage(S3Client client, S3Presigner presigner, DefaultCredentialsProvider credentials,
            String bucket) {
        this.client = client;
        this.presigner = presigner;
        this.credentials = credentials;
        this.bucket = bucket;
    }

    static ArchiveStorage open(ArchiveProperties archive) {
        DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        // The SDK's default checksums (CRC32 trailers, aws-chunked bodies) break several S3-compatible stores.
        var client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .credentialsProvider(credentials)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .forcePathStyle(archive.pathStyle())
                .overrideConfiguration(override -> override.retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(ATTEMPTS).build()));
        var presigner = S3Presigner.builder()
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(archive.pathStyle()).build());
        if (archive.endpoint() != null) {
            client.endpointOverride(archive.endpoint());
            presigner.endpointOverride(archive.endpoint());
        }
        Optional<Region> region = Optional.ofNullable(archive.region()).map(Region::of)
                .or(() -> archive.endpoint() != null ? Optional.of(REGION_OF_OTHER_STORAGE) : Optional.empty());
        region.ifPresent(client::region);
        region.ifPresent(presigner::region);
        return new ArchiveStorage(client.build(), presigner.build(), credentials, archive.bucket());
    }

    /**
     * Writes {@code file} at {@code key} unless the bucket holds the same bytes there already (same size and
     * SHA-256); whether it wrote it.
     */
    boolean put(String key, Path file, String contentType) {
        return put(key, Digests.of(file), contentType, () -> RequestBody.fromFile(file));
    }

    /** As {@link #put(String, Path, String)}, for bytes in memory. */
    boolean put(String key, byte[] content, String contentType) {
        return put(key, Digests.of(content), contentType, () -> RequestBody.fromBytes(content));
    }


    /** The keys that start with {@code prefix}. */
    List<String> keys(String prefix) {
        return client.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .toList();
    }

    byte[] get(String key) {
        return client.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
    }

    /** A link that downloads the object at {@code key} without credentials, for {@code lifetime}. */
    URI presignedGet(String key, Duration lifetime) {
        return URI.create(presigner.presignGetObject(request -> request.signatureDuration(lifetime)
                .getObjectRequest(get -> get.bucket(bucket).key(key))).url().toString());
    }

    private boolean put(String key, Digests digests, String contentType, Supplier<RequestBody> body) {
        if (holds(key, digests)) {
            return false;
        }
        client.putObject(request -> request.bucket(bucket).key(key).contentType(contentType)
                .contentMD5(digests.md5Base64()).metadata(Map.of(SHA256, digests.sha256Hex())), body.get());
        return true;
    }

    private boolean holds(String key, Digests digests) {
        return head(key).filter(object -> object.contentLength() != null && object.contentLength() == digests.size()
                && digests.sha256Hex().equals(object.metadata().get(SHA256))).isPresent();
    }

    private Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(client.headObject(request -> request.bucket(bucket).key(key)));
        }
        catch (S3Exception e) {
            // S3 answers 403 rather than 404 for a missing object to whoever may not list the whole bucket, as
            // with a policy that allows listing the prefix only: the upload that follows tells a real refusal
            if (e.statusCode() == 404 || e.statusCode() == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        client.close();
        presigner.close();
        // given to both, so closed by neither
        credentials.close();
    }

    /** The size and digests of some bytes: the SHA-256 to compare, the MD5 that S3 checks the upload against. */
    private record Digests(long size, String sha256Hex, String md5Base64) {

        static Digests of(byte[] content) {
            MessageDigest sha256 = digest("SHA-256");
            MessageDigest md5 = digest("MD5");
            sha256.update(content);
            md5.update(content);
            return new Digests(content.length, HexFormat.of().formatHex(sha256.digest()),
                    Base64.getEncoder().encodeToString(md5.digest()));
        }

        static Digests of(Path file) {
            MessageDigest sha256 = digest("SHA-256");
            MessageDigest md5 = digest("MD5");
            long size = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = in.read(buffer)) > 0; size += read) {
                    sha256.update(buffer, 0, read);
                    md5.update(buffer, 0, read);
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file + " to archive it: " + e.getMessage(), e);
            }
            return new Digests(size, HexFormat.of().formatHex(sha256.digest()),
                    Base64.getEncoder().encodeToString(md5.digest()));
        }

        private static MessageDigest digest(String algorithm) {
            try {
                return MessageDigest.getInstance(algorithm);
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
            }
        }
    }
}
