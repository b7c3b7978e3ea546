package org.summittracker.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before security and the controllers: it gets an id (in
 * the log's MDC as {@code requestId} and in the {@code X-Request-Id} response header),
 * and input no page could use is refused here with the error page and one log line: a
 * query string or form whose {@code %} escapes cannot be decoded (400), a NUL byte in any
 * parameter name or value (400; PostgreSQL cannot store it), an upload past the size
 * limit (413).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);

	/** The request attribute and MDC key holding the request's id. */
	public static final String REQUEST_ID = "requestId";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = UUID.randomUUID().toString().substring(0, 8);
		request.setAttribute(REQUEST_ID, id);
		response.setHeader("X-Request-Id", id);
		MDC.put(REQUEST_ID, id);
		try {
			Map<String, String[]> parameters;
			try {
				parameters = request.getParameterMap();
			}
			catch (RuntimeException ex) {
				boolean tooLarge = tooLarge(ex);
				refuse(request, response, tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
						tooLarge ? "upload too large" : "undecodable parameters");
				return;
			}
			if (hasNul(parameters)) {
				refuse(request, response, HttpStatus.BAD_REQUEST, "NUL byte in a parameter");
				return;
			}
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(REQUEST_ID);
		}
	}

	/** The id the guard gave this request, or a dash outside a request. */
	public static String id(HttpServletRequest request) {
		Object id = (request != null) ? request.getAttribute(REQUEST_ID) : null;
		return (id != null) ? id.toString() : "-";
	}

	static boolean hasNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean tooLarge(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| t.getClass().getSimpleName().contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Answers with the error page, rendered for a copy of the request without its
	 * parameters, so that nothing on the page trips over them again.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String why)
			throws ServletException, IOException {
		log.info("{} {} {} [request {}]: {}", status.value(), request.getMethod(), request.getRequestURI(), id(request),
				why);
		HttpServletRequest withoutParameters = new WithoutParameters(request);
		withoutParameters.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
		withoutParameters.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(status.value());
		request.getRequestDispatcher("/error").forward(withoutParameters, response);
	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

	}

}
