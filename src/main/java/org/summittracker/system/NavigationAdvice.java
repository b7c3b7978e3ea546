package org.summittracker.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout which section of the site a page belongs to, so the navigation can
 * mark it current.
 */
@ControllerAdvice
class NavigationAdvice {

	@ModelAttribute("section")
	String section(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		int end = path.indexOf('/', 1);
		return (end > 0) ? path.substring(1, end) : path.substring(1);
	}

}
