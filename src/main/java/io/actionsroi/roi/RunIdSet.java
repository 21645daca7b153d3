package io.actionsroi.roi;

/**
 * The identifiers of the runs seen so far, kept as 64-bit hashes in an open-addressing table of
 * primitive longs (linear probing, kept between a quarter and half full): 16 to 32 bytes per run,
 * where a {@code HashSet<String>} takes about a hundred.
 *
 * <p>Two distinct identifiers share a 64-bit hash with a probability of about n²/2⁶⁵, some 3·10⁻⁸
 * for a million runs; the cost of that would be one run wrongly counted as a duplicate. Negligible.
 */
final class RunIdSet {

    private static final long EMPTY = 0L;
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long[] slots = new long[1 << 10];
    private int size;

    /** Adds the identifier; false when it was already there. */
    boolean add(String identifier) {
        long hash = hash(identifier);
        if (insert(slots, hash)) {
            size++;
            if (size * 2L > slots.length) {
                grow();
            }
            return true;
        }
        return false;
    }

    /** FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser so every bit can index the table. */
    static long hash(String identifier) {
        long hash = FNV_OFFSET_BASIS;
        for (int i = 0; i < identifier.length(); i++) {
            hash = (hash ^ identifier.charAt(i)) * FNV_PRIME;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        // 0 marks an empty slot; moving that one hash value costs one more (still negligible) collision.
        return hash == EMPTY ? 1L : hash;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int index = (int) hash & mask;
        while (table[index] != EMPTY) {
            if (table[index] == hash) {
                return false;
            }
            index = (index + 1) & mask;
        }
        table[index] = hash;
        return true;
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long hash : slots) {
            if (hash != EMPTY) {
                insert(larger, hash);
            }
        }
        slots = larger;
    }
}
