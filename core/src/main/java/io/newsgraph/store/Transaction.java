package io.newsgraph.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a unit of writes as one transaction: all of it lands, or (on any failure) none of it. */
final class Transaction {
    private Transaction() {}

    interface Work {
        void run() throws SQLException;
    }

    /** @param what what is being written, for the error ("cannot write entities: …") */
    static void run(Connection connection, String what, Work work) throws StoreException {
        try {
            connection.setAutoCommit(false);
            work.run();
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // nothing more to undo
            }
            throw new StoreException("cannot write " + what + ": " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next call reports it
            }
        }
    }
}
