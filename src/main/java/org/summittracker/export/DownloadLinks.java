package org.summittracker.export;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Download links for templates, as {@code th:with="csv=${@downloads.link('/summits',
 * 'csv')}"}: the page's address with the format appended and the page's own filters kept
 * (all but the page number), so a download holds what the reader filtered. Thymeleaf
 * refuses bean calls in {@code th:href} (restricted expressions), hence {@code th:with};
 * the link carries the context path itself.
 */
@Component("downloads")
public class DownloadLinks {

	public String link(String path, String extension) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return path + "." + extension;
		}
		HttpServletRequest request = attributes.getRequest();
		return request.getContextPath() + path + "." + extension + filters(request);
	}

	private static String filters(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || query.isBlank()) {
			return "";
		}
		String kept = Arrays.stream(query.split("&"))
			.filter((pair) -> !pair.isBlank())
			.filter((pair) -> !URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8).equals("page"))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? "" : "?" + kept;
	}

}
