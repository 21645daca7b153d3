package io.actionsroi.port;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How a cursor waits for a thread reading pages ahead to stop once it has been told to. */
final class ReaderThreads {

    private static final Logger log = LoggerFactory.getLogger(ReaderThreads.class);
    /** A read stops at once when interrupted (see PortHttp and Sleeper), or within one page's parsing. */
    private static final long STOP_WAIT_SECONDS = 10;

    private ReaderThreads() {
    }

    /**
     * Waits for an interrupted reader to end, at most {@value #STOP_WAIT_SECONDS} s; one that outlives
     * that is left to end with the process, a daemon thread.
     *
     * @return false when the caller was interrupted meanwhile; its interrupt is set again
     */
    static boolean awaitStop(Thread reader) {
        try {
            reader.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (reader.isAlive()) {
            log.warn("The thread {} did not stop within {} s; nothing waits for it, and it ends with the process at"
                    + " the latest", reader.getName(), STOP_WAIT_SECONDS);
        }
        return true;
    }
}
