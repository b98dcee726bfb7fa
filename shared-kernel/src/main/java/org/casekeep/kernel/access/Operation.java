package org.casekeep.kernel.access;

/** What an actor wants to do with a record or a record type. */
public enum Operation {
	READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT, DISCLOSE
}
