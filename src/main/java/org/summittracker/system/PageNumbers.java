package org.summittracker.system;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A list's page as the URL numbers it (from 1) turned into a page request; a number so
 * large its first row would lie past what a query can skip is the reader's 400, not a
 * failure of the query.
 */
public final class PageNumbers {

	private PageNumbers() {
	}

	/** Page {@code page} (from 1; below 1 reads as 1) of {@code size} rows. */
	public static PageRequest of(int page, int size, Sort sort) {
		return PageRequest.of(index(page, size), size, sort);
	}

	public static PageRequest of(int page, int size) {
		return of(page, size, Sort.unsorted());
	}

	/** Page {@code index} (from 0; below 0 reads as 0) of {@code size} rows. */
	public static PageRequest ofIndex(int index, int size, Sort sort) {
		return of((index < 0) ? 1 : index + 1, size, sort);
	}

	/** The row a page starts at, for queries that take an offset. */
	public static int offset(int page, int size) {
		return index(page, size) * size;
	}

	private static int index(int page, int size) {
		int index = Math.max(page, 1) - 1;
		if (page == Integer.MIN_VALUE || (long) index * size > Integer.MAX_VALUE - size) {
			throw new InvalidInputException("page", page);
		}
		return index;
	}

}
