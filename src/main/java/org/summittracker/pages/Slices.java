package org.summittracker.pages;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * One page of a detail page's longest table (a leader's hundreds of meetings, a nation's
 * thousands of representations), read by SQL a page at a time, so the page shows and
 * cites a bounded number of rows whatever the data holds.
 */
public final class Slices {

	/** Rows per page of a detail page's longest table. */
	public static final int SIZE = 50;

	private Slices() {
	}

	/**
	 * Page {@code page} (from 1; past the end is the last page) of rows a query reads a
	 * page at a time, each row an {@code Object[]} of the record and the number of rows
	 * in all (a scalar {@code count(*)} subquery), so one statement gives the page and
	 * its count. Only a page past the end costs more: the count, then the last page.
	 */
	@SuppressWarnings("unchecked")
	public static <T> Page<T> query(int page, Function<Pageable, List<Object[]>> query) {
		int index = Math.max(page, 1) - 1;
		List<Object[]> rows = query.apply(PageRequest.of(index, SIZE));
		if (rows.isEmpty() && index > 0) {
			List<Object[]> first = query.apply(PageRequest.of(0, 1));
			if (!first.isEmpty()) {
				long total = ((Number) first.get(0)[1]).longValue();
				index = (int) ((total - 1) / SIZE);
				rows = query.apply(PageRequest.of(index, SIZE));
			}
			else {
				index = 0;
			}
		}
		long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue();
		List<T> content = rows.stream().map((row) -> (T) row[0]).toList();
		return new PageImpl<>(content, PageRequest.of(index, SIZE), total);
	}

	/**
	 * Page {@code page} (from 1; past the end is the last page) of rows already read
	 * whole, by the same rule as {@link #query}: for a table the page reads with others
	 * it needs whole (an organization's members, whose counts span every page).
	 */
	public static <T> Page<T> of(List<T> rows, int page) {
		int pages = Math.max(1, (rows.size() + SIZE - 1) / SIZE);
		int index = Math.min(Math.max(page, 1), pages) - 1;
		List<T> content = rows.subList(index * SIZE, Math.min(rows.size(), (index + 1) * SIZE));
		return new PageImpl<>(content, PageRequest.of(index, SIZE), rows.size());
	}

}
