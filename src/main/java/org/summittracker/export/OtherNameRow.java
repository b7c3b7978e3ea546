package org.summittracker.export;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.person.NameKind;

/** Another spelling of a person's name, as a source gives it. */
@Schema(name = "OtherName", description = "Another spelling of a person's name")
public record OtherNameRow(@Schema(example = "Recep Tayyip Erdogan") String name, NameKind kind) {

}
