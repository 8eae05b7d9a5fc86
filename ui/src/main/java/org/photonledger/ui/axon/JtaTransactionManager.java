package org.photonledger.ui.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Bridges Axon's transactions to Quarkus' JTA transaction manager (Narayana), so the event append, the token
 * update and the projection rows written for one batch commit or roll back together on one pooled connection.
 * Joins a transaction already running on the thread instead of nesting.
 */
final class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return new Transaction() {
                    @Override
                    public void commit() {
                        // the outer transaction decides
                    }

                    @Override
                    public void rollback() {
                        try {
                            jta.setRollbackOnly();
                        } catch (SystemException e) {
                            throw new IllegalStateException("could not mark the surrounding transaction rollback-only", e);
                        }
                    }
                };
            }
            jta.begin();
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        if (jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                            jta.rollback();
                        } else {
                            jta.commit();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException("transaction commit failed: " + e.getMessage(), e);
                    }
                }

                @Override
                public void rollback() {
                    try {
                        jta.rollback();
                    } catch (Exception e) {
                        throw new IllegalStateException("transaction rollback failed: " + e.getMessage(), e);
                    }
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException("could not start a transaction: " + e.getMessage(), e);
        }
    }
}
