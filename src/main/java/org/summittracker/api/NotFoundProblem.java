package org.summittracker.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.ProblemDetail;

/**
 * Documents an operation's 404: a problem detail (see {@link ApiErrors}) saying which
 * record is missing.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json",
		schema = @Schema(implementation = ProblemDetail.class)))
@interface NotFoundProblem {

	/** What is missing, as the document describes the response. */
	@AliasFor(annotation = ApiResponse.class, attribute = "description")
	String value();

}
