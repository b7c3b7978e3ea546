package org.summittracker.account;

/** Editors edit the data; admins also manage accounts. */
public enum Role {

	EDITOR, ADMIN

}
