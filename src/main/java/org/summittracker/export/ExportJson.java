package org.summittracker.export;

import java.io.OutputStream;
import java.util.stream.Stream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * JSON as the data exports write it: snake_case names (as analysts' tools and Popolo
 * expect), properties in record order, dates as ISO strings, nulls kept so every row
 * carries every column.
 */
@Component
public class ExportJson {

	static final SnakeCase NAMING = new SnakeCase();

	private final JsonMapper mapper;

	ExportJson(JsonMapper mapper) {
		this.mapper = mapper.rebuild()
			.propertyNamingStrategy(NAMING)
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build();
	}

	public String write(Object value) {
		return this.mapper.writeValueAsString(value);
	}

	<T> T read(String json, Class<T> type) {
		return this.mapper.readValue(json, type);
	}

	/**
	 * A generator writing to {@code out} as {@link #write(Object)} writes a whole value
	 * (same indentation), for documents written a piece at a time.
	 */
	JsonGenerator generator(OutputStream out) {
		return this.mapper.writer().createGenerator(out);
	}

	/** One value at the generator's place, in the exports' naming. */
	void write(JsonGenerator generator, Object value) {
		this.mapper.writeValue(generator, value);
	}

	/** A JSON array written to {@code out} an element at a time, as the rows come. */
	RowSink arrayTo(OutputStream out) {
		return new RowSink() {
			@Override
			public <R extends Record> void write(Class<R> type, Stream<R> rows) {
				try (JsonGenerator array = generator(out)) {
					arrayIn(array).write(type, rows);
				}
			}
		};
	}

	/** A JSON array written at the generator's place, an element at a time. */
	RowSink arrayIn(JsonGenerator generator) {
		return new RowSink() {
			@Override
			public <R extends Record> void write(Class<R> type, Stream<R> rows) {
				generator.writeStartArray();
				rows.forEach((row) -> ExportJson.this.write(generator, row));
				generator.writeEndArray();
			}
		};
	}

	/**
	 * A JSON text, already in the exports' naming, copied in at the generator's place.
	 */
	void copy(String json, JsonGenerator generator) {
		try (JsonParser parser = this.mapper.createParser(json)) {
			parser.nextToken();
			generator.copyCurrentStructure(parser);
		}
	}

	/**
	 * Jackson's snake_case, also used to name CSV columns: {@code isoAlpha2} becomes
	 * {@code iso_alpha2}.
	 */
	static final class SnakeCase extends PropertyNamingStrategies.SnakeCaseStrategy {

		String name(String property) {
			return translate(property);
		}

	}

}
