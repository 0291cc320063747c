package org.sinosoviet.timeline.event;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages and the API read the database on every request the response cache does not
 * answer, in a fixed number of queries however many events there are. The curated dataset
 * (157 events) makes an N+1 query pattern show at once.
 */
@SpringBootTest(properties = { "timeline.data-dir=data", "timeline.response-cache-bytes=0",
		"spring.jpa.properties.hibernate.generate_statistics=true" })
@AutoConfigureMockMvc
class DatabaseReadIntegrationTests {

	static final String ZHENBAO = "1969-03-02-zhenbao-island-ambush";

	@Autowired
	MockMvc mvc;

	@Autowired
	EventRepository events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void statistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void pagesAndApiServeWhatTheDatabaseHolds() throws Exception {
		String original = this.events.findById(ZHENBAO).orElseThrow().getTitle();
		rename(ZHENBAO, "Changed in the database only");
		try {
			this.mvc.perform(get("/api/events/" + ZHENBAO))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.title").value("Changed in the database only"));
			this.mvc.perform(get("/api/events").param("theme", "border"))
				.andExpect(jsonPath("$.content[?(@.id == '" + ZHENBAO + "')].title")
					.value("Changed in the database only"));
			this.mvc.perform(get("/events/" + ZHENBAO).accept(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("Changed in the database only")));
			this.mvc.perform(get("/").param("theme", "border"))
				.andExpect(content().string(containsString("Changed in the database only")));
		}
		finally {
			rename(ZHENBAO, original);
		}
		this.mvc.perform(get("/api/events/" + ZHENBAO)).andExpect(jsonPath("$.title").value(original));
	}

	private void rename(String id, String title) {
		this.transaction.executeWithoutResult((status) -> this.events.findById(id).orElseThrow().setTitle(title));
	}

	@Test
	void everyPageTakesAFixedNumberOfQueries() throws Exception {
		String source = "fu-2023";
		Map<String, Integer> bounds = new LinkedHashMap<>();
		bounds.put("/api/events?size=500", 2);
		bounds.put("/api/events?theme=border&from=1960&to=1969&q=border", 3);
		bounds.put("/api/events/" + ZHENBAO, 12);
		bounds.put("/api/sources", 3);
		bounds.put("/api/periods", 6);
		bounds.put("/api/actors", 2);
		bounds.put("/api/disputes", 3);
		bounds.put("/", 16);
		bounds.put("/?period=split&source=" + source, 25);
		bounds.put("/events/" + ZHENBAO, 15);
		bounds.put("/sources", 3);
		bounds.put("/sources/" + source, 7);
		bounds.put("/disputes", 3);
		bounds.put("/themes/border", 18);
		bounds.put("/export/events.csv", 20);
		bounds.put("/export/timelinejs.json", 20);
		bounds.put("/export/claims.csv", 20);
		bounds.put("/export/sources.csv", 3);
		bounds.put("/export/periods.csv", 6);
		bounds.put("/export/place-names.csv", 2);
		// The counts measured on the curated data (157 events, then 252); a query per
		// event or per source would add hundreds. The exports load the collections of all
		// 1,069 claims in batches of 256 (hibernate.default_batch_fetch_size), five per
		// collection.
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> bound : bounds.entrySet()) {
			this.statistics.clear();
			this.mvc.perform(get(bound.getKey()).accept(MediaType.ALL)).andExpect(status().isOk());
			counts.put(bound.getKey(), this.statistics.getPrepareStatementCount());
		}
		System.out.println("SQL statements per request (curated data): " + counts);
		bounds.forEach((url, bound) -> assertThat(counts.get(url)).as(url).isLessThanOrEqualTo(bound));
	}

}
