package org.storyline.account;

/** What an account may do beyond reading and commenting. */
public enum Role {
    /** Comments, edits its own comments, follows. */
    READER,
    /** A reader who may also remove anyone's comments. */
    MODERATOR,
    /** A moderator, created from the command line. */
    ADMIN;

    public boolean moderates() {
        return this != READER;
    }
}
