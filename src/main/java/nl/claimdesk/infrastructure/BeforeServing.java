package nl.claimdesk.infrastructure;

import org.springframework.context.SmartLifecycle;

/**
 * Start-up work that must be finished before the web server takes its first request, such as importing the demo
 * campaigns: an application runner would run only after the server opened, and the first visitors would see an empty
 * site. Tasks run in the order of their phase, all before the web server's (and so before readiness).
 */
public abstract class BeforeServing implements SmartLifecycle {

    /** Campaigns and their content. */
    public static final int CONTENT = DEFAULT_PHASE - 8192;

    /** What builds on the campaigns, such as their agreements. */
    public static final int AFTER_CONTENT = CONTENT + 1;

    /** What builds on the agreements, such as the demo participant's signature. */
    public static final int AFTER_AGREEMENTS = AFTER_CONTENT + 1;

    /** What builds on signed participation, such as the demo's settlement and its payment run. */
    public static final int AFTER_PARTICIPATION = AFTER_AGREEMENTS + 1;

    private volatile boolean done;

    /** The work; an exception stops the application from starting. */
    protected abstract void prepare() throws Exception;

    @Override
    public final void start() {
        try {
            prepare();
        } catch (Exception e) {
            throw new IllegalStateException(getClass().getSimpleName() + " failed before the site could open", e);
        }
        done = true;
    }

    @Override
    public final void stop() {
        done = false;
    }

    @Override
    public final boolean isRunning() {
        return done;
    }
}
