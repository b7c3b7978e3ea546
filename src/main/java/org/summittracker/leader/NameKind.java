package org.summittracker.leader;

public enum NameKind {

	NATIVE, TRANSLITERATION, VARIANT, MISSPELLING

}
