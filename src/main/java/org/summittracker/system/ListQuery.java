package org.summittracker.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Sort;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sort order of a list as it stands in the URL ({@code ?sort=name} or
 * {@code ?sort=-date} for descending), and links that keep every other filter of the
 * current URL while changing the sort or the page, so any view of a list can be shared or
 * bookmarked.
 */
public final class ListQuery {

	private final String key;

	private final boolean descending;

	private final Map<String, String> columns;

	private ListQuery(String key, boolean descending, Map<String, String> columns) {
		this.key = key;
		this.descending = descending;
		this.columns = columns;
	}

	/**
	 * @param sort the request's sort parameter, e.g. {@code -date}
	 * @param fallback the sort when none (or an unknown one) is asked for
	 * @param columns sort keys readers may use, to the entity property each sorts by
	 */
	public static ListQuery of(String sort, String fallback, Map<String, String> columns) {
		String asked = (sort == null || sort.isBlank()) ? fallback : sort.trim();
		boolean descending = asked.startsWith("-");
		String key = descending ? asked.substring(1) : asked;
		if (!columns.containsKey(key)) {
			return of(fallback, fallback, columns);
		}
		return new ListQuery(key, descending, columns);
	}

	public String getKey() {
		return this.key;
	}

	public boolean isDescending() {
		return this.descending;
	}

	/** The order for the repository, with a tie-breaker so pages never shuffle. */
	public Sort toSort(Sort tieBreaker) {
		Sort.Direction direction = this.descending ? Sort.Direction.DESC : Sort.Direction.ASC;
		return Sort.by(direction, this.columns.get(this.key)).and(tieBreaker);
	}

	/**
	 * A link to this list sorted by the column: the same column again flips the
	 * direction.
	 */
	public String sortUrl(String column) {
		String value = (column.equals(this.key) && !this.descending) ? "-" + column : column;
		return current().replaceQueryParam("sort", value).replaceQueryParam("page").build(true).toUriString();
	}

	/** For {@code aria-sort} on the column header. */
	public String ariaSort(String column) {
		if (!column.equals(this.key)) {
			return "none";
		}
		return this.descending ? "descending" : "ascending";
	}

	/** The current URL without its page, ready for {@code page=N} to be appended. */
	public String pageBase() {
		String url = current().replaceQueryParam("page").build(true).toUriString();
		return url + (url.contains("?") ? "&" : "?");
	}

	/** The current request's path and query, as the reader's browser sent them. */
	private static UriComponentsBuilder current() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
	}

}
