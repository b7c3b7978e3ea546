package org.summittracker.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about the API as a whole; springdoc serves it at
 * /api/openapi.json.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Summit Tracker API", version = "1",
		description = "Read-only access to the tracker's summits, leaders, nations, organizations and sources. "
				+ "Lists are paginated (page from 1, size up to 100) and take the same filters as the pages. "
				+ "The whole dataset is also available as one Popolo document at /data/popolo.json."))
class OpenApiConfiguration {

}
