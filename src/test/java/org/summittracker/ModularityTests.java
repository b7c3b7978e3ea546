package org.summittracker;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules point one way: records that others build on sit low (nations,
 * organizations), records that refer to them above (people and offices, then summits and
 * attendance), provenance (sources and citations) above the records it cites, and the
 * pages that stitch several records together above them all. The build fails on a cycle
 * or on a module reaching into another's internals; the module diagram under
 * {@code src/docs/modules} is written from the same model.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SummitTrackerApplication.class);

	@Test
	void modulesPointOneWay() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("src/docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
