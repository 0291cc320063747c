package org.sinosoviet.timeline.study;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.sinosoviet.timeline.study.StudyViews.OrderQuestion;
import org.sinosoviet.timeline.study.StudyViews.RevisionSheet;
import org.sinosoviet.timeline.study.StudyViews.SourceQuestion;
import org.sinosoviet.timeline.study.StudyViews.SpotQuestion;
import org.sinosoviet.timeline.study.StudyViews.StudySet;
import org.sinosoviet.timeline.study.StudyViews.WhenQuestion;
import org.sinosoviet.timeline.web.NotFoundException;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The study sets and revision sheets as JSON, for teachers' tools: the same sets as the
 * pages, with every answer.
 */
@RestController
@Tag(name = "Study", description = "Exercises and revision sheets generated from the timeline")
class StudyApiController {

	private final StudyService study;

	private final SiteUrls urls;

	StudyApiController(StudyService study, SiteUrls urls) {
		this.study = study;
		this.urls = urls;
	}

	@GetMapping(path = "/api/study/order", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "studyOrderSet", summary = "A set of ordering questions",
			description = "Five questions, each up to five events whose dates cannot overlap (so exactly one "
					+ "order is right), shown shuffled, with the answer in date order and a line on why each "
					+ "event comes where it does. The page is /study/order with the same parameters.")
	@SetResponses
	ResponseEntity<StudySet<OrderQuestion>> order(@ParameterObject StudyParameters parameters) {
		return answer("/api/study/order", parameters, (selection) -> this.study.order(selection, this.urls.base()));
	}

	@GetMapping(path = "/api/study/when", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "studyWhenSet", summary = "A set of \"when was it?\" questions",
			description = "Five events, each with its title, summary and EDTF date with the earliest and latest "
					+ "day it can mean: a year inside those bounds is right, and where the data knows the month, a "
					+ "month inside them. Events whose title or summary names their own year are left out. The "
					+ "page is /study/when.")
	@SetResponses
	ResponseEntity<StudySet<WhenQuestion>> when(@ParameterObject StudyParameters parameters) {
		return answer("/api/study/when", parameters, (selection) -> this.study.when(selection, this.urls.base()));
	}

	@GetMapping(path = "/api/study/spot", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "studySpotSet", summary = "A set of \"spot the error\" questions",
			description = "Five statements of the founding documents (revision material), each contradicted or "
					+ "corroborated by independent sources, drawn from both at even odds; with the versions the "
					+ "sources give, the correction, their citations and the reasons. The page is /study/spot.")
	@SetResponses
	ResponseEntity<StudySet<SpotQuestion>> spot(@ParameterObject StudyParameters parameters) {
		return answer("/api/study/spot", parameters, (selection) -> this.study.spot(selection, this.urls.base()));
	}

	@GetMapping(path = "/api/study/source", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "studySourceSet", summary = "A set of \"which source says so?\" questions",
			description = "Five claims, each with up to four candidate sources of different types where the "
					+ "bibliography has them, one of which the claim cites. The page is /study/source.")
	@SetResponses
	ResponseEntity<StudySet<SourceQuestion>> source(@ParameterObject StudyParameters parameters) {
		return answer("/api/study/source", parameters, (selection) -> this.study.source(selection, this.urls.base()));
	}

	@GetMapping(path = "/api/study/sheets/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "studyRevisionSheet", summary = "A period's revision sheet",
			description = "The period's turning points and significant events (importance 1 and 2) in date order, "
					+ "each with its date, why it mattered in one line, and short citations. The printable page "
					+ "is /study/sheets/{period}.")
	@ApiResponse(responseCode = "200", description = "The sheet")
	@ApiResponse(responseCode = "404", description = "No period has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	RevisionSheet sheet(@Parameter(description = "A period id, from any period scheme (see /api/periods).",
			example = "split") @PathVariable String period) {
		return this.study.sheet(period, this.urls.base()).orElseThrow(() -> new NotFoundException("period", period));
	}

	private <Q> ResponseEntity<StudySet<Q>> answer(String path, StudyParameters parameters,
			Function<Selection, StudySet<Q>> set) {
		Selection selection = parameters.selection();
		if (selection.seed() == null) {
			long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000);
			String filters = selection.filterQuery();
			URI location = URI
				.create(this.urls.absolute(path + "?seed=" + seed + (filters.isEmpty() ? "" : "&" + filters)));
			return ResponseEntity.status(HttpStatus.FOUND)
				.location(location)
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.build();
		}
		return ResponseEntity.ok(set.apply(selection));
	}

	/** What every set endpoint answers. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "The set, with its answers")
	@ApiResponse(responseCode = "302", description = "No seed: Location gives the same request with a fresh random one",
			content = @Content)
	@ApiResponse(responseCode = "400",
			description = "A parameter is malformed or names an unknown id, or the filters leave nothing to ask",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface SetResponses {

	}

}
