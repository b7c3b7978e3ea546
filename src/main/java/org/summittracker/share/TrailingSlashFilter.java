package org.summittracker.share;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One address per page: {@code /summits/sco-2024-astana/} answers a permanent redirect to
 * {@code /summits/sco-2024-astana} (query kept), before anything else looks at the
 * request. Only GET and HEAD; a path that would become protocol-relative is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TrailingSlashFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = pathOf(request);
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		return !read || path.length() <= 1 || !path.endsWith("/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String canonical = pathOf(request).replaceAll("/+$", "");
		if (canonical.isEmpty() || canonical.startsWith("//") || canonical.contains("\\")) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
		response.setHeader("Location", request.getContextPath() + canonical + ((query != null) ? "?" + query : ""));
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
