package org.summittracker.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what can go wrong on a page into a page in the app's layout: a missing record is
 * a 404, a malformed link or value a 400 (one log line with the request id), the database
 * out of reach a 503 with {@code Retry-After}, anything else a 500 that is logged with
 * its stack trace and never shows it to the reader.
 */
@ControllerAdvice
public class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	/** The one error page; its {@code status} picks the words. */
	public static final String VIEW = "error";

	@ExceptionHandler(RecordNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(RecordNotFoundException ex, HttpServletRequest request) {
		log.info("404 {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		ModelAndView view = page(HttpStatus.NOT_FOUND);
		view.addObject("kind", ex.getKind());
		view.addObject("key", ex.getKey());
		return view;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView noSuchPage(Exception ex, HttpServletRequest request) {
		log.debug("404 {} {}", request.getMethod(), request.getRequestURI());
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badRequest(Exception ex, HttpServletRequest request) {
		log.info("400 {} {}?{} [request {}]: {}", request.getMethod(), request.getRequestURI(),
				request.getQueryString(), RequestGuard.id(request), ex.getMessage());
		return page(HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failure(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			// Spring MVC's own request errors (wrong method, unreadable request, too
			// large an upload, ...) and InvalidInputException keep their status.
			log.info("{} {} {} [request {}]: {}", error.getStatusCode().value(), request.getMethod(),
					request.getRequestURI(), RequestGuard.id(request), ex.getMessage());
			return page(error.getStatusCode(), request);
		}
		HttpStatus status = Failures.statusOf(ex);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			log.warn("503 {} {} [request {}]: database out of reach: {}", request.getMethod(), request.getRequestURI(),
					RequestGuard.id(request), ex.getMessage());
			response.setHeader("Retry-After", String.valueOf(Failures.RETRY_AFTER_SECONDS));
			return page(status, request);
		}
		if (status == HttpStatus.BAD_REQUEST) {
			log.info("400 {} {} [request {}]: the database refused a value: {}", request.getMethod(),
					request.getRequestURI(), RequestGuard.id(request), ex.getMessage());
			return page(status, request);
		}
		log.error("500 {} {}?{} [request {}]", request.getMethod(), request.getRequestURI(), request.getQueryString(),
				RequestGuard.id(request), ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	private static ModelAndView page(HttpStatusCode status, HttpServletRequest request) {
		ModelAndView view = page(status);
		view.addObject("requestId", RequestGuard.id(request));
		if ("GET".equals(request.getMethod())) {
			// where "try again" leads
			view.addObject("requestUri", request.getRequestURI());
		}
		return view;
	}

	/** The error page answering with this status. */
	public static ModelAndView page(HttpStatusCode status) {
		ModelAndView view = new ModelAndView(VIEW);
		view.setStatus(status);
		view.addObject("status", status.value());
		return view;
	}

}
