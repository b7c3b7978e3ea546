package org.summittracker.system;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages kept for readers who are not signed in, so a page is built once
 * per data version, day, address and language rather than once per request. The key
 * begins with the ETag ({@link ConditionalGetFilter}: data version and date), so a write
 * or a new day makes every kept page unreachable; they are dropped as soon as a request
 * brings a new tag. The least recently used pages go first once the bodies together pass
 * {@code summit.page-cache.max-bytes} (0 turns the cache off). Exports, feeds and the API
 * (any path with an extension, and {@code /api}) are streamed and never kept.
 */
@Component
class PageCache {

	/** The largest body kept; a bigger page is served as built. */
	static final int MAX_PAGE_BYTES = 1024 * 1024;

	private static final int MAX_LANGUAGE_CHARS = 100;

	private final long maxBytes;

	private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);

	private long bytes;

	private String tag;

	PageCache(@Value("${summit.page-cache.max-bytes:33554432}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** Whether this request's page may come from, or go into, the cache. */
	boolean covers(HttpServletRequest request) {
		if (this.maxBytes <= 0 || request.getRequestedSessionId() != null) {
			// a reader with a session may be shown a flash message meant for them alone
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.equals("/api") && !path.startsWith("/api/")
				&& !path.substring(path.lastIndexOf('/') + 1).contains(".");
	}

	/**
	 * What the page depends on besides the data: its full address and the language asked
	 * for.
	 */
	static String key(String etag, HttpServletRequest request) {
		String query = request.getQueryString();
		String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		language = (language != null) ? language.trim() : "";
		if (language.length() > MAX_LANGUAGE_CHARS) {
			language = language.substring(0, MAX_LANGUAGE_CHARS);
		}
		return etag + " " + request.getRequestURL() + ((query != null) ? "?" + query : "") + " " + language;
	}

	/**
	 * The page kept under the key, if any; a new tag first drops every page of the old
	 * one.
	 */
	synchronized Page find(String etag, String key) {
		if (!etag.equals(this.tag)) {
			this.tag = etag;
			this.pages.clear();
			this.bytes = 0;
			return null;
		}
		return this.pages.get(key);
	}

	synchronized void keep(String etag, String key, Page page) {
		if (!etag.equals(this.tag) || page.body().length > this.maxBytes) {
			return;
		}
		Page old = this.pages.put(key, page);
		this.bytes += page.body().length - ((old != null) ? old.body().length : 0);
		Iterator<Page> eldest = this.pages.values().iterator();
		while (this.bytes > this.maxBytes && eldest.hasNext()) {
			this.bytes -= eldest.next().body().length;
			eldest.remove();
		}
	}

	synchronized long bytes() {
		return this.bytes;
	}

	synchronized int size() {
		return this.pages.size();
	}

	/**
	 * A rendered page: its bytes, their type and the locale it was rendered in (the
	 * Content-Language header, which the servlet container keeps as the locale).
	 */
	record Page(byte[] body, String contentType, Locale locale) {
	}

}
