package io.actionsroi.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The process that runs a job execution: its host, process id and start time, kept in the job
 * execution context, so that a later run can tell whether an execution left unfinished still has a
 * live process behind it or was killed.
 */
record RunOwner(String host, long pid, Instant processStart) {

    private static final String HOST = "owner.host";
    private static final String PID = "owner.pid";
    private static final String PROCESS_START = "owner.processStart";

    /** This process. */
    static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(hostName(), self.pid(), self.info().startInstant().orElse(Instant.EPOCH));
    }

    /** The owner written in an execution context, if any. */
    static Optional<RunOwner> of(ExecutionContext context) {
        if (!context.containsKey(PID)) {
            return Optional.empty();
        }
        return Optional.of(new RunOwner(context.getString(HOST), context.getLong(PID),
                Instant.parse(context.getString(PROCESS_START))));
    }

    void writeTo(ExecutionContext context) {
        context.putString(HOST, host);
        context.putLong(PID, pid);
        context.putString(PROCESS_START, processStart.toString());
    }

    /** Whether this owner ran on the host of the current process, where its process can be looked up. */
    boolean isOnThisHost() {
        return host.equals(hostName());
    }

    /**
     * Whether the owner's process is still alive on this host. A process id taken over by another
     * process since (a different start time) does not count.
     */
    boolean isAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(process -> process.info().startInstant().map(processStart::equals).orElse(true))
                .orElse(false);
    }

    @Override
    public String toString() {
        return "process " + pid + " on " + host;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            return "unknown host";
        }
    }
}
