package io.actionsroi.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A team identifier made safe for a file and folder name on Linux, macOS and Windows. Port identifiers may
 * hold {@code /}, {@code :}, {@code @}, {@code =} and {@code +}, and any text may come through the settings.
 *
 * <p>The name is the identifier in lower case, accents dropped, every character other than {@code a-z},
 * {@code 0-9}, {@code _}, {@code -} and an inner {@code .} replaced by {@code _}, cut to
 * {@value #MAX_READABLE} characters. When that changed anything (or the name is a Windows device name
 * such as {@code con}), {@code -} and the first {@value #HASH_HEX_DIGITS} hex digits of the identifier's
 * SHA-256 follow, so that two identifiers that read alike ({@code a/b} and {@code a:b}, {@code Ops} and
 * {@code ops} on a file system that ignores case) still get two names.
 */
public final class TeamFileNames {

    static final int MAX_READABLE = 40;
    static final int HASH_HEX_DIGITS = 10;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9_.-]");
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private TeamFileNames() {
    }

    /** The file-safe name of a team identifier: the same identifier always gives the same name. */
    public static String of(String identifier) {
        String readable = MARKS.matcher(Normalizer.normalize(identifier, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        readable = UNSAFE.matcher(readable).replaceAll("_");
        if (readable.length() > MAX_READABLE) {
            readable = readable.substring(0, MAX_READABLE);
        }
        // no hidden file, no ".." and no trailing dot (which Windows drops)
        readable = readable.replaceAll("^\\.|\\.$", "_");
        boolean device = DEVICE_NAMES.contains(readable.split("\\.", 2)[0]);
        return readable.equals(identifier) && !device ? readable : readable + "-" + hash(identifier);
    }

    private static String hash(String identifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identifier.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
