package org.summittracker.pages.share;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page the layout renders a {@code share} model attribute: the card of a
 * record page (summit, leader, nation, organization), or the page's canonical address
 * with the site's description for the others.
 */
class ShareCardInterceptor implements HandlerInterceptor {

	private final ShareCards cards;

	ShareCardInterceptor(ShareCards cards) {
		this.cards = cards;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:") || modelAndView.getModel().containsKey("share")) {
			return;
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		ShareCard card = this.cards.of(modelAndView.getModel().get("page"), base, path);
		if (card != null) {
			modelAndView.addObject("share", card);
		}
	}

}
