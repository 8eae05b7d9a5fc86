package org.photonledger.processing.store;

import java.util.List;

/** One page of a read-model list: the rows, where the page starts, and how many rows match in total. */
public record Page<T>(List<T> rows, int offset, int limit, long total) {
}
