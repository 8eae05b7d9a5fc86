package org.photonledger.ui.signature;

/**
 * A signature request: the meaning ({@code reviewed} or {@code approved}), the signer's password typed again, and
 * for a figure the version that was checked.
 */
public record SignBody(String meaning, String password, Integer version) {
}
