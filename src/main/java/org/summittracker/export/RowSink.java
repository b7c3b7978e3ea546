package org.summittracker.export;

import java.util.stream.Stream;

/**
 * Where a streamed download writes its rows as they are read: a CSV table
 * ({@link CsvTables#to}) or a JSON array ({@link ExportJson#arrayTo}). The columns are
 * the row record's components, as in {@link Table}.
 */
interface RowSink {

	<R extends Record> void write(Class<R> type, Stream<R> rows);

}
