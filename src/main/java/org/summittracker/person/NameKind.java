package org.summittracker.person;

public enum NameKind {

	NATIVE, TRANSLITERATION, VARIANT, MISSPELLING

}
