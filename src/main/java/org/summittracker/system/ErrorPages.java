package org.summittracker.system;

import jakarta.servlet.http.HttpServletRequest;
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
 * a 404, a malformed link a 400, anything else a 500 that is logged with the request and
 * never shows a stack trace.
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
		log.info("400 {} {}?{}: {}", request.getMethod(), request.getRequestURI(), request.getQueryString(),
				ex.getMessage());
		return page(HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failure(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			// Spring MVC's own request errors (wrong method, unreadable request, ...)
			// keep their status.
			log.info("{} {} {}: {}", response.getStatusCode().value(), request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			return page(response.getStatusCode());
		}
		log.error("500 {} {}?{}", request.getMethod(), request.getRequestURI(), request.getQueryString(), ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	/** The error page answering with this status. */
	public static ModelAndView page(HttpStatusCode status) {
		ModelAndView view = new ModelAndView(VIEW);
		view.setStatus(status);
		view.addObject("status", status.value());
		return view;
	}

}
