package org.summittracker.pages;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * One page of rows a detail page has already loaded whole (a leader's hundreds of
 * meetings, a nation's hundreds of visits), so the page shows a bounded number of rows
 * and cites only those, without another statement.
 */
public final class Slices {

	/** Rows per page of a detail page's longest table. */
	public static final int SIZE = 50;

	private Slices() {
	}

	/** Page {@code page} (from 1; out of range is the nearest page) of the rows. */
	public static <T> Page<T> of(List<T> rows, int page) {
		int pages = Math.max(1, (rows.size() + SIZE - 1) / SIZE);
		int index = Math.min(Math.max(page, 1), pages) - 1;
		List<T> content = rows.subList(index * SIZE, Math.min(rows.size(), (index + 1) * SIZE));
		return new PageImpl<>(content, PageRequest.of(index, SIZE), rows.size());
	}

}
