package org.summittracker.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request value no page can use (a page number past the last possible page, a revision
 * that cannot exist): the reader's 400, on the error page or as a problem document.
 */
public class InvalidInputException extends ErrorResponseException {

	private final String message;

	public InvalidInputException(String parameter, Object value) {
		super(HttpStatus.BAD_REQUEST);
		getBody().setDetail("Parameter '" + parameter + "' is out of range");
		this.message = "Parameter '" + parameter + "' is out of range: " + value;
	}

	@Override
	public String getMessage() {
		return this.message;
	}

}
