package dev.athanor.testing;

/** A database server of a fault test's own, which the test may restart; closing it removes it. */
public interface PrivateServer extends AutoCloseable {

    /** The Athanor URL of a database on the server. */
    String url();

    /** Stops and starts the server: every open connection to it dies. */
    void restart();

    @Override
    void close();
}
