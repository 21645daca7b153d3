package io.actionsroi.port;

import java.time.Duration;

/** Waits between retries; replaced in tests so that they check the waits without spending them. */
@FunctionalInterface
interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
