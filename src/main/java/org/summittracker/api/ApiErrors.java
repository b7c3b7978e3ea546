package org.summittracker.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summittracker.system.Failures;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.RequestGuard;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as problem details (RFC 9457, {@code application/problem+json}) rather
 * than the HTML error pages: a missing record is 404, a malformed parameter 400, anything
 * else a logged 500 without internals.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(RecordNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(RecordNotFoundException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "No " + ex.getKind() + " '" + ex.getKey() + "'", request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Parameter '" + ex.getName() + "' is malformed", request);
	}

	/** A malformed paging parameter (bound to {@link Paging}). */
	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> badParameter(BindException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Parameter '" + ex.getFieldError().getField() + "' is malformed",
				request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> failure(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse response) {
			// Spring MVC's own request errors (wrong method, missing parameter, ...) keep
			// their status
			return problem(HttpStatus.valueOf(response.getStatusCode().value()), response.getBody().getDetail(),
					request);
		}
		HttpStatus status = Failures.statusOf(ex);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			log.warn("503 {} {} [request {}]: database out of reach: {}", request.getMethod(), request.getRequestURI(),
					RequestGuard.id(request), ex.getMessage());
			return ResponseEntity.status(status)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(Failures.RETRY_AFTER_SECONDS))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(body(status, "The database is out of reach; try again shortly", request));
		}
		if (status == HttpStatus.BAD_REQUEST) {
			log.info("400 {} {} [request {}]: the database refused a value: {}", request.getMethod(),
					request.getRequestURI(), RequestGuard.id(request), ex.getMessage());
			return problem(status, "A parameter holds a value that cannot be used", request);
		}
		log.error("500 {} {}?{} [request {}]", request.getMethod(), request.getRequestURI(), request.getQueryString(),
				RequestGuard.id(request), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be answered", request);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(status, detail, request));
	}

	private static ProblemDetail body(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
