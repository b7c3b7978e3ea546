package org.summittracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Everything that goes wrong outside the controllers (a refused request, an upload over
 * the limit, a failure in a filter, the container's own errors) ends here: the app's
 * error page for readers, a problem document ({@code application/problem+json}) under
 * {@code /api}. Replaces Spring Boot's error controller, which answers raw JSON to a
 * client that does not ask for HTML.
 */
@Controller
class SiteErrors implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", String.valueOf(Failures.RETRY_AFTER_SECONDS));
		}
		if (uri != null && uri.startsWith("/api/")) {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(problem(status, uri));
			return null;
		}
		ModelAndView page = ErrorPages.page(status);
		page.addObject("requestId", RequestGuard.id(request));
		if (uri != null && "GET".equals(request.getMethod())) {
			page.addObject("requestUri", uri);
		}
		return page;
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** RFC 9457 problem details, the same members the API's own errors carry. */
	static String problem(HttpStatus status, String instance) {
		return "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
				+ ",\"detail\":\"" + detail(status) + "\",\"instance\":\"" + json(instance) + "\"}";
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request could not be read: a parameter is malformed";
			case PAYLOAD_TOO_LARGE -> "The request is too large";
			case SERVICE_UNAVAILABLE -> "The database is out of reach; try again shortly";
			case NOT_FOUND -> "No such resource";
			default -> status.is5xxServerError() ? "The request could not be answered" : status.getReasonPhrase();
		};
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
