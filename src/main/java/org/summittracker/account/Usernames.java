package org.summittracker.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way a typed username becomes the account's key, used wherever a username is
 * looked up, stored or counted: {@code " Admin "}, {@code "ADMIN"} and the full-width
 * {@code "ａｄｍｉｎ"} are all {@code admin}.
 */
public final class Usernames {

	/** Longer input is cut here before it is counted or logged. */
	static final int MAX_LENGTH = 120;

	private Usernames() {
	}

	public static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		String name = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		return (name.length() > MAX_LENGTH) ? name.substring(0, MAX_LENGTH) : name;
	}

}
