package org.photonledger.ui.security;

import java.util.Optional;

/** A command refused before it reached the domain because its sender lacks the role the command needs. */
public class CommandNotAllowedException extends RuntimeException {

    private final String actor;
    private final String command;
    private final transient Optional<Role> required;

    public CommandNotAllowedException(String actor, String command, Optional<Role> required, String message) {
        super(message);
        this.actor = actor;
        this.command = command;
        this.required = required;
    }

    public String actor() {
        return actor;
    }

    public String command() {
        return command;
    }

    /** The role that would have allowed the command; empty when the command has no mapping (refused fail-closed). */
    public Optional<Role> required() {
        return required;
    }
}
