package org.summittracker.pages.share;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Adds the share card to the pages (not to the admin forms, the API or downloads). */
@Configuration(proxyBeanMethods = false)
class ShareConfiguration implements WebMvcConfigurer {

	private final ShareCards cards;

	ShareConfiguration(ShareCards cards) {
		this.cards = cards;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ShareCardInterceptor(this.cards))
			.addPathPatterns("/**")
			.excludePathPatterns("/admin/**", "/api/**", "/assets/**", "/webjars/**", "/embed/**", "/history/**",
					"/login", "/setup");
	}

}
