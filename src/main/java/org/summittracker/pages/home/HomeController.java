package org.summittracker.pages.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.summittracker.summit.Bridge;
import org.summittracker.pages.summit.SummitService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
record HomeController(SummitService summits, Clock clock) {

	static final String VIEW = "home";

	@GetMapping("/")
	String home(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("today", today);
		model.addAttribute("recent", this.summits.recent(today, 6));
		model.addAttribute("upcoming", this.summits.upcoming(today, 4));
		List<Bridge> bridges = this.summits.bridges(100);
		List<Bridge> shown = bridges.subList(0, Math.min(4, bridges.size()));
		model.addAttribute("bridges", shown);
		model.addAttribute("bridgeCounts",
				bridges.stream().collect(Collectors.groupingBy(Bridge::pairKey, Collectors.counting())));
		model.addAttribute("rosters", this.summits
			.rosters(shown.stream().flatMap((b) -> Stream.of(b.firstSlug(), b.secondSlug())).distinct().toList()));
		model.addAttribute("standIns", this.summits.standIns(4));
		return VIEW;
	}

}
