package org.photonledger.processing.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.inject.Qualifier;

/**
 * Qualifies the {@link javax.sql.DataSource} that holds the event store, the token store and the read models —
 * the embedded H2 database or PostgreSQL, whichever the application was started with.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface LedgerDatabase {
}
