package org.summittracker.export;

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
	 * Jackson's snake_case, also used to name CSV columns: {@code isoAlpha2} becomes
	 * {@code iso_alpha2}.
	 */
	static final class SnakeCase extends PropertyNamingStrategies.SnakeCaseStrategy {

		String name(String property) {
			return translate(property);
		}

	}

}
