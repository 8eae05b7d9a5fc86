package org.photonledger.processing.store;

/** A requested sort: a column name from the list's allowed set, ascending or descending. */
public record SortOrder(String column, boolean ascending) {
}
