package dev.athanor.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of Athanor under {@code athanor.*}, with SQLAlchemy's option names.
 */
@ConfigurationProperties("athanor")
public class AthanorProperties {

    /**
     * Database URL in SQLAlchemy form (postgresql://user:pass@host:5432/db, h2:///./data/app) or
     * a jdbc: URL. When unset, the application's single DataSource is used.
     */
    private String url;

    /** Log every statement, its parameters and its time under the athanor.engine logger. */
    private boolean echo;

    private final Pool pool = new Pool();

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean isEcho() {
        return echo;
    }

    public void setEcho(boolean echo) {
        this.echo = echo;
    }

    public Pool getPool() {
        return pool;
    }

    /** Pool settings, used when Athanor builds its own pool from {@code athanor.url}. */
    public static class Pool {

        /** Connections kept open (SQLAlchemy pool_size). */
        private int size = 5;

        /** Extra connections allowed under load (SQLAlchemy max_overflow). */
        private int maxOverflow = 10;

        /** How long a checkout waits for a free connection (SQLAlchemy pool_timeout). */
        private Duration timeout = Duration.ofSeconds(30);

        /** Replace connections older than this (SQLAlchemy pool_recycle). */
        private Duration recycle;

        /** Test every connection before lending it (SQLAlchemy pool_pre_ping). */
        private boolean prePing;

        public int getSize() {
            return size;
        }

        public void setSize(int size) {
            this.size = size;
        }

        public int getMaxOverflow() {
            return maxOverflow;
        }

        public void setMaxOverflow(int maxOverflow) {
            this.maxOverflow = maxOverflow;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getRecycle() {
            return recycle;
        }

        public void setRecycle(Duration recycle) {
            this.recycle = recycle;
        }

        public boolean isPrePing() {
            return prePing;
        }

        public void setPrePing(boolean prePing) {
            this.prePing = prePing;
        }
    }
}
