package org.summittracker.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every public page, export and feed cacheable by browsers and proxies for readers
 * who are not signed in: the ETag is the database's data version (V62: it changes with
 * every write to what the pages show) and today's date (pages speak of "upcoming"), the
 * Last-Modified its time, {@code Cache-Control: public} with a short max-age and
 * {@code stale-while-revalidate}; a request that already holds the current version gets a
 * 304 without the page being built. Signed-in editors see edit links and flash messages,
 * so their pages stay private and uncached (Spring Security's default headers). Whole
 * HTML pages are also kept on the server ({@link PageCache}) under the ETag, address and
 * language, so a reader without the current version gets the page without it being built.
 */
@Component
class ConditionalGetFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

	private static final String[] PRIVATE_PATHS = { "/admin", "/login", "/logout", "/setup", "/actuator", "/assets/",
			"/webjars/", "/error" };

	private final DataVersions versions;

	private final Clock clock;

	private final PageCache cache;

	ConditionalGetFilter(DataVersions versions, Clock clock, PageCache cache) {
		this.versions = versions;
		this.clock = clock;
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : PRIVATE_PATHS) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DataVersions.Current current;
		try {
			current = this.versions.read();
		}
		catch (RuntimeException ex) {
			// the database out of reach: the page itself fails and answers as every page
			// does then (503), without caching headers
			chain.doFilter(request, response);
			return;
		}
		DataVersions.remember(request, current);
		LocalDate today = LocalDate.now(this.clock);
		String etag = "W/\"" + current.version() + "-" + today + "\"";
		Instant startOfToday = today.atStartOfDay(this.clock.getZone()).toInstant();
		Instant lastModified = (current.changedAt().isAfter(startOfToday) ? current.changedAt() : startOfToday)
			.truncatedTo(ChronoUnit.SECONDS);
		if (notModified(request, etag, lastModified)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			writeHeaders(response, etag, lastModified);
			return;
		}
		if (!this.cache.covers(request)) {
			chain.doFilter(request, new CacheableResponse(response, etag, lastModified));
			return;
		}
		String key = PageCache.key(etag, request);
		PageCache.Page kept = this.cache.find(etag, key);
		if (kept != null) {
			writeHeaders(response, etag, lastModified);
			response.setContentType(kept.contentType());
			response.setLocale(kept.locale());
			response.setContentLength(kept.body().length);
			if (request.getMethod().equals("GET")) {
				response.getOutputStream().write(kept.body());
			}
			return;
		}
		ContentCachingResponseWrapper built = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, new CacheableResponse(built, etag, lastModified));
		if (request.getMethod().equals("GET") && keepable(built)) {
			this.cache.keep(etag, key,
					new PageCache.Page(built.getContentAsByteArray(), built.getContentType(), built.getLocale()));
		}
		built.copyBodyToResponse();
	}

	/** A whole HTML page for everyone: a 200 that sets no cookie and fits the cache. */
	private static boolean keepable(ContentCachingResponseWrapper built) {
		String type = built.getContentType();
		return built.getStatus() == HttpServletResponse.SC_OK && !built.isCommitted() && type != null
				&& type.startsWith(MediaType.TEXT_HTML_VALUE) && !built.containsHeader(HttpHeaders.SET_COOKIE)
				&& built.getContentSize() <= PageCache.MAX_PAGE_BYTES;
	}

	private static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.trim();
				if (tag.equals("*") || tag.equals(etag) || ("W/" + tag).equals(etag)) {
					return true;
				}
			}
			return false;
		}
		long since;
		try {
			since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return since >= 0 && since >= lastModified.toEpochMilli();
	}

	private static void writeHeaders(HttpServletResponse response, String etag, Instant lastModified) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
	}

	/**
	 * Adds the caching headers when the body starts, and only to a 200: an error page or
	 * a redirect is not cached under the data's version.
	 */
	private static final class CacheableResponse extends HttpServletResponseWrapper {

		private final String etag;

		private final Instant lastModified;

		private boolean decided;

		CacheableResponse(HttpServletResponse response, String etag, Instant lastModified) {
			super(response);
			this.etag = etag;
			this.lastModified = lastModified;
		}

		private void decide() {
			if (!this.decided) {
				this.decided = true;
				if (getStatus() == SC_OK && !isCommitted()) {
					writeHeaders((HttpServletResponse) getResponse(), this.etag, this.lastModified);
				}
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			decide();
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			decide();
			return super.getWriter();
		}

		@Override
		public void flushBuffer() throws IOException {
			decide();
			super.flushBuffer();
		}

	}

}
