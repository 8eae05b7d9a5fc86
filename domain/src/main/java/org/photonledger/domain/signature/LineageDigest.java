package org.photonledger.domain.signature;

/** One record in what was signed (the subject or something in its lineage) and the SHA-256 of its events then. */
public record LineageDigest(String id, String sha256) {
}
