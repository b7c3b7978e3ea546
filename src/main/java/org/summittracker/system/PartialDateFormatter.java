package org.summittracker.system;

import java.text.ParseException;
import java.time.DateTimeException;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds a partial date as forms and imports write it: {@code 2024}, {@code 2024-07} or
 * {@code 2024-07-03}. Anything else (or a day that does not exist) is a type mismatch,
 * shown next to the field as {@code typeMismatch.partialDate}; a blank field binds as no
 * date.
 */
@Component
public class PartialDateFormatter implements Formatter<PartialDate>, WebMvcConfigurer {

	@Override
	public PartialDate parse(String text, Locale locale) throws ParseException {
		if (!PartialDates.isValid(text)) {
			throw new ParseException(text, 0);
		}
		try {
			return PartialDate.parse(text);
		}
		catch (DateTimeException ex) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(PartialDate date, Locale locale) {
		return date.iso();
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(this);
	}

}
